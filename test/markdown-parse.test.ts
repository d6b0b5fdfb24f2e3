import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusArticles, sharedCorpora } from '../bench/lib/corpus.js';
import { parseMarkdown } from '../src/formats/markdown.js';
import { markdownDocument } from './property-arbitraries.js';

/**
 * The Markdown parser leaves out the syntax extensions whose trigger a source lacks (an autolink
 * literal needs `www.`, `://` or `@`, a table `|`…). That must never change a tree: each source
 * is parsed both ways and the trees, positions included, compared.
 */
function expectSameTree(source: string): void {
  expect(JSON.stringify(parseMarkdown(source))).toBe(JSON.stringify(parseMarkdown(source, true)));
}

const root = new URL('../', import.meta.url).pathname;

function markdownFixtures(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(md|markdown|txt)$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}

describe('Markdown parsing with only the extensions a source needs', () => {
  it('gives the same trees on the fixtures and on edge cases for each trigger', () => {
    const cases = [
      ...markdownFixtures(join(root, 'fixtures')),
      'Mail me at a@b.co or visit WWW.EXAMPLE.ORG and https://x.y/z.',
      'no trigger at all, just prose with a colon: and a hyphen-ated word',
      'a | b\n--|--\n1 | 2',
      '~~gone~~ and ~one~',
      'A note[^1].\n\n[^1]: Source.',
      '- [ ] todo\n- [x] done',
      '---\ntitle: x\n---\n\nText',
      '\uFEFF+++\ntitle = "x"\n+++\n\nText',
      'Escaped www\\.example.org and &#64; entities a&#64;b.co',
      // The autolink-literal transform is left out without `www`, `http`, `@` or `&`: a link made
      // of escapes or character references alone must still be found.
      'Only references: &#119;&#119;&#119;.example.org and user&commat;example.org',
      'Escapes only: http\\://example.org/x and HTTPS\\://EXAMPLE.ORG',
    ];
    for (const source of cases) expectSameTree(source);
  });

  it('still links autolink literals that only escapes or character references spell', () => {
    const links = (source: string): string[] => JSON.stringify(parseMarkdown(source)).match(/"url":"[^"]*"/g) ?? [];
    expect(links('Write to user&commat;example.org.')).toEqual(['"url":"mailto:user@example.org"']);
    expect(links('See &#119;ww.example.org today.')).toEqual(['"url":"http://www.example.org"']);
    expect(links('No link here, only prose.')).toEqual([]);
  });

  it('gives the same trees on generated Markdown', () => {
    fc.assert(fc.property(markdownDocument, expectSameTree), { numRuns: 400, seed: 20261202 });
  });

  it.skipIf(!sharedCorpora)('gives the same trees on the bench corpus (skipped without ../shared/corpora)', () => {
    const articles = corpusArticles(sharedCorpora!);
    expect(articles.length).toBe(500);
    for (const { markdown } of articles) expectSameTree(markdown);
  });
});
