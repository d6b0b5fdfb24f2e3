import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgedFolder } from '../eval/judged/data.js';
import { conflictingVerdicts, reasonTag, type VerdictRecord } from '../eval/judged/sample.js';

/**
 * The verdicts on fresh text (`eval/judged/fresh/`) are data the fresh measures score; a line with a
 * missing key, an unknown verdict or two verdicts for one finding would silently change a figure.
 */
const freshFolder = new URL('fresh/', judgedFolder);
const files = readdirSync(freshFolder).filter((name) => name.endsWith('.jsonl'));

describe('verdicts on fresh text', () => {
  it('are kept in JSON-lines files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`${file}: every line is a whole verdict with a reason tag and a judge, one verdict per finding`, () => {
      const records = readFileSync(new URL(file, freshFolder), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as VerdictRecord);
      for (const record of records) {
        expect(typeof record.doc === 'string' && record.doc.includes(':'), JSON.stringify(record)).toBe(true);
        expect(typeof record.rule === 'string' && typeof record.text === 'string').toBe(true);
        expect(typeof record.sentence).toBe('string');
        expect(['correct', 'debatable', 'wrong']).toContain(record.verdict);
        expect(reasonTag(record.reason), JSON.stringify(record)).not.toBe('');
        expect(record.judge, JSON.stringify(record)).toMatch(/\S/);
      }
      expect(conflictingVerdicts(records)).toEqual([]);
    });
  }
});
