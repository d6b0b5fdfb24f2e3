import { VFile } from 'vfile';
import { documentOfFile } from './report-model.js';
import { articleKinds } from './language/article-kind.js';
import { disclosuresOf } from './language/disclosure.js';
import { findLimitations } from './language/limitations.js';
import { firstAvailabilityStatement, type AvailabilityKind } from './language/availability.js';
import { focalIntervention } from './language/focal-intervention.js';
import { findAbsoluteFigures, findRelativeEffects } from './language/risk.js';
import { firstSafetyCaveat } from './language/safety.js';
import { findDesignCues, reportsOnlyAssociation } from './language/study-design.js';
import { interventionClassOf, remedyMentions } from './language/treatments.js';
import type { Block, ProseDocument, SourceSpan } from './prose/types.js';
import type { Dialect } from './rule/types.js';
import { blocksRead, type HealthlintRule } from './rule/define-rule.js';
import type { RuleLookup } from './rule/rule-set.js';

/**
 * A HealthNewsReview.org scorecard: for each criterion healthlint can judge, whether an article
 * satisfies it, with the findings and passages that decided it. The verdicts reuse the rules'
 * own checks (run here with their default options, whatever the user's config, so that every
 * scorecard is judged the same way) and the language helpers they are built on.
 */
export type Verdict = 'satisfied' | 'not-satisfied' | 'not-applicable';

export type CriterionId =
  | 'benefits-quantified'
  | 'harms'
  | 'evidence-quality'
  | 'availability'
  | 'funding-and-conflicts'
  | 'sensational-language'
  | 'relative-and-absolute-risk';

