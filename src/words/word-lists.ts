import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLimits, readRegularTextSync } from '../read.js';

/**
 * The shipped `dictionaries/` folder: beside `src/` in a checkout, beside `dist/` once built.
 * Found by walking up from this module, so both layouts work without a build step copying files.
 */
export const dictionariesFolder: string = (() => {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const candidate = join(folder, 'dictionaries');
    if (existsSync(candidate)) return candidate;
    folder = dirname(folder);
  }
  throw new Error('healthlint: cannot find the `dictionaries` folder of the package');
})();

/**
 * Reads a plain word list: one entry a line, `#` starts a comment line (the header naming the
 * list's source and licence). An optional tab-separated second column is returned as the tag.
 */
export function readWordList(path: string): { word: string; tag: string }[] {
  const entries: { word: string; tag: string }[] = [];
  // A plain loop over indexOf: the name list has ~94,000 lines and this runs at start-up.
  // A user's list may be a committed link to a device or a huge file: read only a regular file, capped.
  const text = readRegularTextSync(path, readLimits.wordList);
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    start = end + 1;
    if (line === '' || line.charCodeAt(0) === 35 /* # */) continue;
    const tab = line.indexOf('\t');
    entries.push(
      tab === -1
        ? { word: line.trim(), tag: '' }
        : { word: line.slice(0, tab).trim(), tag: line.slice(tab + 1).trim() },
    );
  }
  return entries;
}

const cache = new Map<string, { word: string; tag: string }[]>();

/** A word list from `dictionaries/`, read once per process. */
export function shippedWordList(name: string): { word: string; tag: string }[] {
  let entries = cache.get(name);
  if (!entries) {
    entries = readWordList(join(dictionariesFolder, name));
    cache.set(name, entries);
  }
  return entries;
}

/**
 * The tag `common-short-words.txt` gives the commonest words of both dialects (SCOWL's size 10:
 * "with", "have"), where other lists' tags name a dialect.
 */
export const commonestTag = 'commonest';
