import type { VFile } from 'vfile';
import { toPosixPath } from '../fingerprint.js';
import { LineIndex } from '../formats/line-index.js';
import { documentOfFile, locationOf, severityOf } from '../report-model.js';
import { collected, joiner, type StreamingReporter } from './stream.js';

const severities = { error: 'ERROR', warning: 'WARNING', info: 'INFO' } as const;

/**
 * reviewdog's Diagnostic JSON Lines (`reviewdog -f=rdjsonl`): one object per line. reviewdog
 * counts columns in UTF-8 bytes (1-based, end exclusive) where vfile counts UTF-16 code units,
 * so columns are converted with the file's text; "µg" or "–" before a finding would otherwise
 * shift its range. The best `expected` replacement becomes a suggestion, which reviewdog posts
 * as a GitHub "suggested change".
 */
export const rdjsonlStream: StreamingReporter = (_options, write) => {
  const line = joiner(write, '\n');
  const file = (file: VFile): void => {
    if (file.messages.length === 0) return;
    const columns = utf8Columns(file);
    for (const message of file.messages) {
      const at = locationOf(message);
      const range = {
        start: { line: at.startLine, column: columns(at.startLine, at.startColumn) },
        end: { line: at.endLine, column: columns(at.endLine, at.endColumn) },
      };
      const suggestion = message.expected?.[0];
      line(
        JSON.stringify({
          message: message.reason,
          location: { path: toPosixPath(file.path || '<stdin>'), range },
          severity: severities[severityOf(message)],
          source: { name: 'healthlint', url: 'https://github.com/healthlint/healthlint' },
          code: { value: message.ruleId ?? 'unknown', ...(message.url ? { url: message.url } : {}) },
          ...(suggestion !== undefined && message.place ? { suggestions: [{ range, text: suggestion }] } : {}),
        }),
      );
    }
  };
  return { file, end: () => {} };
};

export const rdjsonlReporter = collected(rdjsonlStream);

/** Converts a 1-based UTF-16 column on a line to a 1-based UTF-8 byte column. */
export function utf8Columns(file: VFile): (line: number, column: number) => number {
  const source = documentOfFile(file)?.source ?? (file.value === undefined ? undefined : String(file));
  if (source === undefined) return (_line, column) => column;
  const lines = new LineIndex(source);
  return (line, column) => {
    const lineStart = lines.offset(line, 1);
    const offset = lines.offset(line, column);
    return Buffer.byteLength(source.slice(lineStart, offset), 'utf8') + 1;
  };
}
