import type { HealthlintRule } from './define-rule.js';

/**
 * The rules a run can name, by id: the built-ins and the rules of the plugins its configs load
 * (ESLint's `rulesMeta`). Reporters, the language server, git and scorecard code read rule
 * definitions from the rule set of the config a file was linted with, never from a global list,
 * so a plugin rule is described wherever a built-in is.
 */
export class RuleSet implements Iterable<HealthlintRule<object>> {
  private readonly byId = new Map<string, HealthlintRule<object>>();

  constructor(rules: Iterable<HealthlintRule<object>> = []) {
    this.add(rules);
  }

  /**
   * Adds rules to the set. A rule whose id is already known replaces it: two versions of one
   * plugin (two projects in one editor) share ids, and the last loaded describes them.
   */
  add(rules: Iterable<HealthlintRule<object>>): this {
    for (const rule of rules) this.byId.set(rule.definition.id, rule);
    return this;
  }

  get(id: string): HealthlintRule<object> | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get size(): number {
    return this.byId.size;
  }

  /** The rules in the order they were added: built-ins first, then each plugin's. */
  [Symbol.iterator](): Iterator<HealthlintRule<object>> {
    return this.byId.values();
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }
}

/** A rule set as its readers see it: they look rules up, they never add to it. */
export type RuleLookup = Pick<RuleSet, 'get' | 'has' | 'size' | 'ids' | typeof Symbol.iterator>;
