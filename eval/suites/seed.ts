import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../../src/config/resolve.js';
import { lintText } from '../../src/lint.js';
import { jsonReporter } from '../../src/reporters/json.js';
import { sharedDirectory, type EvalRow, type EvalSuite } from '../lib.js';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;

/** Articles with hand-written `.expect` files beside them; the seed first. */
export const seedArticles = ['ketamine-burnout.txt'];

export interface SeedScore {
  recall: number;
  precision: number;
  met: number;
  need: number;
  /** The scorer's lines about misses and false findings. */
  lines: string[];
}

/**
 * Lints an article with the default config (every rule of the `recommended` preset, as the CLI
 * runs it) and scores the JSON report with ../shared/tools/score-expectations.mjs, the same
 * scorer the mission uses, so this figure is the official one.
 */
export function scoreArticle(article: string): SeedScore | undefined {
  const scorer = sharedDirectory && join(sharedDirectory, 'tools', 'score-expectations.mjs');
  if (!scorer || !existsSync(scorer)) return undefined;
  const path = join(fixtures, article);
  const file = lintText(readFileSync(path, 'utf8'), { filePath: path });
  const folder = mkdtempSync(join(tmpdir(), 'healthlint-seed-'));
  try {
    const report = join(folder, 'report.json');
    writeFileSync(
      report,
      jsonReporter([file], { cwd: fixtures, color: false, verbose: false, ruleSet: resolveConfig(undefined).ruleSet }),
    );
    let output: string;
    try {
      // The scorer runs `CMD ARTICLE`; `cat REPORT; true` hands it the report made above.
      output = execFileSync('node', [scorer, '-v', '--lint', `cat '${report}'; true`, path], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const summary = /recall ([\d.]+) \((\d+)\/(\d+)\) precision ([\d.]+)/.exec(output);
    if (!summary) throw new Error(`Cannot read the scorer's output:\n${output}`);
    return {
      recall: Number(summary[1]),
      met: Number(summary[2]),
      need: Number(summary[3]),
      precision: Number(summary[4]),
      lines: output.split('\n').filter((line) => line.includes(': missed') || line.includes(': unexpected')),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const suite: EvalSuite = {
  name: 'seed',
  run() {
    const rows: EvalRow[] = [];
    for (const article of seedArticles) {
      const score = scoreArticle(article);
      if (!score) continue;
      const detail = score.lines.map((line) => line.replace(/^.*?: /, '')).join('; ');
      rows.push(
        {
          rule: 'all rules (recommended)',
          data: `seed ${article}`,
          metric: 'recall (expected findings met)',
          value: score.recall,
          baseline: 0,
          baselineName: 'no findings',
          target: '1.0',
          n: score.need,
          detail: `${score.met}/${score.need}`,
        },
        {
          rule: 'all rules (recommended)',
          data: `seed ${article}`,
          metric: 'precision (findings expected or allowed)',
          value: score.precision,
          baseline: 1,
          baselineName: 'no findings',
          target: '≥ 0.9',
          n: score.need,
          detail: detail.slice(0, 400),
        },
      );
    }
    return rows;
  },
};

export default suite;
