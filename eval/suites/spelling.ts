import { readFileSync } from 'node:fs';
import { lintText } from '../../src/lint.js';
import { nspellFor } from '../../src/build/hunspell-words.js';
import { corpusPath, slice, type EvalRow, type EvalSuite } from '../lib.js';
import { onlyRule } from '../fakehealth.js';

const id = 'spelling';

/**
 * The spelling rule on word lists, each word in a carrier sentence of its own paragraph, linted
 * in batches through the whole pipeline (tokeniser, acronym and name handling included).
 * Recall: codespell's and Birkbeck's misspellings must be flagged. False flags: medical terms
 * (Glutanimate dev list, PUBHEALTH lexicon) and dialect spellings in their own dialect must not be.
 */
const suite: EvalSuite = {
  name: 'spelling',
  run({ quick }) {
    const rows: EvalRow[] = [];
    const codespell = corpusPath('spelling', 'codespell-dictionary-dev.txt');
    if (codespell) {
      const typos = lines(codespell)
        .map((line) => line.split('->')[0] ?? '')
        .filter((typo) => /^[a-z]+$/.test(typo));
      rows.push(
        rate('recall', 'spelling/codespell-dictionary-dev (lower-case typos)', slice(typos, quick), 'en-US', '≥ 0.95'),
      );
    }
    const birkbeck = corpusPath('spelling', 'birkbeck-dev.tsv');
    if (birkbeck) {
      const pairs = lines(birkbeck)
        .slice(1)
        .map((line) => line.split('\t'))
        .filter(([correct, wrong]) => correct && wrong && /^[a-z]+$/i.test(wrong) && wrong !== correct);
      const misspellings = pairs.map(([, wrong]) => wrong as string);
      rows.push(rate('recall', 'spelling/birkbeck-dev', slice(misspellings, quick), 'en-US', '≥ 0.90'));
      rows.push(topSuggestion(slice(pairs, quick, 150) as [string, string][]));
    }
    // Targets as issue #14 sets them for these two lists.
    const glutanimate = corpusPath('medical-vocab', 'glutanimate-medicalterms-dev.txt');
    if (glutanimate) {
      const terms = lines(glutanimate).filter((term) => /^[\p{L}][\p{L}' -]*$/u.test(term));
      rows.push(
        rate('false flags', 'medical-vocab/glutanimate dev terms', slice(terms, quick, 1000), 'en-US', '≤ 0.30'),
      );
    }
    const pubhealth = corpusPath('medical-vocab', 'pubhealth-lexicon.txt');
    if (pubhealth) {
      const terms = lines(pubhealth).filter((term) => /^[\p{L}][\p{L}' -]*$/u.test(term));
      rows.push(rate('false flags', 'medical-vocab/pubhealth lexicon', slice(terms, quick, 1000), 'en-US', '≤ 0.05'));
    }
    const dialects = corpusPath('spelling', 'codespell-en-GB_to_en-US.txt');
    if (dialects) {
      const pairs = lines(dialects).map((line) => line.split('->'));
      const british = pairs.map(([gb]) => gb ?? '').filter(Boolean);
      const american = pairs.flatMap(([, us]) => (us ?? '').split(',').map((word) => word.trim())).filter(Boolean);
      rows.push(rate('false flags', 'codespell en-GB words, en-GB mode', british, 'en-GB', '0'));
      rows.push(rate('false flags', 'codespell en-US words, en-US mode', american, 'en-US', '0'));
    }
    return rows;
  },
};

function lines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Share of items with at least one spelling flag, linting 500 carrier sentences per document. */
function rate(metric: string, data: string, items: string[], language: 'en-US' | 'en-GB', target: string): EvalRow {
  const flagged = flaggedItems(items, language);
  const value = items.length === 0 ? 0 : flagged.size / items.length;
  const examples = items.filter((_, index) => (metric === 'recall' ? !flagged.has(index) : flagged.has(index)));
  return {
    rule: id,
    data,
    metric,
    value,
    baseline: items.length === 0 ? 0 : items.filter((item) => !hunspellKnows(item, language)).length / items.length,
    baselineName: 'Hunspell dictionary alone',
    target,
    n: items.length,
    detail: `${metric === 'recall' ? 'missed' : 'flagged'} e.g. ${examples.slice(0, 6).join(', ')}`,
  };
}

/** The baseline: dictionary-en or dictionary-en-gb through nspell, every word of the item. */
function hunspellKnows(item: string, language: 'en-US' | 'en-GB'): boolean {
  const spell = nspellFor(language);
  return item.split(/[\s-]+/).every((word) => !word || spell.correct(word.replace(/['’]s$/, '')));
}

function flaggedItems(items: string[], language: 'en-US' | 'en-GB'): Set<number> {
  const config = onlyRule(id, { suggestions: false });
  config.language = language;
  const flagged = new Set<number>();
  for (let from = 0; from < items.length; from += 500) {
    const batch = items.slice(from, from + 500);
    const text = batch.map((item) => `We noted ${item} in the report.`).join('\n\n');
    for (const message of lintText(text, { config, format: 'markdown' }).messages) {
      const line = (message.place && 'start' in message.place ? message.place.start.line : message.line) ?? 1;
      flagged.add(from + Math.floor((line - 1) / 2));
    }
  }
  return flagged;
}

/** How often the first suggestion is Birkbeck's correction. */
function topSuggestion(pairs: [string, string][]): EvalRow {
  const config = onlyRule(id);
  config.language = 'en-US';
  let hits = 0;
  for (const [correct, wrong] of pairs) {
    const message = lintText(`We noted ${wrong} in the report.`, { config, format: 'markdown' }).messages[0];
    if (message?.expected?.[0]?.toLowerCase() === correct.toLowerCase()) hits++;
  }
  return {
    rule: id,
    data: 'spelling/birkbeck-dev, first suggestion',
    metric: 'accuracy',
    value: pairs.length ? hits / pairs.length : 0,
    baseline: 0,
    baselineName: 'no suggestion',
    n: pairs.length,
  };
}

export default suite;
