import { resolve } from 'node:path';
import { CommanderError } from 'commander';
import { VFile } from 'vfile';
import { rules } from '../../rules/index.js';
import { presets, type PresetName } from '../../rules/presets.js';
import { ruleDocs } from '../build/rule-docs.js';
import { applyBaselineOptions } from '../baseline.js';
import { knownRule, loadPlugin } from '../config/plugins.js';
import { describeConfig, type ConfigOverrides, type ResolvedConfig } from '../config/resolve.js';
import { validateRuleSetting, type RuleSetting } from '../config/validate.js';
import { UserError } from '../errors.js';
import { expandPaths } from '../files.js';
import { applyChangedSince, selectChangedPaths } from '../git.js';
import { IgnoreMatcher } from '../ignore.js';
import { ConfigResolver, displayPath, failureOf, lintVFile } from '../lint.js';
import { lintPaths } from '../pool/lint-paths.js';
import { decodeText, defaultMaxFileSize, formatBytes, readStreamAtMost } from '../read.js';
import { reporters } from '../reporters/index.js';
import { escapeControl } from '../reporters/text-safety.js';
import { counts, severityOf } from '../reporters/model.js';
import { writeFileAtomic } from '../write.js';
import { runFixes } from './fix.js';
import type { CliIo } from './io.js';
import { initProject } from './init.js';
import { ProgressLine } from './progress.js';
import { createProgram, type CliOptions } from './options.js';

