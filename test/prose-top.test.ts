import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/prose/document.js';
import { topOfArticle } from '../src/prose/top.js';

const topTexts = (markdown: string, paragraphs: number): string[] =>
  [...topOfArticle(buildDocument(markdown, 'markdown').blocks, paragraphs)].map((block) => block.text);

describe('topOfArticle', () => {
  it('is the headline and the first body paragraphs, skipping other blocks', () => {
    const markdown = ['# Drug cuts migraines', 'First paragraph.', '## A subheading', 'Second one.', 'Third one.'].join(
      '\n\n',
    );
    expect(topTexts(markdown, 2)).toEqual(['Drug cuts migraines', 'First paragraph.', 'Second one.']);
    expect(topTexts(markdown, 0)).toEqual(['Drug cuts migraines']);
  });

  it('is empty for an empty document', () => {
    expect(topTexts('', 3)).toEqual([]);
  });
});
