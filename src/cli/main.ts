import { resolve } from 'node:path';
import { CommanderError } from 'commander';
import { VFile } from 'vfile';
import { presets, type PresetName } from '../../rules/presets.js';
import { ruleDocs } from '../rule-docs.js';
import { loadPlugin } from '../config/plugins.js';
import { describeConfig, resolveConfig, type ConfigOverrides, type ResolvedConfig } from '../config/resolve.js';
import { validateRuleSetting, type RuleSetting } from '../config/validate.js';
import { UserError } from '../errors.js';
import { expandPaths } from '../files.js';
import { applyBaselineOptions } from '../baseline.js';
import { applyChangedSince, selectChangedPaths } from '../git.js';
import { mergeReports } from '../merge.js';
import { parseShard, selectShard } from '../shard.js';
import { IgnoreMatcher } from '../ignore.js';
import { ConfigResolver } from '../config/resolver.js';
import { displayPath } from '../display-path.js';
import { describeLanes } from './lanes.js';
import { lintPaths } from '../pool/lint-paths.js';
import { decodeText, defaultMaxFileSize, formatBytes, readStreamAtMost } from '../read.js';
import { escapeControl } from '../reporters/text-safety.js';
import { isUnifiedRuleId } from '../unified-lint.js';
import { counts } from '../report-model.js';
import type { HealthlintRule } from '../rule/define-rule.js';
import type { RuleLookup } from '../rule/rule-set.js';
import type { CliIo } from './io.js';

export { endWhenReaderCloses } from './io.js';
export { v8FlagsChanged } from '../pool/heap.js';
import { ProgressLine } from './progress.js';
import { createProgram, type CliOptions } from './options.js';
import { StreamedReport } from './report.js';

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
  // The linter (parsers, processor) and what only --init or --fix need are loaded when used: a run
  // whose files all come from the cache lints nothing.
  if (options.init) return (await import('./init.js')).initProject(io);
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
  const readStdin = options.stdin || (paths.length === 1 && paths[0] === '-');
  if (!readStdin && paths.length === 0 && !options.mergeReports)
    throw new UserError('No files given: pass files, folders or globs, or --stdin (see --help)');
  if (options.changedSince !== undefined && options.stdin)
    throw new UserError('--changed-since reads files from git; it cannot be used with --stdin');
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (options.mergeReports && (readStdin || paths.length > 0 || shard))
    throw new UserError('--merge-reports reads reports instead of linting: give no files, --stdin or --shard with it');
  const fixing = Boolean(options.fix || options.fixDryRun);
  const fixable: VFile[] = [];
  // `--fix-dry-run` prints a diff instead of a report.
  const report = options.fixDryRun ? undefined : await new StreamedReport(options, io, resolver.ruleSet).load();
  // Stopped by Ctrl-C or a cancelled CI job: the cache keeps every file finished so far (it is
  // appended to as files finish); a report being written to --output is removed, the old one kept.
  const onSignal = (signal: NodeJS.Signals): void => {
    report?.abort();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.kill(process.pid, signal); // Again, without this handler: the process ends as the signal asks.
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    if (options.mergeReports) {
      if (fixing) throw new UserError('--merge-reports cannot be combined with --fix or --fix-dry-run');
      // As in a single run, each file's config adds its rules to the resolver's rule set the report reads.
      await mergeReports(options.mergeReports, io.cwd, maxFileSize, (file) => {
        if (file.path) resolver.configFor(resolve(io.cwd, file.path));
        report!.file(file);
      });
    } else if (readStdin) {
      if (options.fix) throw new UserError('--fix needs files: use --fix-dry-run to see the changes to standard input');
      const file = await lintStdin(options, io, resolver, maxFileSize);
      if (fixing) fixable.push(file);
      else report!.file(file);
    } else {
      const ignored = new IgnoreMatcher(io.cwd, {
        ...(options.ignorePath ? { ignorePath: options.ignorePath } : {}),
        ignorePatterns: options.ignorePattern,
      });
      const noIgnore = { ignores: () => false } as unknown as IgnoreMatcher;
      const unreadableFolders: VFile[] = [];
      const onUnreadableFolder = (path: string, reason: string): void => {
        unreadableFolders.push(readFailure(path, io.cwd, `Cannot read folder: ${reason}`));
      };
      // Set once the files are known; warnings about folders come before it.
      const progressLine: { current?: ProgressLine } = {};
      const onWarning = (message: string): void => {
        progressLine.current?.finish();
        io.stderr.write(`healthlint: ${escapeControl(message)}\n`);
      };
      const expanded = selectShard(
        selectChangedPaths(
          await expandPaths(
            paths,
            io.cwd,
            options.ignore === false ? noIgnore : ignored,
            onUnreadableFolder,
            onWarning,
          ),
          options,
          io.cwd,
        ),
        io.cwd,
        shard,
      );
      const progress =
        options.progress && !options.quiet && io.stderr.isTTY && expanded.length > 1
          ? new ProgressLine(io.stderr, expanded.length)
          : undefined;
      if (progress) progressLine.current = progress;
      const cacheLocation = options.cache
        ? { cacheLocation: resolve(io.cwd, options.cacheLocation), cacheStrategy: options.cacheStrategy }
        : {};
      const linted = (file: VFile): void => {
        if (fixing) fixable.push(file);
        else report!.file(file);
      };
      // Files linted in workers or revived from the cache: their configs' rules describe their
      // findings in the report, so each config joins the resolver's rule set before its file is reported.
      const lintedPath = (file: VFile): void => {
        if (file.path) resolver.configFor(resolve(io.cwd, file.path));
        linted(file);
      };
      try {
        await lintPaths(
          expanded,
          {
            cwd: io.cwd,
            resolver,
            resolverOptions,
            maxFileSize,
            jobs: options.jobs,
            ...cacheLocation,
            documentsRead: fixing || report?.readsDocuments !== false,
            onWarning,
            ...(progress ? { onFileDone: () => progress.tick() } : {}),
            ...(options.verbose
              ? { onLanes: (lanes: number, files: number) => describeLanes(lanes, files, options.jobs, io) }
              : {}),
          },
          lintedPath,
        );
      } finally {
        progress?.finish();
      }
      unreadableFolders.forEach(linted);
    }
    if (fixing) {
      // Fixing edits files as a whole run: it keeps the files, as before streaming.
      const { runFixes } = await import('./fix.js');
      const fixed = runFixes(fixable, Boolean(options.fixDryRun), resolver, io);
      if (options.fixDryRun) {
        io.stdout.write(fixed.diff);
        return exitCode(fixed.files, options, io, resolver.ruleSet);
      }
      fixed.files.forEach((file) => report!.file(file));
    }
  } catch (error) {
    report?.abort();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return report!.finish();
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
  const { lintVFile } = await import('../lint.js');
  return lintVFile(file, resolver.configFor(absolute));
}

