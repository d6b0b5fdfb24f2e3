import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { corpusArticles, sharedCorpora } from '../../bench/lib/corpus.js';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher, type PhraseEntry, type PhraseMatch } from '../../src/language/phrases.js';
import { lexicon as articleKind } from '../../src/language/article-kind.generated.js';
import { lexicon as attribution } from '../../src/language/attribution.generated.js';
import { lexicon as availability } from '../../src/language/availability.generated.js';
import { lexicon as claimStrength } from '../../src/language/claim-strength.generated.js';
import { lexicon as disclosure } from '../../src/language/disclosure.generated.js';
import { lexicon as evidence } from '../../src/language/evidence.generated.js';
import { lexicon as pastResults } from '../../src/language/past-results.generated.js';
import { lexicon as hedges } from '../../src/language/hedges.generated.js';
import { lexicon as limitations } from '../../src/language/limitations.generated.js';
import { lexicon as negation } from '../../src/language/negation.generated.js';
import { lexicon as regulatory } from '../../src/language/regulatory.generated.js';
import { lexicon as remedyCues } from '../../src/language/remedy-cues.generated.js';
import { lexicon as safety } from '../../src/language/safety.generated.js';
import { lexicon as studyDesign } from '../../src/language/study-design.generated.js';
import { lexicon as treatments } from '../../src/language/treatments.generated.js';
import { lexicon as hype } from '../../rules/hype/lexicon.generated.js';
import { lexicon as hypeTopics } from '../../rules/hype/topic.generated.js';
import { lexicon as efficacy } from '../../rules/unqualified-efficacy-claim/lexicon.generated.js';

/**
 * The trie matcher must find exactly what the regular expression it replaced found. That regex is
 * kept here as the oracle: one `giu` alternation of every phrase, longest phrase first.
 */
const compiled = new WeakMap<readonly PhraseEntry[], { pattern: RegExp; order: PhraseEntry[] }>();

function referenceMatchAll<Entry extends PhraseEntry>(entries: readonly Entry[], text: string): PhraseMatch<Entry>[] {
  let reference = compiled.get(entries);
  if (!reference) {
    const phrases = entries
      .flatMap((entry) => entry.match.map((phrase) => ({ entry, phrase })))
      .sort((a, b) => b.phrase.length - a.phrase.length);
    const alternatives = phrases.map(({ phrase }) => `(${phraseSource(phrase)})`);
    const pattern = new RegExp(
      alternatives.length > 0 ? `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])` : '(?!)',
      'giu',
    );
    reference = { pattern, order: phrases.map(({ entry }) => entry) };
    compiled.set(entries, reference);
  }
  const { pattern, order } = reference;
  const found: PhraseMatch<Entry>[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const entry = order[group - 1] as Entry | undefined;
    if (entry) found.push({ entry, start: match.index, end: match.index + match[0].length, text: match[0] });
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => {
      const wildcard = word.endsWith('*');
      const literal = (wildcard ? word.slice(0, -1) : word)
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/['’]/g, "['’]");
      return wildcard ? `${literal}\\p{L}*` : literal;
    })
    .join('[\\s-]+');
}

/** Entries by position in their lexicon, so that a difference reads as a short diff. */
function summary(entries: readonly PhraseEntry[], found: PhraseMatch<PhraseEntry>[]): string[] {
  return found.map(({ entry, start, end, text }) => `${entries.indexOf(entry)} ${entry.id} ${start}-${end} ${text}`);
}

function expectSameAsReference(
  entries: readonly PhraseEntry[],
  text: string,
  matcher = new PhraseMatcher(entries),
  label?: string,
) {
  const actual = matcher.matchAll(text);
  const expected = referenceMatchAll(entries, text);
  const same =
    actual.length === expected.length &&
    actual.every((found, index) => {
      const other = expected[index];
      return other?.entry === found.entry && other.start === found.start && other.end === found.end;
    });
  // Only a difference pays for the readable comparison.
  if (!same) expect(summary(entries, actual), label).toEqual(summary(entries, expected));
  expect(
    actual.map((found) => found.text),
    label,
  ).toEqual(expected.map((found) => found.text));
}

