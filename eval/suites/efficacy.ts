import { existsSync } from 'node:fs';
import { lintText } from '../../src/lint.js';
import type { ResolvedConfig } from '../../src/config/resolve.js';
import { onlyRule } from '../fakehealth.js';
import { confusion, corpusPath, precision, readJsonl, recall, slice, type EvalRow, type EvalSuite } from '../lib.js';

interface PressReleasePair {
  original_file_id: string;
  press_release_conclusion: string;
  press_release_strength: number;
}

interface ClaimSentence {
  source: 'pubmed' | 'eureka';
  sentence: string;
  label: number;
}

/** eval/labels/sci-exaggeration-scope.jsonl: which strength-3 conclusions are efficacy claims (README beside it). */
interface ScopeLabel {
  id: string;
  scope: 'efficacy' | 'other';
  voice: 'own' | 'reported';
}

const ruleId = 'unqualified-efficacy-claim';
const scopeLabelsPath = new URL('../labels/sci-exaggeration-scope.jsonl', import.meta.url).pathname;

function flags(text: string, config: ResolvedConfig): boolean {
  return lintText(text, { config, format: 'text' }).messages.some((message) => message.ruleId === ruleId);
}

/** `npm run eval -- --only=efficacy --misses` lists the missed strength-3 sentences and the false flags. */
const listMistakes = process.argv.includes('--misses');

function printMistakes(
  data: string,
  items: readonly { text: string }[],
  predictions: readonly { predicted: boolean; strength: number }[],
): void {
  predictions.forEach((prediction, index) => {
    const missed = !prediction.predicted && prediction.strength === 3;
    const falseFlag = prediction.predicted && prediction.strength !== 3;
    if (!missed && !falseFlag) return;
    const text = (items[index]?.text ?? '').replace(/\s+/gu, ' ');
    console.error(`${missed ? 'MISS' : `FALSE(${prediction.strength})`}\t${data}\t${text}`);
  });
}

/** Precision of the rule's flags against “unhedged causal claim” (strength 3), with the flag-everything baseline. */
function row(
  data: string,
  items: { text: string; strength: number }[],
  config: ResolvedConfig,
  target?: string,
): EvalRow {
  const predictions = items.map((item) => ({ predicted: flags(item.text, config), strength: item.strength }));
  if (listMistakes) printMistakes(data, items, predictions);
  const scored = confusion(predictions.map((item) => ({ predicted: item.predicted, actual: item.strength === 3 })));
  const hedged = predictions.filter((item) => item.strength === 2);
  const hedgedFlagged = hedged.filter((item) => item.predicted).length;
  return {
    rule: ruleId,
    data,
    metric: 'precision (flag = strength 3)',
    value: precision(scored),
    baseline: precision(confusion(items.map((item) => ({ predicted: true, actual: item.strength === 3 })))),
    baselineName: 'flag all',
    ...(target ? { target } : {}),
    n: items.length,
    detail: `R ${recall(scored).toFixed(3)}, ${scored.tp + scored.fp} flagged; hedged (2) flagged ${hedgedFlagged}/${hedged.length}`,
  };
}

/**
 * Recall where the rule applies: on the strength-3 conclusions hand-labelled as efficacy claims
 * (all of them, then those in the release's own voice), with the share of all the rule's flags
 * on the scored conclusions that land on that subset. `--misses` also lists the missed in-scope ones.
 */
function scopeRows(pairs: PressReleasePair[], config: ResolvedConfig): EvalRow[] {
  const labels = new Map(readJsonl<ScopeLabel>(scopeLabelsPath).map((label) => [label.id, label]));
  const flagged = pairs.map((pair) => ({
    id: pair.original_file_id,
    predicted: flags(pair.press_release_conclusion, config),
  }));
  const allFlags = flagged.filter((item) => item.predicted).length;
  if (listMistakes) {
    pairs.forEach((pair, index) => {
      const label = labels.get(pair.original_file_id);
      if (label?.scope !== 'efficacy' || flagged[index]?.predicted) return;
      const text = pair.press_release_conclusion.replace(/\s+/gu, ' ');
      console.error(`MISS(in scope, ${label.voice})\t${label.id}\t${text}`);
    });
  }
  const subsets = [
    { name: 'efficacy', keep: (label: ScopeLabel) => label.scope === 'efficacy' },
    { name: 'efficacy, own voice', keep: (label: ScopeLabel) => label.scope === 'efficacy' && label.voice === 'own' },
  ];
  return subsets.map(({ name, keep }) => {
    const inScope = flagged.filter((item) => {
      const label = labels.get(item.id);
      return label !== undefined && keep(label);
    });
    const hits = inScope.filter((item) => item.predicted).length;
    return {
      rule: ruleId,
      data: `sci-exaggeration strength 3, labelled ${name}`,
      metric: 'recall (in scope)',
      value: inScope.length === 0 ? 0 : hits / inScope.length,
      baseline: inScope.length === 0 ? 0 : 1,
      baselineName: 'flag all',
      n: inScope.length,
      detail: `${hits}/${inScope.length} flagged; ${hits}/${allFlags} of the rule's flags land here`,
    };
  });
}

/**
 * unqualified-efficacy-claim against sentences coded for claim strength: press-release
 * conclusions of sci-exaggeration (InSciOut) and the EurekAlert!/PubMed sentences of
 * causal-claim-strength. A flag should land on an unhedged causal claim (3), never on a hedged one (2).
 */
const suite: EvalSuite = {
  name: 'efficacy',
  run({ quick }) {
    const config = onlyRule(ruleId);
    const rows: EvalRow[] = [];
    const pairsPath = corpusPath('sci-exaggeration', 'dev.jsonl');
    if (pairsPath) {
      const pairs = slice(readJsonl<PressReleasePair>(pairsPath), quick, 300);
      const items = pairs.map((pair) => ({
        text: pair.press_release_conclusion,
        strength: pair.press_release_strength,
      }));
      rows.push(row('sci-exaggeration (press releases)', items, config, '≥ 0.80'));
      if (existsSync(scopeLabelsPath)) rows.push(...scopeRows(pairs, config));
    }
    const claimsPath = corpusPath('causal-claim-strength', 'dev.jsonl');
    if (claimsPath) {
      const sentences = slice(readJsonl<ClaimSentence>(claimsPath), quick, 800);
      for (const source of ['eureka', 'pubmed'] as const) {
        const items = sentences
          .filter((item) => item.source === source)
          .map((item) => ({ text: item.sentence, strength: item.label }));
        rows.push(row(`causal-claim-strength (${source})`, items, config));
      }
    }
    return rows;
  },
};

export default suite;
