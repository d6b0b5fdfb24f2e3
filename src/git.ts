import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { VFile } from 'vfile';
import { UserError } from './errors.js';
import { locationOf } from './report-model.js';
import type { RuleLookup } from './rule/rule-set.js';

/** What changed in one file since the ref: added or modified line ranges (1-based, inclusive). */
export interface FileChange {
  /** Untracked or newly added: every line counts as changed. */
  whole: boolean;
  /** Whether the text changed at all (a pure rename does not; a deletion does). */
  contentChanged: boolean;
  lines: Array<[start: number, end: number]>;
}

/** Changed files by absolute path. */
export type ChangeSet = Map<string, FileChange>;

/**
 * Files and lines changed since `ref`: tracked files that differ between the merge base of `ref`
 * and HEAD and the working tree (committed, staged or not), plus untracked files that are not
 * git-ignored (a new article is a change too). The merge base is what a pull request adds, so
 * commits that landed on the target branch meanwhile do not count; when there is none (unrelated
 * histories, a shallow clone) `ref` itself is used.
 *
 * git runs with execFile (never a shell); its output is parsed with fixed prefixes and quoting so
 * user config (`diff.noprefix`, `color.ui`, external diff tools, `diff.relative`) cannot change it.
 */
export function changesSince(ref: string, cwd: string): ChangeSet {
  const root = repositoryRoot(cwd);
  if (ref.startsWith('-') || ref.trim() === '') throw new UserError(`Unknown git ref \`${ref}\``);
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
  } catch {
    throw new UserError(
      `Unknown git ref \`${ref}\` for --changed-since (fetch it first, e.g. \`git fetch origin main\`; shallow CI clones need the base commit)`,
    );
  }
  let base = ref;
  try {
    base = git(['merge-base', ref, 'HEAD'], root).trim() || ref;
  } catch {
    // No common ancestor (or no HEAD yet): compare with the ref itself.
  }
  const diff = git(
    [
      '-c',
      'core.quotePath=false',
      'diff',
      '--unified=0',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--no-relative',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      base,
      '--',
    ],
    root,
  );
  const changes: ChangeSet = new Map();
  for (const [path, change] of parseUnifiedDiff(diff)) changes.set(resolve(root, path), change);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], root);
  for (const path of untracked.split('\0').filter(Boolean)) {
    changes.set(resolve(root, path), { whole: true, contentChanged: true, lines: [] });
  }
  return changes;
}

/** Keeps the paths (relative to `cwd` or absolute) that are in the change set. */
export function onlyChangedPaths(paths: string[], cwd: string, changes: ChangeSet): string[] {
  return paths.filter((path) => changes.has(resolve(cwd, path)));
}

export interface ChangedSinceOptions {
  changedSince?: string;
  stdin?: boolean;
}

/** One git diff per CLI run: the file selection and the line filter share it through the options object. */
const changeSetsByRun = new WeakMap<ChangedSinceOptions, ChangeSet>();

function changeSetFor(options: ChangedSinceOptions, ref: string, cwd: string): ChangeSet {
  let changes = changeSetsByRun.get(options);
  if (!changes) {
    changes = changesSince(ref, cwd);
    changeSetsByRun.set(options, changes);
  }
  return changes;
}

/** `--changed-since`: the expanded paths narrowed to changed files (all of them without the flag). */
export function selectChangedPaths(paths: string[], options: ChangedSinceOptions, cwd: string): string[] {
  if (options.changedSince === undefined) return paths;
  return onlyChangedPaths(paths, cwd, changeSetFor(options, options.changedSince, cwd));
}

/**
 * `--changed-since`: drops findings on unchanged lines (nothing without the flag). `ruleSet` (the
 * rules the files were linted with) tells which rules speak of the whole document.
 */
export function applyChangedSince(
  files: VFile[],
  options: ChangedSinceOptions,
  cwd: string,
  ruleSet: RuleLookup,
): void {
  if (options.changedSince === undefined) return;
  if (options.stdin) throw new UserError('--changed-since reads files from git; it cannot be used with --stdin');
  keepChangedLines(files, changeSetFor(options, options.changedSince, cwd), ruleSet);
}

/**
 * Keeps the messages on changed lines. Messages about the whole document (from rules with
 * `scope: 'document'`, or without a position) stay when the document's text changed; messages
 * saying a file could not be read always stay.
 */
export function keepChangedLines(files: VFile[], changes: ChangeSet, ruleSet: RuleLookup): void {
  for (const file of files) {
    const change = changes.get(resolve(file.cwd, file.path));
    file.messages = file.messages.filter((message) => {
      if (message.ruleId === 'read-error') return true;
      if (!change) return false;
      if (change.whole) return true;
      const aboutDocument = ruleSet.get(String(message.ruleId))?.definition.scope === 'document' || !message.place;
      if (aboutDocument) return change.contentChanged;
      const at = locationOf(message);
      return change.lines.some(([start, end]) => at.startLine <= end && start <= at.endLine);
    });
  }
}

/** Parses `git diff --unified=0` output into changed line ranges of the new side, by repository path. */
export function parseUnifiedDiff(diff: string): Map<string, FileChange> {
  const files = new Map<string, FileChange>();
  let current: FileChange | undefined;
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of diff.split('\n')) {
    // Inside a hunk every line is content, even one that looks like a header (`+++ x` added as `++ x`).
    if (oldLeft > 0 || newLeft > 0) {
      if (line.startsWith('-')) oldLeft--;
      else if (line.startsWith('+')) newLeft--;
      continue;
    }
    if (line.startsWith('diff --git ')) {
      current = undefined;
    } else if (line.startsWith('+++ ')) {
      const path = line.slice(4).replace(/\t$/, ''); // git adds a tab after names with spaces, for patch(1)
      if (path === '/dev/null') continue;
      current = { whole: false, contentChanged: false, lines: [] };
      files.set(stripPrefix(unquote(path), 'b/'), current);
    } else if (line.startsWith('rename to ')) {
      files.set(unquote(line.slice('rename to '.length)), { whole: false, contentChanged: false, lines: [] });
    } else if (line.startsWith('@@ ') && current) {
      const match = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!match) continue;
      oldLeft = match[1] === undefined ? 1 : Number(match[1]);
      newLeft = match[3] === undefined ? 1 : Number(match[3]);
      const start = Number(match[2]);
      current.contentChanged = true;
      if (newLeft > 0) current.lines.push([start, start + newLeft - 1]);
    }
  }
  return files;
}

function repositoryRoot(cwd: string): string {
  try {
    return git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UserError('Cannot use --changed-since: git is not installed (or not on PATH)');
    }
    throw new UserError(`Cannot use --changed-since: ${cwd} is not inside a git repository`);
  }
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C' },
  });
}

function stripPrefix(path: string, prefix: string): string {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

const escapes: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style quoting of unusual paths (`"a\tb.md"`, octal escapes for bytes). */
export function unquote(path: string): string {
  if (!(path.startsWith('"') && path.endsWith('"') && path.length >= 2)) return path;
  const bytes: number[] = [];
  const chars = Array.from(path.slice(1, -1));
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index] as string;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = chars[index + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(chars.slice(index + 1, index + 4).join(''), 8));
      index += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
