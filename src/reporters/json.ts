import type { VFile } from 'vfile';
import { dataOf, isTentative, relatedOf, severityOf } from '../report-model.js';
import { collected, JsonArrayWriter, type StreamingReporter } from './stream.js';

/**
 * The vfile-reporter-json array (`path`, `cwd`, `history`, `messages` with `reason`, `line`,
 * `column`, `place`, `ruleId`, `source`, `fatal`, `actual`, `expected`, `note`, `url`), plus
 * `severity`, `related`, `data` and `tentative`. Written here rather than with vfile-reporter-json because that one
 * serialises `ancestors` (whole trees, quadratic output) and drops fields it does not know.
 */
export const jsonStream: StreamingReporter = (_options, write) => {
  const array = new JsonArrayWriter(write);
  return { file: (file) => array.item(jsonOfFile(file)), end: () => array.end() };
};

export const jsonReporter = collected(jsonStream);

/** One file as the JSON report shows it; `--merge-reports` reads it back. */
export function jsonOfFile(file: VFile): unknown {
  return {
    path: file.path,
    cwd: file.cwd,
    history: file.history,
    messages: file.messages.map((message) => ({
      reason: message.reason,
      ruleId: message.ruleId ?? null,
      source: message.source ?? null,
      severity: severityOf(message),
      fatal: message.fatal,
      line: message.line,
      column: message.column,
      place: message.place ?? null,
      actual: message.actual ?? null,
      expected: message.expected ?? null,
      note: message.note ?? null,
      url: message.url ?? null,
      ...(dataOf(message) ? { data: dataOf(message) } : {}),
      ...(isTentative(message) ? { tentative: true } : {}),
      ...(relatedOf(message).length > 0 ? { related: relatedOf(message) } : {}),
    })),
  };
}
