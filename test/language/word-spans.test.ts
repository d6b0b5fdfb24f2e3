import { describe, expect, it } from 'vitest';
import { wordSpans } from '../../src/language/word-spans.js';

/** The regular expression `wordSpans` stands for, as treatment finding used it. */
const oracle = (text: string): number[] =>
  [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].flatMap((match) => [match.index, match.index + match[0].length]);

describe('wordSpans', () => {
  it('finds the words the regular expression finds', () => {
    const texts = [
      '',
      'Ketamine infusions ease depression.',
      "Alzheimer's drug, the patients’ doctors — non-statin users, 3-D, 5mg/kg and 12.5%.",
      "-lead 'quoted' ’curly’ word- word'",
      'Café, naïve, Ærø, São Paulo, Zürich; cafe\u0301 (a combining accent ends a word).',
      'Grüße ß İstanbul ǅemal Ⅻ ½ ²³ ٣ 中文字 हिन्दी',
      'A 𝐁𝐨𝐥𝐝 letter 𝟏𝟐 and an emoji 😀 between words.',
      'Lone \ud800 high and \udc00 low surrogates, and a\ud800b.',
      'Soft\u00adhyphen and zero\u200bwidth and non\u2011breaking.',
    ];
    for (const text of texts) expect(wordSpans(text), text).toEqual(oracle(text));
  });

  it('agrees with the regular expression on random text from awkward characters', () => {
    const alphabet = [
      'a',
      'Z',
      '7',
      "'",
      '’',
      '-',
      ' ',
      '.',
      'é',
      '\u0301',
      'ß',
      'İ',
      '中',
      '𝐁',
      '😀',
      '\ud800',
      '\udc00',
      '٣',
      '_',
    ];
    let seed = 12345;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = Math.floor(random() * 24);
      for (let index = 0; index < length; index++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(wordSpans(text), JSON.stringify(text)).toEqual(oracle(text));
    }
  });
});
