import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import type { Dialect } from '../rule/types.js';

const require = createRequire(import.meta.url);

export type NSpell = ReturnType<typeof nspell>;

/** The npm package holding each dialect's Hunspell dictionary (SCOWL-based, MIT and BSD). */
const dictionaryPackages: Record<Dialect, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };

const built = new Map<Dialect, NSpell>();

/**
 * The nspell checker for a dialect, built on first use and kept for the life of the process:
 * building one costs ~150–500 ms, so every file, rule run and language-server request shares it.
 * The files are read synchronously because rules run synchronously; the packages' own entry
 * points use top-level await.
 */
export function hunspellFor(dialect: Dialect): NSpell {
  let spell = built.get(dialect);
  if (!spell) {
    const folder = dirname(require.resolve(dictionaryPackages[dialect]));
    spell = nspell({ aff: readFileSync(join(folder, 'index.aff')), dic: readFileSync(join(folder, 'index.dic')) });
    built.set(dialect, spell);
  }
  return spell;
}

/** Builds a checker from a user's Hunspell `.aff`/`.dic` pair. */
export function hunspellFromFiles(affPath: string, dicPath: string): NSpell {
  return nspell({ aff: readFileSync(affPath), dic: readFileSync(dicPath) });
}