/** Runs the CLI and returns its exit code: 0 clean, 1 errors or too many warnings, 2 usage, config or I/O errors. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const program = createProgram()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const options = program.opts<CliOptions>();
  try {
    return await run(program.args, options, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`healthlint: ${escapeControl(error.message)}\n`);
      if (options.debug && error.stack) io.stderr.write(`${error.stack}\n`);
      return 2;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `healthlint: unexpected error: ${escapeControl(reason.split('\n')[0] ?? '')}${options.debug ? '' : ' (run with --debug for details)'}\n`,
    );
    if (options.debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

async function run(paths: string[], options: CliOptions, io: CliIo): Promise<number> {
  const overrides = commandLineOverrides(options, io.cwd);
  if (options.init) return initProject(io);
  const resolverOptions = {
    ...(typeof options.config === 'string' ? { configFile: options.config } : {}),
    noConfig: options.config === false,
    overrides,
  };
  const resolver = new ConfigResolver({ cwd: io.cwd, ...resolverOptions });
  // The config that applies in the working folder names the plugins whose rules can be explained and listed.
  const here = (): ResolvedConfig => resolver.configFor(resolve(io.cwd, 'healthlint-rules'));
  if (options.explain !== undefined) return explain(options.explain, io, here);
  if (options.listRules) return listRules(overrides.preset ?? 'recommended', io, here());

  if (options.printConfig !== undefined) {
    io.stdout.write(
      `${JSON.stringify(describeConfig(resolver.configFor(resolve(io.cwd, options.printConfig))), null, 2)}\n`,
    );
    return 0;
  }

  const maxFileSize = options.maxFileSize ?? defaultMaxFileSize;
  const files: VFile[] = [];
  if (options.stdin || (paths.length === 1 && paths[0] === '-')) {
    if (options.fix) throw new UserError('--fix needs files: use --fix-dry-run to see the changes to standard input');
    files.push(await lintStdin(options, io, resolver, maxFileSize));
  } else {
    if (paths.length === 0)
      throw new UserError('No files given: pass files, folders or globs, or --stdin (see --help)');
    const ignored = new IgnoreMatcher(io.cwd, {
      ...(options.ignorePath ? { ignorePath: options.ignorePath } : {}),
      ignorePatterns: options.ignorePattern,
    });
    const noIgnore = { ignores: () => false } as unknown as IgnoreMatcher;
    const unreadableFolders: VFile[] = [];
    const onUnreadableFolder = (path: string, reason: string): void => {
      unreadableFolders.push(readFailure(path, io.cwd, `Cannot read folder: ${reason}`));
    };
    const expanded = selectChangedPaths(
      await expandPaths(paths, io.cwd, options.ignore === false ? noIgnore : ignored, onUnreadableFolder),
      options,
      io.cwd,
    );
    const cacheLocation = options.cache ? { cacheLocation: resolve(io.cwd, options.cacheLocation) } : {};
    const progress =
      options.progress && !options.quiet && io.stderr.isTTY && expanded.length > 1
        ? new ProgressLine(io.stderr, expanded.length)
        : undefined;
    const onWarning = (message: string): void => {
      progress?.finish();
      io.stderr.write(`healthlint: ${escapeControl(message)}\n`);
    };
    try {
      const linted = await lintPaths(expanded, {
        cwd: io.cwd,
        resolver,
        resolverOptions,
        maxFileSize,
        jobs: options.jobs,
        ...cacheLocation,
        onWarning,
        ...(progress ? { onFileDone: () => progress.tick() } : {}),
      });
      files.push(...linted, ...unreadableFolders);
      // Files linted in workers or revived from the cache: their configs' plugins describe their rules in reports.
      for (const path of new Set(expanded)) resolver.configFor(resolve(io.cwd, path));
    } finally {
      progress?.finish();
    }
  }
  if (options.fix || options.fixDryRun) {
    const fixed = runFixes(files, Boolean(options.fixDryRun), resolver, io);
    if (options.fixDryRun) {
      io.stdout.write(fixed.diff);
      return exitCode(fixed.files, options, io);
    }
    return report(fixed.files, options, io);
  }
  return report(files, options, io);
}

async function lintStdin(
  options: CliOptions,
  io: CliIo,
  resolver: ConfigResolver,
  maxFileSize: number,
): Promise<VFile> {
  // Read up to the limit and stop: `yes |` or `</dev/zero` has no end, and a pipe has no size to check first.
  const bytes = await readStreamAtMost(io.stdin, maxFileSize);
  if (!bytes) {
    throw new UserError(
      `Cannot lint standard input: more than the ${formatBytes(maxFileSize)} limit (raise it with --max-file-size)`,
    );
  }
  const name = options.stdinFilename;
  const absolute = name ? resolve(io.cwd, name) : resolve(io.cwd, '<stdin>');
  const path = name ? displayPath(absolute, io.cwd) : '<stdin>';
  const decoded = decodeText(bytes);
  if (!decoded.ok) return readFailure(path, io.cwd, decoded.reason);
  const file = new VFile({ path, cwd: io.cwd, value: decoded.text });
  return lintVFile(file, resolver.configFor(absolute));
}

function standardStreamNamed(path: string, io: CliIo): CliIo['stdout'] | undefined {
  if (path === '/dev/stdout' || path === '/dev/fd/1' || path === '/proc/self/fd/1') return io.stdout;
  if (path === '/dev/stderr' || path === '/dev/fd/2' || path === '/proc/self/fd/2') return io.stderr;
  return undefined;
}

/** A file (or folder) that could not be read: one fatal `read-error`, as the linter gives unreadable files. */
function readFailure(path: string, cwd: string, reason: string): VFile {
  const file = new VFile({ path, cwd });
  Object.assign(file.message(reason, { ruleId: 'read-error', source: 'healthlint' }), { fatal: true });
  return file;
}

