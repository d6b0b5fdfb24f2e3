import { describe, expect, it } from 'vitest';
import { letterRuns, wordSpans } from '../../src/language/word-spans.js';
import { wordHash } from '../../src/words/edits.js';

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

/** What `letterRuns` stands for: `/\p{L}{n,}/gu`, with the hash of an ASCII run's lower case. */
const runsOracle = (text: string, minLength: number): number[] =>
  [...text.matchAll(new RegExp(`\\p{L}{${minLength},}`, 'gu'))].flatMap((match) => [
    match.index,
    match.index + match[0].length,
    // eslint-disable-next-line no-control-regex
    /^[\x00-\x7f]*$/.test(match[0]) ? wordHash(match[0].toLowerCase()) : NaN,
  ]);

describe('letterRuns', () => {
  it('finds the runs of letters the regular expression finds, with the hash of an ASCII one', () => {
    const texts = [
      '',
      'Patients reported tachycardia and NEUROPATHY.',
      'Drug-induced hepatotoxicity, 12mg/kg, COVID19abcdef and x_yzabcdef.',
      'Café, naïve, Ærø, São Paulo; cafe\u0301ine (a combining accent ends a run).',
      'The \u212Aetamine (Kelvin sign), \u017Fomething (long s), İstanbul, Grüße.',
      'A 𝐁𝐨𝐥𝐝𝐥𝐲 word, an emoji 😀 and lone \ud800 and \udc00 surrogates in abcdef\ud800ghijkl.',
    ];
    for (const text of texts) {
      for (const minLength of [1, 6]) expect(letterRuns(text, minLength), text).toEqual(runsOracle(text, minLength));
    }
  });

  it('agrees with the regular expression on random text from awkward characters', () => {
    const alphabet = ['a', 'Z', 'k', '7', '-', ' ', 'é', '\u0301', 'ß', 'İ', '\u212A', '中', '𝐁', '😀', '\ud800', '_'];
    let seed = 54321;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = Math.floor(random() * 30);
      for (let index = 0; index < length; index++) text += alphabet[Math.floor(random() * alphabet.length)];
      for (const minLength of [1, 3, 6]) {
        expect(letterRuns(text, minLength), JSON.stringify(text)).toEqual(runsOracle(text, minLength));
      }
    }
  });
});
