import { describe, expect, it } from 'vitest';
import type { EvalRow, EvalSuite } from '../eval/lib.js';
import { sharedDirectory } from '../eval/lib.js';
import causalAssociation from '../eval/suites/causal-association.js';
import disclosure from '../eval/suites/disclosure.js';
import relativeRisk from '../eval/suites/relative-risk.js';
import scorecard from '../eval/suites/scorecard.js';

/**
 * Detection quality of the evidence-quality rules and the scorecard on quick, fixed slices of the
 * dev corpora (the same suites as `npm run eval`). Floors sit a little below what the slices score
 * now, so a change that makes detection worse fails here. Needs ../shared beside the checkout.
 */
const cache = new Map<EvalSuite, Promise<EvalRow[]>>();
async function rowOf(suite: EvalSuite, rule: string, data?: string): Promise<EvalRow> {
  if (!cache.has(suite)) cache.set(suite, Promise.resolve(suite.run({ quick: true })));
  const rows = (await cache.get(suite)) ?? [];
  const row = rows.find((candidate) => candidate.rule === rule && (!data || candidate.data.startsWith(data)));
  if (!row) throw new Error(`Suite ${suite.name} has no row for ${rule} ${data ?? ''}`);
  return row;
}

describe.skipIf(!sharedDirectory)('evidence-quality detection (quick dev slices; skipped without ../shared)', () => {
  it('missing-disclosure: balanced accuracy on HealthNewsReview funding and conflicts', async () => {
    expect((await rowOf(disclosure, 'missing-disclosure')).value).toBeGreaterThanOrEqual(0.73);
  });

  it('relative-risk-without-absolute: balanced accuracy where reviewers discuss relative or absolute risk', async () => {
    expect((await rowOf(relativeRisk, 'relative-risk-without-absolute')).value).toBeGreaterThanOrEqual(0.7);
  });

  it('causal-claim-from-association: precision on press-release claims about observational studies', async () => {
    const row = await rowOf(
      causalAssociation,
      'causal-claim-from-association',
      'causal-claim-strength (eureka, in context)',
    );
    expect(row.value).toBeGreaterThanOrEqual(0.75);
  });

  it('scorecard: beats the always-not-satisfied baseline on the criteria it judges with its own helpers', async () => {
    const floors: Record<string, number> = {
      'scorecard: benefits-quantified': 0.7,
      'scorecard: evidence-quality': 0.58,
      'scorecard: funding-and-conflicts': 0.73,
      'scorecard: relative-and-absolute-risk': 0.68,
    };
    for (const [rule, floor] of Object.entries(floors)) {
      const row = await rowOf(scorecard, rule);
      expect(row.value, rule).toBeGreaterThanOrEqual(floor);
      expect(row.value, rule).toBeGreaterThan(row.baseline);
    }
  });
});
