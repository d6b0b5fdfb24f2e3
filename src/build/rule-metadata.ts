import type { HealthlintRule } from '../rule/define-rule.js';

/**
 * rules/metadata.generated.ts: each built-in rule's definition without its functions (JSON
 * leaves them out), so that a run can describe and configure rules without loading their code.
 */
export function ruleMetadataModule(rules: readonly HealthlintRule<object>[]): string {
  const metadata = rules.map((rule) => rule.definition);
  return (
    '// Generated from the rules’ definitions by `npm run generate`. Do not edit.\n' +
    "import type { RuleMetadata } from '../src/rule/lazy-rule.js';\n\n" +
    `export const ruleMetadata: readonly RuleMetadata[] = ${JSON.stringify(metadata, null, 2)};\n`
  );
}
