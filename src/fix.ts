import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { decodeText } from './read.js';

/**
 * `--fix`: only findings a rule marked safe (`safeFix`: the one suggestion cannot change what the
 * article says — a slip of one letter with a single candidate, a dialect variant when the dialect
 * is configured, a house-style substitution). Claims, statistics and hedges are never rewritten.
 */
export interface AppliedFix {
  ruleId: string;
  line: number;
  column: number;
  from: string;
  to: string;
}

export interface FixedText {
  text: string;
  fixes: AppliedFix[];
}

/** Whether a message carries a fix `--fix` may apply: marked safe, with one replacement and a range. */
export function isSafeFix(message: VFileMessage): boolean {
  return (
    (message as VFileMessage & { safeFix?: unknown }).safeFix === true &&
    typeof message.expected?.[0] === 'string' &&
    rangeOf(message) !== undefined
  );
}

function rangeOf(message: VFileMessage): { start: number; end: number } | undefined {
  const place = message.place;
  if (!place || !('start' in place)) return undefined;
  const { start, end } = place;
  return start.offset === undefined || end.offset === undefined || end.offset <= start.offset
    ? undefined
    : { start: start.offset, end: end.offset };
}

/**
 * The file's text with its safe fixes applied, last first so earlier offsets hold; of two fixes
 * that overlap, the first is kept and the other waits for the next run. Undefined when none apply.
 */
export function applySafeFixes(file: VFile): FixedText | undefined {
  const source = String(file.value ?? '');
  const candidates = file.messages
    .filter(isSafeFix)
    .map((message) => ({ message, range: rangeOf(message)! }))
    .sort((a, b) => a.range.start - b.range.start);
  const chosen: typeof candidates = [];
  let reached = -1;
  for (const candidate of candidates) {
    if (candidate.range.start < reached) continue;
    // The finding must still quote the text it is about; anything else is stale and left alone.
    const actual = candidate.message.actual;
    if (typeof actual === 'string' && source.slice(candidate.range.start, candidate.range.end) !== actual) continue;
    chosen.push(candidate);
    reached = candidate.range.end;
  }
  if (chosen.length === 0) return undefined;
  let text = source;
  for (const { range, message } of [...chosen].reverse()) {
    text = text.slice(0, range.start) + message.expected![0] + text.slice(range.end);
  }
  const fixes = chosen.map(({ message, range }) => ({
    ruleId: String(message.ruleId),
    line: message.line ?? 0,
    column: message.column ?? 0,
    from: source.slice(range.start, range.end),
    to: message.expected![0]!,
  }));
  return { text, fixes };
}

/**
 * The bytes to write for `text`, in the encoding the original bytes were in (UTF-8 with or without
 * a byte-order mark, UTF-16 LE or BE), so a fix changes nothing but the words. Undefined when the
 * result would not read back as `text`.
 */
export function encodeLike(original: Uint8Array, text: string): Buffer | undefined {
  let bytes: Buffer;
  if (original[0] === 0xff && original[1] === 0xfe) {
    bytes = Buffer.from(text, 'utf16le');
  } else if (original[0] === 0xfe && original[1] === 0xff) {
    bytes = Buffer.from(text, 'utf16le').swap16();
  } else {
    bytes = Buffer.from(text, 'utf8');
  }
  const back = decodeText(bytes);
  return back.ok && back.text === text ? bytes : undefined;
}

/** A unified diff (`diff -u` style, 3 lines of context) of a fix that changes words, never line breaks. */
export function unifiedDiff(path: string, before: string, after: string): string {
  const old = linesOf(before);
  const now = linesOf(after);
  if (old.length !== now.length) throw new Error('A safe fix changed the number of lines');
  const context = 3;
  const hunks: [number, number][] = [];
  old.forEach((line, index) => {
    if (line === now[index]) return;
    const start = Math.max(0, index - context);
    const end = Math.min(old.length, index + context + 1);
    const last = hunks.at(-1);
    if (last && start <= last[1]) last[1] = end;
    else hunks.push([start, end]);
  });
  if (hunks.length === 0) return '';
  const finalLine = old.length - 1;
  const marked = (line: string, index: number): string =>
    index === finalLine && !before.endsWith('\n') ? `${line}\n\\ No newline at end of file` : line;
  const out = [`--- a/${path}`, `+++ b/${path}`];
  for (const [start, end] of hunks) {
    out.push(`@@ -${start + 1},${end - start} +${start + 1},${end - start} @@`);
    for (let index = start; index < end;) {
      if (old[index] === now[index]) {
        out.push(marked(` ${old[index]}`, index));
        index++;
        continue;
      }
      // A run of changed lines: all removed lines, then all added ones, as diff prints them.
      let runEnd = index;
      while (runEnd < end && old[runEnd] !== now[runEnd]) runEnd++;
      for (let line = index; line < runEnd; line++) out.push(marked(`-${old[line]}`, line));
      for (let line = index; line < runEnd; line++) out.push(marked(`+${now[line]}`, line));
      index = runEnd;
    }
  }
  return `${out.join('\n')}\n`;
}

/** A text's lines; the empty string after a final line break is not a line. */
function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}