const root = new URL('../../', import.meta.url).pathname;

/** Every lexicon matched in src/ and rules/, filtered the way its user filters it. */
const lexicons: { user: string; name: string; entries: readonly PhraseEntry[] }[] = [
  { user: 'src/language/article-kind.ts', name: 'article kinds', entries: articleKind },
  {
    user: 'src/language/article-kind.ts',
    name: 'article kinds: review phrases',
    entries: articleKind.filter((entry) => entry.kind === 'review'),
  },
  { user: 'src/language/attribution.ts', name: 'attributions', entries: attribution },
  { user: 'src/language/availability.ts', name: 'availability cues', entries: availability },
  { user: 'src/language/claim-strength.ts', name: 'claim strength', entries: claimStrength },
  { user: 'src/language/disclosure.ts', name: 'disclosures', entries: disclosure },
  { user: 'src/language/evidence.ts', name: 'study references', entries: evidence },
  { user: 'src/language/evidence.ts', name: 'past-tense results', entries: pastResults },
  { user: 'src/language/hedges.ts', name: 'hedges', entries: hedges },
  { user: 'src/language/limitations.ts', name: 'limitations', entries: limitations },
  { user: 'src/language/negation.ts', name: 'negations', entries: negation },
  {
    user: 'src/language/regulatory.ts',
    name: 'regulatory statuses',
    entries: regulatory.filter((entry) => entry.kind !== 'regulator'),
  },
  {
    user: 'src/language/regulatory.ts',
    name: 'regulators',
    entries: regulatory.filter((entry) => entry.kind === 'regulator'),
  },
  { user: 'src/language/safety.ts', name: 'safety', entries: safety },
  { user: 'src/language/study-design.ts', name: 'study designs', entries: studyDesign },
  { user: 'src/language/treatments.ts', name: 'treatments', entries: treatments },
  {
    user: 'src/language/treatments.ts',
    name: 'remedy cues',
    entries: remedyCues.filter((entry) => entry.kind === 'cue'),
  },
  {
    user: 'src/language/treatments.ts',
    name: 'remedy conditions',
    entries: remedyCues.filter((entry) => entry.kind === 'condition'),
  },
  { user: 'rules/hype/index.ts', name: 'hype', entries: hype },
  { user: 'rules/hype/index.ts', name: 'hype topics', entries: hypeTopics },
  { user: 'rules/unqualified-efficacy-claim/index.ts', name: 'efficacy claims', entries: efficacy },
];

