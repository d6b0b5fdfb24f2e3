import type { HealthlintRule } from '../src/rule/define-rule.js';
import { ruleFromMetadata } from '../src/rule/lazy-rule.js';
import { ruleMetadata } from './metadata.generated.js';
import { optionFileChecks } from './option-files.js';

/**
 * Every built-in rule as configs, reporters and the cache see it: its definition's data, with
 * its code loaded only to lint (`loadRuleCode`). The same rules, in the same order, as rules/index.ts.
 */
export const builtinRules: readonly HealthlintRule<object>[] = ruleMetadata.map((metadata) =>
  ruleFromMetadata(metadata, optionFileChecks.get(metadata.id)),
);

export const builtinRulesById: ReadonlyMap<string, HealthlintRule<object>> = new Map(
  builtinRules.map((rule) => [rule.definition.id, rule]),
);

/** Loads the rules' code, lexicons and matchers, which `builtinRules` then run. */
export async function loadRuleCode(): Promise<void> {
  await import('./index.js');
}
