import { UserError } from '../src/errors.js';
import { lexiconOptionsProblem, readTermsFile, termsProblem, type Term } from '../src/rule/terms.js';
import type { RuleDefinition } from '../src/rule/types.js';
import { dictionaryProblem, packageProblem } from '../src/spelling/personal.js';

/**
 * The built-in rules' checks of the files their options name (`checkOptionFiles`), kept apart from
 * the rules' code: a config is checked when it is loaded, also by a `--cache` run that lints no
 * file and so never loads the rules' code (see `ruleFromMetadata`).
 */

export function houseStyleOptionFiles(
  options: { terms?: readonly Term[]; termsFile?: string },
  baseDirectory: string,
): string | undefined {
  const problem = termsProblem(options.terms ?? [], '`terms`');
  if (problem) return problem;
  if (options.termsFile === undefined) return undefined;
  try {
    readTermsFile(options.termsFile, baseDirectory);
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  return undefined;
}

export function spellingOptionFiles(
  options: { dictionary?: string | string[]; packages?: string[] },
  baseDirectory: string,
): string | undefined {
  return dictionaryProblem(options.dictionary, baseDirectory) ?? packageProblem(options.packages, baseDirectory);
}

type OptionFilesCheck = NonNullable<RuleDefinition<object>['checkOptionFiles']>;

/** Each built-in rule that checks its options' files, by id; a test holds it to the rules' own. */
export const optionFileChecks: ReadonlyMap<string, OptionFilesCheck> = new Map<string, OptionFilesCheck>([
  ['house-style', houseStyleOptionFiles as OptionFilesCheck],
  ['hype', lexiconOptionsProblem as OptionFilesCheck],
  ['spelling', spellingOptionFiles as OptionFilesCheck],
  ['unqualified-efficacy-claim', lexiconOptionsProblem as OptionFilesCheck],
  ['vague-attribution', lexiconOptionsProblem as OptionFilesCheck],
]);
