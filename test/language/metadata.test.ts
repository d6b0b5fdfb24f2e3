import { describe, expect, it } from 'vitest';
import { anchorOf, articleWordCount, frontMatterValue } from '../../src/language/metadata.js';
import { buildDocument } from '../../src/prose/document.js';

const anchored = (source: string, format: 'markdown' | 'html' | 'text' = 'markdown'): string => {
  const document = buildDocument(source, format);
  const span = anchorOf(document);
  return source.slice(span.start, span.end);
};

describe('metadata', () => {
  it('anchors article-level findings at the title', () => {
    expect(anchored('---\ndate: 2020-01-01\n---\n\n# Coffee and you\n\nText.\n')).toBe('Coffee and you');
    expect(anchored('---\ntitle: Coffee\n---\n\nText here. More.\n')).toBe('title: Coffee');
    expect(anchored('First sentence. Second.', 'text')).toBe('First sentence.');
  });

  it('reads front matter keys case- and separator-insensitively, ignoring empty values', () => {
    const document = buildDocument('---\nFunding_Source: NIH\ndisclosure: ""\n---\n\nText.\n', 'markdown');
    expect(frontMatterValue(document, ['funding source'])).toBe('NIH');
    expect(frontMatterValue(document, ['disclosure'])).toBeUndefined();
  });

  it('counts the words of the prose, the title and headings included', () => {
    expect(
      articleWordCount(
        buildDocument('---\ntitle: Coffee and you\n---\n\n## Why\n\nCoffee is popular. Tea too.\n', 'markdown'),
      ),
    ).toBe(9);
    expect(articleWordCount(buildDocument('', 'markdown'))).toBe(0);
  });
});
