import type { HealthlintRule } from './define-rule.js';
import type { RuleDefinition } from './types.js';

/**
 * A built-in rule without its code: every part of its definition that is data (id, docs,
 * messages, option schema, defaults, examples), as `npm run generate` copies it into
 * rules/metadata.generated.ts.
 */
export type RuleMetadata = Omit<RuleDefinition<object>, 'check' | 'checkOptionFiles'>;

let loaded: ReadonlyMap<string, HealthlintRule<object>> | undefined;

/** Called by rules/index.ts as it loads: from then on the rules made by `ruleFromMetadata` run this code. */
export function provideRuleCode(rules: Iterable<HealthlintRule<object>>): void {
  loaded = new Map([...rules].map((rule) => [rule.definition.id, rule]));
}

function codeOf(id: string): HealthlintRule<object> {
  const rule = loaded?.get(id);
  if (!rule) throw new Error(`Rule \`${id}\` was run before its code was loaded (import rules/index.js first)`);
  return rule;
}

/**
 * A rule made of its metadata, whose code is the built-in rule's once rules/index.ts is loaded.
 * Configs, reporters and `--cache` need only what a rule is, not its code: loading every rule's
 * code, lexicons and matchers was a sixth of a warm cached run that lints no file. Whatever runs a
 * rule (the processor, the scorecard) loads rules/index.ts first.
 */
export function ruleFromMetadata(
  metadata: RuleMetadata,
  checkOptionFiles?: RuleDefinition<object>['checkOptionFiles'],
): HealthlintRule<object> {
  const { id } = metadata;
  const definition: RuleDefinition<object> = {
    ...metadata,
    ...(checkOptionFiles ? { checkOptionFiles } : {}),
    check: (document, context) => codeOf(id).definition.check(document, context),
  };
  // The unified attacher: the rule's own, with the same `this` (the processor) and options.
  const plugin = function (this: unknown, ...parameters: unknown[]): unknown {
    return (codeOf(id) as unknown as (...given: unknown[]) => unknown).apply(this, parameters);
  } as unknown as HealthlintRule<object>;
  plugin.definition = definition;
  return plugin;
}
