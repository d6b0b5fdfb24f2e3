import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { presets } from '../rules/presets.js';
import { ruleChecks } from './rule-checks.js';

const rulesFolder = new URL('../rules/', import.meta.url).pathname;

describe('rule registry', () => {
  it('lists every rule folder once', () => {
    const folders = readdirSync(rulesFolder)
      .filter((name) => statSync(rulesFolder + name).isDirectory())
      .sort();
    expect(rules.map((rule) => rule.definition.id).sort()).toEqual(folders);
  });

  it('names only real rules in presets', () => {
    const ids = new Set(rules.map((rule) => rule.definition.id));
    for (const settings of Object.values(presets)) for (const id of Object.keys(settings)) expect(ids).toContain(id);
  });
});

// The checks are shared with `npm run test:rule -- <id>` (test/rule-runner.ts).
for (const rule of rules) {
  describe(`rule ${rule.definition.id}`, () => {
    for (const check of ruleChecks(rule)) it(check.name, check.run);
  });
}
