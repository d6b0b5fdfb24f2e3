import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import { stylishReporter } from '../src/reporters/stylish.js';
import { builtInRules } from './helpers.js';

/** Files whose messages have wide (CJK, emoji) and combining characters, which take ≠ 1 column each. */
function files(): VFile[] {
  const plain = new VFile({ path: 'articles/plain.md', value: 'x' });
  plain.message('Unexpected sensational wording `miracle`', {
    place: { line: 3, column: 7 },
    ruleId: 'hype',
    source: 'healthlint',
  });
  plain.message('Short', {
    place: { start: { line: 12, column: 1 }, end: { line: 12, column: 40 } },
    ruleId: 'spelling',
    source: 'healthlint',
  });
  const wide = new VFile({ path: 'articles/wide-文章.md', value: 'x' });
  wide.message('Unexpected misspelling `薬剤`, expected `薬`', {
    place: { line: 1, column: 1 },
    ruleId: 'spelling',
    source: 'healthlint',
  });
  wide.message('Unexpected wording `cafe\u0301` 🎉', {
    place: { line: 2, column: 10 },
    ruleId: 'hype',
    source: 'healthlint',
  }).fatal = true;
  return [plain, wide];
}

describe('stylish', () => {
  // Its layout is vfile-reporter's, column widths included: the fast width for ASCII cells must agree.
  for (const color of [false, true]) {
    it(`lays out rows as vfile-reporter does, wide characters included (color: ${color})`, () => {
      expect(stylishReporter(files(), { cwd: '/', color, verbose: false, ruleSet: builtInRules })).toBe(
        reporter(files(), { color }),
      );
    });
  }
});
