import { lstatSync, readdir, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError } from './errors.js';
import { supportedExtensions } from './formats/extensions.js';
import type { IgnoreMatcher } from './ignore.js';
import { describeIoError } from './read.js';

/**
 * Expands command-line paths: folders to the supported files inside them, globs to their
 * matches, files as given (any extension; unknown ones are read as plain text). Ignored files
 * found by expansion are dropped; a file named explicitly is linted unless it is ignored too.
 * Symbolic links are not followed into folders, so a link loop cannot hang the run. A folder
 * that cannot be listed (no permission) is passed to `onUnreadableFolder` with the reason, to be
 * reported as an unreadable file is, instead of silently linting less.
 */
export async function expandPaths(
  paths: string[],
  cwd: string,
  ignored: IgnoreMatcher,
  onUnreadableFolder?: (path: string, reason: string) => void,
  onWarning?: (message: string) => void,
): Promise<string[]> {
  const found = new Set<string>();
  const extensionGlob = `**/*.{${supportedExtensions.join(',')}}`;
  const unreadable = new Map<string, string>();
  // tinyglobby skips folders it cannot list without a word, and links that lead nowhere; its
  // file-system hook lets us hear of both, without listing the folders a second time.
  const links: string[] = [];
  const listing = {
    readdir: ((
      folder: string,
      options: object,
      callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void,
    ) =>
      readdir(folder, options as { withFileTypes: true }, (error, entries) => {
        if (error && error.code !== 'ENOENT' && error.code !== 'ENOTDIR') {
          unreadable.set(resolve(folder), describeIoError(error));
        }
        for (const entry of entries ?? []) {
          if (entry.isSymbolicLink() && supported.has(extname(entry.name))) links.push(join(folder, entry.name));
        }
        callback(error, entries);
      })) as unknown as typeof readdir,
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = statOrUndefined(absolute);
    let matches: string[];
    if (info?.isDirectory()) {
      links.length = 0;
      matches = await glob(extensionGlob, {
        cwd: absolute,
        absolute: true,
        dot: false,
        followSymbolicLinks: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
        fs: listing,
      });
      if (onWarning) {
        for (const link of brokenLinks(absolute, links)) {
          if (!ignored.ignores(link)) onWarning(`skipped a broken symbolic link: ${relative(cwd, link) || link}`);
        }
      }
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
  for (const [folder, reason] of [...unreadable].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!ignored.ignores(folder)) onUnreadableFolder?.(relative(cwd, folder) || folder, reason);
  }
  return [...found].map((absolute) => relative(cwd, absolute) || absolute);
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch (error) {
    // A named symbolic link that loops or dangles exists: pass it on, to be reported as unreadable
    // while the other files are linted, instead of stopping the run as a path that does not exist.
    try {
      return lstatSync(path);
    } catch {
      // A file in a folder we may not enter: it may well exist, so pass it on to be reported as
      // "permission denied" instead of "No such file".
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'EACCES' || code === 'EPERM'
        ? ({ isDirectory: () => false } as ReturnType<typeof statSync>)
        : undefined;
    }
  }
}

const supported = new Set(supportedExtensions.map((extension) => `.${extension}`));

/**
 * The symbolic links folder expansion saw in `folder` (with a supported extension) that lead
 * nowhere (or round in a loop): expansion skips them, and a writer who moved an article should hear
 * about it. Only where expansion looks: not in dot folders or node_modules, nor dot files.
 */
function brokenLinks(folder: string, links: string[]): string[] {
  const found: string[] = [];
  for (const path of links) {
    const inside = relative(folder, path).split(sep);
    if (inside.some((part) => part.startsWith('.') || part === 'node_modules')) continue;
    if (leadsNowhere(path)) found.push(path);
  }
  return found.sort();
}

function leadsNowhere(link: string): boolean {
  try {
    statSync(link);
    return false;
  } catch {
    return true;
  }
}
