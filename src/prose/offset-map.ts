import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/**
 * Maps offsets in a block's extracted text back to offsets in the source file.
 *
 * Extracted text differs from its source slice: Markdown escapes and entities are decoded,
 * blockquote markers and indentation are dropped between lines, HTML turns CRLF into LF. A
 * piece whose text equals its source slice maps by addition; any other piece gets a per-character
 * table from `alignToSource`, so a flagged word always points at its own characters.
 */
export class OffsetMap {
  private textStarts: number[] = [];
  private sourceStarts: number[] = [];
  private tables: (AlignedOffsets | undefined)[] = [];
  private length = 0;
  /** Set by `normalise`: offsets given from then on are in the matching view, mapped through this. */
  private view: MatchingView | undefined;

  /** Appends a piece of text that came from `source` starting at `sourceStart`. */
  append(text: string, source: string, sourceStart: number, sourceEnd: number): void {
    if (text.length === 0) return;
    this.textStarts.push(this.length);
    this.sourceStarts.push(sourceStart);
    const raw = source.slice(sourceStart, sourceEnd);
    this.tables.push(raw === text ? undefined : alignToSource(text, raw, sourceStart));
    this.length += text.length;
  }

  /** Appends synthetic text (a space standing for inline code) that maps to one source offset. */
  appendSynthetic(text: string, sourceOffset: number): void {
    if (text.length === 0) return;
    this.textStarts.push(this.length);
    this.sourceStarts.push(sourceOffset);
    const starts = new Int32Array(text.length).fill(sourceOffset);
    this.tables.push({ starts, ends: starts });
    this.length += text.length;
  }

  get textLength(): number {
    return this.view ? this.view.text.length : this.length;
  }

  /**
   * Turns the text appended so far (`text`) into its matching view (see `matchingView`) and
   * returns it; offsets given to this map from then on are offsets in the view. Called once,
   * after the last piece is appended.
   */
  normalise(text: string): { text: string; fromText(offset: number): number } {
    // Nothing is appended after this: exact-size copies, as arrays grown by `push` hold spare
    // slots, and a large file has a map for each of its blocks.
    this.textStarts = this.textStarts.slice();
    this.sourceStarts = this.sourceStarts.slice();
    this.tables = this.tables.slice();
    const view = matchingView(text);
    if (!view) return { text, fromText: (offset) => offset };
    this.view = view;
    return {
      text: view.text,
      fromText: (offset) => view.fromText[Math.max(0, Math.min(offset, text.length))] as number,
    };
  }

  toSource(offset: number): number {
    const view = this.view;
    if (!view) return this.lookup(offset, 'starts');
    if (offset >= view.text.length) return this.lookup(view.textLength + offset - view.text.length, 'starts');
    return this.lookup(view.starts[Math.max(0, offset)] as number, 'starts');
  }

  /** The source offset just after the character at `offset` (past the whole entity that encoded it). */
  toSourceEnd(offset: number): number {
    const view = this.view;
    if (!view) return this.lookup(offset, 'ends');
    if (offset >= view.text.length) return this.lookup(view.textLength + offset - view.text.length, 'ends');
    return this.lookup((view.ends[Math.max(0, offset)] as number) - 1, 'ends');
  }

  private lookup(offset: number, side: 'starts' | 'ends'): number {
    const starts = this.textStarts;
    if (starts.length === 0) return 0;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    const delta = offset - (starts[low] as number);
    const aligned = this.tables[low];
    if (aligned) {
      const table = aligned[side];
      if (delta < table.length) return table[delta] as number;
      return (aligned.ends[table.length - 1] as number) + (delta - table.length) + (side === 'ends' ? 1 : 0);
    }
    return (this.sourceStarts[low] as number) + delta + (side === 'ends' ? 1 : 0);
  }

  /** Maps a half-open text range; the end maps through its last character so markup after it is left out. */
  toSourceRange(start: number, end: number): { start: number; end: number } {
    const from = this.toSource(start);
    if (end <= start) return { start: from, end: from };
    return { start: from, end: Math.max(from, this.toSourceEnd(end - 1)) };
  }
}

const entityPattern = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;

/** Whether the character reference `&…;` decodes to the character(s) at `text[j]`. */
function decodesTo(reference: string, text: string, j: number): boolean {
  const body = reference.slice(1, -1);
  let decoded: string | false;
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // Parsers turn NUL, surrogates and out-of-range numbers into U+FFFD.
    decoded =
      code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
  } else {
    decoded = decodeNamedCharacterReference(body);
  }
  return decoded !== false && decoded !== '' && text.startsWith(decoded, j);
}

/** How far past the last matched character a decoded character is looked for in the raw text. */
const maxLookahead = 256;

/**
 * Aligns decoded `text` with the `raw` source it came from, in one linear pass. Characters that
 * match advance both sides; an entity in the raw text covers the decoded character it produced;
 * other raw characters (markup, a `>` quote marker, indentation, a CR) are skipped. A decoded
 * character with no counterpart nearby sits just after the previous one.
 */
export interface AlignedOffsets {
  /** Source offset of each character of the text. */
  starts: Int32Array;
  /** Source offset just after each character (after the entity that encoded it). */
  ends: Int32Array;
}

