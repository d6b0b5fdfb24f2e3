import { describe, expect, it } from 'vitest';
import { matchingView } from '../src/prose/offset-map.js';
import { buildDocument } from '../src/prose/document.js';
import type { Format } from '../src/prose/types.js';
import { mixedScriptWord } from '../src/spelling/mixed-scripts.js';
import { flaggedTexts, lintWith, onlyRules } from './helpers.js';
import { positionProblems } from './property-helpers.js';

/**
 * Issue 12, item 8: invisible characters, NFD text and look-alike letters switched the checks off.
 * Rules match on a normalised view of each block; positions still point at the source.
 */

const config = onlyRules({ hype: 'warn', 'unqualified-efficacy-claim': 'warn', 'vague-attribution': 'warn' });

/** Each flagged word, the rule that flags it, and where inside it a character is slipped in. */
const targets = [
  { word: 'cures', rule: 'unqualified-efficacy-claim', at: 2 },
  { word: 'miracle', rule: 'hype', at: 3 },
  { word: 'Studies', rule: 'vague-attribution', at: 3 },
];

const invisible: Record<string, string> = {
  'soft hyphen': '\u00AD',
  'combining grapheme joiner': '\u034F',
  'variation selector 16': '\uFE0F',
  'variation selector 1': '\uFE00',
  'zero-width space': '\u200B',
  'zero-width joiner': '\u200D',
  'word joiner': '\u2060',
  'zero-width no-break space': '\uFEFF',
  'left-to-right mark': '\u200E',
  'tag character': '\u{E0041}',
  'combining long stroke overlay': '\u0336',
  'combining ring below': '\u0325',
};

function article(cures: string, miracle: string, studies: string): string {
  return `This tea ${cures} arthritis, a ${miracle} for everyone. ${studies} show it works.`;
}

function wrap(body: string, format: Format): string {
  return format === 'html' ? `<p>${body}</p>` : body;
}

const slip = (word: string, at: number, character: string): string => word.slice(0, at) + character + word.slice(at);

describe('the normalised view', () => {
  for (const format of ['markdown', 'html', 'text'] as const) {
    for (const [name, character] of Object.entries(invisible)) {
      it(`keeps every finding with a ${name} inside the flagged words (${format})`, () => {
        const words = targets.map(({ word, at }) => slip(word, at, character));
        const source = wrap(article(words[0] as string, words[1] as string, words[2] as string), format);
        const file = lintWith(source, config, format);
        const clean = lintWith(wrap(article('cures', 'miracle', 'Studies'), format), config, format);
        expect(file.messages.map((message) => message.reason)).toEqual(clean.messages.map((message) => message.reason));
        for (const [index, { rule }] of targets.entries()) {
          const flagged = flaggedTexts(file, source, [rule]);
          expect(
            flagged.some((text) => text.includes(words[index] as string)),
            `${rule}: ${flagged.join(', ')}`,
          ).toBe(true);
        }
        expect(positionProblems(file, source, format)).toEqual([]);
      });
    }
  }

  it('reads a soft hyphen written as an entity (&shy;) in Markdown and HTML', () => {
    for (const format of ['markdown', 'html'] as const) {
      const source = wrap(article('cu&shy;res', 'mir&shy;acle', 'Stu&shy;dies'), format);
      const file = lintWith(source, config, format);
      expect(flaggedTexts(file, source)).toEqual(
        expect.arrayContaining(['Stu&shy;dies show', 'cu&shy;res', 'mir&shy;acle']),
      );
    }
  });

  it('gives NFD text the findings of NFC text, spelling included', () => {
    const nfc =
      'Café owners in Zürich said this naïve remedy cures arthritis, a miracle. Studies show it, according to Dr Pérez and Dr Müller.';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const every = onlyRules({
      hype: 'warn',
      'unqualified-efficacy-claim': 'warn',
      'vague-attribution': 'warn',
      spelling: ['warn', { suggestions: false }],
    });
    const summary = (source: string) =>
      lintWith(source, every).messages.map((message) => [message.ruleId, message.reason]);
    expect(summary(nfd)).toEqual(summary(nfc));
    expect(positionProblems(lintWith(nfd, every), nfd, 'markdown')).toEqual([]);
  });

  it('maps composed letters and removed characters back to the source', () => {
    const view = matchingView('cu\u00ADre\u0301s \u{1F600}!');
    expect(view?.text).toBe('curés \u{1F600}!');
    // "é" stands for "e" and its combining accent; the soft hyphen belongs to no character.
    expect([view?.starts[3], view?.ends[3]]).toEqual([4, 6]);
    expect([view?.starts[1], view?.ends[1]]).toEqual([1, 2]);
    expect([view?.starts[2], view?.ends[2]]).toEqual([3, 4]);
    expect([view?.starts[6], view?.ends[6], view?.starts[7], view?.ends[7]]).toEqual([8, 10, 8, 10]);
    expect(Array.from(view?.fromText ?? [])).toEqual([0, 1, 2, 2, 3, 4, 4, 5, 6, 8, 8, 9]);
    expect(matchingView('plain ASCII text')).toBeUndefined();
    expect(matchingView('café, µg, β-blocker, Ελληνικά')).toBeUndefined();
  });

  it('keeps link citations on their words when the text before them changes length', () => {
    const source = 'A cu\u00ADre\u0301 helped 38% of patients in [the review](https://example.org/review).';
    const document = buildDocument(source, 'markdown');
    const [citation] = document.facts.citations;
    expect(citation?.text).toBe('the review');
    const block = document.blocks[0];
    expect(block?.text.slice(citation?.start, citation?.end)).toBe('the review');
  });
});

describe('look-alike letters from other scripts', () => {
  it('flags Latin words with Cyrillic or Greek look-alikes and says how they read', () => {
    expect(mixedScriptWord('\u0441ures')).toBe('cures'); // Cyrillic es
    expect(mixedScriptWord('mir\u0430cle')).toBe('miracle'); // Cyrillic a
    expect(mixedScriptWord('St\u03c5dies')).toBe('Studies'); // Greek upsilon
    expect(mixedScriptWord('mir\u03b1cle')).toBe('miracle'); // Greek alpha
    expect(mixedScriptWord('\u039fnly')).toBe('Only'); // Greek capital omicron
    expect(mixedScriptWord('\u0421URES')).toBe('CURES'); // Cyrillic capital es
  });

  it('leaves Greek and Cyrillic words, units and Greek-lettered names alone', () => {
    for (const word of [
      'αβ',
      'Ελληνικά',
      'лечение',
      'β-blocker',
      'µg',
      'μg',
      'μmol',
      'TNFα',
      'IFNγ',
      'NFκB',
      'ERβ',
      'HIF1α',
      'RORγt',
      'cures',
    ])
      expect(mixedScriptWord(word), word).toBeUndefined();
  });

  it('is reported by the spelling rule at the word', () => {
    const source = 'This tea \u0441ures colds, unlike \u03b2-blockers, TNF\u03b1 inhibitors or a 5 \u00b5g dose.';
    const file = lintWith(source, onlyRules({ spelling: ['warn', { suggestions: false }] }));
    expect(file.messages.map((message) => message.reason)).toEqual([
      'Unexpected mixed scripts in `\u0441ures`, expected Latin letters (`cures`)',
    ]);
    expect(flaggedTexts(file, source)).toEqual(['\u0441ures']);
  });
});
