import { describe, expect, it } from 'vitest';
import { sharedDirectory, type EvalRow } from '../eval/lib.js';
import regulatory from '../eval/suites/regulatory.js';
import safety from '../eval/suites/safety.js';
import spelling from '../eval/suites/spelling.js';

/**
 * Quick slices of the eval suites, with thresholds a little below what `npm run eval` measures,
 * so that a change that makes detection worse fails here. Skipped without ../shared/corpora.
 */
const row = (rows: EvalRow[], data: string): EvalRow => {
  const found = rows.find((candidate) => candidate.data.startsWith(data));
  if (!found) throw new Error(`no eval row for ${data}`);
  return found;
};

describe.skipIf(!sharedDirectory)('detection quality on the shared dev corpora (quick slices)', () => {
  it('spelling: recall on misspellings, few false flags on dialect words', async () => {
    const rows = await spelling.run({ quick: true });
    expect(row(rows, 'spelling/codespell-dictionary-dev').value).toBeGreaterThanOrEqual(0.97);
    expect(row(rows, 'spelling/birkbeck-dev').value).toBeGreaterThanOrEqual(0.93);
    expect(row(rows, 'codespell en-GB words').value).toBeLessThanOrEqual(0.04);
    expect(row(rows, 'codespell en-US words').value).toBeLessThanOrEqual(0.02);
    expect(row(rows, 'medical-vocab/glutanimate').value).toBeLessThanOrEqual(0.55);
    expect(row(rows, 'medical-vocab/pubhealth').value).toBeLessThanOrEqual(0.2);
  });

  it('missing-safety-caveat: balanced accuracy on HealthNewsReview harms', async () => {
    expect((await safety.run({ quick: true }))[0]?.value).toBeGreaterThanOrEqual(0.63);
  });

  it('missing-regulatory-status: balanced accuracy on HealthNewsReview availability', async () => {
    expect((await regulatory.run({ quick: true }))[0]?.value).toBeGreaterThanOrEqual(0.5);
  });
});
