import { Transform, type TransformCallback } from 'node:stream';

/** The largest message body accepted: a 10 MB document sent as JSON, escapes and all, with room to spare. */
export const maxMessageBytes = 256 * 1024 * 1024;
/** The most header bytes one message may have; real clients send one or two short lines. */
const maxHeaderBytes = 4096;
/** How long a message may stay half-received (no new bytes) before the framing is judged broken. */
export const defaultStallMs = 3000;

const CR = 0x0d;
const LF = 0x0a;
/** A header line, `Name: value` (RFC 7230 token characters in the name). */
const headerLine = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\r\n]*$/;
/** What the start of a header line can look like before its end has arrived. */
const headerLinePrefix = /^[!#$%&'*+.^_`|~0-9A-Za-z-]*(?::[^\r\n]*)?\r?$/;

/**
 * Checks the LSP base-protocol framing (`Content-Length: N\r\n\r\n` then N bytes) of the byte
 * stream in front of vscode-jsonrpc's StreamMessageReader, passing the bytes on unchanged.
 *
 * That reader, on a header without a usable Content-Length (`abc`, negative, missing), reports an
 * error and reads on from a desynchronised buffer; with a length that is too small it reads the
 * rest of the body as headers, and with one too large it waits for bytes that never come. Either
 * way it never parses a message again, so the server is alive, silent and useless. A framing error
 * cannot be recovered from (nothing says where the next message starts), so this guard stops at the
 * first one, reports it and ends the stream as if the client had closed it: the server then exits
 * (code 1) and the client restarts it.
 */
export class FramingGuard extends Transform {
  private header: Buffer[] = [];
  private headerLength = 0;
  /** Body bytes still to pass through, or -1 while reading headers. */
  private remaining = -1;
  private failed = false;
  private lastData = Date.now();
  private stallTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onBadFraming: (reason: string) => void,
    private readonly stallMs = defaultStallMs,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.failed) return done();
    this.lastData = Date.now();
    let offset = 0;
    while (offset < chunk.length && !this.failed) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, chunk.length - offset);
        this.push(chunk.subarray(offset, offset + take));
        this.remaining -= take;
        offset += take;
        if (this.remaining === 0) this.remaining = -1;
        continue;
      }
      offset = this.readHeader(chunk, offset);
    }
    this.watchForStall();
    done();
  }

  override _flush(done: TransformCallback): void {
    this.clearStallTimer();
    done();
  }

  override _destroy(error: Error | null, done: (error: Error | null) => void): void {
    this.clearStallTimer();
    done(error);
  }

  /** Consumes header bytes from `offset`; returns where the body (or the rest of the chunk) starts. */
  private readHeader(chunk: Buffer, offset: number): number {
    const end = headerEnd(this.header, chunk, offset);
    const stop = end === -1 ? chunk.length : end;
    const piece = chunk.subarray(offset, stop);
    this.header.push(piece);
    this.headerLength += piece.length;
    const text = Buffer.concat(this.header, this.headerLength).toString('latin1');
    if (end === -1) {
      if (this.headerLength > maxHeaderBytes) this.fail(`a message header longer than ${maxHeaderBytes} bytes`);
      else if (!isHeaderPrefix(text)) this.fail(`a message header that is not "Name: value" lines (${preview(text)})`);
      return stop;
    }
    const length = contentLength(text);
    if (typeof length === 'string') {
      this.fail(length);
      return stop;
    }
    this.push(Buffer.from(text, 'latin1'));
    this.header = [];
    this.headerLength = 0;
    this.remaining = length;
    return stop;
  }

  private fail(reason: string): void {
    if (this.failed) return;
    this.failed = true;
    this.clearStallTimer();
    this.onBadFraming(reason);
    // The end of the input: vscode-languageserver then exits, with code 1 unless shut down.
    this.push(null);
  }

  /** A message left half-received: the length promised more bytes than the client sent. */
  private watchForStall(): void {
    this.clearStallTimer();
    const midMessage = this.remaining > 0 || this.headerLength > 0;
    if (this.failed || !midMessage || this.stallMs <= 0) return;
    const check = (): void => {
      // After a long synchronous lint the timer fires before pending input is read; let the
      // event loop read it first, then judge by the time of the last byte actually received.
      setImmediate(() => {
        if (this.failed || !(this.remaining > 0 || this.headerLength > 0)) return;
        const quiet = Date.now() - this.lastData;
        if (quiet < this.stallMs) {
          this.stallTimer = setTimeout(check, this.stallMs - quiet);
          this.stallTimer.unref();
          return;
        }
        this.fail(
          this.remaining > 0
            ? `a message body ${this.remaining} bytes short of its Content-Length after ${this.stallMs} ms`
            : `an unfinished message header after ${this.stallMs} ms`,
        );
      });
    };
    this.stallTimer = setTimeout(check, this.stallMs);
    this.stallTimer.unref();
  }

  private clearStallTimer(): void {
    if (this.stallTimer !== undefined) clearTimeout(this.stallTimer);
    this.stallTimer = undefined;
  }
}

/**
 * The index in `chunk` just past the `\r\n\r\n` that ends a header block begun in `previous`
 * chunks, or -1. The last three bytes already held count, as the terminator may span chunks.
 */
function headerEnd(previous: Buffer[], chunk: Buffer, offset: number): number {
  const tail: number[] = [];
  for (let i = previous.length - 1; i >= 0 && tail.length < 3; i--) {
    const piece = previous[i] as Buffer;
    for (let j = piece.length - 1; j >= 0 && tail.length < 3; j--) tail.unshift(piece[j] as number);
  }
  const window = tail;
  for (let i = offset; i < chunk.length; i++) {
    window.push(chunk[i] as number);
    if (window.length > 4) window.shift();
    if (window.length === 4 && window[0] === CR && window[1] === LF && window[2] === CR && window[3] === LF) {
      return i + 1;
    }
  }
  return -1;
}

function isHeaderPrefix(text: string): boolean {
  const lines = text.split('\r\n');
  const last = lines.pop() as string;
  return lines.every((line) => headerLine.test(line)) && headerLinePrefix.test(last);
}

/** The Content-Length of a complete header block, or why it is unusable. */
function contentLength(block: string): number | string {
  const lines = block.slice(0, -4).split('\r\n');
  let value: string | undefined;
  for (const line of lines) {
    if (!headerLine.test(line)) return `a message header that is not "Name: value" lines (${preview(line)})`;
    const colon = line.indexOf(':');
    if (line.slice(0, colon).toLowerCase() === 'content-length') value = line.slice(colon + 1).trim();
  }
  if (value === undefined) return `a message header without Content-Length (${preview(block)})`;
  if (!/^\d{1,12}$/.test(value)) return `Content-Length "${preview(value)}", which is not a number of bytes`;
  const length = Number(value);
  if (length === 0) return 'Content-Length 0: an empty message';
  if (length > maxMessageBytes) return `Content-Length ${length}, over the ${maxMessageBytes}-byte limit`;
  return length;
}

/** Client bytes in a log line: short, control characters shown as escapes. */
function preview(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return JSON.stringify(short).slice(1, -1);
}
