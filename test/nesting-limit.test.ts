import { describe, expect, it } from 'vitest';
import { flaggedTexts, lintWith, onlyRules } from './helpers.js';

/**
 * Issue 12, item 9: how deep markup may nest before the parsers' recursion gives out, as
 * docs/security.md states it (HTML: hast-util-from-parse5 recurses once per element, and parse5
 * nests every unclosed formatting element, so about 1,800 levels at Node's default stack).
 */

const config = onlyRules({ hype: 'warn' });
const outcome = (source: string, format: 'html' | 'markdown'): string[] => {
  const file = lintWith(source, config, format);
  const fatal = file.messages.filter((message) => message.fatal).map((message) => String(message.ruleId));
  return fatal.length > 0 ? fatal : flaggedTexts(file, source);
};

describe('nesting limits', () => {
  it('lints HTML 1,500 elements deep, unclosed inline formatting included', () => {
    expect(outcome(`<p>${'<b>a '.repeat(1_500)}a miracle cure`, 'html')).toEqual(['miracle']);
    expect(outcome(`${'<div>'.repeat(1_500)}<p>a miracle cure</p>${'</div>'.repeat(1_500)}`, 'html')).toEqual([
      'miracle',
    ]);
  });

  it('refuses HTML 2,500 elements deep with one parse error', () => {
    expect(outcome(`<p>${'<b>a '.repeat(2_500)}a miracle cure`, 'html')).toEqual(['parse-error']);
  });

  it('lints Markdown 1,500 blockquotes deep', () => {
    expect(outcome(`${'> '.repeat(1_500)}a miracle cure`, 'markdown')).toEqual(['miracle']);
  });
});
