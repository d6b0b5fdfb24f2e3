import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { ProseDocument } from './prose/types.js';
import { documentOfFile, locationOf } from './report-model.js';

/**
 * What identifies a finding across edits: the rule, the file, the flagged text and the sentence
 * around it. Line numbers are deliberately left out, so a finding keeps its identity when lines
 * are added above it or other paragraphs change; it changes only when its own sentence does.
 */
export interface FindingKey {
  rule: string;
  /** A `/`-separated path; callers choose what it is relative to (the baseline's folder, the repository). */
  path: string;
  /** The flagged source text, whitespace collapsed. */
  text: string;
  /** The sentence (or sentences) holding the flagged text, markup removed, whitespace collapsed. */
  sentence: string;
}

/** Bumped when the key or the hash changes, so old baselines are recognised rather than silently mismatched. */
export const fingerprintVersion = 1;

export function normaliseWhitespace(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The key of one message. Messages without a range (a whole file) use their reason as the text. */
export function findingKeyOf(file: VFile, message: VFileMessage, path: string): FindingKey {
  const rule = message.ruleId ?? 'unknown';
  const at = locationOf(message);
  const source = sourceOf(file);
  if (at.startOffset === undefined || at.endOffset === undefined || source === undefined) {
    return { rule, path, text: normaliseWhitespace(message.reason), sentence: '' };
  }
  const text = normaliseWhitespace(source.slice(at.startOffset, at.endOffset));
  const sentence = sentenceAround(file, source, at.startOffset, at.endOffset);
  return { rule, path, text, sentence };
}

/** A short, stable hash of a key (hex, 32 characters, the length GitLab's MD5 fingerprints have). */
export function fingerprintOf(key: FindingKey): string {
  return createHash('sha256')
    .update(['healthlint', String(fingerprintVersion), key.rule, key.path, key.text, key.sentence].join('\0'))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Fingerprints that are unique within a run: the n-th repeat of the same finding (the same word
 * flagged twice in one sentence) gets the base fingerprint hashed with n. Used where every issue
 * needs its own id (GitLab Code Quality, SARIF); the baseline counts repeats instead.
 */
export function uniqueFingerprints(keys: FindingKey[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const base = fingerprintOf(key);
    const repeat = seen.get(base) ?? 0;
    seen.set(base, repeat + 1);
    return repeat === 0 ? base : createHash('sha256').update(`${base}\0${repeat}`).digest('hex').slice(0, 32);
  });
}

export function toPosixPath(path: string): string {
  return path.split('\\').join('/');
}

function sourceOf(file: VFile): string | undefined {
  const document = documentOfFile(file);
  if (document) return document.source;
  return file.value === undefined ? undefined : String(file);
}

/** The sentences a range touches, from the prose document; the source lines it touches as a fallback. */
function sentenceAround(file: VFile, source: string, start: number, end: number): string {
  const document = documentOfFile(file);
  const fromProse = document ? sentencesTouching(document, start, end) : undefined;
  if (fromProse !== undefined) return fromProse;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const newline = source.indexOf('\n', Math.max(end, start + 1) - 1);
  return normaliseWhitespace(source.slice(lineStart, newline === -1 ? source.length : newline));
}

function sentencesTouching(document: ProseDocument, start: number, end: number): string | undefined {
  for (const block of document.blocks) {
    const blockSpan = block.span(0, block.text.length);
    if (start < blockSpan.start || start > blockSpan.end) continue;
    const touched = block.sentences.filter((sentence) => {
      const span = block.span(sentence.start, sentence.end);
      return start === end ? span.start <= start && start <= span.end : span.start < end && start < span.end;
    });
    if (touched.length > 0) return normaliseWhitespace(touched.map((sentence) => sentence.text).join(' '));
    return normaliseWhitespace(block.text);
  }
  return undefined;
}
