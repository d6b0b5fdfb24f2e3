import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/prose/document.js';

const kinds = (source: string, format: 'markdown' | 'html' | 'text'): string[] =>
  buildDocument(source, format).blocks.map((block) => `${block.kind}:${block.text.trim()}`);

describe('text format', () => {
  it('splits paragraphs, bullet items and heading lines', () => {
    const source =
      'Ketamine for Depression\nIt may help some people.\n\n• First item\n• Second item\nClosing words here.\n';
    expect(kinds(source, 'text')).toEqual([
      'heading:Ketamine for Depression',
      'paragraph:It may help some people.',
      'listItem:First item',
      'listItem:Second item',
      'paragraph:Closing words here.',
    ]);
  });

  it('keeps hard-wrapped prose in one paragraph', () => {
    expect(kinds('The trial enrolled\nforty people and\nended early.\n', 'text')).toEqual([
      'paragraph:The trial enrolled\nforty people and\nended early.',
    ]);
  });
});

describe('html format', () => {
  it('reads the article prose only, with headings, lists and table cells', () => {
    const source = `<html><head><title>T</title><meta name="author" content="Dr A. Writer"><style>p{}</style></head>
<body><nav><a href="/">Home</a></nav><article><h1>Title here</h1><p>First &amp; <em>second</em> part.</p>
<ul><li>One item</li></ul><table><tr><td>Cell text</td></tr></table><pre>code()</pre><script>x()</script></article></body></html>`;
    const document = buildDocument(source, 'html');
    // The page's <title> is read first, like a headline (it differs from the <h1>, so both are read).
    expect(document.blocks.map((block) => `${block.kind}:${block.text.trim()}`)).toEqual([
      'title:T',
      'heading:Title here',
      'paragraph:First & second part.',
      'listItem:One item',
      'paragraph:Cell text',
    ]);
    expect(document.facts.metadata.authors).toEqual(['Dr A. Writer']);
    expect(document.facts.hasMetadata).toBe(true);
    const paragraph = document.blocks[2];
    const span = paragraph?.span(paragraph.text.indexOf('second'), paragraph.text.indexOf('second') + 6);
    expect(source.slice(span?.start, span?.end)).toBe('second');
    const ampersand = paragraph?.span(6, 7);
    expect(source.slice(ampersand?.start, ampersand?.end)).toBe('&amp;');
  });
});

describe('markdown format', () => {
  it('maps words inside blockquotes, escapes and emphasis back to the source', () => {
    const source = '> A quoted \\*claim\\* that\n> spans *two* lines.\n';
    const [block] = buildDocument(source, 'markdown').blocks;
    expect(block?.kind).toBe('quote');
    for (const word of ['spans', 'two', 'lines', 'claim']) {
      const at = block?.text.indexOf(word) ?? -1;
      const span = block?.span(at, at + word.length);
      expect(source.slice(span?.start, span?.end)).toBe(word);
    }
  });

  it('records citations from links, footnotes and text markers', () => {
    const source =
      'A claim [1]. Another [link](https://example.org). A third[^a]. (Smith et al., 2021) doi:10.1000/xyz\n\n[^a]: Note.\n';
    const kinds = buildDocument(source, 'markdown').facts.citations.map((citation) => citation.kind);
    expect(kinds).toEqual(expect.arrayContaining(['numeric-marker', 'link', 'footnote', 'author-year', 'identifier']));
  });
});
