import { toString as nlcstToString } from 'nlcst-to-string';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/prose/document.js';

/** The words of each sentence as the tokeniser's own nodes give them. */
function tokeniserWords(text: string): { text: string; start: number; end: number }[][] {
  const document = buildDocument(text, 'markdown');
  return document.blocks.flatMap((block) =>
    block.nlcst.children
      .filter((child) => child.type === 'SentenceNode')
      .map((sentence) =>
        sentence.children
          .filter((child) => child.type === 'WordNode')
          .map((word) => ({
            text: nlcstToString(word),
            start: word.position?.start.offset ?? 0,
            end: word.position?.end.offset ?? 0,
          })),
      ),
  );
}

describe('the words of a sentence, kept as offsets', () => {
  const prose = [
    '# Café “naïve” co-operation',
    '',
    'Dr. O’Brien’s trial (n = 1,204) cut LDL by 12.5% — see https://example.org/a?b=c. It’s pre-emptive; e.g. B12 & COVID-19!',
    '',
    '- A list item with **strong** and `code` and [a link](https://example.org).',
    '',
    // Longer than one tokeniser window (4,000 characters), so its sentences come from several.
    Array.from({ length: 400 }, (_, index) => `Sentence ${index} has shy\u00ADhyphens and words.`).join(' '),
  ].join('\n');

  it('are the tokeniser’s words, text and offsets, with their count', () => {
    const document = buildDocument(prose, 'markdown');
    const made = document.blocks.flatMap((block) =>
      block.sentences.map((sentence) => {
        expect(sentence.wordCount).toBe(sentence.words.length);
        return sentence.words.map(({ text, start, end }) => ({ text, start, end }));
      }),
    );
    expect(made.length).toBeGreaterThan(400);
    expect(made).toEqual(tokeniserWords(prose));
  });

  it('are the same objects while a rule walks one sentence, and again after a few others', () => {
    const [block] = buildDocument('One two three. Four five six. Seven eight.', 'markdown').blocks;
    const [first, second, third] = block!.sentences;
    const words = first!.words;
    expect(first!.words).toBe(words);
    expect(second!.words).not.toBe(words);
    expect(third!.words[0]!.text).toBe('Seven');
    expect(first!.words).toBe(words);
  });
});
