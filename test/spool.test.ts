import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { Spool } from '../src/reporters/stream.js';

const spoolFiles = (): string[] =>
  readdirSync(tmpdir()).filter((name) => name.startsWith(`healthlint-spool-${process.pid}-`));

/** Texts with multi-byte characters, so that byte offsets and string lengths differ. */
const texts = ['first line\n', 'zweite Zeile – ü\n', '', '第三行 🎉\n', 'last, no newline'];

/** Appends `texts` and reads everything back every way a report does. */
function roundTrip(spool: Spool): { reads: string[]; ranges: string[]; replayed: string; lines: string[] } {
  const places = texts.map((text) => spool.append(text));
  const reads = places.map(({ start, bytes }) => spool.read(start, bytes));
  const whole = Buffer.from(texts.join(''), 'utf8');
  // Ranges that are not one appended text: across texts, and inside one.
  const ranges = [
    [0, whole.length],
    [places[1]!.start + 7, places[3]!.start - places[1]!.start - 7],
    [places[3]!.start, 9],
  ].map(([start, bytes]) => spool.read(start!, bytes!));
  const chunks: string[] = [];
  spool.replay((text) => chunks.push(text));
  const lines = [...spool.lines()];
  return { reads, ranges, replayed: chunks.join(''), lines };
}

describe('Spool', () => {
  const whole = Buffer.from(texts.join(''), 'utf8');
  const expected = {
    reads: texts,
    ranges: [
      texts.join(''),
      whole.subarray(Buffer.byteLength(texts[0]!) + 7, Buffer.byteLength(texts.slice(0, 3).join(''))).toString('utf8'),
      '第三行',
    ],
    replayed: texts.join(''),
    lines: texts.join('').split('\n'),
  };

  it('keeps a small spool in memory, with no file, and gives back what was appended', () => {
    const before = spoolFiles().length;
    const spool = new Spool();
    try {
      expect(roundTrip(spool)).toEqual(expected);
      expect(spool.onDisk).toBe(false);
      expect(spoolFiles()).toHaveLength(before);
    } finally {
      spool.close();
    }
  });

  it('moves to a file past its memory limit and gives back the same text; closing removes the file', () => {
    const before = spoolFiles().length;
    const spool = new Spool({ memoryLimit: 20 });
    try {
      expect(roundTrip(spool)).toEqual(expected);
      expect(spool.onDisk).toBe(true);
      expect(spoolFiles()).toHaveLength(before + 1);
    } finally {
      spool.close();
    }
    expect(spoolFiles()).toHaveLength(before);
    spool.close(); // Safe again.
  });
});
