import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';

export const defaultMaxFileSize = 10 * 1024 * 1024;

/**
 * How much of each kind of file healthlint reads at most. Config, ignore files and word lists
 * are written by hand; the cache and the baseline grow with the repository. A file over its cap
 * is refused, so a hostile link (to /dev/zero, a huge file) cannot exhaust memory.
 */
export const readLimits = {
  config: 4 * 1024 * 1024,
  ignore: 4 * 1024 * 1024,
  wordList: 32 * 1024 * 1024,
  cache: 256 * 1024 * 1024,
  baseline: 128 * 1024 * 1024,
} as const;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Why a file was not read, in words: "no such file", "not a regular file (a character device)". */
export class UnreadableFile extends Error {
  override readonly name = 'UnreadableFile';
  constructor(
    readonly reason: string,
    readonly code?: string,
  ) {
    super(reason);
  }
}

// Non-blocking, so opening a FIFO never waits for a writer (it is refused right after); no
// controlling terminal from a tty device. Neither flag changes how a regular file reads.
const probeFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Reads a file healthlint depends on (config, ignore file, word list, cache, baseline): opens it,
 * checks on the open descriptor that it is a regular file (so a link to /dev/zero, a FIFO, a
 * socket or a folder is refused, and nothing can swap the file between the check and the read)
 * and reads at most `limit` bytes. Throws UnreadableFile saying why it was not read.
 */
export function readRegularFileSync(path: string, limit: number): Buffer {
  let descriptor: number;
  try {
    descriptor = openSync(path, probeFlags);
  } catch (error) {
    throw new UnreadableFile(describeIoError(error), (error as NodeJS.ErrnoException).code);
  }
  try {
    const info = fstatSync(descriptor);
    if (!info.isFile()) {
      throw new UnreadableFile(`not a regular file (${fileKind(info)})`, info.isDirectory() ? 'EISDIR' : 'ENOTREG');
    }
    if (info.size > limit) throw new UnreadableFile(overLimit(info.size, limit), 'EFBIG');
    // Read until end of file, not to the size fstat gave: the file may grow while being read. The
    // first read asks for the size fstat gave and a byte more: a cache of megabytes is then one
    // read and no copy, where reading it 64 KB at a time took hundreds and a concatenation.
    const chunks: Buffer[] = [];
    let length = 0;
    let wanted = Math.max(info.size + 1, 64 * 1024);
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(wanted, limit + 1 - length));
      wanted = 64 * 1024;
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      if (length > limit) throw new UnreadableFile(overLimit(length, limit), 'EFBIG');
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile(describeIoError(error), (error as NodeJS.ErrnoException).code);
  } finally {
    closeSync(descriptor);
  }
}

/** readRegularFileSync as UTF-8 text. */
export function readRegularTextSync(path: string, limit: number): string {
  return readRegularFileSync(path, limit).toString('utf8');
}

function overLimit(size: number, limit: number): string {
  return `larger than the ${formatBytes(limit)} limit (${size > limit + 1 ? formatBytes(size) : 'read stopped there'})`;
}

