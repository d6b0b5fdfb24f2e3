import fc from 'fast-check';
import type { Format } from '../src/prose/types.js';

/**
 * Generators of hostile but plausible articles in each format: real trigger phrases (so rules
 * fire and their ranges get checked) mixed with random Unicode, zero-width and right-to-left
 * characters, tabs, entities, escapes, unbalanced markup, CRLF or CR line endings, a BOM, long
 * lines and nesting.
 */

/** Words and phrases that make at least one rule report, so there are ranges to check. */
const triggers = [
  'miracle',
  'breakthrough',
  'game-changer',
  'cures',
  'can reverse',
  'highly effective',
  'Research has shown',
  'Many scientists claim',
  'It is widely believed',
  'doctors say',
  '38%',
  '35% lower risk',
  'twice as likely',
  'prevents',
  'In a cohort study',
  'Ketamine infusions',
  'psilocybin',
  'Esketamine',
  'drug',
  'recieved',
  'Freundenberger',
  'funded by Acme',
  'in mice',
  'p < 0.05',
  '95% CI 1.2 to 3.4',
  '1 in 4',
];
const plainWords = ['the', 'patients', 'trial', 'cancer', 'depression', 'heart', 'study', 'of', 'and', 'in', 'risk'];
/** Characters that break naive offset arithmetic: zero-width, bidi controls, combining marks, astral. */
const oddCharacters = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u202E',
  '\u202B',
  '\u200F',
  '\u00AD',
  'שלום',
  'مرحبا',
  'é',
  'e\u0301',
  '😀',
  '👩‍⚕️',
  '\u00A0',
  '\u2028',
  'ß',
  'İ',
  'ﬁ',
  '…',
  '“',
  '”',
  '’',
  '—',
];
const punctuation = ['.', ',', ';', ':', '!', '?', '(', ')', '"', "'", '[1]', '(Smith, 2020)', '...'];

const token: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...triggers), weight: 4 },
  { arbitrary: fc.constantFrom(...plainWords), weight: 4 },
  { arbitrary: fc.constantFrom(...oddCharacters), weight: 2 },
  { arbitrary: fc.constantFrom(...punctuation), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 100_000 }).map(String), weight: 1 },
);

const space = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\u00A0', ' \u200B');

function joined(parts: fc.Arbitrary<string[]>, separator: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(parts, fc.array(separator, { minLength: 40, maxLength: 40 }))
    .map(([items, separators]) => items.map((item, i) => (i === 0 ? item : `${separators[i % 40]}${item}`)).join(''));
}

export const sentence: fc.Arbitrary<string> = fc
  .tuple(joined(fc.array(token, { minLength: 1, maxLength: 14 }), space), fc.constantFrom('.', '.', '!', '?', '', '…'))
  .map(([words, end]) => `${words}${end}`);

/** Line endings applied to a whole document; mixed endings are what pasted text really has. */
const lineEnding = fc.constantFrom<'lf' | 'crlf' | 'cr' | 'mixed'>('lf', 'lf', 'crlf', 'cr', 'mixed');

function withLineEndings(text: string, style: 'lf' | 'crlf' | 'cr' | 'mixed'): string {
  if (style === 'lf') return text;
  if (style === 'crlf') return text.replace(/\n/g, '\r\n');
  if (style === 'cr') return text.replace(/\n/g, '\r');
  let count = 0;
  return text.replace(/\n/g, () => ['\n', '\r\n', '\r'][count++ % 3] as string);
}

/** A whole document: BOM or not, line endings, and now and then one very long line. */
function document(blocks: fc.Arbitrary<string[]>, blockSeparator: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      joined(blocks, blockSeparator),
      lineEnding,
      fc.boolean(),
      fc.option(fc.tuple(sentence, fc.integer({ min: 30, max: 150 })), { freq: 10 }),
    )
    .map(([body, endings, bom, long]) => {
      const text = long ? `${body}\n\n${`${long[0]} `.repeat(long[1])}\n` : body;
      return `${bom ? '\uFEFF' : ''}${withLineEndings(text, endings)}`;
    });
}

