import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { UserError } from './errors.js';
import { readLimits, readRegularTextSync, UnreadableFile } from './read.js';
import { findingKeyOf, fingerprintOf, toPosixPath, type FindingKey } from './fingerprint.js';
import { escapeControl } from './reporters/text-safety.js';
import { writeFileAtomic } from './write.js';

/**
 * The baseline file: the findings an archive already had when healthlint was adopted, so a run
 * fails only on new ones. Shape (version 1), documented in docs/adopting.md:
 *
 *     { "healthlint": "baseline", "version": 1,
 *       "findings": [{ "path", "rule", "text", "sentence", "count", "fingerprint", "message" }] }
 *
 * `path` is relative to the baseline file's folder, so the baseline works from any working
 * folder. Findings are matched on `fingerprint` recomputed from path, rule, text and sentence
 * (the stored `fingerprint` is for tools and readers); `count` says how many identical findings
 * are allowed. Entries are sorted so the file diffs well in review.
 */
export interface BaselineEntry extends FindingKey {
  count: number;
  fingerprint: string;
  /** The message when the finding was recorded, for readers; not part of the match. */
  message: string;
}

export interface Baseline {
  healthlint: 'baseline';
  version: 1;
  findings: BaselineEntry[];
}

export const baselineVersion = 1;

/** Messages that say a file could not be linted are never baselined: a broken file must always fail. */
const neverBaselined = new Set(['read-error']);

export interface BaselineResult {
  /** Findings hidden because the baseline has them. */
  suppressed: number;
  /** Findings not in the baseline (left on the files). */
  introduced: number;
  /** Baseline entries (with the number of occurrences) that no longer occur. */
  fixed: BaselineEntry[];
  /** The baseline without the fixed findings, for `--prune-baseline`. */
  pruned: Baseline;
}

/** Reads and checks a baseline file; `shown` is how errors name it (the path as the user gave it). */
export function readBaseline(path: string, shown = path): Baseline {
  let text: string;
  try {
    text = readRegularTextSync(path, readLimits.baseline);
  } catch (error) {
    const { code, reason } = error as UnreadableFile;
    const advice = code === 'ENOENT' ? ` (create one with --write-baseline ${shown})` : '';
    throw new UserError(`Cannot read baseline ${shown}: ${reason ?? String(error)}${advice}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`Cannot read baseline ${shown}: invalid JSON (${(error as Error).message})`);
  }
  return validateBaseline(data, shown);
}

function validateBaseline(data: unknown, path: string): Baseline {
  const problem = (what: string): UserError => new UserError(`Cannot read baseline ${path}: ${what}`);
  if (!isRecord(data) || data['healthlint'] !== 'baseline') throw problem('not a healthlint baseline');
  if (data['version'] !== baselineVersion) {
    throw problem(
      typeof data['version'] === 'number' && data['version'] > baselineVersion
        ? `version ${data['version']} needs a newer healthlint`
        : `unsupported version \`${String(data['version'])}\`, expected ${baselineVersion}`,
    );
  }
  if (!Array.isArray(data['findings'])) throw problem('`findings` must be an array');
  const findings = data['findings'].map((entry: unknown, index): BaselineEntry => {
    const fields = ['path', 'rule', 'text', 'sentence'] as const;
    if (!isRecord(entry) || fields.some((field) => typeof entry[field] !== 'string')) {
      throw problem(`finding ${index} needs string \`path\`, \`rule\`, \`text\` and \`sentence\``);
    }
    const count = entry['count'] ?? 1;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
      throw problem(`finding ${index} has a bad \`count\`, expected a whole number of at least 1`);
    }
    const key: FindingKey = {
      path: toPosixPath(String(entry['path'])),
      rule: String(entry['rule']),
      text: String(entry['text']),
      sentence: String(entry['sentence']),
    };
    return { ...key, count, fingerprint: fingerprintOf(key), message: String(entry['message'] ?? '') };
  });
  return { healthlint: 'baseline', version: baselineVersion, findings };
}