function report(files: VFile[], options: CliOptions, io: CliIo): number {
  if (options.debug) {
    // A file that could not be linted shows the error's stack only when asked for.
    for (const message of files.flatMap((file) => file.messages)) message.cause ??= failureOf(message);
  }
  applyBaselineOptions(files, options, io);
  applyChangedSince(files, options, io.cwd);
  const totals = counts(files);
  if (options.quiet) {
    for (const file of files) file.messages = file.messages.filter((message) => severityOf(message) === 'error');
  }
  const reporter = reporters[options.format];
  if (!reporter) throw new UserError(`Unknown format \`${options.format}\``);
  const color = options.color ?? (Boolean(io.stdout.isTTY) && !io.env['NO_COLOR'] && !options.output);
  const text = reporter(files, { cwd: io.cwd, color, verbose: Boolean(options.verbose) });
  const standard = options.output ? standardStreamNamed(resolve(io.cwd, options.output), io) : undefined;
  if (standard) {
    // `--output /dev/stdout`: the stream itself. Opening the path again fails on a socket (ENXIO),
    // and renaming over it would replace the system's link.
    if (text) standard.write(text.endsWith('\n') ? text : `${text}\n`);
  } else if (options.output) {
    try {
      writeFileAtomic(resolve(io.cwd, options.output), text.endsWith('\n') || !text ? text : `${text}\n`, {
        namedByUser: true,
      });
    } catch (error) {
      throw new UserError(
        `Cannot write report to ${options.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
  } else if (text) {
    io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }
  return exitFor(totals, options, io);
}

/** The exit code for what remains after `--fix-dry-run`, as `report` would give it, without a report. */
function exitCode(files: VFile[], options: CliOptions, io: CliIo): number {
  applyBaselineOptions(files, options, io);
  applyChangedSince(files, options, io.cwd);
  return exitFor(counts(files), options, io);
}

function exitFor(totals: ReturnType<typeof counts>, options: CliOptions, io: CliIo): number {
  if (totals.errors > 0) return 1;
  if (options.maxWarnings !== undefined && totals.warnings > options.maxWarnings) {
    io.stderr.write(`healthlint: ${totals.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function commandLineOverrides(options: CliOptions, cwd: string): ConfigOverrides {
  const overrides: ConfigOverrides = {};
  if (options.plugin.length > 0) {
    for (const name of options.plugin) loadPlugin(name, cwd, 'given with --plugin');
    overrides.plugins = options.plugin;
  }
  if (options.preset) overrides.preset = options.preset as PresetName;
  if (options.language) overrides.language = options.language;
  if (options.rule.length > 0) {
    const settings: Record<string, RuleSetting> = {};
    for (const text of options.rule) {
      const match = /^([\w-]+(?:\/[\w-]+)?)\s*[=:]\s*(\S.*)$/.exec(text);
      if (!match) throw new UserError(`Invalid --rule \`${text}\`: expected id=severity, e.g. --rule hype=off`);
      const [, id, value] = match as unknown as [string, string, string];
      let setting: unknown = value;
      if (value.trim().startsWith('[')) {
        try {
          setting = JSON.parse(value);
        } catch {
          throw new UserError(`Invalid --rule \`${text}\`: the value is not valid JSON`);
        }
      }
      settings[id] = validateRuleSetting(id, setting, (problem) => {
        throw new UserError(`Invalid --rule ${id}: ${problem}`);
      });
    }
    overrides.rules = settings;
  }
  return overrides;
}

function explain(id: string, io: CliIo, here: () => ResolvedConfig): number {
  if (id.includes('/')) here();
  const rule = knownRule(id);
  if (!rule) {
    validateRuleSetting(id, 'warn', (problem) => {
      throw new UserError(`Cannot explain \`${id}\`: it ${problem}`);
    });
    return 2;
  }
  io.stdout.write(ruleDocs(rule.definition));
  return 0;
}

/** Built-in rules with their severity in the preset; plugin rules with theirs in the config that loads them. */
function listRules(preset: PresetName, io: CliIo, config: ResolvedConfig): number {
  const settings = presets[preset];
  const width = Math.max(...config.ruleSet.map((rule) => rule.definition.id.length));
  const lines = config.ruleSet.map(({ definition }) => {
    const setting = rules.some((rule) => rule.definition === definition)
      ? settings[definition.id]
      : config.rules.get(definition.id)?.severity;
    const severity = setting ? (Array.isArray(setting) ? setting[0] : setting) : 'off';
    return `${definition.id.padEnd(width)}  ${severity.padEnd(5)}  ${definition.docs.summary}`;
  });
  io.stdout.write(`Rules (severity in the \`${preset}\` preset):\n${lines.join('\n')}\n`);
  return 0;
}
