import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file-system path of a `file:` URI, or undefined for unsaved (`untitled:`) and remote documents. */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The path with every symbolic link resolved: the part that exists through `realpath`, the rest
 * (a file not saved yet) appended as written.
 */
export function realPathOf(path: string): string {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      return join(realpathSync(current), ...missing);
    } catch {
      const parent = dirname(current);
      if (parent === current) return resolve(path);
      missing.unshift(basename(current));
      current = parent;
    }
  }
}

/** Whether `path` is strictly inside `folder`, both taken as they are (resolve links first). */
export function isInside(path: string, folder: string): boolean {
  const inside = relative(folder, path);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

/** The workspace folders a client announced, kept as paths; only `file:` folders can hold config files. */
export class WorkspaceFolders {
  private folders: string[] = [];

  set(uris: readonly string[]): void {
    this.folders = [];
    this.add(uris);
  }

  add(uris: readonly string[]): void {
    for (const path of uris.map(pathOfUri))
      if (path !== undefined && !this.folders.includes(path)) this.folders.push(path);
  }

  remove(uris: readonly string[]): void {
    const gone = new Set(uris.map(pathOfUri));
    this.folders = this.folders.filter((path) => !gone.has(path));
  }

  /** The innermost workspace folder holding a path, if any. */
  folderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      const inside = relative(folder, path);
      if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) continue;
      if (!best || folder.length > best.length) best = folder;
    }
    return best;
  }

  /**
   * The workspace folder whose project files (config, word lists) a command for the document at
   * `path` may edit: the folder it is linted from, provided that the document is inside it once
   * symbolic links are resolved. Undefined for a file outside every workspace folder, and for
   * one reached through a link that leads out of its folder.
   */
  editableFolderOf(path: string): string | undefined {
    const folder = this.folderOf(path);
    if (folder === undefined) return undefined;
    return isInside(realPathOf(path), realPathOf(folder)) ? folder : undefined;
  }

  /**
   * The folder a document is linted from, as the CLI's working folder: its workspace folder, or
   * for a file outside every folder its own directory (such files are linted too, not skipped).
   */
  rootFor(path: string | undefined): string {
    if (path) return this.folderOf(path) ?? dirname(path);
    return this.folders[0] ?? process.cwd();
  }
}
