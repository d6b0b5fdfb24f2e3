import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileKind } from './read.js';

export interface WriteOptions {
  /**
   * The path was named on the command line (`--output`, `--write-baseline`), so a device, pipe or
   * socket there is written in place: `--output /dev/stdout` or a FIFO a script reads. Paths
   * healthlint chooses itself (the cache) and the language server's edits never are.
   */
  namedByUser?: boolean;
  /** Permissions for the new file: a rewritten article keeps its own (a private draft stays private). */
  mode?: number;
}

/**
 * The system's own aliases for devices: `/dev/stdout` and `/dev/fd/1` are symbolic links (to
 * `/proc/self/fd/1`). A repository cannot put a link there, so following these is safe.
 */
const deviceAliasFolders = ['/dev/', '/proc/'];

/**
 * Writes a file atomically: a temporary file beside the target, then a rename, so a reader (or a
 * crash) never sees half a report, cache or config. A symbolic link at the target is replaced,
 * never written through: a committed `report.txt -> /dev/sda` or a link to a file outside the
 * project must not receive JSON. Only a device, pipe or socket named by the user (the path
 * itself, or a system alias such as /dev/stdout) is written in place; renaming over it would, as
 * root, turn /dev/null into a plain file. Anywhere else a special file is refused.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  if (isDeviceAlias(path)) {
    // Never rename into /dev or /proc: with standard output redirected to a file, /dev/stdout
    // leads to a regular file, and renaming over it would replace the system's link. Write
    // through it instead, appending, as `>` and `>>` both expect.
    if (!options.namedByUser) throw specialFileError(path, 'a system device path');
    writeInPlace(path, content, constants.O_APPEND, false);
    return;
  }
  const existing = lstatSync(path, { throwIfNoEntry: false });
  if (existing && isSpecial(existing)) {
    if (!options.namedByUser) throw specialFileError(path, fileKind(existing));
    writeInPlace(path, content, constants.O_NOFOLLOW ?? 0, true);
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeNew(temporary, content);
    if (options.mode !== undefined) chmodSync(temporary, options.mode);
    renameSync(temporary, path); // rename replaces a link at `path`; it never follows it.
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function isSpecial(info: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): boolean {
  return !info.isFile() && !info.isDirectory() && !info.isSymbolicLink();
}

function isDeviceAlias(path: string): boolean {
  const absolute = resolve(path);
  return deviceAliasFolders.some((folder) => absolute.startsWith(folder));
}

function specialFileError(path: string, kind: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${path} is ${kind}, not a regular file: refusing to write to it`), {
    code: 'ENOTREG',
  });
}

function writeNew(path: string, content: string | Uint8Array): void {
  // `wx` (O_CREAT | O_EXCL): fails rather than follow anything already at the temporary name.
  writeFileSync(path, content, { flag: 'wx' });
}

/** Writes to a device, pipe or socket that is there already; checks the open descriptor again. */
function writeInPlace(path: string, content: string | Uint8Array, extraFlags: number, mustBeSpecial: boolean): void {
  const descriptor = openSync(path, constants.O_WRONLY | (constants.O_NOCTTY ?? 0) | extraFlags);
  try {
    const info = fstatSync(descriptor);
    // Swapped for a regular file since the check: writing it in place would not be atomic.
    if (mustBeSpecial && !isSpecial(info)) throw specialFileError(path, 'a regular file now, no longer a device');
    writeFileSync(descriptor, content);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * A file written piece by piece and put in place at the end, by `writeFileAtomic`'s rules: the
 * text goes to a new temporary file beside the target (created exclusively, so nothing already at
 * that name is followed) and is renamed over the target on `commit`, which replaces a symbolic link
 * there rather than writing through it. Only a device, pipe or socket named by the user is written
 * in place; anywhere else a special file is refused. `abort` leaves the target as it was.
 */
export class AtomicFileWriter {
  private readonly descriptor: number;
  private readonly temporary: string | undefined;
  private pending: string[] = [];
  private pendingLength = 0;
  private wroteAny = false;
  private lastChar = '';

  constructor(
    private readonly path: string,
    options: WriteOptions = {},
  ) {
    if (isDeviceAlias(path)) {
      if (!options.namedByUser) throw specialFileError(path, 'a system device path');
      this.descriptor = openSync(path, constants.O_WRONLY | constants.O_APPEND | (constants.O_NOCTTY ?? 0));
      return;
    }
    const existing = lstatSync(path, { throwIfNoEntry: false });
    if (existing && isSpecial(existing)) {
      if (!options.namedByUser) throw specialFileError(path, fileKind(existing));
      this.descriptor = openSync(path, constants.O_WRONLY | (constants.O_NOCTTY ?? 0) | (constants.O_NOFOLLOW ?? 0));
      if (!isSpecial(fstatSync(this.descriptor))) {
        closeSync(this.descriptor);
        throw specialFileError(path, 'a regular file now, no longer a device');
      }
      return;
    }
    this.temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    this.descriptor = openSync(this.temporary, 'wx', 0o666);
  }

  write(text: string): void {
    if (!text) return;
    this.wroteAny = true;
    this.lastChar = text[text.length - 1]!;
    this.pending.push(text);
    this.pendingLength += text.length;
    // Gathered into larger writes: a report of many small pieces would otherwise cost a system call each.
    if (this.pendingLength >= 64 * 1024) this.flush();
  }

  /** Whether the text written so far is empty or ends in a newline. */
  endsLine(): boolean {
    return !this.wroteAny || this.lastChar === '\n';
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const buffer = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    for (let done = 0; done < buffer.length;) done += writeSync(this.descriptor, buffer, done);
  }

  commit(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.descriptor);
    }
    if (this.temporary) {
      try {
        renameSync(this.temporary, this.path); // rename replaces a link at `path`; it never follows it.
      } catch (error) {
        rmSync(this.temporary, { force: true });
        throw error;
      }
    }
  }

  abort(): void {
    try {
      closeSync(this.descriptor);
    } catch {
      // Already closed by a failed commit.
    }
    if (this.temporary) rmSync(this.temporary, { force: true });
  }
}
