import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WordIndex } from '../words/word-index.js';
import { dictionariesFolder } from '../words/word-lists.js';
import { scowlKinds, writeScowlList } from './scowl-list.js';
import { cspellEnglish, shippedKnown } from './vocabulary.js';

/**
 * Builds `dictionaries/rare-words.txt`: real English words of SCOWL's size 80 ("smooshes",
 * "protectant", "backcountry", "toolbag") that no other shipped list holds, for the spelling rule
 * to accept as written but never to offer or to read another word as a slip of (the list is left
 * out of the edit filters). Size 80 holds rarer and informal words, and also some spellings that
 * are typos of common words ("stoped", "develope"), so a word that reads as a typist's slip of a
 * common word (see `slipOfCommonWord`) is left out. Size 95 was measured and left out: it lets in
 * Birkbeck misspellings ("auxillary", "sence") and ten times the codespell typos. Words of the cspell
 * English lists are left out too: `vocabulary.ts` has sorted them already, and those it left out
 * it left out as slips. Run with Debian's `scowl` after `scowl-words.ts`:
 *   npx tsx src/build/rare-words.ts /usr/share/dict/scowl
 */
const [, , folder = '/usr/share/dict/scowl'] = process.argv;
const rareSize = 80;
const known = shippedKnown();
const alsoKnown = ['health-vocabulary.txt', 'close-words.txt', 'accented-words.txt'].map(
  (name) => new WordIndex(readFileSync(join(dictionariesFolder, name), 'utf8')),
);
const english = await cspellEnglish();

const hunspell = new WordIndex(readFileSync(join(dictionariesFolder, 'hunspell-en.txt'), 'utf8'));

/**
 * Whether the word is an everyday (Hunspell) word with the vowel of an unstressed suffix swapped:
 * "resistent" for "resistant", "dependance" for "dependence", "accessable" for "accessible". Writers
 * misspell these by ear, not by a slip of the keys, so the typist's-slip test lets them through;
 * size 80 lists some as old variants, and an article means the everyday spelling.
 */
function isSuffixVowelSwap(word: string): boolean {
  for (const [one, other] of suffixVowelPairs) {
    for (const [from, to] of [
      [one, other],
      [other, one],
    ] as const) {
      for (const inflection of ['', 's', 'ly']) {
        const ending = from + inflection;
        if (word.endsWith(ending) && hunspell.has(word.slice(0, -ending.length) + to + inflection)) {
          return true;
        }
      }
    }
  }
  return false;
}

const suffixVowelPairs: readonly [string, string][] = [
  ['ant', 'ent'],
  ['ance', 'ence'],
  ['ancy', 'ency'],
  ['able', 'ible'],
  ['ably', 'ibly'],
];

const tags = new Map<string, string>();
for (const [kind, tag] of scowlKinds) {
  const path = join(folder, `${kind}.${rareSize}`);
  if (!existsSync(path)) throw new Error(`${path} is missing: install Debian's scowl`);
  for (const word of readFileSync(path, 'latin1').split('\n')) {
    if (!/^[a-z]{4,30}$/.test(word) || tags.has(word) || english.has(word)) continue;
    if (known.tagOf(word) !== undefined || alsoKnown.some((list) => list.tagOf(word) !== undefined)) continue;
    if (known.slipOfCommonWord(word) || isSuffixVowelSwap(word)) continue;
    tags.set(word, tag);
  }
}

writeScowlList(
  'rare-words.txt',
  [
    `# Rare and informal English words of SCOWL (Spell Checker Oriented Word Lists) 2020.12.07, size ${rareSize},`,
    "# that the other shipped lists lack, less those that read as a typist's slip of a common word. The",
    '# spelling rule accepts them as written, never as a suggestion; one an everyday word is one edit from',
    '# only where the article writes no word one edit away. A second column limits a spelling to one',
    '# dialect. Built by src/build/rare-words.ts.',
  ],
  tags,
);
