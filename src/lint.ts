import { resolve } from 'node:path';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { ConfigResolver, type LintFilesOptions } from './config/resolver.js';
import { resolveConfig, type ConfigOverrides, type ResolvedConfig } from './config/resolve.js';
import { displayPath } from './display-path.js';
import { nestedTooDeeply, SourceSyntaxError, UserError } from './errors.js';

// Kept apart so that runs that lint nothing (every file cached) need not load the parsers; the API still finds them here.
export { ConfigResolver, type LintFilesOptions } from './config/resolver.js';
export { displayPath } from './display-path.js';
export { failureOf } from './errors.js';
import { healthlintData } from './file-data.js';
import { createProcessor, type HealthlintProcessor } from './processor.js';
import type { Format } from './prose/types.js';
import { readTextFile, defaultMaxFileSize, type ReadResult } from './read.js';

export interface LintTextOptions {
  /** Used to pick the format (by extension) and to find the config; need not exist. */
  filePath?: string;
  format?: Format;
  /** A resolved config, or a config object in the config-file shape. */
  config?: ResolvedConfig | ConfigOverrides;
  cwd?: string;
}

const processorCache = new WeakMap<ResolvedConfig, HealthlintProcessor>();

/** The processor for a resolved config, built once per config object. */
export function processorFor(config: ResolvedConfig): HealthlintProcessor {
  let processor = processorCache.get(config);
  if (!processor) {
    processor = createProcessor(config);
    processor.freeze();
    processorCache.set(config, processor);
  }
  return processor;
}

function isResolved(config: ResolvedConfig | ConfigOverrides | undefined): config is ResolvedConfig {
  return config !== undefined && (config as ResolvedConfig).rules instanceof Map;
}

/** Lints a string and returns the file with its messages, sorted by position. */
export function lintText(text: string, options: LintTextOptions = {}): VFile {
  const cwd = options.cwd ?? process.cwd();
  const config = isResolved(options.config) ? options.config : resolveConfig(undefined, options.config ?? {}, cwd);
  const file = new VFile({ value: text, cwd, ...(options.filePath ? { path: options.filePath } : {}) });
  if (options.format) (file.data as { format?: Format }).format = options.format;
  return lintVFile(file, config);
}

export function lintVFile(file: VFile, config: ResolvedConfig): VFile {
  const processor = processorFor(config);
  try {
    const tree = processor.parse(file);
    processor.runSync(tree, file);
    const data = healthlintData(file);
    const failure = data.failure;
    delete data.failure;
    delete data.collectFailures;
    if (failure) throw failure;
  } catch (error) {
    // A user's mistake (a missing dictionary file) stops the run with exit 2. Anything else is this
    // file's problem: one fatal message, so that the other files are still linted and reported.
    if (error instanceof UserError) throw error;
    if (!file.messages.includes(error as VFileMessage)) reportFailure(file, error);
  }
  sortMessages(file);
  return file;
}

/** Hostile nesting exhausts the parsers' recursion (remark-gfm, hast-util-from-parse5); say so plainly. */
function reportFailure(file: VFile, error: unknown): void {
  if (error instanceof SourceSyntaxError) {
    const message = file.message(error.message, {
      ruleId: 'parse-error',
      source: 'healthlint',
      ...(error.place ? { place: error.place } : {}),
    });
    message.fatal = true;
    return;
  }
  const overflow = error instanceof RangeError && /call stack/i.test(error.message);
  const reason = overflow
    ? nestedTooDeeply
    : `Cannot lint file: unexpected error: ${String(error instanceof Error ? error.message : error).split('\n')[0]} (run with --debug for details)`;
  const message = file.message(reason, { ruleId: overflow ? 'parse-error' : 'internal-error', source: 'healthlint' });
  message.fatal = true;
  // Kept out of `cause`, which reporters print: the stack is for `--debug` only.
  Object.defineProperty(message, 'failure', { value: error, enumerable: false });
}

export function sortMessages(file: VFile): void {
  file.messages.sort((a, b) => {
    const left = a.place && 'start' in a.place ? a.place.start : a.place;
    const right = b.place && 'start' in b.place ? b.place.start : b.place;
    return (
      (left?.line ?? 0) - (right?.line ?? 0) ||
      (left?.column ?? 0) - (right?.column ?? 0) ||
      String(a.ruleId).localeCompare(String(b.ruleId))
    );
  });
}

/** Lints files from disk; a file that cannot be read gets one fatal message and the others go on. */
export async function lintFiles(paths: string[], options: LintFilesOptions = {}): Promise<VFile[]> {
  const cwd = options.cwd ?? process.cwd();
  const resolver = new ConfigResolver(options);
  const maxFileSize = options.maxFileSize ?? defaultMaxFileSize;
  const files: VFile[] = [];
  const reads = readingAhead(paths, (path) => readTextFile(resolve(cwd, path), maxFileSize));
  for (const [index, path] of paths.entries()) {
    files.push(await lintPath(path, cwd, resolver, maxFileSize, reads(index)));
  }
  return files;
}

/**
 * Reads for a sequential loop over `items`, each started when the one before it is taken, so that
 * the next file is read while this one is linted (waiting on each read in turn left the thread
 * idle for ~0.5 s in 500 files). Reads never reject: failures are results.
 */
export function readingAhead<Item, Read>(
  items: readonly Item[],
  read: (item: Item) => Promise<Read>,
): (index: number) => Promise<Read> {
  const started = new Map<number, Promise<Read>>();
  const start = (index: number): Promise<Read> | undefined => {
    if (index >= items.length) return undefined;
    let pending = started.get(index);
    if (!pending) {
      pending = read(items[index]!);
      started.set(index, pending);
    }
    return pending;
  };
  return (index) => {
    const current = start(index)!;
    started.delete(index);
    start(index + 1);
    return current;
  };
}

/** Lints one file from disk; `read` is its read when already started (see `readingAhead`). */
export async function lintPath(
  path: string,
  cwd: string,
  resolver: ConfigResolver,
  maxFileSize: number,
  read: Promise<ReadResult> = readTextFile(resolve(cwd, path), maxFileSize),
): Promise<VFile> {
  const absolute = resolve(cwd, path);
  const shown = displayPath(absolute, cwd);
  const result = await read;
  if (!result.ok) {
    const file = new VFile({ path: shown, cwd });
    const message = file.message(result.reason, { ruleId: 'read-error', source: 'healthlint' });
    message.fatal = true;
    return file;
  }
  const file = new VFile({ path: shown, cwd, value: result.text });
  return lintVFile(file, resolver.configFor(absolute));
}
