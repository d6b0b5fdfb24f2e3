import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusArticles, sharedCorpora } from '../bench/lib/corpus.js';
import { parseMarkdown, syntaxExtensionsFor } from '../src/formats/markdown.js';
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
      // Web addresses beside an `@` that starts no e-mail address: parsed without the e-mail construct.
      'Follow @handle and see www.example.org, https://x.y/z or www.a.b @ 10:05 AM (@who).',
      'An escaped user\\@example.org, a reference user&#64;example.org and https://example.org',
      // An address that both constructs could take at its first `w`: the e-mail one wins in remark-gfm.
      'Write to www.foo@bar.com or WWW.X_Y@Z.ORG at http://a.b',
      'Hyphen-@x and +@y and _@z and .@w beside www.example.org',
    ];
    for (const source of cases) expectSameTree(source);
  });

  it('leaves out the e-mail autolink construct where no e-mail address can start, and only there', () => {
    const constructsAt = (source: string, char: string): number =>
      syntaxExtensionsFor(source)
        .map((extension) => extension.text?.[char.charCodeAt(0)])
        .flatMap((constructs) => (constructs === undefined ? [] : [constructs].flat())).length;
    expect(constructsAt('See www.example.org, says @handle.', 'a')).toBe(0);
    expect(constructsAt('See www.example.org, says @handle.', 'w')).toBe(1);
    expect(constructsAt('See https://example.org.', 'h')).toBe(1);
    expect(constructsAt('Write to a@example.org.', 'a')).toBe(1);
    expect(constructsAt('Write to a@example.org or www.example.org.', 'w')).toBe(2);
    expect(constructsAt('No address, @handle only.', 'h')).toBe(0);
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

  it.skipIf(!sharedCorpora)(
    'gives the same trees on the bench corpus (skipped without ../shared/corpora)',
    () => {
      const articles = corpusArticles(sharedCorpora!);
      expect(articles.length).toBe(500);
      // 500 articles parsed twice: ~12 s on a quiet machine, past the default 30 s on a busy one.
      for (const { markdown } of articles) expectSameTree(markdown);
    },
    120_000,
  );
});
