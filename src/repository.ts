import { lstatSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether a folder is the top of a git repository: it holds `.git` (a folder, or a file in a
 * worktree or submodule). Config and ignore lookups stop there, as git's own lookups do, so a
 * file above the repository (`../.healthlintignore` with `*`) cannot change how it is linted.
 */
export function isRepositoryRoot(directory: string): boolean {
  try {
    return lstatSync(join(directory, '.git'), { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}
