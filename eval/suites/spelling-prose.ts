import { readFileSync } from 'node:fs';
import type { VFileMessage } from 'vfile-message';
import { corpusArticles } from '../../bench/lib/corpus.js';
import { lintText } from '../../src/lint.js';
import { onlyRule } from '../fakehealth.js';
import { corpusPath, readJsonl, sharedDirectory, slice, type EvalRow, type EvalSuite } from '../lib.js';

const id = 'spelling';

interface Article {
  name: string;
  markdown: string;
}

/**
 * The spelling rule on published health prose, as a health editor meets it (`language: auto`):
 * how many flags per 1,000 words on each corpus (nearly all false: these texts were edited and
 * published), the bench corpus's flags scored against the hand labels of
 * ../shared/corpora/medical-words/bench-flag-labels.tsv, and recall of real misspellings swapped
 * into the same prose at fixed pseudo-random places.
 */
const suite: EvalSuite = {
  name: 'spelling on published prose',
  run({ quick }) {
    if (!sharedDirectory) return [];
    const rows: EvalRow[] = [];
    const corpora = proseCorpora(quick ? 30 : 300);
    for (const [name, articles] of corpora) rows.push(flagRate(name, articles));
    const labels = corpusPath('medical-words', 'bench-flag-labels.tsv');
    if (labels) rows.push(...benchPrecision(labels, quick));
    const codespell = corpusPath('spelling', 'codespell-dictionary-dev.txt');
    if (codespell) rows.push(swappedRecall([...corpora.values()].flat(), codespell));
    return rows;
  },
};

interface Story {
  title?: string;
  text?: string;
}

interface Review {
  abstract?: string;
  plain_language_summary?: string;
}

/** The first `count` documents of each corpus, as Markdown articles. */
function proseCorpora(count: number): Map<string, Article[]> {
  const corpora = new Map<string, Article[]>();
  const cochrane = corpusPath('cochrane-pls', 'cochrane-val-test.jsonl');
  if (cochrane) {
    const reviews = readJsonl<Review>(cochrane).filter((row) => row.abstract && row.plain_language_summary);
    corpora.set(
      'cochrane-pls (abstract + plain-language summary)',
      reviews.slice(0, count).map((row, index) => ({
        name: `cochrane-${index}`,
        markdown: `## Abstract\n\n${row.abstract!.trim()}\n\n## Plain language summary\n\n${row.plain_language_summary!.trim()}\n`,
      })),
    );
  }
  for (const [name, parts] of [
    ['fakehealth-release dev', ['fakehealth-release', 'dev.jsonl']],
    ['fakehealth-story-text', ['fakehealth-story-text', 'healthstory.jsonl']],
  ] as const) {
    const path = corpusPath(...parts);
    if (!path) continue;
    const stories = readJsonl<Story>(path).filter((row) => row.text);
    corpora.set(
      name,
      stories.slice(0, count).map((row, index) => ({
        name: `${name}-${index}`,
        markdown: `# ${(row.title ?? 'Untitled').trim()}\n\n${row.text!.trim()}\n`,
      })),
    );
  }
  return corpora;
}

function spellingFlags(markdown: string): VFileMessage[] {
  const config = onlyRule(id, { suggestions: false });
  config.language = 'auto';
  return lintText(markdown, { config, format: 'markdown' }).messages.filter((message) => message.ruleId === id);
}

const words = (text: string): number => text.match(/\S+/g)?.length ?? 0;

function flagRate(name: string, articles: Article[]): EvalRow {
  let flags = 0;
  let total = 0;
  const seen = new Map<string, number>();
  for (const { markdown } of articles) {
    total += words(markdown);
    for (const message of spellingFlags(markdown)) {
      flags++;
      const word = String(message.actual ?? '');
      seen.set(word, (seen.get(word) ?? 0) + 1);
    }
  }
  return {
    rule: id,
    data: `${name}, first ${articles.length} documents`,
    metric: 'flags per 1,000 words (nearly all false)',
    value: total === 0 ? 0 : (flags * 1000) / total,
    baseline: 0,
    baselineName: 'no flags',
    target: '≤ 0.5',
    n: total,
    detail: `${flags} flags; most frequent: ${mostFrequent(seen)}`,
  };
}

function mostFrequent(counts: Map<string, number>, limit = 12): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([word, count]) => (count > 1 ? `${word} ×${count}` : word))
    .join(', ');
}

/**
 * The bench corpus (bench/lib/corpus.ts: 500 articles) scored against the hand labels: a flag is
 * right when its word is labelled `typo`. A word the labels lack (a flag healthlint did not give
 * when they were made) counts as wrong and is listed, to be labelled by hand.
 */
