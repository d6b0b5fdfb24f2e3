import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nspellFor } from './hunspell-words.js';

/**
 * Builds `dictionaries/fda-drug-names.txt` from the Drugs@FDA names table in the shared corpora
 * (US Government work, public domain): `npx tsx src/build/drug-names.ts <fda-drugsatfda-names.tsv>`.
 * Run it by hand when the table is refreshed; the output is committed, so neither CI nor users
 * need the corpora. Words that dictionary-en already knows as ordinary English ("copper",
 * "water", "kit") are left out: they would make every mention of them look like a drug.
 *
 * Tags: `ingredient` — the first word of an active ingredient ("ketamine" in "KETAMINE
 * HYDROCHLORIDE"); `brand` — a word of a product name; `term` — other words of ingredient names
 * (salts, modifiers such as "hydrochloride", "mofetil"), known to spelling but not drug mentions.
 */
const [, , tablePath] = process.argv;
if (!tablePath) throw new Error('usage: tsx src/build/drug-names.ts <fda-drugsatfda-names.tsv>');

const english = nspellFor('en-US');
const tags = new Map<string, string>();
// A word seen in an ingredient name keeps that tag: "hydrochloride" is also in product names.
const rank: Record<string, number> = { ingredient: 3, term: 2, brand: 1 };
const note = (word: string, tag: string): void => {
  if (word.length < 4 || !/^[a-z][a-z-]*[a-z]$/.test(word) || english.correct(word)) return;
  const previous = tags.get(word);
  if (!previous || (rank[tag] ?? 0) > (rank[previous] ?? 0)) tags.set(word, tag);
};

const rows = readFileSync(tablePath, 'utf8').split('\n').slice(1);
for (const row of rows) {
  const [name = '', kind = ''] = row.split('\t');
  for (const component of name.toLowerCase().split(/;|,| and | in /)) {
    const words = component.trim().split(/\s+/);
    words.forEach((word, index) => {
      if (kind === 'active_ingredient') note(word, index === 0 ? 'ingredient' : 'term');
      else note(word, 'brand');
    });
  }
}

const header = [
  '# Drug names from Drugs@FDA (U.S. Food and Drug Administration), a US Government work in the public',
  '# domain; snapshot of about August 2022. Built by src/build/drug-names.ts; one word a line, then a tag:',
  '# ingredient (an active ingredient), brand (a word of a product name), term (salt or modifier).',
];
const lines = [...tags].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([word, tag]) => `${word}\t${tag}`);
const target = join(new URL('../../', import.meta.url).pathname, 'dictionaries', 'fda-drug-names.txt');
writeFileSync(target, `${header.join('\n')}\n${lines.join('\n')}\n`);
console.log(`${target}: ${lines.length} words`);