/** What a file that is not a regular file is, for refusals. */
export function fileKind(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/**
 * Reads an article as text, refusing what is not prose: folders, files over the size limit, binary
 * files (a NUL byte or an image signature), and bytes that are not valid UTF-8 or UTF-16. Like
 * readRegularFileSync it checks the open descriptor, so what is read is what was checked; a device
 * or pipe named on the command line (/dev/zero, a process substitution) is read up to the limit.
 */
export async function readTextFile(path: string, maxFileSize = defaultMaxFileSize): Promise<ReadResult> {
  // An article is nearly always a regular file, most often in the page cache: read at once it
  // costs ~0.06 ms of CPU, against ~0.2 ms for the four thread-pool round trips below (~75 ms
  // over the bench's 500 articles). Anything else (a pipe, a folder, a file over the limit, an
  // error) is opened again below, which waits for a pipe's writer and says why a file is refused.
  const bytes = regularFileBytes(path, maxFileSize);
  if (bytes) {
    // Let signals and timers in between files: read at once, a run over many files would otherwise
    // never return to the event loop, and Ctrl-C (which keeps the finished files' cache) would wait
    // for the last file.
    await new Promise((resolve) => setImmediate(resolve));
    return decodeText(bytes);
  }
  let handle;
  try {
    // Blocking open: a pipe named on the command line (`<(cmd)`) is read once its writer starts.
    // Folder expansion never passes a pipe on, so only a named one can wait here.
    handle = await open(path, constants.O_RDONLY | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    return { ok: false, reason: `Cannot read ${isFolder(path) ? 'folder' : 'file'}: ${describeIoError(error)}` };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, reason: 'Cannot lint a folder given as a file' };
    if (info.isFile() && info.size > maxFileSize) return { ok: false, reason: tooLarge(info.size, maxFileSize) };
    const chunks: Buffer[] = [];
    let length = 0;
    while (length <= maxFileSize) {
      const { bytesRead, buffer } = await handle.read(
        Buffer.allocUnsafe(Math.min(256 * 1024, maxFileSize + 1 - length)),
      );
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      length += bytesRead;
    }
    if (length > maxFileSize) return { ok: false, reason: tooLarge(length, maxFileSize) };
    return decodeText(Buffer.concat(chunks, length));
  } catch (error) {
    return { ok: false, reason: `Cannot read file: ${describeIoError(error)}` };
  } finally {
    await handle.close();
  }
}

/** The bytes of a regular file of at most `limit` bytes, read at once; undefined for anything else. */
function regularFileBytes(path: string, limit: number): Buffer | undefined {
  try {
    // Stat by path first: even a non-blocking open of a FIFO releases a writer already waiting in
    // its own open, and closing it again then breaks that writer's pipe before the read below.
    const info = statSync(path);
    if (!info.isFile() || info.size > limit) return undefined;
    return readRegularFileSync(path, limit);
  } catch {
    return undefined;
  }
}

/**
 * readTextFile for a file already known to be a regular file (by `stat`), read at once: what the
 * cache reads to check a file's text, where a read on the thread pool cost more than the read.
 */
export function readTextFileSync(path: string, maxFileSize = defaultMaxFileSize): ReadResult {
  let bytes;
  try {
    bytes = readRegularFileSync(path, maxFileSize);
  } catch (error) {
    return { ok: false, reason: `Cannot read file: ${(error as UnreadableFile).reason}` };
  }
  return decodeText(bytes);
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads a stream (standard input) up to `limit` bytes and stops there: `yes |` or `</dev/zero`
 * never fills memory. Returns undefined when the stream holds more than the limit.
 */
export async function readStreamAtMost(stream: Readable, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    length += bytes.length;
    if (length > limit) return undefined; // Leaving the loop destroys the stream.
  }
  return Buffer.concat(chunks, length);
}

function tooLarge(size: number, limit: number): string {
  return `Cannot lint file of ${formatBytes(size)}: over the ${formatBytes(limit)} limit (raise it with --max-file-size)`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes as UTF-8 (or UTF-16 with a byte-order mark), keeping a UTF-8 BOM so offsets match the file. */
export function decodeText(bytes: Uint8Array): ReadResult {
  // Checked before UTF-16: a UTF-32 LE byte-order mark starts with the UTF-16 LE one.
  const utf32 = utf32Bom(bytes);
  if (utf32) return { ok: false, reason: `Cannot lint file: ${utf32} text is not supported (save it as UTF-8)` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes);
  if (looksBinary(bytes)) return { ok: false, reason: 'Cannot lint binary file: it is not text' };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, reason: `Cannot lint file: invalid UTF-8 at byte ${at} (save it as UTF-8)` };
  }
}

function utf32Bom(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'UTF-32LE';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'UTF-32BE';
  return undefined;
}

function decodeWith(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): ReadResult {
  try {
    // Drop the 2-byte BOM but keep a U+FEFF so that offsets count it as they do for UTF-8.
    return { ok: true, text: '\uFEFF' + new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2)) };
  } catch {
    return { ok: false, reason: `Cannot lint file: invalid ${encoding.toUpperCase()} text` };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest prefix that fails, which ends at the first bad byte.
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  // A lead byte whose sequence was cut short ("Caf\xE9 ") is where the bad sequence starts.
  for (let back = 1; back <= 3 && low - back >= 0; back++) {
    const byte = bytes[low - back] as number;
    if (byte < 0x80) break;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 3 : byte >= 0xe0 ? 2 : 1;
      if (back - 1 < needed) return low - back;
      break;
    }
  }
  return low;
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ELOOP':
      return 'too many symbolic links (a link loop)';
    default:
      return code ?? String((error as Error).message ?? error);
  }
}
