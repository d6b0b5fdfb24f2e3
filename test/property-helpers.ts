import { Readable, Writable } from 'node:stream';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { rules } from '../rules/index.js';
import { main } from '../src/cli/main.js';
import { resolveConfig, type ResolvedConfig } from '../src/config/resolve.js';
import { parseDocument } from '../src/formats/index.js';
import { LineIndex } from '../src/formats/line-index.js';
import type { Format } from '../src/prose/types.js';

/**
 * Shared checks for the reliability tests (property, position, soak): is every message's range
 * inside the file, and is the text there the text the message is about?
 */

/**
 * Every rule on, as a warning, with its default options and its held-back findings: the widest net
 * for position bugs. Spelling suggestions are off: they cost ~100 ms per unknown word and move no range.
 */
export function everyRuleConfig(cwd = process.cwd()): ResolvedConfig {
  const config = resolveConfig(undefined, {}, cwd);
  for (const rule of rules) config.rules.set(rule.definition.id, { severity: 'warn', options: everyRuleOptions(rule) });
  return config;
}

/** Held-back findings too (their positions need checking like any other's); spelling without its slow suggestions. */
function everyRuleOptions(rule: (typeof rules)[number]): Record<string, unknown> {
  return {
    ...(rule.definition.tentative ? { tentative: true } : {}),
    ...(rule.definition.id === 'spelling' ? { suggestions: false } : {}),
  };
}

/** The same, as a config file: for runs through the CLI and the language server. */
export const everyRuleConfigFile = {
  rules: Object.fromEntries(
    rules.map((rule) => [
      rule.definition.id,
      Object.keys(everyRuleOptions(rule)).length ? ['warn', everyRuleOptions(rule)] : 'warn',
    ]),
  ),
};

export const textRuleIds: ReadonlySet<string> = new Set(
  rules.filter((rule) => rule.definition.scope === 'text').map((rule) => rule.definition.id),
);

/** Messages the checks below do not hold to a range: whole-file problems (unreadable, too deep). */
export const fileLevelRuleIds: ReadonlySet<string> = new Set(['read-error', 'parse-error', 'internal-error']);

interface Point {
  line: number;
  column: number;
  offset?: number | undefined;
}

export function rangeOf(message: VFileMessage): { start: Point; end: Point } | undefined {
  const place = message.place;
  if (!place) return undefined;
  return 'start' in place ? { start: place.start, end: place.end } : { start: place, end: place };
}

/**
 * The letters and digits a reader sees in a slice of the source: the slice is parsed as the
 * file's format (so `&amp;`, `\*`, `*emphasis*`, `> ` and tags drop out) and the text kept,
 * lower-cased and NFC-normalised. Comparing these, not raw strings, lets a flagged phrase span
 * markup ("a *miracle* cure") while still catching a range that is off by even one letter.
 */
export function visibleLetters(slice: string, format: Format): string {
  if (format === 'html') return lettersOf(htmlText(slice));
  if (format === 'text') return lettersOf(slice);
  return lettersOf(textOf(parseDocument(slice, format).mdast));
}

/**
 * The text of an HTML slice: tags and comments dropped, references decoded. Not parsed as a page,
 * which would keep only an `<article>` inside the slice and drop the words around it.
 */
function htmlText(slice: string): string {
  return slice
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g, (reference, body: string) => {
      if (!body.startsWith('#')) return decodeNamedCharacterReference(body) || reference;
      const code = /^#[xX]/.test(body) ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    });
}

export function lettersOf(text: string): string {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]/gu) ?? []
  ).join('');
}

function textOf(node: unknown): string {
  const parts: string[] = [];
  const pending: unknown[] = [node];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    const value = current as { type?: string; value?: unknown; children?: unknown[] };
    // Inline code, HTML and front matter are not prose: the linter never reads them either.
    if (value.type === 'text' && typeof value.value === 'string') parts.push(value.value);
    if (Array.isArray(value.children))
      for (let i = value.children.length - 1; i >= 0; i--) pending.push(value.children[i]);
  }
  return parts.join('');
}

/**
 * Message templates whose first backticked value is the flagged text (`{actual}` or `{word}`),
 * as patterns that capture it: "Unexpected sensational wording `{actual}`, …".
 */
