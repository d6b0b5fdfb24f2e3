import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionariesFolder } from '../words/word-lists.js';

/**
 * What the word lists built from Debian's `scowl` package (SCOWL 2020.12.07, Kevin Atkinson)
 * share: the three kinds of list read at each size, with the dialect each limits a spelling to,
 * and the written form of a list, whose header carries SCOWL's permission notice as its licence
 * asks.
 */
export const scowlKinds: readonly (readonly [kind: string, dialect: string])[] = [
  ['english-words', ''],
  ['american-words', 'en-US'],
  ['british-words', 'en-GB'],
];

const scowlNotice = [
  '# Copyright 2000-2020 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these',
  '# word lists, the associated scripts, the output created from the scripts, and its documentation for',
  '# any purpose is hereby granted without fee, provided that the above copyright notice appears in all',
  '# copies and that both that copyright notice and this permission notice appear in supporting',
  '# documentation. Kevin Atkinson makes no representations about the suitability of this array for any',
  '# purpose. It is provided "as is" without express or implied warranty. (SCOWL README; the lists also',
  '# draw on public-domain sources such as Moby Words II and the UK English Wordlist of Brian Kelk.)',
];

/**
 * Writes `dictionaries/<fileName>`: the `about` comment lines, SCOWL's notice, then one word a line
 * in code-unit order, with its dialect in a second column where it has one.
 */
export function writeScowlList(fileName: string, about: readonly string[], dialects: ReadonlyMap<string, string>) {
  const lines = [...dialects]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, dialect]) => (dialect ? `${word}\t${dialect}` : word));
  const target = join(dictionariesFolder, fileName);
  writeFileSync(target, `${[...about, '#', ...scowlNotice].join('\n')}\n${lines.join('\n')}\n`);
  console.log(`${target}: ${lines.length} words`);
}
