import type { Diagnostic } from 'vscode-languageserver/node.js';
import { describe, expect, it } from 'vitest';
import { guidelineLead, hoverFor } from '../src/server/hover.js';
import { builtInRules } from './helpers.js';

describe('hover', () => {
  it('shows a long guideline by its first sentence, and a short one whole', () => {
    const short = 'HealthNewsReview.org criterion 7. Sources count when named.';
    expect(guidelineLead(short)).toBe(short);
    const long = `HealthNewsReview.org criterion 4 (does the story explain the harms?). ${'Every exception. '.repeat(60)}`;
    expect(guidelineLead(long)).toBe('HealthNewsReview.org criterion 4 (does the story explain the harms?). …');
    const endsInCode = `Word lists (notices in \`NOTICE.md\`). \`language: auto\` ${'picks a dialect '.repeat(30)}`;
    expect(guidelineLead(endsInCode)).toBe('Word lists (notices in `NOTICE.md`). …');
  });

  it('keeps a spelling finding’s hover short and links to the whole guideline', () => {
    const diagnostic: Diagnostic = {
      range: { start: { line: 0, character: 4 }, end: { line: 0, character: 10 } },
      message: 'Unexpected misspelling `occured`',
      source: 'healthlint',
      code: 'spelling',
      codeDescription: { href: 'https://example.org/docs/rules/spelling.md' },
    };
    const hover = hoverFor({ line: 0, character: 5 }, [diagnostic], true, builtInRules);
    const value = (hover?.contents as { value: string }).value;
    expect(value).toContain('**Guideline:** Hunspell dictionaries');
    expect(value).toContain('[Rule documentation](https://example.org/docs/rules/spelling.md)');
    expect(value.split(/\s+/u).length).toBeLessThan(200);
  });
});
