import { describe, expect, it } from 'vitest';
import { citationBefore, citationInScope } from '../../src/language/evidence.js';
import { buildDocument } from '../../src/prose/document.js';
import { flaggedTexts, lintWith, onlyRules } from '../helpers.js';

/**
 * Issue 12, item 10: the section and earlier-citation lookups come from an index built once per
 * document instead of a walk over every block. Same answers, on many blocks.
 */
describe('citation index', () => {
  const cells = 300;
  const row = (cell: string) => `${`|${cell}`.repeat(cells)}|`;

  it('supports every table cell from a citation anywhere in its section, and only its section', () => {
    const cited = `# Results\n\nSee [the trial](https://example.org/trial).\n\n${row('a')}\n${row('-')}\n${row('5% of patients')}\n`;
    const config = onlyRules({ 'unsupported-statistic': 'warn' });
    expect(lintWith(cited, config).messages).toHaveLength(0);
    const elsewhere = `# Methods\n\nSee [the trial](https://example.org/trial).\n\n# Results\n\n${row('a')}\n${row('-')}\n${row('5% of patients')}\n`;
    expect(flaggedTexts(lintWith(elsewhere, config), elsewhere)).toHaveLength(cells);
  });

  it('finds the first citation before a sentence, however far back', () => {
    const paragraphs = Array.from({ length: 500 }, (_, index) => `In the trial, ${index}% improved.`);
    const markdown = `A 2021 trial published in The Lancet tested it [1].\n\n${paragraphs.join('\n\n')}\n`;
    const document = buildDocument(markdown, 'markdown');
    const last = document.blocks.at(-1)?.sentences[0];
    const first = document.blocks[0]?.sentences[0];
    if (!last || !first) throw new Error('no sentences');
    expect(citationBefore(document, last)?.text).toBe('2021 trial published in The Lancet');
    expect(citationBefore(document, first)).toBeUndefined();
    expect(citationInScope(document, last, 'section')?.text).toBe('2021 trial published in The Lancet');
    expect(citationInScope(document, last, 'paragraph')).toBeUndefined();
  });
});
