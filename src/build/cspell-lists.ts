import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { packageRoot } from '../package-root.js';

/**
 * cspell dictionary packages read at build time only (devDependencies): their words go, filtered,
 * into the generated lists of `dictionaries/`, never read at run time. All are MIT; the notices
 * are in `dictionaries/NOTICE-vocabulary.md`.
 */
export const cspellVocabularyPackages = {
  /** John Petrie's scientific word list as packaged by cspell, US and British spellings. */
  science: ['@cspell/dict-scientific-terms-us', '@cspell/dict-scientific-terms-gb'],
  /** cspell's English lists (SCOWL "large" and more): only consulted, to vouch for a scientific word. */
  general: ['@cspell/dict-en_us', '@cspell/dict-en-gb-mit'],
} as const;

/** The installed package's folder, when the devDependencies are installed. */
export function cspellPackageFolder(name: string): string | undefined {
  const folder = packageRoot && join(packageRoot, 'node_modules', name);
  return folder && existsSync(join(folder, 'cspell-ext.json')) ? folder : undefined;
}

/** The package's version, for the lists' headers. */
export function cspellPackageVersion(name: string): string {
  const folder = cspellPackageFolder(name);
  if (!folder) throw new Error(`${name} is not installed (a devDependency: run npm ci)`);
  return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Every entry of a cspell dictionary package's word lists, as the package writes it: compiled
 * tries (`.trie.gz`, read with cspell's own reader) and plain lists. A leading `~` marks a
 * case-folded copy of a capitalised entry ("~streptococcus" beside "Streptococcus").
 */
export async function cspellPackageEntries(name: string): Promise<string[]> {
  const folder = cspellPackageFolder(name);
  if (!folder) throw new Error(`${name} is not installed (a devDependency: run npm ci)`);
  // cspell-ext.json may carry `//` comment lines (JSON with comments).
  const settings = readFileSync(join(folder, 'cspell-ext.json'), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  const extension = JSON.parse(settings) as {
    dictionaryDefinitions?: { path?: string }[];
  };
  const { importTrie, iteratorTrieWords } = await import('cspell-trie-lib');
  const entries: string[] = [];
  for (const { path } of extension.dictionaryDefinitions ?? []) {
    if (!path) continue;
    const bytes = readFileSync(resolve(folder, path));
    const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
    if (/\.trie(?:\.gz)?$/.test(path)) {
      for (const word of iteratorTrieWords(importTrie(text.split('\n')))) entries.push(word);
    } else {
      for (const line of text.split('\n')) {
        const entry = line.trim();
        if (entry && !entry.startsWith('#') && !entry.startsWith('!')) entries.push(entry);
      }
    }
  }
  return entries;
}
