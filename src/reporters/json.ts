import type { Reporter } from './types.js';
import { dataOf, relatedOf, severityOf } from './model.js';

/**
 * The vfile-reporter-json array (`path`, `cwd`, `history`, `messages` with `reason`, `line`,
 * `column`, `place`, `ruleId`, `source`, `fatal`, `actual`, `expected`, `note`, `url`), plus
 * `severity` and `related`. Written here rather than with vfile-reporter-json because that one
 * serialises `ancestors` (whole trees, quadratic output) and drops fields it does not know.
 */
export const jsonReporter: Reporter = (files) =>
  JSON.stringify(
    files.map((file) => ({
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
        ...(relatedOf(message).length > 0 ? { related: relatedOf(message) } : {}),
      })),
    })),
    null,
    2,
  );
