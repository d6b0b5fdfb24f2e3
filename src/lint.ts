import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { ConfigFinder, loadConfigFile, type LoadedConfig } from './config/load.js';
import { RuleSet, type RuleLookup } from './rule/rule-set.js';
import { resolveConfig, type ConfigOverrides, type ResolvedConfig } from './config/resolve.js';
import { nestedTooDeeply, SourceSyntaxError, UserError } from './errors.js';
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

/** The error behind a `parse-error` or `internal-error` message, for `--debug`. */
export function failureOf(message: VFileMessage): unknown {
  return (message as VFileMessage & { failure?: unknown }).failure;
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

export interface LintFilesOptions {
  cwd?: string;
  /** Use this config file for every file instead of discovering one. */
  configFile?: string;
  /** Ignore config files altogether. */
  noConfig?: boolean;
  overrides?: ConfigOverrides;
  maxFileSize?: number;
}

/** Finds the effective config for each file, caching discovered config files and their processors. */
export class ConfigResolver {
  private readonly finder = new ConfigFinder();
  private readonly resolved = new Map<string, ResolvedConfig>();
  private readonly explicit: LoadedConfig | undefined;
  private readonly allRules = new RuleSet();
  /** The folder of the last absolute path asked about, and its config: files come folder by folder. */
  private lastFolder: string | undefined;
  private lastConfig: ResolvedConfig | undefined;

  constructor(private readonly options: LintFilesOptions = {}) {
    this.explicit = options.configFile
      ? loadConfigFile(resolve(options.cwd ?? process.cwd(), options.configFile))
      : undefined;
  }

  configFor(filePath: string): ResolvedConfig {
    // A run asks for every file's config, often twice (the cache key, then the report); files
    // share folders, so the answer is kept by the folder as given. Only for absolute paths: a
    // relative one depends on the process's working folder, which may change between calls.
    const folder = isAbsolute(filePath) ? dirname(filePath) : undefined;
    if (folder !== undefined && folder === this.lastFolder) return this.lastConfig!;
    const config = this.findConfig(filePath);
    if (folder !== undefined) {
      this.lastFolder = folder;
      this.lastConfig = config;
    }
    return config;
  }

  private findConfig(filePath: string): ResolvedConfig {
    const loaded = this.options.noConfig ? undefined : (this.explicit ?? this.finder.find(filePath));
    const key = loaded?.path ?? '<defaults>';
    let config = this.resolved.get(key);
    if (!config) {
      config = resolveConfig(loaded, this.options.overrides, this.options.cwd);
      this.resolved.set(key, config);
      this.allRules.add(config.ruleSet);
    }
    return config;
  }

  /**
   * Every rule of every config resolved so far, for a report that spans files linted with
   * different configs. It grows as configs are found, so a report reads it when it writes a rule.
   */
  get ruleSet(): RuleLookup {
    return this.allRules;
  }

  clear(): void {
    this.lastFolder = undefined;
    this.lastConfig = undefined;
    this.finder.clear();
    this.resolved.clear();
  }
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

/** Paths inside the working folder are shown relative to it, as every linter's report does. */
export function displayPath(absolute: string, cwd: string): string {
  const inside = relative(cwd, absolute);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : absolute;
}
