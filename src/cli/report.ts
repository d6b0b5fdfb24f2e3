import { resolve } from 'node:path';
import type { VFile } from 'vfile';
import { baselineStep, type BaselineStep } from '../baseline.js';
import { failureOf, UserError } from '../errors.js';
import { applyChangedSince } from '../git.js';
import { loadStreamingReporter } from '../reporters/cli-formats.js';
import { severityOf } from '../report-model.js';
import type { ReportWriter, StreamingReporter } from '../reporters/stream.js';
import type { RuleLookup } from '../rule/rule-set.js';
import { AtomicFileWriter } from '../write.js';
import type { CliIo } from './io.js';
import type { CliOptions } from './options.js';

/** Where the report goes: standard output, or a file put in place when the report is complete. */
interface Output {
  write(text: string): void;
  /** Ends the last line and puts the report in place. */
  finish(): void;
  abort(): void;
}

/**
 * The CLI's report, written as files are linted: each file is filtered (baseline,
 * `--changed-since`, `--quiet`), counted and handed to the format, then dropped. Totals, the exit
 * code and `--max-warnings` come from the counts; nothing holds every file.
 */
export class StreamedReport {
  /** Set by `load`, before the first file. */
  private reporter: StreamingReporter | undefined;
  private readonly baseline: BaselineStep | undefined;
  private output: Output | undefined;
  private writer: ReportWriter | undefined;
  private readonly totals = { errors: 0, warnings: 0, infos: 0 };

  constructor(
    private readonly options: CliOptions,
    private readonly io: CliIo,
    /** The rules of every config the run resolves; it grows as files are linted. */
    private readonly ruleSet: RuleLookup,
  ) {
    if (!Object.hasOwn(loadStreamingReporter, options.format))
      throw new UserError(`Unknown format \`${options.format}\``);
    this.baseline = baselineStep(options, io);
  }

  /** Loads the format's code; awaited before any file is given to the report. */
  async load(): Promise<this> {
    this.reporter ??= await loadStreamingReporter[this.options.format]!();
    return this;
  }

  /**
   * Whether the report may read files' prose documents: a baseline (fingerprints) and every
   * format but those that print only messages do. Such runs load the parsers even when every file
   * comes from the cache.
   */
  get readsDocuments(): boolean {
    return this.baseline !== undefined || !formatsPrintingOnlyMessages.has(this.options.format);
  }

  /** Started with the first file (or at the end), so that a run stopped before it leaves no report. */
  private started(): ReportWriter {
    if (!this.writer) {
      this.output = this.openOutput();
      const { options, io } = this;
      const color = options.color ?? (Boolean(io.stdout.isTTY) && !io.env['NO_COLOR'] && !options.output);
      const output = this.output;
      if (!this.reporter) throw new Error('A report was written before its format was loaded');
      this.writer = this.reporter(
        { cwd: io.cwd, color, verbose: Boolean(options.verbose), ruleSet: this.ruleSet },
        (text) => output.write(text),
      );
    }
    return this.writer;
  }

  file(file: VFile): void {
    const { options } = this;
    if (options.debug) {
      // A file that could not be linted shows the error's stack only when asked for.
      for (const message of file.messages) message.cause ??= failureOf(message);
    }
    this.baseline?.filter(file);
    applyChangedSince([file], options, this.io.cwd, this.ruleSet);
    for (const message of file.messages) {
      const severity = severityOf(message);
      if (severity === 'error') this.totals.errors++;
      else if (severity === 'warning') this.totals.warnings++;
      else this.totals.infos++;
    }
    if (options.quiet) file.messages = file.messages.filter((message) => severityOf(message) === 'error');
    this.started().file(file);
  }

  /** Ends the report and returns the exit code. */
  finish(): number {
    const writer = this.started();
    try {
      this.baseline?.finish();
      writer.end();
    } catch (error) {
      this.abort();
      throw error;
    }
    this.output!.finish();
    const { totals, options } = this;
    if (totals.errors > 0) return 1;
    if (options.maxWarnings !== undefined && totals.warnings > options.maxWarnings) {
      this.io.stderr.write(
        `healthlint: ${totals.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`,
      );
      return 1;
    }
    return 0;
  }

  /** Drops a report that cannot be finished: a file being written is removed, the target left as it was. */
  abort(): void {
    this.writer?.abort?.();
    this.output?.abort();
  }

  private openOutput(): Output {
    const { options, io } = this;
    // `--output /dev/stdout`: the stream itself. Opening the path again fails on a socket (ENXIO),
    // and renaming over it would replace the system's link.
    const stream = options.output ? standardStreamNamed(resolve(io.cwd, options.output), io) : io.stdout;
    if (stream) {
      // Gathered into larger writes: stylish writes a line at a time, and each stream write to a
      // file or pipe is a system call (18,557 of them for a warm cached run over 4,000 files).
      let pending: string[] = [];
      let pendingLength = 0;
      const flush = (): void => {
        if (pending.length === 0) return;
        const text = pending.join('');
        pending = [];
        pendingLength = 0;
        stream.write(text);
      };
      let last = '';
      return {
        write: (text) => {
          if (!text) return;
          last = text[text.length - 1]!;
          pending.push(text);
          pendingLength += text.length;
          if (pendingLength >= outputChunk) flush();
        },
        finish: () => {
          if (last && last !== '\n') pending.push('\n');
          flush();
        },
        // What was written so far still goes out, as it did line by line.
        abort: flush,
      };
    }
    const shown = options.output as string;
    const failed = (error: unknown): UserError =>
      new UserError(`Cannot write report to ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    let file: AtomicFileWriter;
    try {
      file = new AtomicFileWriter(resolve(io.cwd, shown), { namedByUser: true });
    } catch (error) {
      throw failed(error);
    }
    return {
      write: (text) => {
        try {
          file.write(text);
        } catch (error) {
          throw failed(error);
        }
      },
      finish: () => {
        try {
          if (!file.endsLine()) file.write('\n');
          file.commit();
        } catch (error) {
          file.abort();
          throw failed(error);
        }
      },
      abort: () => file.abort(),
    };
  }
}

/** Formats that read only messages, paths and rules, never a file's text or document. */
const formatsPrintingOnlyMessages = new Set(['stylish', 'json', 'github']);

/** Characters of report text gathered before a write to standard output. */
const outputChunk = 64 * 1024;

/** A path that names standard output or standard error. */
function standardStreamNamed(path: string, io: CliIo): CliIo['stdout'] | undefined {
  if (path === '/dev/stdout' || path === '/dev/fd/1' || path === '/proc/self/fd/1') return io.stdout;
  if (path === '/dev/stderr' || path === '/dev/fd/2' || path === '/proc/self/fd/2') return io.stderr;
  return undefined;
}
