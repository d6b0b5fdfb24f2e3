import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { ProseDocument } from './prose/types.js';

export type MessageSeverity = 'error' | 'warning' | 'info';

/** vfile marks errors `fatal: true`, warnings `false` and infos `undefined`. */
export function severityOf(message: VFileMessage): MessageSeverity {
  if (message.fatal === true) return 'error';
  if (message.fatal === false) return 'warning';
  return 'info';
}

export interface Location {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  startOffset?: number;
  endOffset?: number;
}

/** Start and end of a message (1-based), falling back to line 1 for messages about a whole file. */
export function locationOf(message: VFileMessage): Location {
  const place = message.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : start;
  const location: Location = {
    startLine: start?.line ?? 1,
    startColumn: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
  };
  if (start?.offset !== undefined) location.startOffset = start.offset;
  if (end?.offset !== undefined) location.endOffset = end.offset;
  return location;
}

export interface RelatedLocation {
  message: string;
  place: {
    start: { line: number; column: number; offset?: number };
    end: { line: number; column: number; offset?: number };
  };
}

export function relatedOf(message: VFileMessage): RelatedLocation[] {
  return ((message as VFileMessage & { related?: RelatedLocation[] }).related ?? []).slice();
}

/** A message's machine-readable facts (`data` set by a rule's report), such as a house-style term's id. */
export function dataOf(message: VFileMessage): Record<string, string> | undefined {
  const data = (message as VFileMessage & { data?: unknown }).data;
  return data && typeof data === 'object' ? (data as Record<string, string>) : undefined;
}

/** Whether a rule reported the finding as tentative (its `tentative` option asked for the findings it is less sure of). */
export function isTentative(message: VFileMessage): boolean {
  return (message as VFileMessage & { tentative?: unknown }).tentative === true;
}

/** The prose document a file was linted with, when it was (files that failed to read have none). */
export function documentOfFile(file: VFile): ProseDocument | undefined {
  return (file.data as { healthlint?: { document?: ProseDocument } }).healthlint?.document;
}

export function counts(files: VFile[]): { errors: number; warnings: number; infos: number } {
  const result = { errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    for (const message of file.messages) {
      const severity = severityOf(message);
      if (severity === 'error') result.errors++;
      else if (severity === 'warning') result.warnings++;
      else result.infos++;
    }
  }
  return result;
}
