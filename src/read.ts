import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

export const defaultMaxFileSize = 10 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Reads a file as text, refusing what is not prose: folders, files over the size limit, binary
 * files (a NUL byte or an image signature), and bytes that are not valid UTF-8 or UTF-16.
 */
export async function readTextFile(path: string, maxFileSize = defaultMaxFileSize): Promise<ReadResult> {
  let size: number;
  let regular: boolean;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: 'Cannot lint a folder given as a file' };
    size = info.size;
    regular = info.isFile();
  } catch (error) {
    return { ok: false, reason: `Cannot read file: ${describeIoError(error)}` };
  }
  if (size > maxFileSize) return { ok: false, reason: tooLarge(size, maxFileSize) };
  let bytes: Buffer;
  try {
    // A device or pipe (/dev/zero, a process substitution) has no size up front: read it up to the limit.
    bytes = regular ? await readFile(path) : await readAtMost(path, maxFileSize + 1);
  } catch (error) {
    return { ok: false, reason: `Cannot read file: ${describeIoError(error)}` };
  }
  if (bytes.length > maxFileSize) return { ok: false, reason: tooLarge(bytes.length, maxFileSize) };
  return decodeText(bytes);
}

async function readAtMost(path: string, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length >= limit) break; // Leaving the loop closes the stream.
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
