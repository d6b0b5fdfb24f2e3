import type { VFile } from 'vfile';
import {
  scorecardOfFile,
  summarise,
  type CriterionResult,
  type CriterionSummary,
  type Evidence,
  type Scorecard,
} from '../scorecard.js';
import { collected, joiner, JsonArrayWriter, splitAtSlot, type StreamingReporter } from './stream.js';
import { escapeControl, neutraliseCommandLines, safePath } from './text-safety.js';

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
export const scorecardStream: StreamingReporter = ({ ruleSet }, write) => {
  const section = joiner(write, '\n\n');
  const tally = new Tally();
  const file = (file: VFile): void => {
    const card = scorecardOfFile(file, ruleSet);
    tally.add(card);
    // Each section starts a line, so neutralising it alone is the same as neutralising the whole report.
    section(neutraliseCommandLines(renderCard(card)));
  };
  return {
    file,
    end: () => void (tally.cards > 1 ? section(neutraliseCommandLines(renderSummary(tally))) : undefined),
  };
};

export const scorecardReporter = collected(scorecardStream);

/** `--format scorecard-json`: the same scorecards and summary as data. */
export const scorecardJsonStream: StreamingReporter = ({ ruleSet }, write) => {
  const tally = new Tally();
  const { before, base } = splitAtSlot((slot) => ({ files: slot, summary: [] }));
  write(before);
  const array = new JsonArrayWriter(write, base);
  const file = (file: VFile): void => {
    const card = scorecardOfFile(file, ruleSet);
    tally.add(card);
    array.item(card);
  };
  const end = (): void => {
    array.end();
    write(splitAtSlot((slot) => ({ files: slot, summary: tally.summary })).after);
  };
  return { file, end };
};

export const scorecardJsonReporter = collected(scorecardJsonStream);

/** Verdicts per criterion, counted card by card so that no card is kept. */
class Tally {
  cards = 0;
  summary: CriterionSummary[] = summarise([]);

  add(card: Scorecard): void {
    this.cards++;
    for (const [index, row] of summarise([card]).entries()) {
      const total = this.summary[index]!;
      total.satisfied += row.satisfied;
      total.notSatisfied += row.notSatisfied;
      total.notApplicable += row.notApplicable;
    }
  }
}

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

function renderSummary(tally: Tally): string {
  const rows = tally.summary.map((row) =>
    [`${row.title} (${row.source})`, row.satisfied, row.notSatisfied, row.notApplicable].join(' | '),
  );
  return [
    `Summary of ${tally.cards} articles`,
    '',
    '| criterion | satisfied | not satisfied | not applicable |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}