// Markdown ----------------------------------------------------------------------------------

const markdownInline: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: token, weight: 6 },
  fc.constantFrom('*', '**', '_', '__', '~~', '`').chain((mark) => token.map((word) => `${mark}${word}${mark}`)),
  token.map((word) => `[${word}](https://example.org/${encodeURIComponent(word)})`),
  token.map((word) => `[${word}][ref]`),
  token.map((word) => `${word}[^1]`),
  token.map((word) => `<b>${word}</b>`),
  token.map((word) => `\\*${word}\\*`),
  fc.constantFrom('&amp;', '&nbsp;', '&#109;iracle', '&copy;', '&#x1F600;', '&bogus;', '<br>', '\\', '  \n'),
  fc.constantFrom('*', '_', '[', ']', '(', '<', '>', '`', '**'),
);

const markdownParagraph = fc
  .tuple(joined(fc.array(markdownInline, { minLength: 1, maxLength: 16 }), space), fc.constantFrom('.', '', '!'))
  .map(([words, end]) => `${words}${end}`);

const markdownBlock: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: markdownParagraph, weight: 5 },
  fc.tuple(fc.integer({ min: 1, max: 6 }), markdownParagraph).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.array(markdownParagraph, { minLength: 1, maxLength: 3 }))
    .map(([depth, lines]) => lines.map((line) => `${'> '.repeat(depth)}${line}`).join('\n')),
  fc
    .tuple(
      fc.constantFrom('- ', '* ', '+ ', '1. ', '2) '),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), markdownParagraph), { minLength: 1, maxLength: 5 }),
    )
    .map(([marker, items]) => items.map(([indent, text]) => `${'  '.repeat(indent)}${marker}${text}`).join('\n')),
  fc
    .tuple(sentence, sentence, sentence, sentence)
    .map(([a, b, c, d]) => `| ${a} | ${b} |\n| --- | :-: |\n| ${c} | ${d} |`),
  sentence.map((text) => `\`\`\`\n${text}\n\`\`\``),
  sentence.map((text) => `    ${text}`),
  sentence.map((text) => `<div>\n${text}\n</div>`),
  sentence.map((text) => `<!-- ${text} -->`),
  sentence.map((text) => `[^1]: ${text}`),
  fc.constant('[ref]: https://doi.org/10.1000/x'),
  fc.constant('***'),
  sentence.map((text) => `${text}\n===`),
);

export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(
      sentence.map((title) => `---\ntitle: ${JSON.stringify(title)}\nauthor: Jane\n---\n\n`),
      { freq: 4 },
    ),
    document(fc.array(markdownBlock, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n\n', '\n', '\n\n\n')),
  )
  .map(([frontMatter, body]) => (frontMatter && !body.startsWith('\uFEFF') ? frontMatter + body : body));

// HTML --------------------------------------------------------------------------------------

const htmlEntity = fc.constantFrom(
  '&amp;',
  '&nbsp;',
  '&#109;',
  '&#x6D;',
  '&eacute;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&#x1F600;',
  '&bogus;',
  '&amp',
  '&#0;',
  '&#xD800;',
);
const htmlText: fc.Arbitrary<string> = fc.oneof({ arbitrary: token, weight: 6 }, htmlEntity);
const inlineTag = fc.constantFrom('b', 'i', 'em', 'strong', 'span', 'a', 'sup', 'q', 'mark', 'small');
const blockTag = fc.constantFrom('p', 'div', 'li', 'blockquote', 'h1', 'h3', 'td', 'section', 'article', 'figcaption');

const htmlInline: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: htmlText, weight: 6 },
  fc
    .tuple(inlineTag, htmlText, fc.constantFrom('close', 'close', 'close', 'open-only', 'close-only'))
    .map(([tag, text, balance]) => {
      const open = tag === 'a' ? `<a href="https://example.org/?a=1&amp;b=2">` : `<${tag}>`;
      if (balance === 'open-only') return `${open}${text}`;
      if (balance === 'close-only') return `${text}</${tag}>`;
      return `${open}${text}</${tag}>`;
    }),
  fc.constantFrom('<br>', '<br/>', '<img src=x alt="miracle">', '<!-- miracle -->', '<sup>1</sup>', '<', '>', '&'),
);

