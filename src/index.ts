/** healthlint's library API: the same processor, config discovery and messages as the CLI. */
export { lintText, lintFiles, lintVFile, ConfigResolver, type LintTextOptions, type LintFilesOptions } from './lint.js';
export { createProcessor } from './processor.js';
export { resolveConfig, type ResolvedConfig, type ConfigOverrides } from './config/resolve.js';
export type { HealthlintConfig, RuleSetting } from './config/validate.js';
export { rules, rulesById } from '../rules/index.js';
export { presets, type PresetName } from '../rules/presets.js';
export { defineRule, type HealthlintRule } from './rule/define-rule.js';
export { RuleSet, type RuleLookup } from './rule/rule-set.js';
export type { RuleDefinition, RuleExample, RuleDocs, Severity, Dialect, LanguageSetting } from './rule/types.js';
export type { ProseDocument, Block, Sentence, Citation, DocumentFacts } from './prose/types.js';
export { reporters } from './reporters/index.js';
export { main } from './cli/main.js';
export { UserError } from './errors.js';
