import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { ignoreFileName } from './config/names.js';

/** Folders never worth linting. */
const alwaysIgnored = ['node_modules/', '.git/'];

interface IgnoreFile {
  directory: string;
  rules: Ignore;
}

/**
 * Decides which files to skip: the nearest `.healthlintignore` above each file (gitignore syntax,
 * patterns relative to the ignore file's folder), or one `--ignore-path` file, plus
 * `--ignore-pattern`s relative to the working folder. The CLI and the language server share it.
 */
export class IgnoreMatcher {
  private readonly byDirectory = new Map<string, IgnoreFile | undefined>();
  private readonly explicit: IgnoreFile | undefined;
  private readonly patterns: Ignore;

  constructor(
    private readonly cwd: string,
    options: { ignorePath?: string; ignorePatterns?: string[] } = {},
  ) {
    if (options.ignorePath) {
      const path = resolve(cwd, options.ignorePath);
      this.explicit = { directory: dirname(path), rules: ignore().add(readFileSync(path, 'utf8')) };
    }
    this.patterns = ignore()
      .add(alwaysIgnored)
      .add(options.ignorePatterns ?? []);
  }

  ignores(filePath: string): boolean {
    const absolute = resolve(this.cwd, filePath);
    const fromCwd = relative(this.cwd, absolute);
    if (fromCwd && !fromCwd.startsWith('..') && this.patterns.ignores(toPosix(fromCwd))) return true;
    const file = this.explicit ?? this.nearest(dirname(absolute));
    if (!file) return false;
    const fromIgnoreFile = relative(file.directory, absolute);
    return Boolean(fromIgnoreFile) && !fromIgnoreFile.startsWith('..') && file.rules.ignores(toPosix(fromIgnoreFile));
  }

  clear(): void {
    this.byDirectory.clear();
  }

  private nearest(directory: string): IgnoreFile | undefined {
    if (this.byDirectory.has(directory)) return this.byDirectory.get(directory);
    const candidate = join(directory, ignoreFileName);
    let found: IgnoreFile | undefined;
    if (existsSync(candidate)) {
      try {
        found = { directory, rules: ignore().add(readFileSync(candidate, 'utf8')) };
      } catch {
        found = undefined; // An unreadable ignore file ignores nothing; linting too much beats losing files.
      }
    } else {
      const parent = dirname(directory);
      found = parent === directory ? undefined : this.nearest(parent);
    }
    this.byDirectory.set(directory, found);
    return found;
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
