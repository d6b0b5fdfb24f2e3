import { extendHash } from '../words/edits.js';

/**
 * The words of a text as `/[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu` finds them (a letter or digit, then
 * letters, digits, apostrophes and hyphens), as offsets `[start, end, start, end…]` in one array.
 * Treatment finding reads every word of every block and looks up almost none of them: a match
 * object and a string per word were most of what it allocated.
 */
export function wordSpans(text: string): number[] {
  const spans: number[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code < 0x80) {
      if (((asciiTraits[code] ?? 0) & startTrait) === 0) {
        at++;
        continue;
      }
      // The regex reads by code point, as `codePointAt` does: a letter outside the basic plane is one.
    } else if ((traitsOf(text.codePointAt(at) as number) & startTrait) === 0) {
      at += width(text.codePointAt(at) as number);
      continue;
    }
    const start = at;
    at += width(text.codePointAt(at) as number);
    while (at < length) {
      const next = text.charCodeAt(at);
      if (next < 0x80) {
        if (((asciiTraits[next] ?? 0) & continueTrait) === 0) break;
        at++;
      } else {
        const point = text.codePointAt(at) as number;
        if ((traitsOf(point) & continueTrait) === 0) break;
        at += width(point);
      }
    }
    spans.push(start, at);
  }
  return spans;
}

/**
 * The runs of `minLength` or more letters in a text, as `/\p{L}{n,}/gu` finds them, as
 * `[start, end, hash, start, end, hash…]`: `hash` is `wordHash` of the run in lower case when all
 * its letters are ASCII, NaN when one is not (its lower case is then `toLowerCase`'s to decide).
 * A caller looking runs up in a list of ASCII words tests the hash before making a string: the
 * safety rule did a slice, a `toLowerCase` and a `Set` look-up for every long word of a sentence.
 */
export function letterRuns(text: string, minLength: number): number[] {
  const runs: number[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    const first = text.charCodeAt(at);
    if (first < 0x80 ? ((asciiTraits[first] ?? 0) & letterTrait) === 0 : !isLetter(text.codePointAt(at) as number)) {
      at += first < 0x80 ? 1 : width(text.codePointAt(at) as number);
      continue;
    }
    const start = at;
    let letters = 0;
    let hash = 0;
    let ascii = true;
    while (at < length) {
      const code = text.charCodeAt(at);
      if (code < 0x80) {
        if (((asciiTraits[code] ?? 0) & letterTrait) === 0) break;
        hash = extendHash(hash, code >= 65 && code <= 90 ? code + 32 : code);
        at++;
      } else {
        const point = text.codePointAt(at) as number;
        if (!isLetter(point)) break;
        ascii = false;
        at += width(point);
      }
      letters++;
    }
    if (letters >= minLength) runs.push(start, at, ascii ? hash : NaN);
  }
  return runs;
}

function isLetter(code: number): boolean {
  return (traitsOf(code) & letterTrait) !== 0;
}

// The regex's own classes, with its flags (`u`, not `i`), asked once per code point.
const startCharacter = /[\p{L}\p{N}]/u;
const continueCharacter = /[\p{L}\p{N}'’-]/u;
const letterCharacter = /\p{L}/u;
/** Set on every looked-up code point, so that 0 in the table means not looked up yet. */
const knownTrait = 1;
const startTrait = 2;
const continueTrait = 4;
const letterTrait = 8;

function traitsFor(code: number): number {
  const character = String.fromCodePoint(code);
  return (
    knownTrait |
    (startCharacter.test(character) ? startTrait : 0) |
    (continueCharacter.test(character) ? continueTrait : 0) |
    (letterCharacter.test(character) ? letterTrait : 0)
  );
}

const asciiTraits = Uint8Array.from({ length: 0x80 }, (_, code) => traitsFor(code));
const basicPlaneTraits = new Uint8Array(0x10000);

function traitsOf(code: number): number {
  if (code > 0xffff) return traitsFor(code);
  let traits = basicPlaneTraits[code] ?? 0;
  if (traits === 0) {
    traits = traitsFor(code);
    basicPlaneTraits[code] = traits;
  }
  return traits;
}

/** How many UTF-16 units a code point takes: two outside the basic plane. */
export const width = (code: number): number => (code > 0xffff ? 2 : 1);

/** Whether a code point can be part of a word (`/[\p{L}\p{N}'’-]/u`): a letter, digit, apostrophe or hyphen. */
export function isWordCharacter(code: number): boolean {
  return (traitsOf(code) & continueTrait) !== 0;
}
