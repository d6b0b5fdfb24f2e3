import { defineRule } from '../../src/rule/define-rule.js';
import { readTermsFile, termsSchema, TermMatcher, type Term } from '../../src/rule/terms.js';
import { houseStyleOptionFiles } from '../option-files.js';

export interface HouseStyleOptions {
  /** The house style's terms, in the config itself. */
  terms?: readonly Term[];
  /** A YAML file of more terms, relative to the config file, so a style guide can be shared. */
  termsFile?: string;
}

const noTerms: readonly Term[] = [];
const matchers = new WeakMap<readonly Term[], WeakMap<readonly Term[], TermMatcher>>();

/** One matcher per config's terms and terms-file version: options objects are rebuilt per file, their lists are not. */
function matcherFor(terms: readonly Term[], fileTerms: readonly Term[]): TermMatcher {
  let byFile = matchers.get(terms);
  if (!byFile) matchers.set(terms, (byFile = new WeakMap()));
  let matcher = byFile.get(fileTerms);
  if (!matcher) byFile.set(fileTerms, (matcher = new TermMatcher([...terms, ...fileTerms])));
  return matcher;
}

/** “Diabetics can…” becomes “People with diabetes can…”: a replacement keeps a capital the writer used. */
function inCaseOf(found: string, replacement: string): string {
  const first = found.codePointAt(0);
  const upper = first !== undefined && String.fromCodePoint(first) !== String.fromCodePoint(first).toLowerCase();
  return upper && replacement === replacement.toLowerCase()
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
}

export default defineRule<HouseStyleOptions>({
  id: 'house-style',
  scope: 'text',
  docs: {
    summary:
      'Flags the words and phrases a publisher’s house style avoids, from terms in the config or a shared terms file, with the preferred wording when there is one.',
    rationale:
      'Every newsroom has words it avoids in health writing (“diabetics” rather than “people with diabetes”, “commit suicide”, “superfood”); a style checked by hand is applied unevenly.',
    guideline:
      'The publisher’s own style guide, for example the AP Stylebook’s mental-health and disability guidance or the NCDJ disability language style guide; terms are configuration, as in Vale’s substitution and existence checks.',
    howToFix: 'Use the preferred wording the message gives (a quick fix in the editor), or rephrase without the term.',
  },
  messages: {
    substitute: 'Unexpected `{actual}`, expected `{prefer}`{detail}',
    avoid: 'Unexpected `{actual}`{detail}',
  },
  optionsSchema: {
    type: 'object',
    properties: {
      terms: {
        ...termsSchema,
        description:
          'Terms as `{ id, match, prefer?, message?, caseSensitive? }`: with `prefer` a substitution, without it a word to avoid.',
      },
      termsFile: { type: 'string', minLength: 1, description: 'A YAML file of more terms, relative to the config.' },
    },
    additionalProperties: false,
  },
  defaults: {},
  examples: [
    {
      title: 'A substitution',
      input: 'Diabetics should check their feet daily.',
      options: {
        terms: [
          {
            id: 'person-first',
            match: ['diabetics'],
            prefer: 'people with diabetes',
            message: 'Use person-first language',
          },
        ],
      },
      flags: ['Diabetics'],
    },
    {
      title: 'A word to avoid, in any case',
      input: 'Kale is the SUPERFOOD of the year.',
      options: { terms: [{ id: 'no-superfood', match: ['superfood*'] }] },
      flags: ['SUPERFOOD'],
    },
    {
      title: 'A case-sensitive term',
      input: 'The clinic treats people with AIDS. Hearing aids help.',
      options: { terms: [{ id: 'hiv-stage', match: ['AIDS'], prefer: 'advanced HIV', caseSensitive: true }] },
      flags: ['AIDS'],
    },
    {
      title: 'Words inside other words are not terms',
      input: 'Prediabetics is not a word we use; superfoodie neither.',
      options: {
        terms: [
          { id: 'person-first', match: ['diabetics'] },
          { id: 'no-superfood', match: ['superfood'] },
        ],
      },
      flags: [],
    },
  ],
  checkOptionFiles: houseStyleOptionFiles,
  check(document, { options, baseDirectory, report }) {
    const fileTerms = options.termsFile ? readTermsFile(options.termsFile, baseDirectory) : noTerms;
    const terms = options.terms ?? noTerms;
    if (terms.length === 0 && fileTerms.length === 0) return;
    const matcher = matcherFor(terms, fileTerms);
    for (const block of document.blocks) {
      for (const { term, start, end, text } of matcher.matchAll(block.text)) {
        const detail = `${term.message ? `: ${term.message}` : ''} (${term.id})`;
        const data = { term: term.id };
        const note = term.message;
        if (term.prefer === undefined) {
          report('avoid', block.span(start, end), { actual: text, detail }, { data, ...(note ? { note } : {}) });
        } else {
          const prefer = inCaseOf(text, term.prefer);
          report(
            'substitute',
            block.span(start, end),
            { actual: text, prefer, detail },
            // The project chose this wording itself, so `--fix` may apply it unasked.
            { data, expected: [prefer], safeFix: true, ...(note ? { note } : {}) },
          );
        }
      }
    }
  },
});
