import { describe, expect, it } from 'vitest';
import { JsonChecker } from '../bench/lib/json-check.js';

/** Feeds `text` in pieces of `size` characters, as a stream's chunks arrive. */
function check(text: string, size: number, counted: Record<string, readonly string[]> = {}) {
  const checker = new JsonChecker(counted);
  for (let at = 0; at < text.length; at += size) if (!checker.write(text.slice(at, at + size))) break;
  return checker.end();
}

const valid = [
  '[]',
  '{}',
  '0',
  '"text"',
  ' [1, -2.5e3, true, false, null, "a\\"b\\\\c\\u00e9", {"k": [{}]}] ',
  '{"runs":[{"tool":{"driver":{"rules":[{"id":"hype"}]}},"results":[{"ruleId":"hype"},{"ruleId":"spelling"}]}]}',
];
const invalid = [
  '',
  '[1,]',
  '[1 2]',
  '{"a" 1}',
  '{"a":1,}',
  '{,}',
  '[01]',
  '[tru]',
  '["a\\x"]',
  '["\\u12G4"]',
  '["cut short',
  '[{"a":1}',
  '[1]]',
  '[1] [2]',
  '["tab\there"]',
  '{"a":1 "b":2}',
];

describe('the bench report checker (streamed JSON validation)', () => {
  for (const size of [1, 3, 1000]) {
    it(`agrees with JSON.parse on valid and invalid text, fed ${size} characters at a time`, () => {
      for (const text of valid) expect(check(text, size).valid, text).toBe(true);
      for (const text of invalid) {
        expect(() => JSON.parse(text), text).toThrow();
        expect(check(text, size).valid, text).toBe(false);
      }
    });
  }

  it('counts the values at the paths asked for, and nothing that only looks like them', () => {
    const sarif = valid[5]!;
    expect(check(sarif, 7, { results: ['runs', '*', 'results', '*'], runs: ['runs', '*'] }).counts).toEqual({
      results: 2,
      runs: 1,
    });
    const report = JSON.stringify([
      { filePath: 'a.md', messages: [{ ruleId: 'hype', data: { messages: [1] } }] },
      { filePath: 'b.md', messages: [] },
    ]);
    expect(check(report, 5, { files: ['*'], findings: ['*', 'messages', '*'] }).counts).toEqual({
      files: 2,
      findings: 1,
    });
  });
});
