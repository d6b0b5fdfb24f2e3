import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusArticles, sharedCorpora } from '../bench/lib/corpus.js';
import { markdownChunks } from '../src/formats/markdown-chunks.js';
import { parseMarkdown } from '../src/formats/markdown.js';
import { lintVFile } from '../src/lint.js';
import { resolveConfig } from '../src/config/resolve.js';
import { jsonOfFile } from '../src/reporters/json.js';
import { VFile } from 'vfile';
import { markdownDocument } from './property-arbitraries.js';

/**
 * A large Markdown file is parsed a chunk at a time where it can be cut. Cutting must never change
 * the tree: each source is parsed whole and in the smallest chunks it can be cut into (size 1:
 * a cut at every place allowed), and the trees, positions included, compared.
 */
function expectSameTree(source: string): void {
  expect(JSON.stringify(parseMarkdown(source, { chunkSize: 1 }))).toBe(
    JSON.stringify(parseMarkdown(source, { chunkSize: Number.POSITIVE_INFINITY })),
  );
}

const root = new URL('../', import.meta.url).pathname;

function markdownFixtures(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(md|markdown)$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}

const plain = 'Plain prose at the margin.';

describe('Markdown parsed in chunks', () => {
  it('cuts only at a blank line between two plain paragraphs', () => {
    const source = `${plain}\n\n${plain}\n\n- a list\n\n${plain}\r\n\r\n${plain}\n`;
    const cuts = markdownChunks(source, 1)!.map((chunk) => chunk.start);
    expect(cuts).toEqual([0, plain.length + 2, source.lastIndexOf(plain)]);
    expect(markdownChunks(source, 1)!.map((chunk) => chunk.line)).toEqual([1, 3, 9]);
  });

  it('gives the file whole to the parser when it is small or a cut could change it', () => {
    const body = `${plain}\n\n${plain}\n`;
    expect(markdownChunks(body, body.length)).toBeUndefined();
    for (const construct of [
      'A [link][ref].\n\n[ref]: https://example.org',
      'A note[^1].\n\n[^1]: The note.',
      '<!-- a comment\n\nrunning on -->',
      '<pre>\n\ncode\n</pre>',
      '- item\n\n  ```\n  code\n\n  ```',
      '> ```\n> code',
      '---\ntitle: never closed',
    ]) {
      expect(markdownChunks(`${construct}\n\n${body}`, 1), construct).toBeUndefined();
    }
  });

  it('never cuts inside a fence at the margin or inside front matter', () => {
    const source = `---\ntitle: x\n\nauthor: y\n---\n\n\`\`\`\n${plain}\n\n${plain}\n\`\`\`\n\n${plain}\n\n${plain}\n`;
    const cuts = markdownChunks(source, 1)!.map((chunk) => source.slice(chunk.start, chunk.end));
    expect(cuts).toEqual([source.slice(0, source.lastIndexOf(plain)), `${plain}\n`]);
    expectSameTree(source);
  });

  it('closes a fence only with as many of its own marks, and takes ``` with a backtick after it for text', () => {
    const fenced = `~~~~\n${plain}\n\n~~~\n${plain}\n\n\`\`\`\`\`\n${plain}\n\n~~~~~  \n\n${plain}\n\n${plain}\n`;
    expect(markdownChunks(fenced, 1)!.map((chunk) => chunk.line)).toEqual([1, 14]);
    expectSameTree(fenced);
    const inline = `\`\`\` not a fence \`x\`\n\n${plain}\n\n${plain}\n`;
    expect(markdownChunks(inline, 1)!.map((chunk) => chunk.line)).toEqual([1, 5]);
    expectSameTree(inline);
  });

  it('gives the same trees on the fixtures, one after another in one file', () => {
    const fixtures = markdownFixtures(join(root, 'fixtures'));
    for (const fixture of fixtures) expectSameTree(`${fixture}\n\n${plain}\n\n${fixture}\n\n${plain}\n`);
  });

  it('gives the same trees on generated Markdown', () => {
    const documents = fc.array(markdownDocument, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('\n\n'));
    fc.assert(fc.property(documents, expectSameTree), { numRuns: 150, seed: 20261204 });
  }, 120_000);

  it('keeps the byte-order mark and the CRLF line endings in the positions', () => {
    expectSameTree(`\uFEFF${plain}\r\n\r\n${plain}\r\n\r\n${plain}`);
    expectSameTree(`\uFEFF---\r\ntitle: x\r\n---\r\n\r\n${plain}\r\n\r\n${plain}`);
  });

  it.skipIf(!sharedCorpora)(
    'gives the same tree on the bench corpus as one file (skipped without ../shared/corpora)',
    () => {
      const source = corpusArticles(sharedCorpora!)
        .slice(0, 120)
        .map(({ markdown }) => markdown)
        .join('\n');
      expect(markdownChunks(source, 1)!.length).toBeGreaterThan(1000);
      expectSameTree(source);
    },
  );
});

describe('A large Markdown file linted in chunks', () => {
  /** The JSON report for `source` linted with the recommended rules, parsed in chunks of `chunkSize`. */
  function reportFor(source: string, chunkSize: number): string {
    const file = new VFile({ path: 'large.md', value: source });
    Object.assign(file.data, { chunkSize });
    return JSON.stringify(jsonOfFile(lintVFile(file, resolveConfig(undefined, {}, root))));
  }

  it('reports exactly what the file linted whole reports', () => {
    const articles = sharedCorpora
      ? corpusArticles(sharedCorpora)
          .slice(0, 40)
          .map(({ markdown }) => markdown)
      : // A file with a link definition is parsed whole by design (its links depend on it), so the
        // fallback leaves those fixtures out to keep the file chunkable.
        markdownFixtures(join(root, 'fixtures')).filter((fixture) => !fixture.includes(']:'));
    const source = articles.join('\n');
    expect(markdownChunks(source, 1)!.length).toBeGreaterThan(articles.length);
    const whole = reportFor(source, Number.POSITIVE_INFINITY);
    expect(JSON.parse(whole).messages.length).toBeGreaterThan(10);
    expect(reportFor(source, 1)).toBe(whole);
  }, 120_000);
});
