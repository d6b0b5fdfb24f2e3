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

  /** Messages with everything verbose mode prints: a note, a URL, a cause, a trace of ancestors. */
  function verboseFiles(ancestorName: string): VFile[] {
    const file = new VFile({ path: 'articles/verbose.md', value: 'x' });
    const message = file.message('Unexpected `miracle`', {
      place: { line: 2, column: 3 },
      ruleId: 'hype',
      source: 'healthlint',
      ancestors: [
        { type: 'root', children: [] },
        { type: 'mdxJsxFlowElement', name: ancestorName, attributes: [], children: [] },
      ] as never,
    });
    message.note = 'Say what the evidence shows.\nA second line of the note.';
    message.url = 'https://example.org/rules/hype';
    file.message('Cannot parse the file', {
      ruleId: 'parse-error',
      source: 'healthlint',
      cause: Object.assign(new Error('Unexpected end of input'), {
        stack: 'Error: Unexpected end of input\n    at parse (parser.js:1:1)',
      }),
    }).fatal = true;
    return [file];
  }

  it('lays out verbose rows (notes, URLs, causes, traces) as vfile-reporter does', () => {
    const options = { cwd: '/', color: true, verbose: true, ruleSet: builtInRules };
    expect(stylishReporter(verboseFiles('Callout'), options)).toBe(
      reporter(verboseFiles('Callout'), { color: true, verbose: true }),
    );
  });

  // Rows are kept on disk between a file and the end of the report: text the encoding uses as a
  // separator (a NUL in a component's name, from a hand-edited cache) must come back as it went in.
  it('keeps a row whose text holds the separators of the spooled rows', () => {
    const options = { cwd: '/', color: false, verbose: true, ruleSet: builtInRules };
    expect(stylishReporter(verboseFiles('Call\0out'), options)).toBe(
      reporter(verboseFiles('Call\0out'), { color: false, verbose: true }),
    );
  });

  it('escapes control characters in a message and the file name, leaving the rest of the row as it was', () => {
    const file = new VFile({ path: 'articles/bell\u0007.md', value: 'x' });
    file.message('Unexpected `cure`\u001b[2J', { place: { line: 1, column: 1 }, ruleId: 'hype', source: 'healthlint' });
    const report = stylishReporter([file], { cwd: '/', color: false, verbose: false, ruleSet: builtInRules });
    expect(report).toContain('articles/bell\\x07.md');
    expect(report).toContain('Unexpected `cure`\\x1b[2J');
    // eslint-disable-next-line no-control-regex -- the very characters that must not reach a terminal
    expect(report).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    // The file's own message is not changed by printing it.
    expect(file.messages[0]!.reason).toBe('Unexpected `cure`\u001b[2J');
  });
});
