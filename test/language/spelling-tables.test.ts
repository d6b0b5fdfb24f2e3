import { readdirSync, readFileSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nspellFor } from '../../src/build/hunspell-words.js';
import {
  editText,
  editsFrom,
  extendHash,
  latinLetters,
  visitEdits,
  WordFilter,
  wordHash,
} from '../../src/words/edits.js';
import { hunspellFor, shippedHunspellIndex } from '../../src/spelling/hunspell.js';
import { singleEdits, suggestionsFor } from '../../src/spelling/suggest.js';
import { shippedWordFilters, shippedWordIndex, storedWordFilters, WordIndex } from '../../src/words/word-index.js';
import { readWordList } from '../../src/words/word-lists.js';

const root = new URL('../../', import.meta.url).pathname;

/** The edits as the spelling code listed them before edits were hashed: the order suggestions rank by. */
function naiveEdits(word: string, alphabet = latinLetters): string[] {
  const edits: string[] = [];
  for (let index = 0; index <= word.length; index++) {
    const head = word.slice(0, index);
    const tail = word.slice(index);
    if (tail) edits.push(head + tail.slice(1));
    if (tail.length > 1) edits.push(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of alphabet) {
      if (tail && letter !== tail[0]) edits.push(head + letter + tail.slice(1));
      edits.push(head + letter + tail);
    }
  }
  return edits;
}

describe('hashed edits', () => {
  const words = ['', 'a', 'ab', 'recieved', 'freundenberger', 'don’t', 'naïve', 'x'.repeat(64)];

  it('lists every edit in the same order as building them one by one', () => {
    for (const word of words) expect(singleEdits(word)).toEqual(naiveEdits(word));
    expect(singleEdits('accomodation', 'aeiouycmdtn')).toEqual(naiveEdits('accomodation', 'aeiouycmdtn'));
    expect(singleEdits('x'.repeat(65))).toEqual([]);
  });

  it('gives each edit the hash of its text', () => {
    for (const word of words) {
      visitEdits(word, latinLetters + 'é’', (hash, edit) => {
        expect(hash, editText(edit)).toBe(wordHash(editText(edit)));
      });
    }
  });

  it('stops when the visitor says so', () => {
    let visits = 0;
    expect(visitEdits('word', latinLetters, () => ++visits === 3)).toBe(true);
    expect(visits).toBe(3);
  });

  it('filters without false negatives', () => {
    const known = [...shippedHunspellIndex().words()].slice(0, 20_000);
    const filter = new WordFilter(known);
    expect(known.every((word) => filter.mayHold(wordHash(word)))).toBe(true);
    const unknown = Array.from({ length: 20_000 }, (_, index) => `zq${index.toString(36)}x`);
    const through = unknown.filter((word) => filter.mayHold(wordHash(word))).length;
    expect(through / unknown.length).toBeLessThan(0.01);
  });

  it('suggests the same with word and prefix filters as without them, where the lookup cap stops the search too', () => {
    const known = new Set(shippedHunspellIndex().words());
    const filter = new WordFilter(known);
    const prefixes = new WordFilter([], 25);
    for (const word of known) {
      let hash = 0;
      for (const char of word) prefixes.add((hash = extendHash(hash, char.charCodeAt(0))));
    }
    const isKnown = (candidate: string): boolean => known.has(candidate);
    const words = ['definately', 'accomodation', 'recieved', 'pharmacokinetcs', 'immunohistochemestry'];
    for (const word of [...words, 'zzzzzzzz', 'Teh', 'abcdefghijklmnopqrstu', 'qwrtpsdfghjklzxcvbnm']) {
      expect(suggestionsFor(word, isKnown, undefined, undefined, filter, prefixes), word).toEqual(
        suggestionsFor(word, isKnown),
      );
    }
    let visits = 0;
    visitEdits(
      'word',
      latinLetters,
      () => {
        visits++;
      },
      2,
    );
    expect(visits + editsFrom('word', latinLetters, 2)).toBe(singleEdits('word').length);
  });

  it('suggests the same with the filter as without it', () => {
    const known = new Set(['definitely', 'received', 'accommodation', 'the', 'tea', 'ten', 'then']);
    const filter = new WordFilter(known);
    for (const word of ['definately', 'recieved', 'accomodation', 'Teh', 'zzzzzzzz']) {
      const isKnown = (candidate: string): boolean => known.has(candidate);
      expect(suggestionsFor(word, isKnown, undefined, undefined, filter)).toEqual(suggestionsFor(word, isKnown));
    }
  });
});

