import { MarkupKind, type Diagnostic, type Hover, type Position } from 'vscode-languageserver/node.js';
import type { RuleLookup } from '../rule/rule-set.js';
import { diagnosticSource, type DiagnosticData } from './diagnostics.js';

/**
 * Explains the findings under the cursor: for each rule flagged there, what it checks, why it
 * matters (plus the finding's own note when it has one), how to fix it, and the guideline it
 * follows, from the rules the document was linted with. Markdown when the client renders it, plain
 * text otherwise.
 */
export function hoverFor(
  position: Position,
  diagnostics: readonly Diagnostic[],
  markdown: boolean,
  ruleSet: RuleLookup,
): Hover | null {
  const here = diagnostics.filter(
    (diagnostic) =>
      diagnostic.source === diagnosticSource &&
      compare(diagnostic.range.start, position) <= 0 &&
      compare(position, diagnostic.range.end) <= 0,
  );
  const sections: string[] = [];
  const explained = new Set<string>();
  for (const diagnostic of here) {
    const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
    const rule = ruleId ? ruleSet.get(ruleId) : undefined;
    if (!ruleId || !rule || explained.has(ruleId)) continue;
    explained.add(ruleId);
    const { docs } = rule.definition;
    const note = (diagnostic.data as DiagnosticData | undefined)?.note;
    const specific = note && note !== docs.rationale ? [note] : [];
    const url = diagnostic.codeDescription?.href;
    sections.push(
      markdown
        ? [
            `**${ruleId}**: ${docs.summary}`,
            `**Why it matters:** ${docs.rationale}`,
            ...specific.map((text) => `**Here:** ${text}`),
            `**How to fix:** ${docs.howToFix}`,
            `**Guideline:** ${guidelineLead(docs.guideline)}`,
            ...(url ? [`[Rule documentation](${url})`] : []),
          ].join('\n\n')
        : [
            `${ruleId}: ${docs.summary}`,
            `Why it matters: ${docs.rationale}`,
            ...specific.map((text) => `Here: ${text}`),
            `How to fix: ${docs.howToFix}`,
            `Guideline: ${guidelineLead(docs.guideline)}`,
            ...(url ? [`Documentation: ${url}`] : []),
          ].join('\n'),
    );
  }
  if (sections.length === 0) return null;
  const first = here[0];
  return {
    contents: {
      kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText,
      value: sections.join(markdown ? '\n\n---\n\n' : '\n\n'),
    },
    ...(first ? { range: first.range } : {}),
  };
}

/** Guidelines up to this many words are shown whole on hover. */
const hoverGuidelineWords = 80;

/**
 * A hover shows a long guideline's first sentence only: three rules' guidelines run to a thousand
 * words (every exception they make), which would bury the finding in a popup on every hover. The
 * whole text stays in the rule's documentation, which the hover links to.
 */
export function guidelineLead(guideline: string): string {
  if (guideline.split(/\s+/u).length <= hoverGuidelineWords) return guideline;
  // A sentence ends at a stop, question or exclamation mark (perhaps inside a closing bracket or a
  // code span), before a space and a capital, a quote or a code span: not inside "HealthNewsReview.org".
  const end = /[.?!][)`’”]*(?=\s+[A-Z`“‘"(])/u.exec(guideline);
  return end ? `${guideline.slice(0, end.index + end[0].length)} …` : guideline;
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
