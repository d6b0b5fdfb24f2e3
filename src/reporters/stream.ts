import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { VFile } from 'vfile';
import type { Reporter, ReporterOptions } from './types.js';

/** Where a report's text goes, piece by piece. */
export type Write = (text: string) => void;

/** A report being written: one call per file, in input order, then `end` once. */
export interface ReportWriter {
  file(file: VFile): void;
  end(): void;
  /** Drops a report that will not be ended (the run stopped): removes its spool, if it has one. */
  abort?(): void;
}

/**
 * A report format that writes as files arrive, so a run never holds every file's findings or
 * the whole report in memory: what it keeps until the end is counts, or a spool on disk.
 */
export type StreamingReporter = (options: ReporterOptions, write: Write) => ReportWriter;

/** The same format as one string, for the library and for small runs. */
export function collected(streaming: StreamingReporter): Reporter {
  return (files, options) => {
    const parts: string[] = [];
    const writer = streaming(options, (text) => void parts.push(text));
    for (const file of files) writer.file(file);
    writer.end();
    return parts.join('');
  };
}

/**
 * Writes a JSON array item by item, byte for byte as `JSON.stringify(array, null, 2)` would lay it
 * out at `base` indentation (the indentation of the line the array starts on).
 */
export class JsonArrayWriter {
  private count = 0;
  private readonly inner: string;

  constructor(
    private readonly write: Write,
    private readonly base = '',
  ) {
    this.inner = `${base}  `;
    write('[');
  }

  item(value: unknown): void {
    const text = JSON.stringify(value, null, 2).replaceAll('\n', `\n${this.inner}`);
    this.write(`${this.count++ > 0 ? ',' : ''}\n${this.inner}${text}`);
  }

  end(): void {
    this.write(this.count > 0 ? `\n${this.base}]` : ']');
  }
}

const slot = '\u0000healthlint-slot';

/**
 * Splits `JSON.stringify(value, null, 2)` around the property whose value is the `slot` marker:
 * the text before it, the text after it, and the indentation of its line, so that an array can be
 * streamed into that place.
 */
export function splitAtSlot(build: (marker: string) => unknown): { before: string; after: string; base: string } {
  const text = JSON.stringify(build(slot), null, 2);
  const quoted = JSON.stringify(slot);
  const at = text.indexOf(quoted);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const base = /^ */.exec(text.slice(lineStart))?.[0] ?? '';
  return { before: text.slice(0, at), after: text.slice(at + quoted.length), base };
}

/**
 * Text kept until a report can be written in order: formats whose head needs totals (JUnit, HTML)
 * or whose layout depends on every file (stylish's column widths) spool their body here and copy
 * it out at the end. It stays in memory up to `memoryLimit` bytes (a 10,000-file stylish report is
 * ~6 MB), and only a larger report moves to a file in the system's temporary folder: writing every
 * report to disk and reading it back was half of stylish's cost a finding, for runs whose report
 * fits in memory many times over. Memory stays bounded by the limit, not by the number of files.
 */
export class Spool {
  private readonly memoryLimit: number;
  /** In memory: each appended text, and the byte offset it starts at. Undefined once on disk. */
  private memory: { texts: string[]; starts: number[] } | undefined = { texts: [], starts: [] };
  private path: string | undefined;
  private fd: number | undefined;
  private length = 0;
  private closed = false;
  /**
   * On disk, appended text not yet written: a write per file was a system call per file, and
   * encoding each file's text to its own buffer was most of a stylish report's cost per file.
   */
  private pending: string[] = [];
  private pendingBytes = 0;
  /** The last block read, which `read` serves from: files are mostly read back in the order appended. */
  private block: Buffer = Buffer.alloc(0);
  private blockStart = 0;

  constructor(options: { memoryLimit?: number } = {}) {
    this.memoryLimit = options.memoryLimit ?? spoolMemoryLimit;
  }

  /** Whether the spool has moved to a file on disk (it does once it holds more than its memory limit). */
  get onDisk(): boolean {
    return this.fd !== undefined;
  }

  /** Appends text and returns where it starts and how many bytes it takes. */
  append(text: string): { start: number; bytes: number } {
    const bytes = Buffer.byteLength(text, 'utf8');
    const start = this.length;
    this.length += bytes;
    if (this.memory) {
      this.memory.texts.push(text);
      this.memory.starts.push(start);
      if (this.length > this.memoryLimit) this.moveToDisk();
      return { start, bytes };
    }
    this.pending.push(text);
    this.pendingBytes += bytes;
    if (this.pendingBytes >= spoolBlock) this.flush();
    return { start, bytes };
  }

