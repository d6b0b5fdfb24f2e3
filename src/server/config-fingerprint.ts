import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { configFileNames, ignoreFileName } from '../config/names.js';
import type { ResolvedConfig } from '../config/resolve.js';

const watchedNames = [...configFileNames, 'package.json', ignoreFileName];

/** Every file that can decide how a file is linted: config and ignore files in its folder and each folder above. */
export function settingFilesFor(filePath: string): string[] {
  const files: string[] = [];
  let directory = dirname(resolve(filePath));
  for (;;) {
    for (const name of watchedNames) files.push(join(directory, name));
    const parent = dirname(directory);
    if (parent === directory) return files;
    directory = parent;
  }
}

/** Files that rule options point at (a spelling `dictionary`), resolved as the rules resolve them. */
export function filesNamedByConfig(config: ResolvedConfig): string[] {
  const files: string[] = [];
  for (const { severity, options } of config.rules.values()) {
    if (severity === 'off') continue;
    for (const [key, value] of Object.entries(options)) {
      if (!/dictionary|file|path/i.test(key)) continue;
      for (const path of Array.isArray(value) ? value : [value]) {
        if (typeof path === 'string' && path !== '') files.push(resolve(config.baseDirectory, path));
      }
    }
  }
  return files;
}

/**
 * Remembers the size and modification time of setting files and says when one changed, was
 * created or was deleted. Checking before each lint makes config edits take effect even in
 * clients that cannot watch files (Neovim 0.7, refused registrations): ~40 `stat` calls cost
 * well under a millisecond, unlike reloading configs and dictionaries on every keystroke.
 * A file seen for the first time counts as unchanged: nothing cached can depend on it yet.
 */
export class FileChangeTracker {
  private readonly seen = new Map<string, string>();

  changed(paths: readonly string[]): boolean {
    let changed = false;
    for (const path of paths) {
      const signature = signatureOf(path);
      const previous = this.seen.get(path);
      if (previous !== undefined && previous !== signature) changed = true;
      this.seen.set(path, signature);
    }
    return changed;
  }
}

function signatureOf(path: string): string {
  try {
    const info = statSync(path, { throwIfNoEntry: false });
    return info ? `${info.size}:${info.mtimeMs}:${info.ino}` : '-';
  } catch {
    return '?';
  }
}
