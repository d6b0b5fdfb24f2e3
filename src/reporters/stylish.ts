import stringWidth from 'string-width';
import { stringifyPosition } from 'unist-util-stringify-position';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { collected, Spool, type StreamingReporter } from './stream.js';
import { neutraliseCommandLines, safeMessage, safePath } from './text-safety.js';

/**
 * The readable report writers see: vfile-reporter's layout (files sorted by path, one row per
 * message with columns aligned across the whole report, a byline with the totals), with the
 * rationale under each message in verbose mode. vfile-reporter needs every file at once; this
 * writes each file's rows to a spool as it arrives and lays them out at the end, keeping only a
 * line per file and the column widths in memory. The rows are built as vfile-reporter 8.1.1
 * builds them (MIT, Titus Wormer), so the text is the same byte for byte. File names and messages
 * are escaped first, and lines that would read as CI commands neutralised (see text-safety.ts).
 */
export const stylishStream: StreamingReporter = (options, write) => {
  const state = styles(options.color, options.verbose);
  const spool = new Spool();
  const sizes: number[] = [];
  const placed: { path: string; line: string; hasMessages: boolean; start: number; bytes: number }[] = [];
  const stats = { fatal: 0, warn: 0, info: 0 };

  const file = (linted: VFile): void => {
    // Escaped as text reporters print them; the file itself is not copied, only what is shown of it.
    const path = linted.path ? safePath(linted.path) : undefined;
    const messages = linted.messages.map((message) => safeMessage(message, path)).sort(compareMessage);
    const rows: Row[] = [];
    for (const message of messages) {
      stats[message.fatal ? 'fatal' : message.fatal === false ? 'warn' : 'info']++;
      rows.push(...messageLines(state, message));
    }
    for (const row of rows) {
      if (typeof row === 'string') continue;
      row.forEach((cell, index) => {
        const size = columnsOf(cell);
        if (size > (sizes[index] ?? 0)) sizes[index] = size;
      });
    }
    const where = spool.append(encodeRows(rows));
    placed.push({ path: path ?? '', line: fileLine(state, path, messages), hasMessages: rows.length > 0, ...where });
  };

  const end = (): void => {
    try {
      const out = lineWriter(write);
      let lastWasMessage = false;
      // Array#sort is stable, as vfile-reporter's sort of the files is.
      placed.sort((a, b) => collator.compare(a.path, b.path));
      for (const entry of placed) {
        if (lastWasMessage && entry.line) out('');
        if (entry.line) out(entry.line);
        if (entry.hasMessages) {
          const rows = decodeRows(spool.read(entry.start, entry.bytes));
          for (const row of rows) out(serialiseRow(row, sizes));
        }
        lastWasMessage = entry.hasMessages;
      }
      if (stats.fatal || stats.warn) {
        out('');
        out(byline(state, stats));
      }
    } finally {
      spool.close();
    }
  };
  return { file, end, abort: () => spool.close() };
};

export const stylishReporter = collected(stylishStream);

type Row = string | string[];

/**
 * A file's rows as spooled: cells joined by NUL and rows by newlines, after a `|`; or, should a
 * cell hold either (escaped text never does), as JSON after a `[`. JSON escaped every colour code
 * to six characters and cost a parse per file.
 */
function encodeRows(rows: Row[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    const cells = typeof row === 'string' ? [row] : row;
    if (cells.some((cell) => cell.includes('\n') || cell.includes('\0'))) return JSON.stringify(rows);
    lines.push(cells.join('\0'));
  }
  return `|${lines.join('\n')}`;
}

function decodeRows(text: string): Row[] {
  if (text[0] !== '|') return JSON.parse(text) as Row[];
  if (text === '|') return [];
  return text
    .slice(1)
    .split('\n')
    .map((line) => (line.includes('\0') ? line.split('\0') : line));
}

interface Styles {
  verbose: boolean;
  bold: string;
  underline: string;
  normalIntensity: string;
  noUnderline: string;
  red: string;
  cyan: string;
  green: string;
  yellow: string;
  defaultColor: string;
}

function styles(color: boolean, verbose: boolean): Styles {
  const code = (value: string): string => (color ? value : '');
  return {
    verbose,
    bold: code('\u001B[1m'),
    underline: code('\u001B[4m'),
    normalIntensity: code('\u001B[22m'),
    noUnderline: code('\u001B[24m'),
    red: code('\u001B[31m'),
    cyan: code('\u001B[36m'),
    green: code('\u001B[32m'),
    yellow: code('\u001B[33m'),
    defaultColor: code('\u001B[39m'),
  };
}

