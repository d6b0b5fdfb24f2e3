import { lstatSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError } from './errors.js';
import { supportedExtensions } from './formats/index.js';
import type { IgnoreMatcher } from './ignore.js';

/**
 * Expands command-line paths: folders to the supported files inside them, globs to their
 * matches, files as given (any extension; unknown ones are read as plain text). Ignored files
 * found by expansion are dropped; a file named explicitly is linted unless it is ignored too.
 * Symbolic links are not followed into folders, so a link loop cannot hang the run.
 */
export async function expandPaths(paths: string[], cwd: string, ignored: IgnoreMatcher): Promise<string[]> {
  const found = new Set<string>();
  const extensionGlob = `**/*.{${supportedExtensions.join(',')}}`;
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = statOrUndefined(absolute);
    let matches: string[];
    if (info?.isDirectory()) {
      matches = await glob(extensionGlob, {
        cwd: absolute,
        absolute: true,
        dot: false,
        followSymbolicLinks: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
      });
    } else if (info) {
      matches = [absolute];
    } else if (isDynamicPattern(path)) {
      matches = await glob(path, { cwd, absolute: true, followSymbolicLinks: false, ignore: ['**/node_modules/**'] });
      if (matches.length === 0) throw new UserError(`No files match the pattern \`${path}\``);
    } else {
      throw new UserError(`No such file or folder: ${path}`);
    }
    for (const match of matches.sort()) {
      if (!ignored.ignores(match)) found.add(match);
    }
  }
  return [...found].map((absolute) => relative(cwd, absolute) || absolute);
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    // A named symbolic link that loops or dangles exists: pass it on, to be reported as unreadable
    // while the other files are linted, instead of stopping the run as a path that does not exist.
    try {
      return lstatSync(path);
    } catch {
      return undefined;
    }
  }
}
