import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { builtinRules } from '../rules/metadata.js';
import { optionFileChecks } from '../rules/option-files.js';
import { lintText } from '../src/index.js';

describe('built-in rules made from their metadata', () => {
  it('are the rules of rules/index.ts, in order, with the same data', () => {
    expect(builtinRules.map((rule) => rule.definition.id)).toEqual(rules.map((rule) => rule.definition.id));
    // As JSON: a definition's data, without its functions.
    const data = (rule: (typeof rules)[number]): unknown => JSON.parse(JSON.stringify(rule.definition));
    expect(builtinRules.map(data)).toEqual(rules.map(data));
  });

  it('check option files where, and as, the rules do', () => {
    const checking = rules.filter((rule) => rule.definition.checkOptionFiles).map((rule) => rule.definition.id);
    expect([...optionFileChecks.keys()].sort()).toEqual(checking.sort());
    const base = import.meta.dirname;
    const cases: [string, object][] = [
      ['spelling', { dictionary: 'no-such-dictionary.txt' }],
      ['spelling', { packages: ['no-such-dictionary-package'] }],
      ['house-style', { termsFile: 'no-such-terms.yml' }],
      ['house-style', { terms: [{ id: 'x' }] }],
      ['hype', { extraTerms: [{ id: 'x' }] }],
      ['hype', {}],
    ];
    for (const [id, options] of cases) {
      const own = rules.find((rule) => rule.definition.id === id)!.definition.checkOptionFiles!(options, base);
      const lazy = builtinRules.find((rule) => rule.definition.id === id)!.definition.checkOptionFiles!(options, base);
      expect(lazy, `${id} ${JSON.stringify(options)}`).toBe(own);
    }
  });

  it('run the rules’ code when linting', () => {
    const file = lintText('This miracle supplement melts fat.');
    expect(file.messages.map((message) => message.ruleId)).toContain('hype');
  });
});
