import { ParseEnglish } from 'parse-english';
import { toString as nlcstToString } from 'nlcst-to-string';
import type { Paragraph } from 'nlcst';
import { describe, expect, it } from 'vitest';
import { tokenizeParagraph } from '../src/prose/tokenize.js';
import { LineIndex } from '../src/formats/line-index.js';
import { flaggedTexts, lintWith, onlyRules } from './helpers.js';

/**
 * Issue 12, item 11: parse-english is quadratic on long runs of merging tokens, so a long
 * paragraph is parsed in windows. Sentences must come out as one call would give them.
 */

const whole = new ParseEnglish();

function sentenceRanges(paragraph: Paragraph): [number, number][] {
  return paragraph.children
    .filter((child) => child.type === 'SentenceNode')
    .map((child) => [child.position?.start.offset ?? -1, child.position?.end.offset ?? -1]);
}

/** Every node's offsets hold its own text, and its line and column match its offset. */
function positionErrors(paragraph: Paragraph, text: string): string[] {
  const errors: string[] = [];
  const lines = new LineIndex(text);
  const pending: unknown[] = [...paragraph.children];
  for (let node = pending.pop() as Paragraph['children'][number] | undefined; node; node = pending.pop() as never) {
    const { start, end } = node.position ?? {};
    if (!start || !end) continue;
    if (text.slice(start.offset, end.offset) !== nlcstToString(node)) errors.push(`${node.type} at ${start.offset}`);
    for (const point of [start, end]) {
      const expected = lines.point(point.offset ?? 0);
      if (expected.line !== point.line || expected.column !== point.column)
        errors.push(
          `${node.type}: ${point.offset} is ${expected.line}:${expected.column}, not ${point.line}:${point.column}`,
        );
    }
    if ('children' in node) pending.push(...node.children);
  }
  return errors;
}

const prose = [
  'Researchers said the new drug eased symptoms in 38% of patients, compared with 20% on placebo.',
  'Dr. Smith, who led the trial at St. Mary’s, said: “It’s early days.”',
  'The U.S. Food and Drug Administration (FDA) has not approved it!',
  'Is it safe? Nobody knows yet... More trials are planned in e.g. Europe and the U.K.',
  'Side effects included nausea (in 1 in 5) and headaches;\nfew stopped taking it.',
];

/** Which point objects a tree's nodes share: each point's number, in order of first use. */
function pointSharing(paragraph: Paragraph): number[] {
  const numbers = new Map<object, number>();
  const shared: number[] = [];
  const pending: unknown[] = [paragraph];
  for (let node = pending.pop() as Paragraph | undefined; node; node = pending.pop() as never) {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue;
      if (!numbers.has(point)) numbers.set(point, numbers.size);
      shared.push(numbers.get(point)!);
    }
    if ('children' in node) pending.push(...(node.children as unknown[]));
  }
  return shared;
}

describe('tokenizeParagraph', () => {
  it('makes the tokens, positions and shared points parse-english makes', () => {
    const texts = [
      'Dr. Smith’s trial (n=1,204) cut risk by 25%... Really?!  Yes —\r\nmostly.\n\nU.S.-based 😀😀 café naïve “quoted” e.g. 3.5 mg/kg',
      '\t  \u00a0leading space, trailing\r\r\n',
      '¿Qué? ¡Sí! It’s 10:30 a.m.; the FDA’s 2nd-line drug—AB-123/XY—works.',
    ];
    // Strings drawn from characters of every class, with CR, LF, surrogate pairs and halves of them.
    const alphabet = [...'aZ9 \t\r\n.,!?…\'’"“-–—/()[]&%$@#_é\u00a0\u2028', '😀', '\ud83d', '\ude00', '\u0301'];
    let seed = 42;
    const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let count = 0; count < 300; count++) {
      let text = '';
      for (let length = next() % 60; length > 0; length--) text += alphabet[next() % alphabet.length];
      texts.push(text);
    }
    for (const text of texts) {
      const ours = tokenizeParagraph(text);
      const theirs = whole.tokenizeParagraph(text);
      expect(ours).toEqual(theirs);
      expect(pointSharing(ours)).toEqual(pointSharing(theirs));
    }
  });

  it('makes the same tree when the marks a plugin merges are missing from the text', () => {
    // Each plugin of parse-english is skipped for a text without the marks it merges (see
    // `triggersOf`): strings drawn from alphabets that leave out some of them each time.
    const marks = [..."'’/&-.:=?@_\u00ad\u00b7\u2010\u2011\u2027\n\r"];
    const base = [...'aZ9 \t,!…"“()é'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let count = 0; count < 600; count++) {
      const kept = marks.filter(() => next() % 3 === 0);
      const alphabet = [...base, ...kept, ...kept];
      let text = '';
      for (let length = next() % 50; length > 0; length--) text += alphabet[next() % alphabet.length];
      expect(tokenizeParagraph(text), JSON.stringify(text)).toEqual(whole.tokenizeParagraph(text));
    }
    for (const text of [
      ...prose,
      'Rock & roll w/ friends',
      'a well-\nknown term\n\nnext',
      'well- and ill-',
      'long-term',
      'x-',
      '-a -- b--',
      'U.S. and e.g. this.',
    ]) {
      expect(tokenizeParagraph(text)).toEqual(whole.tokenizeParagraph(text));
    }
  });

  it('parses a paragraph shorter than a window in one call', () => {
    const text = prose.join(' ');
    expect(tokenizeParagraph(text)).toEqual(whole.tokenizeParagraph(text));
  });

  it('splits long ordinary prose into the sentences one call finds', () => {
    const text = Array.from(
      { length: 60 },
      (_, index) => `${prose[index % prose.length] as string}${index % 7 ? ' ' : '\r\n'}`,
    ).join('');
    const long = Array.from({ length: 60 }, (_, index) => prose[index % prose.length] as string).join(' ');
    for (const sample of [text, long, long.replace(/ /g, '\n')]) {
      const windowed = tokenizeParagraph(sample, 500);
      expect(sentenceRanges(windowed)).toEqual(sentenceRanges(whole.tokenizeParagraph(sample)));
      expect(nlcstToString(windowed)).toBe(sample);
      expect(positionErrors(windowed, sample)).toEqual([]);
    }
  });

  it('keeps text and positions whole on input with no sentence ends', () => {
    const samples = [
      'a\n'.repeat(3_000),
      "a'b ".repeat(2_000),
      'A.B '.repeat(2_000),
      '&bogus;'.repeat(1_000),
      'x'.repeat(9_000),
      '😀'.repeat(5_000),
      'e\u0301'.repeat(5_000),
      'a\r\n'.repeat(3_000),
    ];
    for (const sample of samples) {
      const windowed = tokenizeParagraph(sample, 1_000);
      expect(nlcstToString(windowed), sample.slice(0, 8)).toBe(sample);
      expect(positionErrors(windowed, sample).slice(0, 3), sample.slice(0, 8)).toEqual([]);
    }
  });

  it('finds a claim at the end of a long paragraph of short lines, at its place', () => {
    const source = `${'a\n'.repeat(5_000)}This miracle cure works.\n`;
    for (const format of ['markdown', 'text'] as const) {
      const file = lintWith(source, onlyRules({ hype: 'warn' }), format);
      expect(flaggedTexts(file, source)).toEqual(['miracle']);
    }
  });
});
