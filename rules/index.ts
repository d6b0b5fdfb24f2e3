import type { HealthlintRule } from '../src/rule/define-rule.js';
import hype from './hype/index.js';
import relativeRiskWithoutAbsolute from './relative-risk-without-absolute/index.js';

/** Every rule, by id. A test checks this list against the folders in `rules/`. */
export const rules: readonly HealthlintRule<object>[] = [
  hype,
  relativeRiskWithoutAbsolute,
] as unknown as HealthlintRule<object>[];

export const rulesById: ReadonlyMap<string, HealthlintRule<object>> = new Map(
  rules.map((rule) => [rule.definition.id, rule]),
);
