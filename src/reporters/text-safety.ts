import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/**
 * Text reports go to terminals and CI logs, and carry text from other people: file names chosen by
 * whoever wrote a pull request, messages quoting their articles. Control characters there would
 * reach the reader's terminal (ESC sequences, BEL, a CR that overwrites a line) or start a new
 * line that GitHub Actions reads as a workflow command (`::error file=…::`). These helpers make
 * such text inert and visible.
 */

// C0 controls (tab and newline included), DEL, C1 controls, and the Unicode line and paragraph
// separators that some terminals and log viewers break lines at.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const controlCharactersButNewline = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

function escapeCharacter(character: string): string {
  const code = character.charCodeAt(0);
  if (character === '\n') return '\\n';
  if (character === '\r') return '\\r';
  if (character === '\t') return '\\t';
  return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
}

/** One line of text with every control character shown as an escape (`\x1b`, `\n`). */
export function escapeControl(text: string): string {
  return text.replace(controlCharacters, escapeCharacter);
}

/** Like escapeControl, but keeps line breaks: for text that is meant to span lines (a stack). */
export function escapeControlKeepingLines(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(controlCharactersButNewline, escapeCharacter);
}

/** A file name for a text report: escaped, and never starting with `::` (`./::error…` is the same file). */
export function safePath(path: string): string {
  const escaped = escapeControl(path);
  return /^\s*::/.test(escaped) ? `./${escaped.trimStart()}` : escaped;
}

/**
 * The last guard, over a whole report: no line may start (after spaces, which GitHub Actions
 * skips) with `::`. Run after escaping, so every line break left is one the report made.
 */
export function neutraliseCommandLines(text: string): string {
  if (!text.includes('::')) return text; // Nearly every line: nothing to neutralise.
  // A loop, not /^(\s*)::/gm: `\s` also matches line breaks, so that pattern backtracks over
  // every blank line after each line start (quadratic in a run of blank lines).
  let out = '';
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let first = lineStart;
    while (first < lineEnd && /\s/.test(text[first]!)) first++;
    out +=
      text.startsWith('::', first) && first + 1 < lineEnd
        ? `${text.slice(lineStart, first)}\\x3a${text.slice(first + 1, lineEnd)}`
        : text.slice(lineStart, lineEnd);
    if (newline === -1) break;
    out += '\n';
    lineStart = newline + 1;
  }
  return out;
}

/** Copies of files and messages with every string a text reporter prints escaped. */
export function safeFiles(files: VFile[]): VFile[] {
  return files.map((file) => {
    const copy = new VFile({ cwd: file.cwd, data: file.data, ...(file.path ? { path: safePath(file.path) } : {}) });
    copy.messages = file.messages.map((message) => safeMessage(message, copy.path));
    return copy;
  });
}

/**
 * A message with every string a text reporter prints escaped, for a file shown as `path`: the
 * message itself when nothing needs escaping (nearly every one), else a copy. Copying every
 * message was a third of a stylish report's cost per finding.
 */
export function safeMessage(message: VFileMessage, path: string | undefined): VFileMessage {
  const reason = escapeControl(message.reason);
  const text = escapeControl(message.message);
  const stack = message.stack ? escapeControlKeepingLines(message.stack) : message.stack;
  const ruleId = message.ruleId ? escapeControl(message.ruleId) : message.ruleId;
  const source = message.source ? escapeControl(message.source) : message.source;
  const note = message.note ? escapeControlKeepingLines(message.note) : message.note;
  const url = message.url ? escapeControl(message.url) : message.url;
  if (
    reason === message.reason &&
    text === message.message &&
    stack === message.stack &&
    ruleId === message.ruleId &&
    source === message.source &&
    note === message.note &&
    url === message.url &&
    message.cause === undefined &&
    (path === undefined || message.file === path)
  )
    return message;
  const copy = Object.assign(Object.create(Object.getPrototypeOf(message) as object) as VFileMessage, message);
  copy.reason = reason;
  copy.message = text;
  if (message.stack) copy.stack = stack!;
  if (message.ruleId) copy.ruleId = ruleId;
  if (message.source) copy.source = source;
  if (message.note) copy.note = note;
  if (message.url) copy.url = url;
  if (message.cause instanceof Error && message.cause.stack) {
    const cause = new Error(escapeControl(message.cause.message));
    cause.stack = escapeControlKeepingLines(message.cause.stack);
    copy.cause = cause;
  } else if (message.cause !== undefined && !(message.cause instanceof Error)) {
    copy.cause = escapeControlKeepingLines(String(message.cause));
  }
  if (path !== undefined) copy.file = path;
  return copy;
}