describe('the expanded Hunspell word list', () => {
  it('answers as nspell does on the dictionary packages, in every casing', () => {
    const words = new Set<string>();
    const add = (text: string): void => {
      for (const [word] of text.matchAll(/[\p{L}'’]+/gu)) {
        // Possessives are stripped before a word is checked, so the list leaves them out.
        if (/['’]s$/i.test(word)) continue;
        for (const form of [word, word.toLowerCase(), word.toUpperCase(), ` ${word}`]) words.add(form);
      }
    };
    for (const folder of ['fixtures', join('fixtures', 'rules', 'spelling')]) {
      for (const name of readdirSync(join(root, folder))) {
        if (/\.(txt|md|html)$/.test(name)) add(readFileSync(join(root, folder, name), 'utf8'));
      }
    }
    // Every 50th listed form as well, so that the affix expansion is checked across the list.
    add(
      [...shippedHunspellIndex().words()]
        .sort()
        .filter((_, index) => index % 50 === 0)
        .join(' '),
    );
    expect(words.size).toBeGreaterThan(5_000);
    for (const dialect of ['en-US', 'en-GB'] as const) {
      const expected = nspellFor(dialect);
      const actual = hunspellFor(dialect);
      const disagreements = [...words].filter((word) => expected.correct(word) !== actual.correct(word));
      expect(disagreements, dialect).toEqual([]);
    }
  });
});

describe('word indexes over the shipped lists', () => {
  const lists = readdirSync(join(root, 'dictionaries')).filter((name) => name.endsWith('.txt'));

  it('hold exactly the words and tags a plain read of each list gives', () => {
    expect(lists.length).toBeGreaterThanOrEqual(5);
    for (const name of lists) {
      const entries = readWordList(join(root, 'dictionaries', name));
      for (const keying of ['exact', 'lower-first'] as const) {
        const index = shippedWordIndex(name, keying);
        expect(index.size, name).toBe(new Set(entries.map(({ word }) => word)).size);
        // Mismatches gathered, not one expect a word: the lists hold ~400,000 words.
        const wrong = entries.filter(({ word, tag }) => index.tagOf(word) !== tag).map(({ word }) => word);
        expect(wrong, name).toEqual([]);
        expect(new Set(index.words())).toEqual(new Set(entries.map(({ word }) => word)));
      }
    }
  });

  it('keep the lists whose words are ASCII free of other characters, comments included', () => {
    // One non-ASCII character makes V8 hold a whole list as a two-byte string, slower to decode
    // at every start; the lists of names and places hold accented words and are exempt, and so is
    // the small list of accented English words ("décor"), read only for words with such letters.
    const withAccentedWords = new Set(['names-places.txt', 'person-names.txt', 'accented-words.txt']);
    const nonAscii = lists
      .filter((name) => !withAccentedWords.has(name))
      .filter((name) => !isAscii(readFileSync(join(root, 'dictionaries', name))));
    expect(nonAscii).toEqual([]);
  });

  it('answers for words it lacks and by hash', () => {
    const index = new WordIndex('# header\nAaron\tx\nzoë\r\nBob\n', 'lower-first');
    expect([index.has('Aaron'), index.has('aaron'), index.has('zoë'), index.has('Bob'), index.has('bob')]).toEqual([
      true,
      false,
      true,
      true,
      false,
    ]);
    expect([index.tagOf('Aaron'), index.tagOf('zoë'), index.tagOf('nobody')]).toEqual(['x', '', undefined]);
    expect(index.mayHoldHash(wordHash('aaron'))).toBe(true);
    expect(index.mayHoldHash(wordHash('bob'))).toBe(true);
    expect(index.mayHoldHash(wordHash('carol'))).toBe(false);
    expect(index.has('# header')).toBe(false);
    expect(new WordIndex('a\na\nb').size).toBe(2);
  });

  it('stores its table and reads it back only for the same text and keying', () => {
    const text = '# list\nAaron\tx\nzoë\nBob\n';
    const bytes = new WordIndex(text, 'lower-first').serialise();
    const read = WordIndex.deserialise(text, 'lower-first', bytes);
    expect(read?.size).toBe(3);
    expect([read?.has('Aaron'), read?.tagOf('Aaron'), read?.has('Carol')]).toEqual([true, 'x', false]);
    expect(WordIndex.deserialise(`${text}Carol\n`, 'lower-first', bytes)).toBeUndefined();
    expect(WordIndex.deserialise(text, 'exact', bytes)).toBeUndefined();
    expect(WordIndex.deserialise(text, 'lower-first', bytes.subarray(0, 100))).toBeUndefined();
  });

  it('reads a stored table in place or, where it is not aligned, from a copy, and checks the digest it is given', () => {
    const text = '# list\nAaron\tx\nzoë\nBob\n';
    const stored = new WordIndex(text, 'exact').serialise();
    for (const offset of [0, 1, 2, 4]) {
      const holder = Buffer.alloc(stored.length + 8);
      stored.copy(holder, offset);
      const bytes = holder.subarray(offset, offset + stored.length);
      const read = WordIndex.deserialise(text, 'exact', bytes);
      expect([read?.has('Aaron'), read?.has('zoë'), read?.has('Bob'), read?.has('Carol')], `offset ${offset}`).toEqual([
        true,
        true,
        true,
        false,
      ]);
    }
    const digest = new WordIndex(text).digest;
    expect(WordIndex.deserialise(text, 'exact', stored, digest)?.has('Bob')).toBe(true);
    expect(
      WordIndex.deserialise(
        text,
        'exact',
        stored,
        digest.replace(/^./, (c) => (c === '0' ? '1' : '0')),
      ),
    ).toBeUndefined();
  });

  it('stores filters that hold every word and every start of one (the build writes them; npm test builds first)', () => {
    const filters = storedWordFilters() ?? shippedWordFilters();
    const names = shippedWordIndex('person-names.txt', 'lower-first');
    for (const [index, words] of [
      [shippedHunspellIndex(), [...shippedHunspellIndex().words()]],
      [names, [...names.words()].map((name) => name.charAt(0).toLowerCase() + name.slice(1))],
    ] as const) {
      expect(index.size).toBeGreaterThan(50_000);
      for (const word of words.filter((_, position) => position % 7 === 0)) {
        expect(filters.words.mayHold(wordHash(word)), word).toBe(true);
        let hash = 0;
        for (const char of word)
          expect(filters.prefixes.mayHold((hash = extendHash(hash, char.charCodeAt(0))))).toBe(true);
      }
    }
  });
});
