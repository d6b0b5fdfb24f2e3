import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/prose/types.js';
import { NameSpellings } from '../../src/spelling/names.js';
import type { CheckableWord } from '../../src/spelling/tokens.js';
import { oneEditApart } from '../../src/words/edits.js';

function wordOf(text: string, start: number): CheckableWord {
  return {
    text,
    start,
    end: start + text.length,
    joined: undefined,
    sentenceStart: false,
    previous: undefined,
    next: undefined,
    inCapitalisedRun: false,
    inTitleCase: false,
  };
}

/** What `variantOf` answered when it compared a name with every spelling: the most frequent, the first written of a tie. */
function everySpellingVariant(written: readonly string[], text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const name of written) {
    if (name.length >= 7 && /^\p{Lu}\p{Ll}+$/u.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [other, count] of counts) {
    const plural = (a: string, b: string): boolean => a.length === b.length + 1 && a.endsWith('s') && a.startsWith(b);
    if (other === text || plural(other, text) || plural(text, other)) continue;
    if (oneEditApart(other, text) && (best === undefined || count > (counts.get(best) ?? 0))) best = other;
  }
  return best;
}

/** A seeded generator, so that a failure can be replayed. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

/** A spelling one edit (or one swap of neighbours) from `name`, anywhere in it, from a small alphabet so that edits collide. */
function editOf(name: string, random: () => number): string {
  const letters = 'aeinrs';
  const at = 1 + Math.floor(random() * (name.length - 1));
  const letter = letters[Math.floor(random() * letters.length)]!;
  switch (Math.floor(random() * 4)) {
    case 0:
      return name.slice(0, at) + letter + name.slice(at + 1);
    case 1:
      return name.slice(0, at) + letter + name.slice(at);
    case 2:
      return name.length > 7 ? name.slice(0, at) + name.slice(at + 1) : name;
    default:
      return at + 1 < name.length ? name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2) : name;
  }
}

describe('NameSpellings.variantOf', () => {
  it('finds a variant one edit away at either end or in the middle', () => {
    const names = new NameSpellings();
    const block = { index: 0 } as Block;
    const written = ['Freudenberger', 'Freudenberger', 'Kowalczyk', 'Linsenmayer'];
    written.forEach((text, index) => names.add(wordOf(text, index * 20), block, false));
    expect(names.variantOf('Freundenberger')?.word.text).toBe('Freudenberger');
    expect(names.variantOf('Kowalcyzk')?.word.text).toBe('Kowalczyk');
    expect(names.variantOf('Linsenmeyer')?.word.text).toBe('Linsenmayer');
    expect(names.variantOf('Greudenberger')?.word.text).toBe('Freudenberger');
    expect(names.variantOf('Linsenmayers')).toBeUndefined();
    expect(names.variantOf('Kowalczyk')).toBeUndefined();
  });

  it('answers as a comparison with every spelling would, on random articles', () => {
    const random = randomFrom(23);
    const roots = ['Bernstein', 'Giannopoulos', 'Heribert', 'Andersen', 'Rothwell', 'Semlerin', 'Kristen'];
    for (let article = 0; article < 300; article++) {
      const written: string[] = [];
      for (let index = 0; index < 12; index++) {
        let name = roots[Math.floor(random() * roots.length)]!;
        for (let edits = Math.floor(random() * 3); edits > 0; edits--) name = editOf(name, random);
        written.push(name);
      }
      const names = new NameSpellings();
      const block = { index: 0 } as Block;
      written.forEach((text, index) => names.add(wordOf(text, index * 20), block, false));
      for (const text of [...written, ...written.map((name) => editOf(name, random)), 'Kristn', 'Andrsn']) {
        expect(names.variantOf(text)?.word.text, `${text} among ${written.join(' ')}`).toBe(
          everySpellingVariant(written, text),
        );
      }
    }
  });
});
