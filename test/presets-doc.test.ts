import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presetTable } from '../src/build/preset-table.js';

/** Prettier pads table cells; compare the cells, not the padding. */
function normalise(table: string): string {
  return table
    .trim()
    .split('\n')
    .map((line) =>
      line
        .split('|')
        .map((cell) => cell.trim().replace(/^-+$/, '---'))
        .join('|'),
    )
    .join('\n');
}

describe('docs/presets.md', () => {
  it('shows every rule in every preset as rules/presets.ts sets it', () => {
    const doc = readFileSync(new URL('../docs/presets.md', import.meta.url), 'utf8');
    const table = /<!-- presets:start -->([\s\S]*?)<!-- presets:end -->/.exec(doc)?.[1] ?? '';
    expect(normalise(table)).toBe(normalise(presetTable()));
  });
});