/** Lines joined with newlines, each without trailing spaces, as vfile-reporter serialises its rows. */
function lineWriter(write: (text: string) => void): (line: string) => void {
  let first = true;
  return (line) => {
    const text = neutraliseCommandLines(line.trimEnd());
    write(first ? text : `\n${text}`);
    first = false;
  };
}

function serialiseRow(row: Row, sizes: number[]): string {
  if (typeof row === 'string') return row;
  let line = '';
  row.forEach((cell, index) => {
    const text = cell || '';
    line += text + ' '.repeat((sizes[index] ?? 0) + 1 - columnsOf(text));
  });
  return line;
}

const eol = /\r?\n|\r/;

/**
 * The columns a cell takes on a terminal. string-width segments graphemes and was a fifth of a
 * stylish run's time; nearly every cell is plain ASCII (with our colour codes, which take none),
 * whose width is its length, so only the rest go to string-width.
 */
function columnsOf(text: string): number {
  let columns = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0x20 && code <= 0x7e) {
      columns++;
      continue;
    }
    const end = code === 0x1b ? colourCodeEnd(text, at) : -1;
    if (end === -1) return stringWidth(text);
    at = end;
  }
  return columns;
}

/** Where a colour code (`ESC [ digits m`) starting at `at` ends, or -1 if none starts there. */
function colourCodeEnd(text: string, at: number): number {
  if (text.charCodeAt(at + 1) !== 0x5b) return -1; // [
  let end = at + 2;
  while (end < text.length && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++;
  return end > at + 2 && text.charCodeAt(end) === 0x6d ? end : -1; // m
}

/**
 * `localeCompare` as vfile-reporter sorts with it: the same order (the spec defines `localeCompare`
 * as a collator of the default locale), without building a collator for every comparison.
 */
const collator = new Intl.Collator();

function label(fatal: boolean | null | undefined): 'error' | 'warning' | 'info' {
  return fatal ? 'error' : fatal === false ? 'warning' : 'info';
}

function scoreNullableBoolean(value: boolean | null | undefined): number {
  return value ? 0 : value === false ? 1 : 2;
}

function compareMessage(a: VFileMessage, b: VFileMessage): number {
  return (
    (a.line || 0) - (b.line || 0) ||
    (a.column || 0) - (b.column || 0) ||
    scoreNullableBoolean(a.fatal) - scoreNullableBoolean(b.fatal) ||
    collator.compare(String(a.source || ''), String(b.source || '')) ||
    collator.compare(String(a.ruleId || ''), String(b.ruleId || '')) ||
    collator.compare(String(a.reason || ''), String(b.reason || ''))
  );
}

/** The file's heading line, as vfile-reporter writes it for a file not written to disk. */
function fileLine(state: Styles, path: string | undefined, messages: readonly VFileMessage[]): string {
  let fatal = 0;
  for (const message of messages) if (message.fatal) fatal++;
  const total = messages.length;
  const name = path || '<stdin>';
  const left =
    state.underline +
    (fatal ? state.red : total ? state.yellow : state.green) +
    name +
    state.defaultColor +
    state.noUnderline;
  const right = total ? '' : 'no issues found';
  return left && right ? left + ': ' + right : left + right;
}

function byline(state: Styles, stats: { fatal: number; warn: number; info: number }): string {
  let result = '';
  const total = stats.fatal + stats.warn + stats.info;
  if (stats.fatal) {
    result = `${state.red}✖${state.defaultColor} ${stats.fatal} ${label(true)}${stats.fatal === 1 ? '' : 's'}`;
  }
  if (stats.warn) {
    result =
      (result ? result + ', ' : '') +
      `${state.yellow}⚠${state.defaultColor} ${stats.warn} ${label(false)}${stats.warn === 1 ? '' : 's'}`;
  }
  if (total !== stats.fatal && total !== stats.warn) result = `${total} messages (${result})`;
  return result;
}

function messageLines(state: Styles, message: VFileMessage): Row[] {
  const kind = label(message.fatal);
  let reason = message.stack || message.message;
  const match = eol.exec(reason);
  let rest: Row[] = [];
  if (match) {
    rest = reason.slice(match.index + 1).split(eol);
    reason = reason.slice(0, match.index);
  }
  const place = message.place || (message as { position?: VFileMessage['place'] }).position;
  const row = [
    stringifyPosition(place),
    (kind === 'error' ? state.red : state.yellow) + kind + state.defaultColor,
    formatReason(state, reason),
    message.ruleId || '',
    message.source || '',
  ];
  if (message.cause) rest.push(...causeLines(state, message.cause));
  if (state.verbose && message.url) rest.push(...urlLines(state, message.url));
  if (state.verbose && message.note) rest.push(...noteLines(state, message.note));
  if (state.verbose && message.ancestors) rest.push(...ancestorLines(state, message.ancestors));
  return [row, ...rest];
}

function ancestorLines(state: Styles, ancestors: NonNullable<VFileMessage['ancestors']>): string[] {
  const traceLimit = 10;
  const min = ancestors.length > traceLimit ? ancestors.length - traceLimit : 0;
  let index = ancestors.length;
  const lines: string[] = [];
  if (index > min) lines.unshift('  ' + state.bold + '[trace]' + state.normalIntensity + ':');
  while (index-- > min) {
    const node = ancestors[index]!;
    const value = node as unknown as Record<string, unknown>;
    const name =
      typeof value['tagName'] === 'string'
        ? value['tagName']
        : typeof value['name'] === 'string'
          ? value['name']
          : undefined;
    const position = stringifyPosition(node.position);
    lines.push(
      '    at ' +
        state.yellow +
        node.type +
        (name ? '<' + name + '>' : '') +
        state.defaultColor +
        (position ? ' (' + position + ')' : ''),
    );
  }
  return lines;
}

function causeLines(state: Styles, cause: unknown): Row[] {
  const lines: Row[] = ['  ' + state.bold + '[cause]' + state.normalIntensity + ':'];
  let foundReasonableCause = false;
  if (cause !== null && typeof cause === 'object') {
    const value = cause as Record<string, unknown>;
    const stackValue =
      ('stack' in value ? String(value['stack']) : undefined) ||
      ('message' in value ? String(value['message']) : undefined);
    if (typeof stackValue === 'string') {
      foundReasonableCause = true;
      let nested: Row[];
      if ('file' in value && 'fatal' in value) {
        nested = messageLines(state, cause as VFileMessage);
      } else {
        nested = stackValue.split(eol);
        if ('cause' in value && value['cause']) nested.push(...causeLines(state, value['cause']));
      }
      const head = nested[0];
      if (typeof head === 'string') nested[0] = '    ' + head;
      else if (head) head[0] = '    ' + head[0];
      lines.push(...nested);
    }
  }
  if (!foundReasonableCause) lines.push('    ' + String(cause));
  return lines;
}

function noteLines(state: Styles, note: string): string[] {
  return ['  ' + state.bold + '[note]' + state.normalIntensity + ':', ...note.split(eol).map((line) => '    ' + line)];
}

function urlLines(state: Styles, url: string): string[] {
  return ['  ' + state.bold + '[url]' + state.normalIntensity + ':', '    ' + url];
}

/** Bold reason with `code` spans in cyan. */
function formatReason(state: Styles, reason: string): string {
  if (!reason.includes('`')) return state.bold + reason + state.normalIntensity;
  const result: string[] = [];
  const splits: { index: number; size: number }[] = [];
  let index = reason.indexOf('`');
  while (index !== -1) {
    const split = { index, size: 1 };
    splits.push(split);
    while (reason.codePointAt(index + 1) === 96) {
      split.size++;
      index++;
    }
    index = reason.indexOf('`', index + 1);
  }
  index = -1;
  let textStart = 0;
  while (++index < splits.length) {
    let closeIndex = index;
    let close: { index: number; size: number } | undefined;
    while (++closeIndex < splits.length) {
      if (splits[index]!.size === splits[closeIndex]!.size) {
        close = splits[closeIndex];
        break;
      }
    }
    if (close) {
      const codeStart = splits[index]!.index;
      const codeEnd = close.index + close.size;
      result.push(
        reason.slice(textStart, codeStart) + state.cyan + reason.slice(codeStart, codeEnd) + state.defaultColor,
      );
      textStart = codeEnd;
      index = closeIndex;
    }
  }
  result.push(reason.slice(textStart));
  return state.bold + result.join('') + state.normalIntensity;
}