function filesUnder(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** A file's text; the UTF-16 position fixtures are decoded by their byte-order mark. */
function readText(path: string): string {
  const bytes = readFileSync(path);
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

const articles = sharedCorpora ? corpusArticles(sharedCorpora) : [];

describe('PhraseMatcher finds what the regular expression found', () => {
  it('covers every lexicon that src/ and rules/ match', () => {
    const users = filesUnder(join(root, 'src'))
      .concat(filesUnder(join(root, 'rules')))
      // src/rule/terms.ts matches a project's own terms (house style, extraTerms): config data, not a lexicon.
      .filter((path) => path.endsWith('.ts') && !path.endsWith('context-match.ts') && !path.endsWith('rule/terms.ts'));
    const counted = users.flatMap((path) => {
      const count = (readFileSync(path, 'utf8').match(/new (?:Phrase|Context)Matcher(?:<\w+>)?\(/g) ?? []).length;
      return count > 0 ? [`${relative(root, path)} ×${count}`] : [];
    });
    const listed = [...new Set(lexicons.map(({ user }) => user))].map(
      (user) => `${user} ×${lexicons.filter((lexicon) => lexicon.user === user).length}`,
    );
    expect(listed.sort()).toEqual(counted.sort());
  });

  it('on the fixtures, for every lexicon', () => {
    const files = filesUnder(join(root, 'fixtures'));
    const texts = files.map(readText);
    for (const { name, entries } of lexicons) {
      const matcher = new PhraseMatcher(entries);
      texts.forEach((text, index) => expectSameAsReference(entries, text, matcher, `${name} in ${files[index]}`));
    }
  });

  it.skipIf(!sharedCorpora)(
    'on the bench corpus, for every lexicon (skipped without ../shared/corpora)',
    () => {
      expect(articles.length).toBe(500);
      for (const { name, entries } of lexicons) {
        const matcher = new PhraseMatcher(entries);
        for (const article of articles)
          expectSameAsReference(entries, article.markdown, matcher, `${name} in ${article.name}`);
      }
    },
    // About 30 s alone and 35 s in CI; a machine shared with other work took 96 s. A check of
    // matches, not of time: the slack keeps it from failing on load.
    240_000,
  );

  it('compares every cased code point the way /iu does', () => {
    // One phrase per code point with a case mapping; matching each against all of them checks that
    // two code points are equal to the trie exactly when they are equal to the regex engine.
    const cased = /^\p{Changes_When_Casemapped}$/u;
    const entries: PhraseEntry[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (cased.test(char)) entries.push({ id: code.toString(16), match: [char] });
    }
    expect(entries.length).toBeGreaterThan(2000);
    expectSameAsReference(entries, entries.map((entry) => entry.match[0]).join(' '));
  });

  it('on random phrases and texts made of their pieces', () => {
    // Letters whose case is irregular under /iu, astral letters, a combining mark that is a letter
    // only under `i`, and digits.
    const letters = [
      'a',
      'e',
      'i',
      'k',
      'o',
      's',
      't',
      'é',
      'ß',
      'σ',
      'θ',
      'ж',
      'ı',
      'İ',
      'µ',
      'ǅ',
      'ﬅ',
      'ΐ',
      '𝐀',
      '𝔰',
    ];
    const inWord = [...letters, '\u0345', '1', '9'];
    const variants: Record<string, string[]> = {
      s: ['ſ', 'S'],
      k: ['K', '\u212a'],
      i: ['I', 'İ', 'ı'],
      ı: ['I', 'i'],
      σ: ['ς', 'Σ'],
      θ: ['ϑ', 'ϴ', 'Θ'],
      ß: ['ẞ', 'SS'],
      µ: ['μ', 'Μ'],
      ǅ: ['Ǆ', 'ǆ'],
      ﬅ: ['ﬆ', 'st'],
      ΐ: ['\u1fd3'],
      "'": ['’'],
      '’': ["'"],
      '-': [' ', '--', '\u00a0'],
      '*': ['', 'ing', 'S', 'é', '𝐚', '1', '\u0345', 'ſK'],
    };
    const separators = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '-', ' - ', '--'];
    const punctuation = ['.', ',', ';', '(', ')', '"', "'", '’', '*', '–', '/', ':'];

    const word = fc
      .tuple(
        fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', '', "'", '’', '-', '.'),
        fc.array(fc.constantFrom(...inWord), { maxLength: 3 }),
        fc.boolean(),
      )
      .map(([head, middle, tail, wildcard]) => `${head.join('')}${middle}${tail.join('')}${wildcard ? '*' : ''}`);
    // In a phrase only the case varies: a hyphen turned into a space could leave a bare `*` word.
    const caseOf = (text: string, seeds: number[], inPhrase = false): string =>
      Array.from(text, (char, index) => {
        const seed = seeds[index % Math.max(1, seeds.length)] ?? 0;
        const extra = inPhrase && /[-*'’]/.test(char) ? [] : (variants[char] ?? []);
        const choices = [char, char.toUpperCase(), char.toLowerCase(), ...extra];
        return choices[seed % choices.length];
      }).join('');

    const scenario = fc.array(word, { minLength: 1, maxLength: 6 }).chain((pool) => {
      // Phrases share words, and words share prefixes.
      const phraseWord = fc
        .tuple(fc.constantFrom(...pool), fc.nat(4), fc.array(fc.nat(), { maxLength: 4 }))
        .map(([whole, cut, seeds]) => {
          const chars = Array.from(whole);
          return caseOf(cut === 0 ? chars.slice(0, Math.max(1, chars.length - 1)).join('') : whole, seeds, true);
        });
      const phrase = fc
        .tuple(
          fc.array(phraseWord, { minLength: 1, maxLength: 3 }),
          fc.constantFrom(' ', ' ', '  ', '\t'),
          fc.constantFrom('', '', ' '),
          fc.constantFrom('', '', '', '.', "'", '’', '-'),
        )
        .map(([words, gap, pad, lead]) => `${pad}${lead}${words.join(gap)}`);
      const lexicon = fc
        .array(fc.array(phrase, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 })
        .map((lists) => lists.map((match, index) => ({ id: `e${index}`, match })));
      return lexicon.chain((entries) => {
        // Most of a text is the phrases themselves, spelt and spaced some other way.
        const spoken = fc
          .tuple(
            fc.constantFrom(...entries.flatMap((entry) => entry.match)),
            fc.array(fc.nat(), { minLength: 1 }),
            fc.array(fc.constantFrom(...separators), { minLength: 1 }),
          )
          .map(([phrase, seeds, gaps]) =>
            phrase
              .trim()
              .split(/\s+/)
              .map((part, index) => `${index > 0 ? gaps[index % gaps.length] : ''}${caseOf(part, seeds.slice(index))}`)
              .join(''),
          );
        const token = fc.oneof(
          { weight: 5, arbitrary: spoken },
          {
            weight: 2,
            arbitrary: fc.tuple(fc.constantFrom(...pool), fc.array(fc.nat())).map(([w, s]) => caseOf(w, s)),
          },
          { weight: 3, arbitrary: fc.constantFrom(...separators) },
          { weight: 1, arbitrary: fc.constantFrom(...punctuation) },
          { weight: 1, arbitrary: fc.constantFrom(...inWord, 'x', 'Q', '42') },
        );
        const text = fc
          .array(fc.tuple(token, fc.constantFrom('', '', ' ', '\n', ', ', '-')), { minLength: 1, maxLength: 20 })
          .map((tokens) => tokens.flat().join(''));
        return fc.record({ entries: fc.constant(entries), text });
      });
    });

    fc.assert(
      fc.property(scenario, ({ entries, text }) => expectSameAsReference(entries, text)),
      { seed: 20260611, numRuns: 400 },
    );
  });
});

describe('PhraseMatcher', () => {
  const entries = (...phrases: string[]): PhraseEntry[] =>
    phrases.map((phrase, index) => ({ id: `p${index}`, match: [phrase] }));
  const found = (phrases: string[], text: string): string[] =>
    new PhraseMatcher(entries(...phrases)).matchAll(text).map((match) => `${match.entry.id}:${match.text}`);

  it('prefers the longer phrase, whichever comes first in the lexicon', () => {
    expect(found(['most effective', 'most effective treatment'], 'The most effective treatment is rest.')).toEqual([
      'p1:most effective treatment',
    ]);
    expect(found(['most effective', 'most effective treatment'], 'The most effective  drug')).toEqual([
      'p0:most effective',
    ]);
  });

  it('matches a wildcard in the middle of a phrase', () => {
    const phrases = ['dialectical behavio* therapy'];
    expect(found(phrases, 'Try dialectical behaviour therapy or dialectical behavioral-therapy.')).toEqual([
      'p0:dialectical behaviour therapy',
      'p0:dialectical behavioral-therapy',
    ]);
    expect(found(phrases, 'dialectical behavio2 therapy')).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(found(['cure'], 'It cured nothing; a cure, perhaps.')).toEqual(['p0:cure']);
    expect(found(['cure*'], 'incurable')).toEqual([]);
    expect(found(['cure*'], 'Cures and cured, not cure2.')).toEqual(['p0:Cures', 'p0:cured']);
    expect(found(['cure'], '𝐀cure cure𝐀 (cure)')).toEqual(['p0:cure']);
  });

  it('lets a space stand for white space and hyphens, and either apostrophe for the other', () => {
    expect(found(["doctors' orders"], "Doctors’ orders, doctors' \u00a0-\norders")).toEqual([
      'p0:Doctors’ orders',
      "p0:doctors' \u00a0-\norders",
    ]);
    expect(found(['side-effect'], 'side effect, side-effect')).toEqual(['p0:side-effect']);
  });

  // A start whose first two characters lead nowhere is answered from a table, not searched: the
  // table must agree with the search at the text's end, in either case, beside a one-letter
  // phrase, and after a first letter whose node branches.
  it('answers a start from its first two characters as the search would', () => {
    expect(found(['ct scan', 'cure', 'c-section'], 'C Ct CT-scan c CURE C-Section cx c')).toEqual([
      'p0:CT-scan',
      'p1:CURE',
      'p2:C-Section',
    ]);
    expect(found(['a', 'ab'], 'A ab b a')).toEqual(['p0:A', 'p1:ab', 'p0:a']);
    expect(found(['x* ray', 'xa'], 'Xanax x-ray xa')).toEqual(['p0:x-ray', 'p1:xa']);
    // A second character outside ASCII, and first characters outside ASCII that fold to an ASCII key.
    expect(found(['ré', 'rx'], 'Ré rÉ rë rx Rx')).toEqual(['p0:Ré', 'p0:rÉ', 'p1:rx', 'p1:Rx']);
    expect(found(["'tis", 'keto'], '’Tis \u212Aeto diets')).toEqual(['p0:’Tis', 'p1:\u212Aeto']);
  });

  // The third character is tested against a mask of what the search could take there: it must let
  // through a child in either case, a separator, a phrase's end (a non-word character or the text's
  // end), anything after a wildcard, and any character outside ASCII (the search settles those).
  it('answers a start from its third character as the search would', () => {
    expect(found(['cod', 'co op', 'cox*'], 'COD co-op co\top cOx coxib Co col co1 cod')).toEqual([
      'p0:COD',
      'p1:co-op',
      'p1:co\top',
      'p2:cOx',
      'p2:coxib',
      'p0:cod',
    ]);
    expect(found(['ab', 'abc'], 'ab, abC abd ab')).toEqual(['p0:ab', 'p1:abC', 'p0:ab']);
    expect(found(['naïve', 'na\u212A'], 'NAÏVE naive na\u212A nak')).toEqual(['p0:NAÏVE', 'p1:na\u212A', 'p1:nak']);
  });

  it('refuses phrases a greedy match would get wrong', () => {
    expect(() => new PhraseMatcher(entries('foo -bar'))).toThrow(/only the first word may start with "-"/);
    expect(() => new PhraseMatcher(entries('foo * bar'))).toThrow(/a word needs text before its \*/);
    expect(() => new PhraseMatcher(entries(' '))).toThrow(/empty/);
  });

  // The language helpers make their matchers as they are imported: a run whose files all come
  // from the cache searches nothing, and should not pay for building every lexicon's trie.
  it('builds its trie at the first search, not when it is made', () => {
    const matcher = new PhraseMatcher(entries('miracle cure'));
    const trie = (): unknown => (matcher as unknown as { built?: unknown }).built;
    expect(trie()).toBeUndefined();
    expect(matcher.matchAll('A miracle cure.').map((match) => match.text)).toEqual(['miracle cure']);
    expect(trie()).toBeDefined();
  });
});
