import { Command, InvalidArgumentError, Option } from 'commander';
import { presets } from '../../rules/presets.js';
import { formatNames } from '../reporters/cli-formats.js';
import { version } from '../version.js';

export interface CliOptions {
  format: string;
  output?: string;
  maxWarnings?: number;
  quiet?: boolean;
  verbose?: boolean;
  rule: string[];
  plugin: string[];
  language?: 'en-US' | 'en-GB' | 'auto';
  preset?: string;
  tentative?: boolean;
  config?: string | false;
  ignorePath?: string;
  ignorePattern: string[];
  ignore: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  listRules?: boolean;
  explain?: string;
  printConfig?: string;
  maxFileSize?: number;
  color?: boolean;
  debug?: boolean;
  baseline?: string;
  writeBaseline?: string;
  pruneBaseline?: boolean;
  changedSince?: string;
  jobs: number | 'auto';
  cache?: boolean;
  cacheLocation: string;
  cacheStrategy: 'metadata' | 'content';
  progress: boolean;
  init?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  shard?: string;
  mergeReports?: string[];
}

function parseJobs(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  if (!/^[1-9]\d*$/.test(value))
    throw new InvalidArgumentError(`expected a positive whole number or auto, got \`${value}\``);
  return Number(value);
}

function parseInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected a whole number, got \`${value}\``);
  return Number(value);
}

function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`expected a size such as 10MB or 500KB, got \`${value}\``);
  const unit = (match[2] ?? 'b').toLowerCase()[0] as 'b' | 'k' | 'm' | 'g';
  return Math.round(Number(match[1]) * { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit]);
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The command line, declared once; `--help` output is generated from it. */
export function createProgram(): Command {
  return new Command('healthlint')
    .description(
      'Lint health articles for unsupported statistics, unqualified efficacy claims, missing caveats, hype and more.',
    )
    .argument(
      '[paths...]',
      'files, folders or globs to lint (folders expand to .md, .markdown, .mdx, .html, .htm, .txt)',
    )
    .addOption(new Option('-f, --format <name>', 'output format').choices(formatNames).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', parseInteger)
    .option('-q, --quiet', 'report errors only')
    .option('--verbose', 'show why each finding matters')
    .option('--rule <id=severity>', 'set a rule: off, warn or error (repeatable)', collect, [])
    .option(
      '--plugin <package>',
      'load a rule plugin (a package or a ./path); plugins are code run with your permissions (repeatable)',
      collect,
      [],
    )
    .addOption(new Option('--language <dialect>', 'spelling dialect').choices(['en-US', 'en-GB', 'auto']))
    .addOption(new Option('--preset <name>', 'rule set to start from').choices(Object.keys(presets)))
    .option('--tentative', 'also report the findings rules are less sure of (every rule’s `tentative` option)')
    .option('-c, --config <file>', 'use this config file instead of looking for one')
    .option('--no-config', 'ignore config files; use the preset and command-line rules only')
    .option('--ignore-path <file>', 'use this ignore file instead of .healthlintignore')
    .option(
      '--ignore-pattern <pattern>',
      'ignore files matching this gitignore-style pattern (repeatable)',
      collect,
      [],
    )
    .option('--no-ignore', 'lint ignored files too')
    .option('--stdin', 'lint standard input')
    .option('--stdin-filename <name>', 'file name for standard input: picks the format and the config')
    .option(
      '--fix',
      'apply safe fixes (one-letter slips with a single suggestion, a configured dialect, house style) and report what remains',
    )
    .option('--fix-dry-run', 'print the safe fixes as a unified diff instead of writing them')
    .option('--init', 'write a starter .healthlintrc.json and .healthlintignore here (never overwrites)')
    .option('--list-rules', 'list the rules and their severities in the effective preset')
    .option('--explain <rule>', "print a rule's documentation")
    .option('--print-config <file>', 'print the effective config for a file')
    .option('--max-file-size <size>', 'refuse files larger than this (default 10MB)', parseSize)
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--debug', 'print stack traces for unexpected errors')
    .option('--baseline <file>', 'report and fail only on findings not recorded in this baseline file')
    .option('--write-baseline <file>', "record this run's findings as the baseline (overwrites the file)")
    .option('--prune-baseline', 'with --baseline: remove fixed findings from the baseline file')
    .option('--changed-since <ref>', 'lint only files changed since this git ref, and report only changed lines')
    .option(
      '-j, --jobs <n>',
      'lint on up to n threads when there are 8 files or more (auto: one per 1.5 idle cores)',
      parseJobs,
      'auto' as const,
    )
    .option('--cache', 'reuse the findings of files whose text and config have not changed')
    .option('--cache-location <file>', 'where --cache keeps its results', '.healthlintcache')
    .addOption(
      new Option(
        '--cache-strategy <how>',
        'how --cache tells an unchanged file: metadata (size and modification time; the text when they changed) or content (always the text)',
      )
        .choices(['metadata', 'content'])
        .default('metadata'),
    )
    .option('--no-progress', 'never show the progress line (shown on a terminal for runs over many files)')
    .option('--shard <i/n>', 'lint only part i of n of the files (for CI matrices; join with --merge-reports)')
    .option(
      '--merge-reports <files...>',
      'read --format json reports (of shards) and write them as one report in --format, instead of linting',
    )
    .version(version, '-v, --version')
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError(true)
    .allowExcessArguments(false);
}
