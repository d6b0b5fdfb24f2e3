import { describe, expect, it } from 'vitest';
import { defineRule, type HealthlintRule } from '../src/rule/define-rule.js';
import { RuleSet } from '../src/rule/rule-set.js';

function rule(id: string, summary = `Rule ${id}.`): HealthlintRule<object> {
  return defineRule<object>({
    id,
    scope: 'text',
    docs: { summary, rationale: 'Why.', guideline: 'Where.', howToFix: 'How.' },
    messages: { found: 'Found' },
    defaults: {},
    examples: [],
    check() {},
  });
}

describe('RuleSet', () => {
  it('looks rules up by id and lists them in the order they were added', () => {
    const set = new RuleSet([rule('b'), rule('a')]).add([rule('acme/c')]);
    expect(set.ids()).toEqual(['b', 'a', 'acme/c']);
    expect([...set].map((each) => each.definition.id)).toEqual(['b', 'a', 'acme/c']);
    expect(set.get('acme/c')?.definition.id).toBe('acme/c');
    expect(set.has('missing')).toBe(false);
    expect(set.size).toBe(3);
  });

  it('lets the last rule added under an id describe it, keeping its place', () => {
    const set = new RuleSet([rule('acme/c', 'Old.'), rule('a')]).add([rule('acme/c', 'New.')]);
    expect(set.get('acme/c')?.definition.docs.summary).toBe('New.');
    expect(set.ids()).toEqual(['acme/c', 'a']);
  });
});