export interface Evidence {
  /** The rule whose finding this is; absent for a passage that satisfied the criterion. */
  ruleId?: string;
  reason: string;
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CriterionResult {
  id: CriterionId;
  title: string;
  /** The HealthNewsReview.org criterion (or guideline) it stands for. */
  source: string;
  verdict: Verdict;
  /** Why, in a few words. */
  reason: string;
  evidence: Evidence[];
}

export interface Scorecard {
  path: string;
  criteria: CriterionResult[];
}

export const criteria: readonly { id: CriterionId; title: string; source: string }[] = [
  { id: 'benefits-quantified', title: 'Benefits quantified', source: 'HealthNewsReview.org criterion 2' },
  { id: 'harms', title: 'Harms explained', source: 'HealthNewsReview.org criterion 3' },
  { id: 'evidence-quality', title: 'Quality of evidence', source: 'HealthNewsReview.org criterion 4' },
  { id: 'funding-and-conflicts', title: 'Funding and conflicts', source: 'HealthNewsReview.org criterion 6' },
  { id: 'availability', title: 'Availability and approval', source: 'HealthNewsReview.org criterion 8' },
  { id: 'sensational-language', title: 'No sensational language', source: 'HealthNewsReview.org criterion 10' },
  { id: 'relative-and-absolute-risk', title: 'Relative and absolute risk', source: 'CONSORT 2010 item 17b' },
];

type Judgement = Pick<CriterionResult, 'verdict' | 'reason' | 'evidence'>;

interface Context {
  document: ProseDocument;
  dialect: Dialect;
  /** Findings of a rule on this document, computed once. */
  findings(ruleId: string): Evidence[];
  /** Whether the article reports research, sells something or presents a treatment as a remedy. */
  aboutIntervention: boolean;
}

/** How a satisfied availability verdict names the kind of statement that satisfied it. */
const availabilityWording: Record<AvailabilityKind, string> = {
  status: 'its regulatory status',
  timeline: 'when it might be available',
  cost: 'what it costs or who pays',
  access: 'where or how readers can get it',
  'research-stage': 'how far it is from patients',
};

const judges: Record<CriterionId, (context: Context) => Judgement> = {
  'benefits-quantified'(context) {
    if (!context.aboutIntervention) return notApplicable('no research, product or treatment');
    const relative = context.findings('relative-risk-without-absolute');
    if (relative.length > 0) return notSatisfied('a relative effect without its baseline', relative);
    // An absolute benefit needs both arms (or before and after): one figure cannot show a difference.
    const absolute = passages(context.document, 'absolute figure', (block) => findAbsoluteFigures(block.text));
    if (absolute.length < 2) return notSatisfied('fewer than two absolute figures', absolute);
    return satisfied(`${absolute.length} absolute figures`, absolute.slice(0, 2));
  },
  harms(context) {
    if (!context.aboutIntervention) return notApplicable('no research, product or treatment');
    const caveat = firstSafetyCaveat(context.document);
    if (caveat)
      return satisfied('names a harm or caution', [passage(context.document, caveat.block, caveat, 'safety caveat')]);
    return notSatisfied('no harm, side effect or caution named', context.findings('missing-safety-caveat'));
  },
  'evidence-quality'(context) {
    if (!context.aboutIntervention) return notApplicable('no research, product or treatment');
    const overstated = context.findings('causal-claim-from-association');
    if (overstated.length > 0) return notSatisfied('causal wording about weaker evidence', overstated);
    const design = passages(context.document, 'study design', (block) =>
      findDesignCues(block.text).filter((cue) => cue.id !== 'association-wording'),
    );
    const limits = passages(context.document, 'limitation', (block) => findLimitations(block.text));
    if (design.length === 0) return notSatisfied('the study design is never named', limits.slice(0, 1));
    if (limits.length === 0) return notSatisfied('no limitation or uncertainty stated', design.slice(0, 1));
    return satisfied('names the design and its limits', [design[0], limits[0]].filter(isEvidence));
  },
  'funding-and-conflicts'(context) {
    const kinds = articleKinds(context.document);
    if (!kinds.research && !kinds.sales) return notApplicable('no research reported and nothing sold');
    const disclosed = disclosuresOf(context.document);
    const { industry, funding, interests } = disclosed;
    if (industry && !interests) {
      return notSatisfied('funded by the maker, no conflict-of-interest statement', [
        passage(context.document, industry.block, industry.sentence, 'funding statement'),
      ]);
    }
    const statement = funding ?? interests;
    if (!statement) return notSatisfied('no funding or conflict-of-interest statement', []);
    return satisfied('states funding or interests', [
      passage(context.document, statement.block, statement.sentence, 'disclosure statement'),
    ]);
  },
  availability(context) {
    const missing = context.findings('missing-regulatory-status');
    if (missing.length > 0) return notSatisfied('a treatment without its regulatory status', missing);
    const subject = focalIntervention(context.document)?.first ?? remedyMentions(context.document)[0];
    if (!subject) return notApplicable('no drug, device, test, procedure or programme offered to readers');
    const found = firstAvailabilityStatement(context.document);
    if (found) {
      const { block, sentence, statement } = found;
      return satisfied(`says ${availabilityWording[statement.kind]}`, [
        passage(context.document, block, sentence, 'availability statement'),
      ]);
    }
    if (everydayExposure(context.document, subject)) {
      return notApplicable(
        'an everyday practice, food or supplement the study observed people choosing, not a product offered',
      );
    }
    return notSatisfied('never says whether, when, where or at what cost readers can get it', [
      passage(context.document, subject.block, subject, `${subject.text}: availability never stated`),
    ]);
  },
  'sensational-language'(context) {
    const hype = context.findings('hype');
    return hype.length > 0 ? notSatisfied('sensational wording', hype) : satisfied('no hype words found', []);
  },
  'relative-and-absolute-risk'(context) {
    const relative = passages(context.document, 'relative effect', (block) => findRelativeEffects(block.text));
    if (relative.length === 0) return notApplicable('no relative effect');
    const missing = context.findings('relative-risk-without-absolute');
    if (missing.length > 0) return notSatisfied('a relative effect without its baseline', missing);
    return satisfied('every relative effect has an absolute figure nearby', relative.slice(0, 1));
  },
};

/**
 * Diet, exercise, foods and supplements that a study only observed people choosing ("an
 * anti-inflammatory diet could reduce the risk of bone loss", "men who exercised vigorously"):
 * whether readers can get them is common knowledge, and HealthNewsReview calls such releases
 * satisfactory ("foods that are widely available"). Once a trial in people tests the practice, a
 * programme or product is on offer, and where to get it is a fair question again.
 */
const everydayClasses = new Set(['lifestyle', 'food', 'supplement']);

function everydayExposure(document: ProseDocument, subject: Parameters<typeof interventionClassOf>[0]): boolean {
  if (!everydayClasses.has(interventionClassOf(subject))) return false;
  return reportsOnlyAssociation(
    document.blocks,
    document.blocks.map((block) => findDesignCues(block.text)),
  );
}

/**
 * The scorecard of one article's prose document. `ruleSet` supplies the rules whose checks decide
 * criteria (a config's `ruleSet`): a criterion whose rule is missing from it finds no evidence.
 */
export function scorecardOf(
  document: ProseDocument,
  ruleSet: RuleLookup,
  dialect: Dialect = 'en-US',
): CriterionResult[] {
  const cache = new Map<string, Evidence[]>();
  const kinds = articleKinds(document);
  const context: Context = {
    document,
    dialect,
    findings(ruleId) {
      let found = cache.get(ruleId);
      if (!found) {
        found = runRule(document, ruleSet.get(ruleId), dialect);
        cache.set(ruleId, found);
      }
      return found;
    },
    aboutIntervention: Boolean(kinds.research || kinds.sales) || remedyMentions(document).length > 0,
  };
  return criteria.map((criterion) => ({ ...criterion, ...judges[criterion.id](context) }));
}

/** The scorecard of a linted file; a file that could not be read gets every criterion not applicable. */
export function scorecardOfFile(file: VFile, ruleSet: RuleLookup): Scorecard {
  const path = file.path || '<stdin>';
  const document = documentOfFile(file);
  if (!document) {
    return {
      path,
      criteria: criteria.map((criterion) => ({ ...criterion, ...notApplicable('not read'), evidence: [] })),
    };
  }
  const dialect = (file.data as { healthlint?: { dialect?: Dialect } }).healthlint?.dialect ?? 'en-US';
  return { path, criteria: scorecardOf(document, ruleSet, dialect) };
}

export interface CriterionSummary {
  id: CriterionId;
  title: string;
  source: string;
  satisfied: number;
  notSatisfied: number;
  notApplicable: number;
}

/** Counts of each verdict per criterion across articles. */
export function summarise(cards: readonly Scorecard[]): CriterionSummary[] {
  return criteria.map(({ id, title, source }) => {
    const verdicts = cards.map((card) => card.criteria.find((result) => result.id === id)?.verdict);
    const count = (verdict: Verdict): number => verdicts.filter((found) => found === verdict).length;
    return {
      id,
      title,
      source,
      satisfied: count('satisfied'),
      notSatisfied: count('not-satisfied'),
      notApplicable: count('not-applicable'),
    };
  });
}

/** Runs one rule's check with its defaults and turns its reports into evidence. */
function runRule(document: ProseDocument, rule: HealthlintRule<object> | undefined, dialect: Dialect): Evidence[] {
  if (!rule) return [];
  const { definition } = rule;
  const found: Evidence[] = [];
  definition.check(document, {
    options: definition.defaults,
    dialect,
    dialectDetected: false,
    baseDirectory: process.cwd(),
    file: new VFile({ value: document.source }),
    blocks: blocksRead(document, definition.skip),
    report(messageId, span, data = {}) {
      const template = definition.messages[messageId] ?? messageId;
      const reason = template.replace(/\{(\w+)\}/g, (_, name: string) => String(data[name] ?? ''));
      found.push({ ruleId: definition.id, ...located(document, span), reason });
    },
  });
  return found;
}

function located(document: ProseDocument, span: SourceSpan): Omit<Evidence, 'reason' | 'ruleId'> {
  const start = document.point(span.start);
  const end = document.point(span.end);
  return {
    text: document.source.slice(span.start, span.end),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

function passage(
  document: ProseDocument,
  block: Block,
  range: { start: number; end: number },
  reason: string,
): Evidence {
  return { ...located(document, block.span(range.start, range.end)), reason };
}

/** Every range `find` returns in every block, as evidence labelled `reason`, in document order. */
function passages(
  document: ProseDocument,
  reason: string,
  find: (block: Block) => { start: number; end: number }[],
): Evidence[] {
  return document.blocks.flatMap((block) => find(block).map((range) => passage(document, block, range, reason)));
}

function isEvidence(value: Evidence | undefined): value is Evidence {
  return value !== undefined;
}

function satisfied(reason: string, evidence: Evidence[]): Judgement {
  return { verdict: 'satisfied', reason, evidence };
}

function notSatisfied(reason: string, evidence: Evidence[]): Judgement {
  return { verdict: 'not-satisfied', reason, evidence };
}

function notApplicable(reason: string): Judgement {
  return { verdict: 'not-applicable', reason, evidence: [] };
}
