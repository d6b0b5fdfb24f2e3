import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig, type ResolvedConfig } from '../../src/config/resolve.js';
import { healthlintData } from '../../src/file-data.js';
import { lintText } from '../../src/lint.js';
import { isTentative } from '../../src/report-model.js';
import type { ProseDocument } from '../../src/prose/types.js';
import type { Point, Position } from 'unist';
import { asArticle, type PublishedArticle } from '../fakehealth.js';
import { corpusPath, readJsonl } from '../lib.js';
import { collapse, type Finding } from './sample.js';

/**
 * The documents of the judged sample, linted once per process with the `recommended` preset as
 * the articles they were published as, and their findings in the shape the sample needs.
 */

export interface JudgedDocument {
  /** `<corpus>:<id>`. */
  id: string;
  /** The Markdown article as linted. */
  source: string;
}

export interface LocatedFinding extends Finding {
  /** The message, as a user sees it. */
  message: string;
  /** Source offsets of the message's range (both 0 for a message without one). */
  start: number;
  end: number;
  /** The prose block (paragraph, heading, list item…) holding the range, for judging in context. */
  paragraph: string;
  /** A finding the rule holds back unless its `tentative` option is on (`recommended` leaves it off). */
  tentative?: true;
}

interface Story extends PublishedArticle {
  news_id: string;
}

interface Summary {
  doi: string;
  plain_language_summary: string;
}

/**
 * The dev documents of the three corpora, or undefined when ../shared is absent. Releases and
 * stories keep their headline and date as front matter; Cochrane plain-language summaries have
 * neither in the corpus, so they are linted as bare Markdown.
 */
export function loadJudgedDocuments(): JudgedDocument[] | undefined {
  const releases = corpusPath('fakehealth-release', 'dev.jsonl');
  const stories = corpusPath('fakehealth-story-text', 'healthstory.jsonl');
  const summaries = corpusPath('cochrane-pls', 'cochrane-val-test.jsonl');
  if (!releases || !stories || !summaries) return undefined;
  return [
    ...readJsonl<Story>(releases).map((article) => ({
      id: `fakehealth-release:${article.news_id}`,
      source: asArticle(article),
    })),
    ...readJsonl<Story>(stories).map((article) => ({
      id: `fakehealth-story-text:${article.news_id}`,
      source: asArticle(article),
    })),
    ...readJsonl<Summary>(summaries).map((summary) => ({
      id: `cochrane-pls:${summary.doi}`,
      source: asArticle({ text: summary.plain_language_summary }),
    })),
  ];
}

export interface LintedCorpus {
  documents: JudgedDocument[];
  /** What `recommended` reports: the findings a user sees, and what every figure is about. */
  findings: LocatedFinding[];
  /** What the rules hold back as tentative, linted with every rule's `tentative` option on. */
  tentativeFindings: LocatedFinding[];
  /** Findings per document id. */
  byDocument: Map<string, LocatedFinding[]>;
  seconds: number;
  /** Whether the findings came from the disk cache of an earlier run with the same code. */
  fromCache: boolean;
}

let cached: LintedCorpus | undefined;

const repositoryRoot = new URL('../../', import.meta.url).pathname;
/** What decides the findings: the linter's code and data, its dependencies, and how documents are built. */
const inputs = ['src', 'rules', 'dictionaries', 'package-lock.json', 'eval/fakehealth.ts', 'eval/judged/corpus.ts'];
export const cacheFolder = '/tmp/healthlint-judge';

/**
 * A digest of every file that decides the findings and of the documents themselves, so that a
 * finding list saved by an earlier run with the same code can be reused: linting 2,859 articles
 * takes minutes on a shared machine, and judging means running `pending.ts` and the eval in turn.
 */
