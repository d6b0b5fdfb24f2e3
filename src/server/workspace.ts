import { dirname, isAbsolute, relative } from 'node:path';
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
      if (inside.startsWith('..') || isAbsolute(inside)) continue;
      if (!best || folder.length > best.length) best = folder;
    }
    return best;
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
