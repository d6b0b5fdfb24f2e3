import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Format } from '../prose/types.js';
import type { RuleLookup } from '../rule/rule-set.js';
import { commandIds } from './commands.js';
import { diagnosticSource, type DiagnosticData } from './diagnostics.js';
import { disableInsertion } from './disable-comment.js';

export interface CodeActionInput {
  document: TextDocument;
  format: Format;
  /** The diagnostics the client sent with the request. */
  requested: readonly Diagnostic[];
  /** What the server last published for the document, whose `data` is trusted over a client's copy. */
  published: readonly Diagnostic[];
  /** The rules the document was linted with: a rule's scope decides whether a block can be silenced. */
  ruleSet: RuleLookup;
}

/**
 * Quick fixes for healthlint's diagnostics: each `expected` replacement, adding a misspelt word
 * to the project dictionary, and silencing a rule for one block or for the whole project.
 * Actions that edit the document are offered only while the flagged text is unchanged, so a fix
 * computed for an older version never lands on the wrong words.
 */
export function codeActionsFor({ document, format, requested, published, ruleSet }: CodeActionInput): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  const add = (key: string, action: CodeAction): void => {
    if (seen.has(key)) return;
    seen.add(key);
    actions.push(action);
  };
  for (const diagnostic of requested) {
    if (diagnostic.source !== diagnosticSource || typeof diagnostic.code !== 'string') continue;
    const ruleId = diagnostic.code;
    const data = dataOf(diagnostic, published);
    const current = document.getText(diagnostic.range) === data?.text;
    if (data && current) {
      const expected = data.expected ?? [];
      for (const replacement of expected) {
        add(`replace:${rangeKey(diagnostic.range)}:${replacement}`, {
          title: replacementTitle(data.text, replacement),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: expected.length === 1,
          edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: replacement }] } },
        });
      }
    }
    if (ruleId === 'spelling' && data) {
      const word = (data.actual ?? data.text).trim();
      if (word) {
        add(`word:${word}`, {
          title: `Add «${word}» to the project dictionary`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: 'Add word', command: commandIds.addWordToDictionary, arguments: [document.uri, word] },
        });
      }
    }
    const rule = ruleSet.get(ruleId);
    if (!rule) continue;
    if (current && rule.definition.scope === 'text') {
      const insertion = disableInsertion(document.getText(), format, document.offsetAt(diagnostic.range.start), ruleId);
      if (insertion) {
        const at = document.positionAt(insertion.offset);
        add(`block:${ruleId}:${insertion.offset}`, {
          title: `Disable «${ruleId}» for this ${insertion.scope}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [document.uri]: [{ range: { start: at, end: at }, newText: insertion.text }] } },
        });
      }
    }
    add(`project:${ruleId}`, {
      title: `Disable «${ruleId}» in this project`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Disable rule', command: commandIds.disableRuleInProject, arguments: [document.uri, ruleId] },
    });
  }
  return actions;
}

function replacementTitle(actual: string, replacement: string): string {
  if (replacement === '') return `Remove «${actual}»`;
  if (actual === '') return `Insert «${replacement}»`;
  return `Replace «${actual}» with «${replacement}»`;
}

/**
 * The data of the matching published diagnostic; clients that do not keep `data` (or rebuild
 * diagnostics from their own store) still get fixes. A client's own `data` is the fallback.
 */
function dataOf(diagnostic: Diagnostic, published: readonly Diagnostic[]): DiagnosticData | undefined {
  const key = rangeKey(diagnostic.range);
  const match = published.find(
    (candidate) =>
      candidate.code === diagnostic.code &&
      candidate.message === diagnostic.message &&
      rangeKey(candidate.range) === key,
  );
  const data: unknown = match?.data ?? diagnostic.data;
  if (data === null || typeof data !== 'object' || typeof (data as DiagnosticData).text !== 'string') return undefined;
  const { expected } = data as DiagnosticData;
  if (expected !== undefined && (!Array.isArray(expected) || expected.some((item) => typeof item !== 'string')))
    return undefined;
  return data as DiagnosticData;
}

function rangeKey(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}