/** Records every finding of the linted files. */
export function baselineOf(files: VFile[], baselinePath: string): Baseline {
  const recorder = new BaselineRecorder(baselinePath);
  for (const file of files) recorder.add(file);
  return recorder.baseline();
}

/** Records findings file by file, for a run that does not keep its files. */
export class BaselineRecorder {
  private readonly entries = new Map<string, BaselineEntry>();

  constructor(private readonly baselinePath: string) {}

  add(file: VFile): void {
    const path = pathFromBaseline(file, this.baselinePath);
    for (const message of file.messages) {
      if (neverBaselined.has(String(message.ruleId))) continue;
      const key = findingKeyOf(file, message, path);
      const fingerprint = fingerprintOf(key);
      const entry = this.entries.get(fingerprint);
      if (entry) entry.count++;
      else this.entries.set(fingerprint, { ...key, count: 1, fingerprint, message: message.reason });
    }
  }

  baseline(): Baseline {
    return { healthlint: 'baseline', version: baselineVersion, findings: sortEntries([...this.entries.values()]) };
  }
}

export function writeBaseline(path: string, baseline: Baseline, shown = path): void {
  const ordered = {
    healthlint: baseline.healthlint,
    version: baseline.version,
    findings: sortEntries(baseline.findings).map((entry) => ({
      path: entry.path,
      rule: entry.rule,
      text: entry.text,
      sentence: entry.sentence,
      count: entry.count,
      fingerprint: entry.fingerprint,
      message: entry.message,
    })),
  };
  try {
    writeFileAtomic(path, `${JSON.stringify(ordered, null, 2)}\n`, { namedByUser: true });
  } catch (error) {
    throw new UserError(`Cannot write baseline ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/**
 * Removes the findings the baseline allows from the files, leaving only new ones. A baseline
 * entry counts as fixed when its file was linted and the finding no longer occurs (as often), or
 * when its file no longer exists; entries for files this run did not lint are kept as they are.
 */
export function applyBaseline(files: VFile[], baseline: Baseline, baselinePath: string): BaselineResult {
  const matcher = new BaselineMatcher(baseline, baselinePath);
  for (const file of files) matcher.filter(file);
  return matcher.result();
}

/** `applyBaseline` file by file, for a run that does not keep its files. */
export class BaselineMatcher {
  private readonly allowance: Map<string, number>;
  private readonly linted = new Set<string>();
  private suppressed = 0;
  private introduced = 0;

  constructor(
    private readonly baseline: Baseline,
    private readonly baselinePath: string,
  ) {
    this.allowance = new Map(baseline.findings.map((entry) => [entry.fingerprint, entry.count]));
  }

  filter(file: VFile): void {
    const path = pathFromBaseline(file, this.baselinePath);
    this.linted.add(path);
    file.messages = file.messages.filter((message) => {
      if (neverBaselined.has(String(message.ruleId))) {
        this.introduced++;
        return true;
      }
      const fingerprint = fingerprintOf(findingKeyOf(file, message, path));
      const left = this.allowance.get(fingerprint) ?? 0;
      if (left > 0) {
        this.allowance.set(fingerprint, left - 1);
        this.suppressed++;
        return false;
      }
      this.introduced++;
      return true;
    });
  }

  result(): BaselineResult {
    const folder = dirname(this.baselinePath);
    const fixed: BaselineEntry[] = [];
    const kept: BaselineEntry[] = [];
    for (const entry of this.baseline.findings) {
      const linted = this.linted.has(entry.path);
      const gone = !linted && !existsSync(resolve(folder, entry.path));
      const unused = linted || gone ? (this.allowance.get(entry.fingerprint) ?? 0) : 0;
      if (unused > 0) fixed.push({ ...entry, count: unused });
      if (entry.count - unused > 0) kept.push({ ...entry, count: entry.count - unused });
    }
    return {
      suppressed: this.suppressed,
      introduced: this.introduced,
      fixed,
      pruned: { ...this.baseline, findings: kept },
    };
  }
}

export interface BaselineOptions {
  baseline?: string;
  writeBaseline?: string;
  pruneBaseline?: boolean;
  changedSince?: string;
}

/** The baseline step over files already linted (`--fix-dry-run`'s exit code). */
export function applyBaselineOptions(
  files: VFile[],
  options: BaselineOptions,
  io: { cwd: string; stderr: { write(text: string): unknown } },
): void {
  const step = baselineStep(options, io);
  if (!step) return;
  for (const file of files) step.filter(file);
  step.finish();
}

/** The CLI's baseline step, file by file: `filter` each file before it is counted and reported, then `finish`. */
export interface BaselineStep {
  filter(file: VFile): void;
  finish(): void;
}

/**
 * `--write-baseline FILE` records every finding (and so reports none), `--baseline FILE` hides
 * the recorded ones and says on standard error which are fixed, `--prune-baseline` drops those.
 * Checks the options and reads the baseline at once, before anything is linted.
 */
export function baselineStep(
  options: BaselineOptions,
  io: { cwd: string; stderr: { write(text: string): unknown } },
): BaselineStep | undefined {
  if (options.pruneBaseline && options.baseline === undefined) {
    throw new UserError('--prune-baseline needs --baseline FILE');
  }
  if (options.writeBaseline !== undefined) {
    const shown = options.writeBaseline;
    const path = resolve(io.cwd, shown);
    if (options.changedSince !== undefined) {
      throw new UserError('--write-baseline records every finding; it cannot be combined with --changed-since');
    }
    if (options.baseline !== undefined && resolve(io.cwd, options.baseline) !== path) {
      throw new UserError('Give either --baseline or --write-baseline, not both with different files');
    }
    const recorder = new BaselineRecorder(path);
    return {
      filter: (file) => {
        recorder.add(file);
        // Everything recorded is allowed: only what is never baselined is left to report.
        file.messages = file.messages.filter((message) => neverBaselined.has(String(message.ruleId)));
      },
      finish: () => {
        const baseline = recorder.baseline();
        writeBaseline(path, baseline, shown);
        const total = baseline.findings.reduce((sum, entry) => sum + entry.count, 0);
        io.stderr.write(`healthlint: recorded ${plural(total, 'finding')} in ${shown}\n`);
      },
    };
  }
  if (options.baseline === undefined) return undefined;
  const shown = options.baseline;
  const path = resolve(io.cwd, shown);
  const matcher = new BaselineMatcher(readBaseline(path, shown), path);
  return {
    filter: (file) => matcher.filter(file),
    finish: () => {
      const result = matcher.result();
      io.stderr.write(
        `healthlint: ${plural(result.suppressed, 'finding')} in ${shown} hidden, ${result.introduced} new\n`,
      );
      if (result.fixed.length === 0) return;
      const fixedCount = result.fixed.reduce((sum, entry) => sum + entry.count, 0);
      const advice = options.pruneBaseline
        ? `removed from ${shown}`
        : `run with --prune-baseline to remove them from ${shown}`;
      io.stderr.write(
        `healthlint: ${plural(fixedCount, 'baseline finding')} fixed (${advice})\n${describeFixed(result.fixed).join('\n')}\n`,
      );
      if (options.pruneBaseline) writeBaseline(path, result.pruned, shown);
    },
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** One line per fixed finding, for standard error. */
export function describeFixed(fixed: BaselineEntry[], limit = 20): string[] {
  const lines = fixed
    .slice(0, limit)
    .map(
      (entry) =>
        `  fixed: ${escapeControl(entry.path)}  ${escapeControl(entry.rule)}  \`${escapeControl(entry.text)}\`${entry.count > 1 ? ` (×${entry.count})` : ''}`,
    );
  if (fixed.length > limit) lines.push(`  …and ${fixed.length - limit} more`);
  return lines;
}

function pathFromBaseline(file: VFile, baselinePath: string): string {
  const absolute = resolve(file.cwd, file.path || '<stdin>');
  return toPosixPath(relative(dirname(baselinePath), absolute));
}

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const order = (entry: BaselineEntry): string => [entry.path, entry.rule, entry.text, entry.sentence].join('\0');
  return [...entries].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
