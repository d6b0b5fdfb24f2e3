import { scorecardOfFile, summarise, type CriterionResult, type Evidence, type Scorecard } from '../scorecard.js';
import { escapeControl, neutraliseCommandLines, safePath } from './text-safety.js';
import type { Reporter } from './types.js';

/** How many findings or passages to show under each criterion before “and N more”. */
const shownEvidence = 3;
const marks: Record<CriterionResult['verdict'], string> = {
  satisfied: '✓',
  'not-satisfied': '✗',
  'not-applicable': '–',
};
const words: Record<CriterionResult['verdict'], string> = {
  satisfied: 'satisfied',
  'not-satisfied': 'not satisfied',
  'not-applicable': 'not applicable',
};

/**
 * `--format scorecard`: each article's HealthNewsReview.org scorecard (src/scorecard.ts), the
 * findings or passages that decided each criterion, and for more than one article a table of
 * verdicts per criterion.
 */
export const scorecardReporter: Reporter = (files) => {
  const cards = files.map(scorecardOfFile);
  const sections = cards.map(renderCard);
  if (cards.length > 1) sections.push(renderSummary(cards));
  return neutraliseCommandLines(sections.join('\n\n'));
};

/** `--format scorecard-json`: the same scorecards and summary as data. */
export const scorecardJsonReporter: Reporter = (files) => {
  const cards = files.map(scorecardOfFile);
  return JSON.stringify({ files: cards, summary: summarise(cards) }, null, 2);
};

function renderCard(card: Scorecard): string {
  const lines = [safePath(card.path)];
  for (const result of card.criteria) {
    lines.push(
      `  ${marks[result.verdict]} ${result.title} (${result.source}): ${words[result.verdict]}, ${result.reason}`,
    );
    for (const evidence of result.evidence.slice(0, shownEvidence)) lines.push(`      ${renderEvidence(evidence)}`);
    const more = result.evidence.length - shownEvidence;
    if (more > 0) lines.push(`      and ${more} more`);
  }
  return lines.join('\n');
}

function renderEvidence(evidence: Evidence): string {
  const at = `${evidence.line}:${evidence.column}-${evidence.endLine}:${evidence.endColumn}`;
  const text = evidence.text.replace(/\s+/g, ' ').trim();
  const quoted = `“${escapeControl(text.length > 80 ? `${text.slice(0, 79)}…` : text)}”`;
  const reason = escapeControl(evidence.reason);
  return evidence.ruleId ? `${at}  ${evidence.ruleId}  ${reason}` : `${at}  ${reason}: ${quoted}`;
}

function renderSummary(cards: Scorecard[]): string {
  const rows = summarise(cards).map((row) =>
    [`${row.title} (${row.source})`, row.satisfied, row.notSatisfied, row.notApplicable].join(' | '),
  );
  return [
    `Summary of ${cards.length} articles`,
    '',
    '| criterion | satisfied | not satisfied | not applicable |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}
