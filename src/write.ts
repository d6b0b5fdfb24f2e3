import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file atomically: a temporary file beside the target, then a rename, so a reader (or a
 * crash) never sees half a report, cache or config. Special files are written in place.
 */
export function writeFileAtomic(path: string, content: string): void {
  // A device, pipe or socket (`--output /dev/null`, `/dev/stdout`, a FIFO) is written to, not
  // replaced: renaming a file over /dev/null as root would turn it into a plain file.
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    writeFileSync(path, content);
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
