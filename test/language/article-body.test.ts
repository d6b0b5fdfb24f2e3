import { describe, expect, it } from 'vitest';
import { bodyProseWords, fragmentWords, isArticleFragment } from '../../src/language/article-body.js';
import { buildDocument } from '../../src/prose/document.js';

const sentence = 'The researchers followed four hundred adults with asthma for two years in the new trial.'; // 15 words
const article = (paragraphs: number, extra = ''): string =>
  `---\ntitle: Asthma and exercise\n---\n\n${extra}${Array.from({ length: paragraphs }, () => sentence).join('\n\n')}\n`;

describe('article-body', () => {
  it('counts the words of body sentences only', () => {
    expect(bodyProseWords(buildDocument(article(2), 'markdown'))).toBe(30);
  });

  it('leaves out headings, captions, furniture and lines of fewer than four words', () => {
    const extra = '## A long heading about asthma and the lungs of adults\n\nAD\n\nRead more here.\n\n';
    expect(bodyProseWords(buildDocument(article(2, extra), 'markdown'))).toBe(30);
  });

  it('takes a few paragraphs for a fragment and a news story for an article', () => {
    const short = buildDocument(article(Math.floor((fragmentWords - 1) / 15)), 'markdown');
    const whole = buildDocument(article(Math.ceil(fragmentWords / 15) + 1), 'markdown');
    expect(isArticleFragment(short)).toBe(true);
    expect(isArticleFragment(whole)).toBe(false);
  });

  it('reads an empty text as a fragment', () => {
    expect(isArticleFragment(buildDocument('', 'markdown'))).toBe(true);
  });
});
