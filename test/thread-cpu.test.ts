import { describe, expect, it } from 'vitest';
import { threadCpuMs } from '../src/pool/thread-cpu.js';

describe('threadCpuMs', () => {
  it.runIf(process.platform === 'linux')("counts this thread's CPU time, and grows with work", () => {
    const before = threadCpuMs();
    expect(before).toBeTypeOf('number');
    // Busy until the count moves (one 10 ms tick), within a wall-time bound a busy machine still meets.
    const until = Date.now() + 10_000;
    let after = before;
    while (after === before && Date.now() < until) after = threadCpuMs();
    expect(after!).toBeGreaterThan(before!);
  });

  it('never throws, and gives a count or nothing', () => {
    const cpu = threadCpuMs();
    expect(cpu === undefined || (Number.isInteger(cpu) && cpu >= 0)).toBe(true);
  });
});
