import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { DiagnosticSeverity, type Diagnostic, type Position, type Range } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { locationOf, relatedOf, severityOf } from '../report-model.js';

/** What a diagnostic carries for code actions and hover, so they never re-lint. */
export interface DiagnosticData {
  ruleId?: string;
  /** Replacements for the flagged text, best first (from the message's `expected`). */
  expected?: string[];
  actual?: string;
  note?: string;
  /** The source text the range covered when linted; a quick fix applies only while it is unchanged. */
  text: string;
}

export const diagnosticSource = 'healthlint';

const severities = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const;

/**
 * One LSP diagnostic per vfile message. Offsets are preferred to line/column because the
 * client's own line model (`\r\n`, lone `\r`) is what ranges are measured in; the editor's
 * TextDocument computes positions the same way the client does.
 */
export function diagnosticsOf(file: VFile, document: TextDocument): Diagnostic[] {
  return file.messages.map((message) => toDiagnostic(message, document));
}

export function toDiagnostic(message: VFileMessage, document: TextDocument): Diagnostic {
  const range = rangeOf(message, document);
  const data: DiagnosticData = { text: document.getText(range) };
  if (message.ruleId) data.ruleId = message.ruleId;
  if (Array.isArray(message.expected)) data.expected = message.expected.map(String);
  if (message.actual !== undefined && message.actual !== null) data.actual = String(message.actual);
  if (message.note !== undefined && message.note !== null) data.note = String(message.note);
  const diagnostic: Diagnostic = {
    range,
    severity: severities[severityOf(message)],
    source: diagnosticSource,
    message: message.reason,
    data,
  };
  if (message.ruleId) diagnostic.code = message.ruleId;
  if (message.url) diagnostic.codeDescription = { href: message.url };
  const related = relatedOf(message);
  if (related.length > 0) {
    diagnostic.relatedInformation = related.map((item) => ({
      location: {
        uri: document.uri,
        range: {
          start: positionOf(item.place.start, document),
          end: positionOf(item.place.end, document),
        },
      },
      message: item.message,
    }));
  }
  return diagnostic;
}

function rangeOf(message: VFileMessage, document: TextDocument): Range {
  const location = locationOf(message);
  if (location.startOffset !== undefined && location.endOffset !== undefined) {
    return { start: document.positionAt(location.startOffset), end: document.positionAt(location.endOffset) };
  }
  return {
    start: { line: location.startLine - 1, character: location.startColumn - 1 },
    end: { line: location.endLine - 1, character: location.endColumn - 1 },
  };
}

function positionOf(point: { line: number; column: number; offset?: number }, document: TextDocument): Position {
  if (point.offset !== undefined) return document.positionAt(point.offset);
  return { line: Math.max(0, point.line - 1), character: Math.max(0, point.column - 1) };
}

/**
 * A diagnostic about the whole document (cannot read it, broken config, internal error), put on
 * the first line so that every client shows it, and with an Error severity because no finding
 * can be trusted until it is fixed.
 */
export function documentProblem(
  document: TextDocument,
  code: string,
  message: string,
  related?: { uri: string; line: number; character: number; message: string },
): Diagnostic {
  const firstLineEnd = document.positionAt(document.getText().search(/\r|\n|$/));
  const diagnostic: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: firstLineEnd },
    severity: DiagnosticSeverity.Error,
    source: diagnosticSource,
    code,
    message,
    data: { text: '' } satisfies DiagnosticData,
  };
  if (related) {
    const at = { line: related.line, character: related.character };
    diagnostic.relatedInformation = [
      { location: { uri: related.uri, range: { start: at, end: at } }, message: related.message },
    ];
  }
  return diagnostic;
}
