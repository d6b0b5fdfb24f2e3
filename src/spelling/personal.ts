import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { fileKind, formatBytes, readLimits, UnreadableFile } from '../read.js';
import type { PersonalDictionary } from './checker.js';
import { hunspellFromFiles } from './hunspell.js';
import { readWordList } from './word-lists.js';

const loaded = new Map<string, PersonalDictionary>();

function fileStamp(path: string): string {
  try {
    const info = statSync(path);
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

function dictionaryPaths(dictionary: string | readonly string[], baseDirectory: string): string[] {
  return (typeof dictionary === 'string' ? [dictionary] : dictionary).map((path) => resolve(baseDirectory, path));
}

/** The config problem with a `dictionary` option, checked when the config file is loaded. */
export function dictionaryProblem(
  dictionary: string | readonly string[] | undefined,
  baseDirectory: string,
): string | undefined {
  for (const path of dictionaryPaths(dictionary ?? [], baseDirectory)) {
    if (!existsSync(path)) return `has a \`dictionary\` that does not exist: ${path}`;
    // Checked here too, so the config is refused at load; the rule's own read (capped, of the
    // open file) would fail inside the lint, where errors become findings instead of stopping.
    const info = statSync(path, { throwIfNoEntry: false });
    if (info && !info.isFile()) return `has a \`dictionary\` that is not a regular file: ${path} (${fileKind(info)})`;
    if (info && info.size > readLimits.wordList) {
      return `has a \`dictionary\` larger than the ${formatBytes(readLimits.wordList)} limit: ${path}`;
    }
  }
  return undefined;
}

/**
 * A user's dictionary from the `spelling` rule's options: `words` (a list in the config) and
 * `dictionary` (one path or several, relative to the config file's folder). A path is a plain
 * word list, one word a line (`#` comments), or a Hunspell `.dic` with its `.aff` beside it,
 * whose affix rules then apply ("esketamine/S" accepts "esketamines"). A missing file is a
 * config error (exit 2), never silently ignored. Loaded once per config and file version.
 */
export function personalDictionary(
  words: readonly string[] = [],
  dictionary: string | readonly string[] = [],
  baseDirectory = process.cwd(),
): PersonalDictionary {
  const paths = (typeof dictionary === 'string' ? [dictionary] : dictionary).map((path) =>
    resolve(baseDirectory, path),
  );
  // Each file's size and modification time are part of the key, so an edited word list (the
  // language server's "add to dictionary") takes effect at once instead of after a restart.
  const key = JSON.stringify([words, paths.map((path) => [path, fileStamp(path)])]);
  let personal = loaded.get(key);
  if (!personal) {
    const set = new Set(words);
    const hunspell = [];
    for (const path of paths) {
      if (!existsSync(path)) {
        throw new UserError(
          `Invalid config: \`rules.spelling\` option \`dictionary\` names ${path}, which does not exist`,
        );
      }
      const affix = path.replace(/\.dic$/i, '.aff');
      try {
        if (path.toLowerCase().endsWith('.dic') && existsSync(affix)) {
          hunspell.push(hunspellFromFiles(affix, path));
        } else {
          // A plain list; a Hunspell-style count on the first line and `/FLAGS` are tolerated.
          for (const { word } of readWordList(path)) if (!/^\d+$/.test(word)) set.add(word.split('/')[0] ?? word);
        }
      } catch (error) {
        if (!(error instanceof UnreadableFile)) throw error;
        throw new UserError(
          `Invalid config: \`rules.spelling\` option \`dictionary\` names ${path}, which cannot be read: ${error.reason}`,
        );
      }
    }
    personal = { words: set, hunspell };
    loaded.set(key, personal);
  }
  return personal;
}
