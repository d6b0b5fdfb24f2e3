import type { HealthlintRule } from '../src/rule/define-rule.js';
import { provideRuleCode } from '../src/rule/lazy-rule.js';
import causalClaimFromAssociation from './causal-claim-from-association/index.js';
import houseStyle from './house-style/index.js';
import hype from './hype/index.js';
import missingByline from './missing-byline/index.js';
import missingDate from './missing-date/index.js';
import missingDisclosure from './missing-disclosure/index.js';
import missingRegulatoryStatus from './missing-regulatory-status/index.js';
import missingSafetyCaveat from './missing-safety-caveat/index.js';
import missingSourceList from './missing-source-list/index.js';
import readability from './readability/index.js';
import relativeRiskWithoutAbsolute from './relative-risk-without-absolute/index.js';
import spelling from './spelling/index.js';
import unqualifiedEfficacyClaim from './unqualified-efficacy-claim/index.js';
import unsupportedStatistic from './unsupported-statistic/index.js';
import vagueAttribution from './vague-attribution/index.js';

/** Every rule, by id. A test checks this list against the folders in `rules/`. */
export const rules: readonly HealthlintRule<object>[] = [
  causalClaimFromAssociation,
  houseStyle,
  hype,
  missingByline,
  missingDate,
  missingDisclosure,
  missingRegulatoryStatus,
  missingSafetyCaveat,
  missingSourceList,
  readability,
  relativeRiskWithoutAbsolute,
  spelling,
  unqualifiedEfficacyClaim,
  unsupportedStatistic,
  vagueAttribution,
] as unknown as HealthlintRule<object>[];

export const rulesById: ReadonlyMap<string, HealthlintRule<object>> = new Map(
  rules.map((rule) => [rule.definition.id, rule]),
);

// The rules configs resolve to (rules/metadata.ts) run this code from now on.
provideRuleCode(rules);
