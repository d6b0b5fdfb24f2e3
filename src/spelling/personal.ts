import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { UserError } from '../errors.js';
import { fileKind, formatBytes, readLimits, UnreadableFile } from '../read.js';
import type { PersonalDictionary } from './checker.js';
import { hunspellFromFiles } from './hunspell.js';
import { readWordList } from '../words/word-lists.js';

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
 * cspell's own packages write `cspell-ext.json` as JSON with comments (`// cSpell Settings`) and
 * sometimes trailing commas, which `JSON.parse` refuses. Comments and commas before a closing
 * bracket are dropped outside strings, in one pass, so that the file then parses as JSON.
 */
export function withoutJsonComments(text: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      out += text.slice(index, end + 1);
      index = end + 1;
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 2;
    } else if (char === ',') {
      let next = index + 1;
      while (next < text.length && /\s/.test(text[next]!)) next++;
      // A comment between the comma and the bracket is skipped on the next turns; look past it too.
      const rest = withoutLeadingComments(text, next);
      if (text[rest] !== '}' && text[rest] !== ']') out += char;
      index++;
    } else {
      out += char;
      index++;
    }
  }
  return out;
}

/** The index of the first character after white space and comments from `index` on. */
function withoutLeadingComments(text: string, index: number): number {
  for (;;) {
    while (index < text.length && /\s/.test(text[index]!)) index++;
    if (text.startsWith('//', index)) {
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end + 1;
    } else if (text.startsWith('/*', index)) {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 2;
    } else return index;
  }
}

/** The folder of an installed package, looked up in `node_modules` from `baseDirectory` upwards as Node would. */
function packageFolder(name: string, baseDirectory: string): string | undefined {
  for (let folder = resolve(baseDirectory); ; folder = dirname(folder)) {
    const candidate = join(folder, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}

/** A dictionary package's word files: a cspell package's plain lists, or a Hunspell package's `.dic` (with its `.aff`). */
function packageDictionaries(name: string, baseDirectory: string): { lists: string[]; hunspell: string[] } {
  const folder = packageFolder(name, baseDirectory);
  if (!folder)
    throw new UserError(`Invalid config: \`rules.spelling\` option \`packages\` names ${name}, which is not installed`);
  const extension = join(folder, 'cspell-ext.json');
  if (existsSync(extension)) {
    let definitions: { path?: string }[];
    try {
      definitions =
        (
          JSON.parse(withoutJsonComments(readFileSync(extension, 'utf8'))) as {
            dictionaryDefinitions?: { path?: string }[];
          }
        ).dictionaryDefinitions ?? [];
    } catch {
      throw new UserError(`Invalid config: the cspell package ${name} has an unreadable ${extension}`);
    }
    const lists = definitions.flatMap(({ path }) => (path ? [resolve(folder, path)] : []));
    const unreadable = lists.find((path) => !/\.txt(?:\.gz)?$/i.test(path) || !existsSync(path));
    if (unreadable || lists.length === 0) {
      throw new UserError(
        `Invalid config: the cspell package ${name} has no plain word list healthlint can read (${unreadable ?? 'none'}; .txt and .txt.gz are read, compiled .trie files are not)`,
      );
    }
    return { lists, hunspell: [] };
  }
  const hunspell = readdirSync(folder)
    .filter((file) => file.endsWith('.dic') && existsSync(join(folder, file.replace(/\.dic$/, '.aff'))))
    .map((file) => join(folder, file));
  if (hunspell.length === 0) {
    throw new UserError(
      `Invalid config: ${name} is neither a cspell dictionary package (cspell-ext.json) nor a Hunspell one (.dic and .aff)`,
    );
  }
  return { lists: [], hunspell };
}

/** The config problem with a `packages` option: a package that is not installed or holds no dictionary. */
export function packageProblem(packages: readonly string[] | undefined, baseDirectory: string): string | undefined {
  for (const name of packages ?? []) {
    try {
      packageDictionaries(name, baseDirectory);
    } catch (error) {
      if (!(error instanceof UserError)) return undefined;
      // The package's own reason (not installed, unreadable, no plain word list), not just its name.
      return `has a \`packages\` entry that cannot be used: ${error.message.replace(/^Invalid config: (?:`rules\.spelling` option `packages` names )?/u, '')}`;
    }
  }
  return undefined;
}

/** The words of a cspell word list: one a line, `#` comments, `!` forbidden words skipped, `~` and affix marks stripped. */
function cspellWords(path: string): string[] {
  const bytes = readFileSync(path);
  const text = (path.toLowerCase().endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const words: string[] = [];
  for (const line of text.split('\n')) {
    const comment = line.indexOf('#');
    const entry = (comment === -1 ? line : line.slice(0, comment)).trim();
    if (!entry || entry.startsWith('!')) continue;
    // Marks trimmed by hand, not by a pattern anchored at the end (quadratic on a run of them).
    let from = 0;
    let to = entry.length;
    while (from < to && '~+*'.includes(entry[from]!)) from++;
    while (to > from && '+*'.includes(entry[to - 1]!)) to--;
    const word = entry.slice(from, to);
    if (word && !/\s/.test(word)) words.push(word);
  }
  return words;
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
  packages: readonly string[] = [],
): PersonalDictionary {
  const paths = (typeof dictionary === 'string' ? [dictionary] : dictionary).map((path) =>
    resolve(baseDirectory, path),
  );
  // Each file's size and modification time are part of the key, so an edited word list (the
  // language server's "add to dictionary") takes effect at once instead of after a restart.
  const key = JSON.stringify([words, paths.map((path) => [path, fileStamp(path)]), packages, baseDirectory]);
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
    for (const name of packages) {
      const { lists, hunspell: pairs } = packageDictionaries(name, baseDirectory);
      for (const list of lists) for (const word of cspellWords(list)) set.add(word);
      for (const dic of pairs) hunspell.push(hunspellFromFiles(dic.replace(/\.dic$/, '.aff'), dic));
    }
    personal = { words: set, hunspell };
    loaded.set(key, personal);
  }
  return personal;
}