export function alignToSource(text: string, raw: string, rawStart: number): AlignedOffsets {
  const table = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let i = 0;
  let previous = rawStart - 1;
  for (let j = 0; j < text.length; j++) {
    const wanted = text[j];
    const limit = Math.min(raw.length, i + maxLookahead);
    let found = -1;
    let consumed = 1;
    for (let k = i; k < limit; k++) {
      // An entity covers the character it decodes to, even when that character is `&` itself.
      if (raw[k] === '&') {
        const entity = entityPattern.exec(raw.slice(k, k + 40));
        // Only an entity that decodes to the wanted character covers it: `&bogus;` stays literal,
        // and a character with no counterpart (a CR the HTML parser made LF) must not take `&amp;`.
        if (entity && decodesTo(entity[0], text, j)) {
          found = k;
          consumed = entity[0].length;
          break;
        }
      }
      if (raw[k] === wanted) {
        found = k;
        break;
      }
      // A parser that made CR or CRLF a line feed: the LF is that CR (searching on for a later LF
      // would tie this character, and every one after it, to the wrong line).
      if (wanted === '\n' && raw[k] === '\r') {
        found = k;
        consumed = raw[k + 1] === '\n' ? 2 : 1;
        break;
      }
    }
    if (found === -1) {
      table[j] = Math.min(previous + 1, rawStart + Math.max(0, raw.length - 1));
      ends[j] = (table[j] as number) + 1;
      previous = table[j] as number;
      continue;
    }
    table[j] = rawStart + found;
    ends[j] = rawStart + found + consumed;
    previous = rawStart + found;
    const code = text.charCodeAt(j);
    if (consumed > 1 && code >= 0xd800 && code <= 0xdbff && j + 1 < text.length) {
      table[++j] = rawStart + found;
      ends[j] = rawStart + found + consumed;
    }
    i = found + consumed;
  }
  return { starts: table, ends };
}

/**
 * The text the rules match on, and where each of its characters came from. Invisible characters
 * switched the checks off (issue 12): a soft hyphen, a combining grapheme joiner or a variation
 * selector inside "cures" hid it from every lexicon, and NFD text spelled differently from NFC.
 * The view is the text in NFC with every default-ignorable code point removed, and with
 * combining marks that stay loose after NFC on a Latin letter (a strike-through overlay, a mark
 * no precomposed letter has) removed too: English words have none. Rules read only the view;
 * every offset they report maps back through it to the characters of the source.
 */
export interface MatchingView {
  text: string;
  /** Length of the text the view was made from. */
  textLength: number;
  /** For each UTF-16 unit of the view, the offset in the original text where its character starts. */
  starts: Int32Array;
  /** ...and the offset just after the original characters it stands for. */
  ends: Int32Array;
  /** For each offset in the original text (and its end), the offset in the view at or after it. */
  fromText: Int32Array;
}

const ignorable = /\p{Default_Ignorable_Code_Point}/u;
const mark = /\p{M}/u;
const latinLetter = /\p{Script=Latin}/u;
/** Hangul vowel and final jamo compose with the syllable before them, as marks do. */
const isJamoTail = (code: number): boolean => code >= 0x1161 && code <= 0x11c2;

/** The matching view of `text`, or undefined when the view is the text itself (all ASCII text). */
export function matchingView(text: string): MatchingView | undefined {
  if (!/[^\p{ASCII}]/u.test(text)) return undefined;
  // Most prose with curly quotes or accented names is already its own view: say so natively.
  if (!/[\p{M}\p{Default_Ignorable_Code_Point}]/u.test(text) && text.normalize('NFC') === text) return undefined;
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let changed = false;
  // A segment is a starter with the marks after it: NFC composes within a segment only.
  let segment = '';
  let segmentStart = 0;
  let segmentEnd = 0;
  let unitStarts: number[] = [];
  const flush = (): void => {
    if (segment === '') return;
    let normal = segment.normalize('NFC');
    if (mark.test(normal) && latinLetter.test(normal)) normal = normal.replace(/\p{M}/gu, '');
    if (normal === segment) {
      for (const start of unitStarts) {
        starts.push(start);
        ends.push(start + ((text.codePointAt(start) as number) > 0xffff ? 2 : 1));
      }
    } else {
      // A composed letter stands for all of its segment's characters.
      changed = true;
      for (let unit = 0; unit < normal.length; unit++) {
        starts.push(segmentStart);
        ends.push(segmentEnd);
      }
    }
    parts.push(normal);
    segment = '';
    unitStarts = [];
  };
  for (let offset = 0; offset < text.length;) {
    const code = text.codePointAt(offset) as number;
    const width = code > 0xffff ? 2 : 1;
    const character = text.slice(offset, offset + width);
    if (code >= 0xad && ignorable.test(character)) {
      changed = true;
    } else {
      if (segment === '' || code < 0x300 || !(mark.test(character) || isJamoTail(code))) {
        flush();
        segmentStart = offset;
      }
      for (let unit = 0; unit < width; unit++) unitStarts.push(offset);
      segment += character;
      segmentEnd = offset + width;
    }
    offset += width;
  }
  flush();
  if (!changed) return undefined;
  // Each offset of the text maps to the first character of the view that starts at or after it.
  const fromText = new Int32Array(text.length + 1);
  for (let offset = 0, unit = 0; offset <= text.length; offset++) {
    while (unit < starts.length && (starts[unit] as number) < offset) unit++;
    fromText[offset] = unit;
  }
  return {
    text: parts.join(''),
    textLength: text.length,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    fromText,
  };
}