const quotingTemplates: readonly { ruleId: string; pattern: RegExp }[] = rules.flatMap((rule) =>
  Object.values(rule.definition.messages).flatMap((template) => {
    const first = /`\{(\w+)\}`/.exec(template);
    if (!first || !['actual', 'word'].includes(first[1] as string) || template.indexOf('`') !== first.index) return [];
    const parts = template.split(/(\{\w+\})/);
    let captured = false;
    const source = parts
      .map((part) => {
        if (!/^\{\w+\}$/.test(part)) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (captured) return '[^]*?';
        captured = true;
        return '([^]*?)';
      })
      .join('');
    return [{ ruleId: rule.definition.id, pattern: new RegExp(`^${source}$`) }];
  }),
);

/** The flagged text a message quotes, when its template quotes it first; undefined otherwise. */
export function quotedValue(ruleId: string, reason: string): string | undefined {
  for (const template of quotingTemplates) {
    if (template.ruleId !== ruleId) continue;
    const match = template.pattern.exec(reason);
    if (match) return match[1];
  }
  return undefined;
}

/**
 * Problems with one file's messages, as readable strings (empty when all is well):
 * - every range lies inside the source, starts before it ends, and its line/column match its offsets;
 * - a message's `actual`, where set, is the text at its range;
 * - for passage rules whose message quotes the flagged text first, that text is at its range.
 */
export function positionProblems(file: VFile, source: string, format: Format): string[] {
  const problems: string[] = [];
  const lines = new LineIndex(source);
  for (const message of file.messages) {
    const label = `${String(message.ruleId)} "${message.reason}"`;
    if (fileLevelRuleIds.has(String(message.ruleId))) continue;
    const range = rangeOf(message);
    if (!range) continue;
    const { start, end } = range;
    if (start.offset === undefined || end.offset === undefined) {
      problems.push(`${label}: range without offsets`);
      continue;
    }
    if (start.offset < 0 || end.offset > source.length || start.offset > end.offset) {
      problems.push(`${label}: range ${start.offset}-${end.offset} outside 0-${source.length} or reversed`);
      continue;
    }
    for (const point of [start, end]) {
      const expected = lines.point(point.offset as number);
      if (expected.line !== point.line || expected.column !== point.column) {
        problems.push(
          `${label}: offset ${point.offset} is ${expected.line}:${expected.column}, reported ${point.line}:${point.column}`,
        );
      }
    }
    if (/[\r\n\u2028\u2029]/.test(message.reason)) problems.push(`${label}: the message spans lines`);
    const slice = source.slice(start.offset, end.offset);
    const seen = visibleLetters(slice, format);
    if (typeof message.actual === 'string' && seen !== lettersOf(message.actual)) {
      problems.push(`${label}: actual ${JSON.stringify(message.actual)} but the range holds ${JSON.stringify(slice)}`);
    }
    const quoted = quotedValue(String(message.ruleId), message.reason);
    if (textRuleIds.has(String(message.ruleId)) && quoted !== undefined && !seen.includes(lettersOf(quoted))) {
      problems.push(`${label}: quotes ${JSON.stringify(quoted)} but the range holds ${JSON.stringify(slice)}`);
    }
  }
  return problems;
}

/** A message reduced to what every front end (CLI JSON, library, language server) reports. */
export interface Finding {
  ruleId: string;
  reason: string;
  start: number;
  end: number;
}

export function findingsOf(file: VFile): Finding[] {
  return file.messages.map((message) => {
    const range = rangeOf(message);
    return {
      ruleId: String(message.ruleId),
      reason: message.reason,
      start: range?.start.offset ?? 0,
      end: range?.end.offset ?? 0,
    };
  });
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId) || a.reason.localeCompare(b.reason),
  );
}

export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI's `main` in this process, with standard input and captured output. */
export async function runMain(argv: string[], options: { cwd: string; stdin?: string | Buffer }): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await main(argv, {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text)),
    cwd: options.cwd,
    env: { NO_COLOR: '1' },
  });
  return { code, stdout, stderr };
}

/** The findings of a `--format json` report, one list per file. */
export function findingsOfJson(stdout: string): Finding[][] {
  const report = JSON.parse(stdout) as {
    messages: { ruleId: string | null; reason: string; place: { start: Point; end: Point } | Point | null }[];
  }[];
  return report.map((file) =>
    file.messages.map((message) => {
      const place = message.place;
      const start = place && 'start' in place ? place.start : place;
      const end = place && 'end' in place ? place.end : start;
      return {
        ruleId: String(message.ruleId),
        reason: message.reason,
        start: start?.offset ?? 0,
        end: end?.offset ?? 0,
      };
    }),
  );
}
