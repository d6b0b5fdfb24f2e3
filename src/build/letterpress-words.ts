import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

/**
 * The Letterpress word list (atebits/Words, released CC0 by its author) as packaged by the
 * `word-list` devDependency (MIT, Sindre Sorhus), read at build time only. It is a game's list, so
 * wider than SCOWL's "large": besides rare and archaic words it holds the informal and newer words
 * that articles use and cspell's lists lack ("glute", "smoosh", "boomlet", "toolbag"). Only its
 * words that cannot hide a typist's slip of a common word are shipped (see `src/build/vocabulary.ts`).
 */
export const letterpressPackage = 'word-list';

/** The folder of the installed package, when the devDependencies are installed. */
function packageFolder(): string | undefined {
  const folder = packageRoot && join(packageRoot, 'node_modules', letterpressPackage);
  return folder && existsSync(join(folder, 'words.txt')) ? folder : undefined;
}

function installedFolder(): string {
  const folder = packageFolder();
  if (!folder) throw new Error(`${letterpressPackage} is not installed (a devDependency: run npm ci)`);
  return folder;
}

/** The package's version, for the lists' headers. */
export function letterpressVersion(): string {
  return (JSON.parse(readFileSync(join(installedFolder(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The list's words, lower case, one per entry. */
export function letterpressWords(): string[] {
  return readFileSync(join(installedFolder(), 'words.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
