import { anchorOf, frontMatterValue } from '../../src/language/metadata.js';
import { defineRule } from '../../src/rule/define-rule.js';

export interface Options {
  /** Also require a clinical credential (MD, RN, PharmD, “Dr” …) from the author or a named medical reviewer. */
  requireCredentials: boolean;
}

/** A visible byline near the top: “By Jane Smith”, “Written by …”, “Author: …”. */
// Case-sensitive after the lead word: with the `i` flag \p{Lu} matches any letter, and “By the time
// he reached the clinic…” read as a byline. A name is capitalised words, or the whole short line.
const bylinePattern = new RegExp(
  String.raw`^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Aa]uthors?:|[Rr]eviewed by|[Mm]edically reviewed by)\s+` +
    // A first name and a surname ("By Amy Norton NEW YORK (Reuters Health) -"), or a whole short line of names.
    String.raw`(?:(?:Dr\.?\s+)?\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}|\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von))*(?=\s*(?:$|[,;|]|\n)))`,
  'u',
);
/** Clinical credentials (post-nominals and titles) that qualify someone to write or review health advice. */
/**
 * A closing author line, as news sites print them: “Robert Weisman can be reached at …”, “Write to
 * Lucette Lagnado at …”, “Hurley is a science journalist …”, a signature “— Eric Jaffe”.
 */
const closingByline = new RegExp(
  [
    String.raw`^(?:[Ww]rite to|[Cc]ontact|[Ee]-?mail) \p{Lu}\p{Ll}+(?: \p{Lu}\.)? \p{Lu}[\p{Ll}'’-]+ at\b`,
    String.raw`\b\p{Lu}\p{Ll}+(?: \p{Lu}\.)? \p{Lu}[\p{Ll}'’-]+ can be (?:reached|followed|contacted|emailed) (?:at|on)\b`,
    String.raw`^[-—–]{1,2}\s*\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}'’-]+\s*$`,
    String.raw`^\p{Lu}[\p{Ll}'’-]+ (?:is|was) (?:a|an) (?:[\p{L}-]+ ){0,3}(?:journalist|writer|reporter|editor|correspondent|columnist|contributor)\b`,
  ].join('|'),
  'u',
);
const credentialPattern =
  /\b(?:Dr\.?|Prof\.?|Professor|MD|M\.D\.|DO|MBBS|MBChB|MRCP|FRCP\w*|FRCS|FACP|PhD|Ph\.D\.|PharmD|RN|NP|PA-C|RD|RDN|DPT|MPH|DNP|BSN|CNM|DDS|DMD|MSc|BPharm)\b/u;
const reviewerKeys = ['reviewer', 'reviewed by', 'medically reviewed by', 'medical reviewer', 'clinical reviewer'];

export default defineRule<Options>({
  id: 'missing-byline',
  scope: 'document',
  docs: {
    summary:
      'Flags an article with metadata that names no author, neither in its metadata nor in a visible byline; optionally requires a clinical credential.',
    rationale:
      'Readers weigh health advice by who gives it; an anonymous article cannot be checked for expertise or conflicts of interest.',
    guideline:
      'JAMA benchmarks of Silberg, Lundberg & Musacchio (JAMA 1997;277:1244), “authorship”; HONcode principle 1 (authoritative).',
    howToFix:
      'Add `author:` to the front matter (with credentials, such as “Jane Smith, MD”) or `<meta name="author">` to the page, or a visible “By …” line; for clinical advice, name a medical reviewer.',
  },
  messages: {
    missing: 'Missing author, expected front matter `author:` or a visible “By …” byline',
    credentials:
      'Missing clinical credentials for author `{author}`, expected a qualification such as `MD` or a named medical reviewer',
  },
  optionsSchema: {
    type: 'object',
    properties: {
      requireCredentials: {
        type: 'boolean',
        description: 'Also require a clinical credential from the author or a named medical reviewer.',
      },
    },
    additionalProperties: false,
  },
  defaults: { requireCredentials: false },
  examples: [
    {
      title: 'No author',
      input: '---\ntitle: Coffee and the heart\n---\n\nCoffee is popular.\n',
      flags: ['title: Coffee and the heart'],
    },
    {
      title: 'An author in the front matter',
      input: '---\ntitle: Coffee\nauthor: Jane Smith\n---\n\nCoffee is popular.\n',
      flags: [],
    },
    {
      title: 'A byline in HTML metadata only',
      format: 'html',
      input:
        '<html><head><meta name="author" content="Jane Smith"></head><body><h1>Coffee</h1><p>Coffee is popular.</p></body></html>',
      flags: [],
    },
    { title: 'A visible byline', input: '---\ntitle: Coffee\n---\n\nBy Jane Smith\n\nCoffee is popular.\n', flags: [] },
    {
      title: 'A sentence that opens with “By” is not a byline',
      input: '---\ntitle: Coffee\n---\n\nBy the time he reached the clinic, the pain had gone.\n',
      flags: ['title: Coffee'],
    },
    {
      title: 'An author named in the closing line',
      input:
        '---\ntitle: Coffee\n---\n\nCoffee is popular.\n\nRobert Weisman can be reached at rweisman@example.com.\n',
      flags: [],
    },
    {
      title: 'A byline that runs into the dateline',
      input: '---\ntitle: Coffee\n---\n\nBy Amy Norton NEW YORK (Reuters Health) - Coffee is popular.\n',
      flags: [],
    },
    {
      title: 'An author without credentials (option requireCredentials)',
      options: { requireCredentials: true },
      input: '---\ntitle: Coffee\nauthor: Jane Smith\n---\n\nCoffee is popular.\n',
      flags: ['title: Coffee'],
    },
    {
      title: 'An author with credentials (option requireCredentials)',
      options: { requireCredentials: true },
      input: '---\ntitle: Coffee\nauthor: Jane Smith, MD\n---\n\nCoffee is popular.\n',
      flags: [],
    },
  ],
  check(document, { options, report }) {
    if (!document.facts.hasMetadata) return;
    const visible =
      document.blocks.slice(0, 4).find((block) => bylinePattern.test(block.text.trim())) ??
      document.blocks.slice(-3).find((block) => closingByline.test(block.text.trim()));
    const authors = [...document.facts.metadata.authors, ...(visible ? [visible.text.trim()] : [])];
    if (authors.length === 0) {
      report('missing', anchorOf(document));
      return;
    }
    if (!options.requireCredentials) return;
    const reviewer = frontMatterValue(document, reviewerKeys);
    // `author: {name: …, credentials: MD}` keeps credentials beside the name.
    const field = JSON.stringify(document.facts.frontMatter?.['author'] ?? '');
    const credited = credentialPattern.test(field) || /"credentials?":"[^"]+"/u.test(field);
    if (credited || reviewer !== undefined || authors.some((author) => credentialPattern.test(author))) return;
    report('credentials', anchorOf(document), { author: authors[0] ?? '' });
  },
});
