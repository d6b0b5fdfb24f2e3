import { describe, expect, it } from 'vitest';
import { qualifiedWordAfter, wordsAfter, wordsBefore } from '../../src/language/context-match.js';

/** The words as they were read before the scans: the clause lower-cased, then split by a pattern. */
const clauseMark = /[.;:!?()[\]]/u;
function referenceBefore(text: string, offset: number, count = 4): string[] {
  const window = text.slice(Math.max(0, offset - count * 16), offset);
  let start = window.length;
  while (start > 0 && !clauseMark.test(window[start - 1] as string)) start--;
  return (
    window
      .slice(start)
      .toLowerCase()
      .match(/[\p{L}\p{N}'’-]+|,/gu) ?? []
  ).slice(-count);
}
function referenceAfter(text: string, offset: number, count = 4): string[] {
  const window = text.slice(offset, offset + count * 16);
  let end = 0;
  while (end < window.length && !clauseMark.test(window[end] as string)) end++;
  return (
    window
      .slice(0, end)
      .toLowerCase()
      .match(/[\p{L}\p{N}'’-]+|,/gu) ?? []
  ).slice(0, count);
}

/** Characters that try the edges: surrogate pairs and lone halves, a letter that lower-cases to two, marks, commas. */
const alphabet = [
  'a', 'B', 'z', '1', "'", '’', '-', ',', ' ', ' ', '.', ';', '(', ']', '“', 'é', 'İ', 'ſ', '\u0345', '\u0301',
  '𝐀', '😀', '\ud835', '\udc00', '%', '\u00a0', 'ß', 'Σ',
]; // prettier-ignore

function randomText(seed: number, length: number): string {
  let state = seed;
  let text = '';
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += alphabet[state % alphabet.length];
  }
  return text;
}

describe('the words around an offset', () => {
  it('reads the clause’s words nearest the offset, lower-cased, commas as words', () => {
    const text = 'In a 2019 trial, the new drug’s makers said it cures X-linked disease; others disagree.';
    const at = text.indexOf('cures');
    expect(wordsBefore(text, at)).toEqual(['drug’s', 'makers', 'said', 'it']);
    expect(wordsBefore(text, at, 7)).toEqual([',', 'the', 'new', 'drug’s', 'makers', 'said', 'it']);
    expect(wordsAfter(text, at + 'cures'.length)).toEqual(['x-linked', 'disease']);
    expect(wordsBefore(text, 0)).toEqual([]);
    expect(wordsAfter(text, text.length)).toEqual([]);
  });

  it('gives what splitting the lower-cased clause with a pattern gave, on any text', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed, 20 + (seed % 90));
      for (const offset of [
        0,
        1,
        Math.floor(text.length / 3),
        Math.floor(text.length / 2),
        text.length - 1,
        text.length,
      ]) {
        for (const count of [1, 3, 4, 9]) {
          expect(wordsBefore(text, offset, count)).toEqual(referenceBefore(text, offset, count));
          expect(wordsAfter(text, offset, count)).toEqual(referenceAfter(text, offset, count));
        }
      }
    }
  });
});

describe('qualifiedWordAfter', () => {
  it('reads past a coordinate adjective after a comma and hyphenated modifiers', () => {
    const at = (text: string, word: string): number => text.indexOf(word) + word.length;
    const collaboration = 'an extraordinary, decades-long collaboration among scientists';
    expect(qualifiedWordAfter(collaboration, at(collaboration, 'extraordinary'))).toBe('collaboration');
    const partnership = 'a remarkable long-term partnership';
    expect(qualifiedWordAfter(partnership, at(partnership, 'remarkable'))).toBe('partnership');
    const plain = 'a remarkable result in patients';
    expect(qualifiedWordAfter(plain, at(plain, 'remarkable'))).toBe('result');
    const quote = '“It is a breakthrough,” he said.';
    expect(qualifiedWordAfter(quote, at(quote, 'breakthrough'))).toBeUndefined();
    const last = 'The trial was extraordinary, well-run.';
    expect(qualifiedWordAfter(last, at(last, 'extraordinary'))).toBe('well-run');
    expect(qualifiedWordAfter('It was huge.', 'It was huge'.length)).toBeUndefined();
  });
});
