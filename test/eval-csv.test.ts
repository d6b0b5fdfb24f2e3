import { describe, expect, it } from 'vitest';
import { parseCsv } from '../eval/lib.js';

describe('parseCsv (eval corpora shipped as CSV)', () => {
  it('splits rows and fields', () => {
    expect(parseCsv('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    expect(parseCsv('claim,answer\r\n"Does it work?","No, it ""cures"" nothing.\nSee below."\r\n')).toEqual([
      ['claim', 'answer'],
      ['Does it work?', 'No, it "cures" nothing.\nSee below.'],
    ]);
  });

  it('keeps a last row without a line break and empty fields', () => {
    expect(parseCsv('a,,c\nx,"",z')).toEqual([
      ['a', '', 'c'],
      ['x', '', 'z'],
    ]);
  });
});
