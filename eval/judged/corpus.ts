import { resolveConfig } from '../../src/config/resolve.js';
import { healthlintData } from '../../src/file-data.js';
import { lintText } from '../../src/lint.js';
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
  findings: LocatedFinding[];
  /** Findings per document id. */
  byDocument: Map<string, LocatedFinding[]>;
  seconds: number;
}

let cached: LintedCorpus | undefined;

/** Every document linted once with `recommended` (cached for the process), or undefined without ../shared. */
export function lintJudgedCorpus(): LintedCorpus | undefined {
  if (cached) return cached;
  const documents = loadJudgedDocuments();
  if (!documents) return undefined;
  const started = performance.now();
  const config = resolveConfig(undefined, {});
  const findings: LocatedFinding[] = [];
  const byDocument = new Map<string, LocatedFinding[]>();
  for (const document of documents) {
    const file = lintText(document.source, { config, format: 'markdown' });
    const prose = healthlintData(file).document;
    const located = file.messages
      .filter((message) => message.ruleId && !message.fatal)
      .map((message) => locate(document, prose, String(message.ruleId), message.reason, message.place));
    findings.push(...located);
    byDocument.set(document.id, located);
  }
  cached = { documents, findings, byDocument, seconds: (performance.now() - started) / 1000 };
  return cached;
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