/** A file (or folder) that could not be read: one fatal `read-error`, as the linter gives unreadable files. */
function readFailure(path: string, cwd: string, reason: string): VFile {
  const file = new VFile({ path, cwd });
  Object.assign(file.message(reason, { ruleId: 'read-error', source: 'healthlint' }), { fatal: true });
  return file;
}

/** The exit code for what remains after `--fix-dry-run`, as `report` would give it, without a report. */
function exitCode(files: VFile[], options: CliOptions, io: CliIo, ruleSet: RuleLookup): number {
  applyBaselineOptions(files, options, io);
  applyChangedSince(files, options, io.cwd, ruleSet);
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
  // `--rule` settings of a `--plugin`'s rules are checked against them, as a config's against its plugins'.
  const pluginRules = new Map<string, HealthlintRule<object>>();
  if (options.plugin.length > 0) {
    for (const name of options.plugin) {
      for (const rule of loadPlugin(name, cwd, 'given with --plugin').rules) pluginRules.set(rule.definition.id, rule);
    }
    overrides.plugins = options.plugin;
  }
  if (options.preset) overrides.preset = options.preset as PresetName;
  if (options.language) overrides.language = options.language;
  if (options.tentative) overrides.tentative = true;
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
      settings[id] = validateRuleSetting(
        id,
        setting,
        (problem) => {
          throw new UserError(`Invalid --rule ${id}: ${problem}`);
        },
        pluginRules,
      );
    }
    overrides.rules = settings;
  }
  return overrides;
}

function explain(id: string, io: CliIo, here: () => ResolvedConfig): number {
  // A plugin rule is known once the config here loads its plugin; a built-in even when that config is broken.
  const config = id.includes('/') ? here() : resolveConfig(undefined);
  const rule = config.ruleSet.get(id);
  if (!rule) {
    validateRuleSetting(id, 'warn', (problem) => {
      throw new UserError(`Cannot explain \`${id}\`: it ${problem}`);
    });
    const unified = config.unifiedPlugins.find((plugin) => isUnifiedRuleId([plugin], id));
    throw new UserError(
      unified
        ? `Cannot explain \`${id}\`: it is reported by the unified plugin \`${unified.specifier}\`, whose own documentation describes it`
        : `Cannot explain \`${id}\`: no plugin loaded here defines it (add the plugin to \`plugins\` or pass --plugin)`,
    );
  }
  io.stdout.write(ruleDocs(rule.definition));
  return 0;
}

/** Built-in rules with their severity in the preset; plugin rules with theirs in the config that loads them. */
function listRules(preset: PresetName, io: CliIo, config: ResolvedConfig): number {
  const settings = presets[preset];
  const ruleSet = [...config.ruleSet];
  const width = Math.max(...ruleSet.map((rule) => rule.definition.id.length));
  const lines = ruleSet.map(({ definition }) => {
    // Plugin rules are named `<plugin>/<id>`; built-ins never hold a slash.
    const setting = definition.id.includes('/') ? config.rules.get(definition.id)?.severity : settings[definition.id];
    const severity = setting ? (Array.isArray(setting) ? setting[0] : setting) : 'off';
    return `${definition.id.padEnd(width)}  ${severity.padEnd(5)}  ${definition.docs.summary}`;
  });
  io.stdout.write(`Rules (severity in the \`${preset}\` preset):\n${lines.join('\n')}\n`);
  return 0;
}