function benchPrecision(labelsPath: string, quick: boolean): EvalRow[] {
  const labels = new Map<string, string>();
  for (const line of readFileSync(labelsPath, 'utf8').split('\n').slice(1)) {
    const [word, , category] = line.split('\t');
    if (word && category) labels.set(word, category);
  }
  const articles = slice(corpusArticles(`${sharedDirectory}corpora/`), quick, 50);
  let flags = 0;
  let typos = 0;
  let total = 0;
  const unlabelled = new Map<string, number>();
  const falseByKind = new Map<string, number>();
  for (const { markdown } of articles) {
    total += words(markdown);
    for (const message of spellingFlags(markdown)) {
      flags++;
      const word = String(message.actual ?? '');
      const category = labels.get(word);
      if (category === 'typo') typos++;
      else if (category) falseByKind.set(category, (falseByKind.get(category) ?? 0) + 1);
      else unlabelled.set(word, (unlabelled.get(word) ?? 0) + 1);
    }
  }
  const data = `bench corpus (${articles.length} articles) vs bench-flag-labels.tsv`;
  return [
    {
      rule: id,
      data,
      metric: 'flags per 1,000 words',
      value: total === 0 ? 0 : (flags * 1000) / total,
      baseline: 0,
      baselineName: 'no flags',
      target: '≤ 0.5',
      n: total,
      detail: `${flags} flags, ${typos} on words labelled typo (109 typo flags labelled in all)`,
    },
    {
      rule: id,
      data,
      metric: 'precision (flags on words labelled typo)',
      value: flags === 0 ? 0 : typos / flags,
      baseline: 0,
      baselineName: 'no flags',
      n: flags,
      detail: `false by label: ${mostFrequent(falseByKind)}; unlabelled (${[...unlabelled.values()].reduce((a, b) => a + b, 0)}): ${mostFrequent(unlabelled, 30)}`,
    },
  ];
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run swaps the same places. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const swapsPerDocument = 3;

/**
 * Recall on real prose: in each document, up to three lower-case words that codespell lists as
 * the correction of a misspelling are replaced by that misspelling, at places picked by a seeded
 * generator; a swap is caught when a spelling flag starts where it was put.
 */
function swappedRecall(articles: Article[], codespellPath: string): EvalRow {
  const typosOf = new Map<string, string[]>();
  for (const line of readFileSync(codespellPath, 'utf8').split('\n')) {
    const [typo = '', fixes = ''] = line.split('->');
    if (!/^[a-z]{4,}$/.test(typo) || !/^[a-z]{4,}$/.test(fixes)) continue;
    typosOf.set(fixes, [...(typosOf.get(fixes) ?? []), typo]);
  }
  const next = random(14);
  let swapped = 0;
  let caught = 0;
  const missed: string[] = [];
  for (const { markdown } of articles) {
    const body = markdown.indexOf('\n\n');
    const candidates = [...markdown.slice(body).matchAll(/(?<![\p{L}'’-])[a-z]{4,}(?![\p{L}'’-])/gu)].filter((match) =>
      typosOf.has(match[0]),
    );
    const places = new Set<number>();
    while (places.size < Math.min(swapsPerDocument, candidates.length)) {
      places.add(Math.floor(next() * candidates.length));
    }
    let text = markdown;
    const swaps: { offset: number; typo: string }[] = [];
    // From the end, so that earlier offsets stay valid.
    for (const place of [...places].sort((a, b) => b - a)) {
      const match = candidates[place]!;
      const typos = typosOf.get(match[0])!;
      const typo = typos[Math.floor(next() * typos.length)]!;
      const offset = body + match.index;
      text = text.slice(0, offset) + typo + text.slice(offset + match[0].length);
      const shift = typo.length - match[0].length;
      for (const swap of swaps) swap.offset += shift;
      swaps.push({ offset, typo });
    }
    const flagged = new Set(
      spellingFlags(text).map((message) =>
        message.place && 'start' in message.place ? message.place.start.offset : -1,
      ),
    );
    for (const { offset, typo } of swaps) {
      swapped++;
      if (flagged.has(offset)) caught++;
      else missed.push(typo);
    }
  }
  return {
    rule: id,
    data: `codespell dev misspellings swapped into the prose above (${swapsPerDocument} a document)`,
    metric: 'recall',
    value: swapped === 0 ? 0 : caught / swapped,
    baseline: 0,
    baselineName: 'no flags',
    target: '≥ 0.95',
    n: swapped,
    detail: `missed e.g. ${missed.slice(0, 12).join(', ')}`,
  };
}

export default suite;