  /** Writes what is held in memory to a new file and appends there from now on. */
  private moveToDisk(): void {
    const { texts } = this.memory!;
    this.memory = undefined;
    this.path = join(tmpdir(), `healthlint-spool-${process.pid}-${randomBytes(6).toString('hex')}`);
    this.fd = openSync(this.path, 'wx+', 0o600);
    this.pending = texts;
    this.pendingBytes = this.length;
    this.flush();
  }

  private flush(): void {
    if (this.pendingBytes === 0 || this.fd === undefined) return;
    const buffer = Buffer.from(this.pending.join(''), 'utf8');
    const start = this.length - buffer.length;
    this.pending = [];
    this.pendingBytes = 0;
    let written = 0;
    while (written < buffer.length)
      written += writeSync(this.fd, buffer, written, buffer.length - written, start + written);
  }

  /** The text stored at a place `append` returned. */
  read(start: number, bytes: number): string {
    if (this.memory) return this.readMemory(this.memory, start, bytes);
    this.flush();
    const inBlock = start >= this.blockStart && start + bytes <= this.blockStart + this.block.length;
    if (!inBlock && bytes <= spoolBlock) {
      this.block = this.readAt(start, Math.min(spoolBlock, this.length - start));
      this.blockStart = start;
    }
    if (start >= this.blockStart && start + bytes <= this.blockStart + this.block.length) {
      return this.block.toString('utf8', start - this.blockStart, start - this.blockStart + bytes);
    }
    return this.readAt(start, bytes).toString('utf8');
  }

  /** A place `append` returned is one appended text; any other range is cut from the bytes of the texts it spans. */
  private readMemory(memory: { texts: string[]; starts: number[] }, start: number, bytes: number): string {
    const { texts, starts } = memory;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= start) low = middle;
      else high = middle - 1;
    }
    const first = texts[low];
    if (first === undefined) return '';
    if (starts[low] === start && Buffer.byteLength(first, 'utf8') === bytes) return first;
    const spanned: string[] = [];
    for (let index = low; index < texts.length && starts[index]! < start + bytes; index++) spanned.push(texts[index]!);
    const offset = start - starts[low]!;
    return Buffer.from(spanned.join(''), 'utf8').toString('utf8', offset, offset + bytes);
  }

  private readAt(start: number, bytes: number): Buffer {
    const buffer = Buffer.alloc(bytes);
    let done = 0;
    while (done < bytes) {
      const read = readSync(this.fd!, buffer, done, bytes - done, start + done);
      if (read === 0) break;
      done += read;
    }
    return buffer.subarray(0, done);
  }

  /** Copies everything appended, in chunks, to `write`. */
  replay(write: Write): void {
    for (const text of this.texts()) if (text) write(text);
  }

  /** Each line appended (by `appendLine`), in order. */
  *lines(): Generator<string> {
    // Every text `appendLine` adds is one line with its newline.
    let pending = '';
    for (const text of this.texts()) {
      pending += text;
      let from = 0;
      for (let newline = pending.indexOf('\n'); newline !== -1; newline = pending.indexOf('\n', from)) {
        yield pending.slice(from, newline);
        from = newline + 1;
      }
      pending = pending.slice(from);
    }
    if (pending) yield pending;
  }

  /** Everything appended, in pieces: as appended while in memory, a megabyte at a time from disk. */
  private *texts(): Generator<string> {
    if (this.memory) {
      yield* this.memory.texts;
      return;
    }
    this.flush();
    const decoder = new StringDecoder('utf8');
    const chunk = Buffer.alloc(1024 * 1024);
    for (let position = 0; position < this.length;) {
      const read = readSync(this.fd!, chunk, 0, Math.min(chunk.length, this.length - position), position);
      if (read === 0) break;
      position += read;
      yield decoder.write(chunk.subarray(0, read));
    }
    yield decoder.end();
  }

  /** Appends one JSON value as a line (JSON text never holds a raw newline). */
  appendLine(value: unknown): void {
    this.append(`${JSON.stringify(value)}\n`);
  }

  /** Drops what is held and removes the file, if there is one; safe to call again (a report aborted after it ended). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.memory = undefined;
    if (this.fd === undefined) return;
    try {
      closeSync(this.fd);
    } finally {
      rmSync(this.path!, { force: true });
    }
  }
}

/** Bytes a spool holds in memory before it moves to disk. */
const spoolMemoryLimit = 16 * 1024 * 1024;

/** Bytes a spool gathers before writing, and reads at once. */
const spoolBlock = 1024 * 1024;

/** Joins pieces with a separator as they come, as `Array#join` would. */
export function joiner(write: Write, separator: string): (text: string) => void {
  let first = true;
  return (text) => {
    write(first ? text : `${separator}${text}`);
    first = false;
  };
}