function findingsDigest(documents: readonly JudgedDocument[], onlyRules: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`rules\0${onlyRules.join(',')}\0`);
  const visit = (relative: string): void => {
    const path = join(repositoryRoot, relative);
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(relative, entry));
      return;
    }
    hash.update(`${relative}\0`).update(readFileSync(path)).update('\0');
  };
  for (const input of inputs) visit(input);
  for (const document of documents) hash.update(`${document.id}\0${document.source}\0`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The rules to lint with when judging one rule at a time (`HEALTHLINT_JUDGE_RULES=hype,spelling`,
 * or `pending.ts --rule`): every rule's findings are independent of the others', so linting only
 * the rule being worked on gives the same findings for it in a fraction of the time. Empty means
 * every rule of `recommended`, which is what the eval scores.
 */
function judgedRules(): string[] {
  return (process.env['HEALTHLINT_JUDGE_RULES'] ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
    .sort();
}

/**
 * Every document linted once with `recommended`, or undefined without ../shared. Cached for the
 * process, and on disk under /tmp/healthlint-judge/ by a digest of the code and documents
 * (`HEALTHLINT_JUDGE_CACHE=0` turns the disk cache off).
 */
export function lintJudgedCorpus(): LintedCorpus | undefined {
  if (cached) return cached;
  const documents = loadJudgedDocuments();
  if (!documents) return undefined;
  const started = performance.now();
  const onlyRules = judgedRules();
  const useDisk = process.env['HEALTHLINT_JUDGE_CACHE'] !== '0';
  const cachePath = useDisk ? join(cacheFolder, `findings-${findingsDigest(documents, onlyRules)}.json`) : '';
  let findings: LocatedFinding[] | undefined;
  let fromCache = false;
  if (cachePath && existsSync(cachePath)) {
    try {
      findings = JSON.parse(readFileSync(cachePath, 'utf8')) as LocatedFinding[];
      fromCache = true;
    } catch {
      findings = undefined; // A torn or foreign file: lint again and overwrite it.
    }
  }
  if (!findings) {
    // As `--tentative` runs it: every finding, each knowing its tier.
    const config = resolveConfig(undefined, { tentative: true });
    if (onlyRules.length) {
      for (const [id, setting] of config.rules) {
        if (!onlyRules.includes(id)) config.rules.set(id, { ...setting, severity: 'off' });
      }
    }
    findings = lintDocuments(documents, config);
    if (cachePath) {
      mkdirSync(cacheFolder, { recursive: true });
      const temporary = `${cachePath}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(findings));
      renameSync(temporary, cachePath);
    }
  }
  const tentativeFindings = findings.filter((finding) => finding.tentative);
  findings = findings.filter((finding) => !finding.tentative);
  const byDocument = new Map<string, LocatedFinding[]>(documents.map((document) => [document.id, []]));
  for (const finding of findings) byDocument.get(finding.doc)?.push(finding);
  cached = {
    documents,
    findings,
    tentativeFindings,
    byDocument,
    seconds: (performance.now() - started) / 1000,
    fromCache,
  };
  return cached;
}

/** Every finding of every document as Markdown, each located by sentence and block and knowing its tier. */
export function lintDocuments(documents: readonly JudgedDocument[], config: ResolvedConfig): LocatedFinding[] {
  const findings: LocatedFinding[] = [];
  for (const document of documents) {
    const file = lintText(document.source, { config, format: 'markdown' });
    const prose = healthlintData(file).document;
    for (const message of file.messages) {
      if (!message.ruleId || message.fatal) continue;
      const finding = locate(document, prose, String(message.ruleId), message.reason, message.place);
      findings.push(isTentative(message) ? { ...finding, tentative: true } : finding);
    }
  }
  return findings;
}

function locate(
  document: JudgedDocument,
  prose: ProseDocument | undefined,
  rule: string,
  message: string,
  place: Point | Position | undefined,
): LocatedFinding {
  const start = (place && 'start' in place ? place.start?.offset : place?.offset) ?? 0;
  const end = (place && 'end' in place ? place.end?.offset : undefined) ?? start;
  let sentence = '';
  let paragraph = '';
  for (const block of prose?.blocks ?? []) {
    const blockSpan = block.span(0, block.text.length);
    if (start < blockSpan.start || start >= Math.max(blockSpan.end, blockSpan.start + 1)) continue;
    paragraph = block.text;
    for (const candidate of block.sentences) {
      const span = block.span(candidate.start, candidate.end);
      if (start >= span.start && start < Math.max(span.end, span.start + 1)) sentence = candidate.text;
    }
    break;
  }
  return {
    doc: document.id,
    rule,
    text: collapse(document.source.slice(start, end)),
    sentence: collapse(sentence),
    message,
    start,
    end,
    paragraph: collapse(paragraph),
  };
}
