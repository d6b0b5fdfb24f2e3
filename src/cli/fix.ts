import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { VFile } from 'vfile';
import { applySafeFixes, encodeLike, unifiedDiff, type AppliedFix } from '../fix.js';
import { lintVFile, type ConfigResolver } from '../lint.js';
import { decodeText, readRegularFileSync } from '../read.js';
import { writeFileAtomic } from '../write.js';
import type { CliIo } from './io.js';

export interface FixRun {
  /** The files as they are after fixing (linted again), to report what remains. */
  files: VFile[];
  /** With `--fix-dry-run`: the unified diff of every change. */
  diff: string;
}

/**
 * Applies the safe fixes of every linted file (`--fix`: written atomically in the file's own
 * encoding and byte-order mark, mode kept; `--fix-dry-run`: a diff only), tells standard error what
 * changed, and lints each changed text again so the report shows what remains.
 */
export function runFixes(files: VFile[], dryRun: boolean, resolver: ConfigResolver, io: CliIo): FixRun {
  const out: VFile[] = [];
  const diffs: string[] = [];
  const changes: { path: string; fix: AppliedFix }[] = [];
  for (const file of files) {
    const fixed = file.messages.some((message) => message.fatal) ? undefined : applySafeFixes(file);
    if (!fixed) {
      out.push(file);
      continue;
    }
    const absolute = resolve(io.cwd, file.path);
    if (dryRun) {
      diffs.push(unifiedDiff(file.path, String(file.value), fixed.text));
    } else if (!writeFixed(file, absolute, fixed.text, io)) {
      out.push(file);
      continue;
    }
    for (const fix of fixed.fixes) changes.push({ path: file.path, fix });
    const again = new VFile({ path: file.path, cwd: file.cwd, value: fixed.text });
    out.push(lintVFile(again, resolver.configFor(absolute)));
  }
  const fileCount = new Set(changes.map((change) => change.path)).size;
  for (const { path, fix } of changes) {
    io.stderr.write(`${path}:${fix.line}:${fix.column}  ${fix.from} → ${fix.to}  ${fix.ruleId}\n`);
  }
  if (changes.length === 0) {
    io.stderr.write('healthlint: no safe fixes to make\n');
    return { files: out, diff: '' };
  }
  io.stderr.write(
    `healthlint: ${dryRun ? 'would fix' : 'fixed'} ${changes.length} problem${changes.length === 1 ? '' : 's'} in ${fileCount} file${fileCount === 1 ? '' : 's'}\n`,
  );
  return { files: out, diff: diffs.join('') };
}

/** Writes the fixed text if the file still holds what was linted; says why not otherwise. */
function writeFixed(file: VFile, absolute: string, text: string, io: CliIo): boolean {
  let original: Buffer;
  let mode: number;
  try {
    const info = lstatSync(absolute);
    if (!info.isFile()) {
      // Replacing a link with a fixed copy would cut it; writing through it would edit a file elsewhere.
      io.stderr.write(`healthlint: not fixed ${file.path}: it is not a regular file (a symbolic link?)\n`);
      return false;
    }
    mode = info.mode & 0o7777;
    // Opened and checked again on the descriptor: a file swapped for a link since is refused.
    original = readRegularFileSync(absolute, 2 ** 31);
  } catch (error) {
    io.stderr.write(`healthlint: not fixed ${file.path}: ${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
  const now = decodeText(original);
  if (!now.ok || now.text !== String(file.value)) {
    io.stderr.write(`healthlint: not fixed ${file.path}: it changed while it was linted\n`);
    return false;
  }
  const bytes = encodeLike(original, text);
  if (!bytes) {
    io.stderr.write(`healthlint: not fixed ${file.path}: the fixed text cannot be saved in the file's encoding\n`);
    return false;
  }
  writeFileAtomic(absolute, bytes, { mode });
  return true;
}
