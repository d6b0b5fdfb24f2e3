import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { threadCpuMs } from '../src/pool/thread-cpu.js';
import { everyRuleConfig } from './property-helpers.js';
import { figureDenseText } from './slow-inputs.js';

/**
 * Work that grows faster than the text it reads, caught on the shapes that once made the property
 * test time out (test/slow-inputs.ts): a long paragraph of one figure said again and again, a list
 * of figures and a long sentence of them. Doubling such a text must not much more than double the
 * time every rule together takes to lint it. A ratio, not a time: a slow or loaded machine slows
 * both runs alike. Round 27's credited-elsewhere hold-back (every figure against every other
 * sentence) and the restated-figure check (every earlier place of a figure, each read with a scan
 * of the whole paragraph) both failed it.
 */
const config = everyRuleConfig();
/** This thread's own CPU time where Linux gives it (other test files run in other threads), else wall time. */
const now = (): number => threadCpuMs() ?? performance.now();

function lintTime(text: string): number {
  // The fastest of three runs: a collection or another process's burst slows one run, never all.
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const started = now();
    lintText(text, { format: 'text', config });
    fastest = Math.min(fastest, now() - started);
  }
  return fastest;
}

describe('a figure-dense text twice as long', () => {
  it('takes at most about twice as long to lint', { timeout: 180_000 }, () => {
    const once = figureDenseText(1);
    const twice = figureDenseText(2);
    expect(twice.length).toBeGreaterThan(1.9 * once.length);
    // Dictionaries, word lists and compiled patterns are loaded by the first runs, and the
    // optimising compiler has seen both sizes: not growth.
    lintText(once, { format: 'text', config });
    lintText(twice, { format: 'text', config });
    const onceTime = lintTime(once);
    const ratio = lintTime(twice) / onceTime;
    // Linear work doubles; a larger heap's collections add some (CI measured 2.6 at one point). Work
    // that compares every figure with every other sentence quadruples: round 27's took 5.6 times.
    expect(ratio, `doubling the text multiplied the lint time by ${ratio.toFixed(2)}`).toBeLessThan(3.2);
  });
});