const htmlParagraph = joined(fc.array(htmlInline, { minLength: 1, maxLength: 14 }), space);

const htmlBlock: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc
      .tuple(blockTag, htmlParagraph, fc.boolean())
      .map(([t, text, c]) => `<${t}>${text}${c ? `</${t}>` : ''}`),
    weight: 5,
  },
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), htmlParagraph, fc.boolean())
    .map(([depth, text, closed]) => `${'<div>'.repeat(depth)}${text}${closed ? '</div>'.repeat(depth) : ''}`),
  fc
    .array(htmlParagraph, { minLength: 1, maxLength: 4 })
    .map((items) => `<ul>${items.map((i) => `<li>${i}`).join('\n')}</ul>`),
  htmlParagraph.map((text) => `<script>var s = "${text.replace(/["\\<]/g, '')}";</script>`),
  htmlParagraph.map((text) => `<pre><code>${text}</code></pre>`),
  htmlParagraph.map((text) => `<table><tr><td>${text}</td><td>${text}</td></tr></table>`),
  htmlParagraph,
  fc.constantFrom('</p>', '</div>', '<hr>', '<!DOCTYPE html>', '<![CDATA[ x ]]>', '<?xml version="1.0"?>'),
);

export const htmlDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      '',
      '<!DOCTYPE html><html><head><title>Miracle cure</title><meta name="author" content="Jane"></head><body>',
      '<html><body><article>',
    ),
    document(fc.array(htmlBlock, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '', '\n\n')),
  )
  .map(([head, body]) => (body.startsWith('\uFEFF') ? `\uFEFF${head}${body.slice(1)}` : `${head}${body}`));

// Plain text --------------------------------------------------------------------------------

const textBlock: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((lines) => lines.join(' ')), weight: 4 },
  fc.array(sentence, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')),
  fc
    .tuple(
      fc.constantFrom('• ', '- ', '* ', '1. ', '2) ', 'a) ', '➢ '),
      fc.array(sentence, { minLength: 1, maxLength: 4 }),
    )
    .map(([bullet, items]) => items.map((item) => `${bullet}${item}`).join('\n')),
  fc.array(token, { minLength: 1, maxLength: 5 }).map((words) => words.join(' ')),
  sentence.map((text) => `<!-- ${text} -->`),
  sentence.map((text) => `\t${text}`),
);

export const textDocument: fc.Arbitrary<string> = document(
  fc.array(textBlock, { minLength: 1, maxLength: 8 }),
  fc.constantFrom('\n\n', '\n', '\n \n', '\n\n\n'),
);

/** MDX: Markdown inside and around JSX, with expressions and ESM; random Markdown is often invalid MDX, which must give one fatal message, never a throw. */
const mdxDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', "import Note from './note.js'\n\n", 'export const meta = { a: 1 }\n\n'),
    markdownDocument,
    fc.constantFrom(
      '',
      '\n\n<Note type="warn">\n  Inside a component.\n</Note>\n',
      '\n\nText {1 + 1} and <b title="x">bold</b>.\n',
    ),
  )
  .map(([head, body, tail]) => `${head}${body}${tail}`);

export const documents: Record<Format, fc.Arbitrary<string>> = {
  markdown: markdownDocument,
  mdx: mdxDocument,
  html: htmlDocument,
  text: textDocument,
};

export const extensions: Record<Format, string> = { markdown: 'md', mdx: 'mdx', html: 'html', text: 'txt' };

/** Anything at all, lone surrogates and NUL included: no crash, and ranges stay in bounds. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({
    unit: fc.constantFrom('*', '_', '[', ']', '(', ')', '<', '>', '&', '#', '\n', ' ', 'a', '`', '\\', '!', '-', '|'),
    maxLength: 300,
  }),
);
