import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { editDistance } from '../words/edits.js';
import { shippedWordIndex } from '../words/word-index.js';
import { dictionariesFolder } from '../words/word-lists.js';

/**
 * A typist who cannot spell a long word keeps its consonants in their order and guesses its
 * vowels and doubled letters: "litriture" (literature), "perminantly" (permanently), "nessesity"
 * (necessity), often three edits or more from the word, out of the suggestion search's reach. A
 * term no list holds (a new drug's name, a brand, an herb: "nalfurafine", "polaprezinc",
 * "khichuri") usually has no known word that sounds like it.
 *
 * The consonant key: the first letter, then the consonants as they sound ("ph" is "f", a soft "c"
 * is "s", a hard one, "q" and "ck" are "k", "x" is "ks", "z" is "s"), without vowels, "h", "w" and
 * "y", a repeated letter once: "literature" and "litriture" are both "ltrtr".
 */
export function consonantKey(lower: string): string {
  const sounds = lower
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's');
  return (sounds.slice(0, 1) + sounds.slice(1).replace(/[aeiouyhw]/g, '')).replace(/(.)\1+/g, '$1');
}

/** Consonants a key may gain, lose or swap in a slip ("stanerdizing" lost the "d" of "standardizing"). */
const keyLetters = 'bdfgjklmnprstv';

/**
 * Known words by consonant key: lines of key, tab and word, sorted, searched in place (a binary
 * search over the text), so that the stored index is read, not built (~350,000 words' keys take
 * about two seconds to make). `nearestDistance` finds the known word closest in letters among
 * those whose key is the word's or one consonant off it (one lost, added, changed, or two
 * swapped): about 30 look-ups a key letter and a few edit distances, a fraction of a millisecond.
 */
export class SoundAlikeIndex {
  constructor(private readonly lines: string) {}

  /** The index of `words` (lower case). */
  static of(words: Iterable<string>): SoundAlikeIndex {
    return new SoundAlikeIndex(sortedLines(words));
  }

  /** The words whose key is `key`. */
  wordsWithKey(key: string): string[] {
    const text = this.lines;
    let low = 0;
    let high = text.length;
    // Both ends are line starts; the first line whose key is not below `key` lies between them.
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = text.lastIndexOf('\n', middle - 1) + 1;
      const tab = text.indexOf('\t', start);
      if (text.slice(start, tab) < key) low = text.indexOf('\n', start) + 1 || text.length;
      else high = start;
    }
    const words: string[] = [];
    for (let start = low; start < text.length;) {
      const tab = text.indexOf('\t', start);
      if (tab === -1 || text.slice(start, tab) !== key) break;
      let end = text.indexOf('\n', tab);
      if (end === -1) end = text.length;
      words.push(text.slice(tab + 1, end));
      start = end + 1;
    }
    return words;
  }

  /** The fewest edits (letters added, dropped, changed or swapped) from `lower` to a sound-alike known word, up to `atMost`. */
  nearestDistance(lower: string, atMost: number): number | undefined {
    const key = consonantKey(lower);
    let best: number | undefined;
    const visit = (candidateKey: string): void => {
      for (const word of this.wordsWithKey(candidateKey)) {
        const distance = editDistance(lower, word, best ?? atMost);
        if (distance !== undefined && (best === undefined || distance < best)) best = distance;
      }
    };
    visit(key);
    for (let index = 1; index <= key.length; index++) {
      const before = key.slice(0, index);
      const after = key.slice(index);
      if (index < key.length) visit(before + after.slice(1));
      if (index + 1 < key.length) visit(before + after[1]! + after[0]! + after.slice(2));
      for (const letter of keyLetters) {
        visit(before + letter + after);
        if (index < key.length) visit(before + letter + after.slice(1));
      }
    }
    return best;
  }
}

function sortedLines(words: Iterable<string>): string {
  const lines = new Set<string>();
  for (const word of words) lines.add(`${consonantKey(word)}\t${word}`);
  return [...lines].sort().join('\n');
}

/** The lists a word with no suggestion may be a slip of: the lists edits are known as, but names. */
const soundAlikeLists = [
  'hunspell-en.txt',
  'scowl-supplement.txt',
  'health-vocabulary.txt',
  'health-terms.txt',
  'fda-drug-names.txt',
];

function* shippedWords(): Generator<string> {
  for (const name of soundAlikeLists) {
    for (const line of readFileSync(join(dictionariesFolder, name), 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const word = line.split(/\s/, 1)[0]!.toLowerCase();
      if (/^[a-z]+$/.test(word)) yield word;
    }
  }
}

const storedFormat = 'healthlint-sound-alikes-1';

/** Names the lists the index was made from, so that an index of edited lists is made afresh. */
function listsDigest(): string {
  return createHash('sha1')
    .update(soundAlikeLists.map((name) => shippedWordIndex(name).digest).join('\n'))
    .digest('hex');
}

function storedPath(distFolder = packageRoot && join(packageRoot, 'dist')): string | undefined {
  return distFolder && join(distFolder, 'word-index', 'sound-alikes.txt');
}

/** Writes the index of the shipped lists into `distFolder` (a step of `npm run build`). */
export function writeShippedSoundAlikes(distFolder: string): void {
  mkdirSync(join(distFolder, 'word-index'), { recursive: true });
  writeFileSync(storedPath(distFolder)!, `${storedFormat} ${listsDigest()}\n${sortedLines(shippedWords())}`);
}

function storedSoundAlikes(): SoundAlikeIndex | undefined {
  const path = storedPath();
  try {
    const text = path ? readFileSync(path, 'utf8') : '';
    const firstLine = text.indexOf('\n');
    if (firstLine > 0 && text.slice(0, firstLine) === `${storedFormat} ${listsDigest()}`) {
      return new SoundAlikeIndex(text.slice(firstLine + 1));
    }
  } catch {
    // No build: the index is made here.
  }
  return undefined;
}

let shipped: SoundAlikeIndex | undefined;

/** The index of the shipped lists' words: read from the build (a few milliseconds), else made (about two seconds). */
export function shippedSoundAlikes(): SoundAlikeIndex {
  shipped ??= storedSoundAlikes() ?? SoundAlikeIndex.of(shippedWords());
  return shipped;
}

/**
 * Whether a known word is within a typist's reach of `lower`, a word with no suggestion: one that
 * sounds alike (see {@link consonantKey}) and is at most half the word's letters in edits away.
 * "perminantly" is 2 edits from "permanently" and "accodomation" 3 from "accommodation"; no known
 * word sounds like "relamorelin", "mibampator" or "holotranscobalamin".
 */
export function isWithinTypistReach(lower: string, index: SoundAlikeIndex = shippedSoundAlikes()): boolean {
  return index.nearestDistance(lower, Math.floor(lower.length / 2)) !== undefined;
}
