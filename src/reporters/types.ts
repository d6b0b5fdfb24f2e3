import type { VFile } from 'vfile';
import type { RuleLookup } from '../rule/rule-set.js';

export interface ReporterOptions {
  cwd: string;
  color: boolean;
  /** Show the rationale (`note`) under each message. */
  verbose: boolean;
  /**
   * The rules the files were linted with (the configs' `ruleSet`, ESLint's `rulesMeta`), read
   * when a rule is described: the CLI's grows as later files' configs load plugins.
   */
  ruleSet: RuleLookup;
}

/** A reporter turns linted files into the text the CLI prints or writes to `--output`. */
export type Reporter = (files: VFile[], options: ReporterOptions) => string;
