import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Format } from '../src/prose/types.js';
import { lintWith, onlyRules } from './helpers.js';

/**
 * Fixture folders (Vale and unified-engine style): `fixtures/rules/<rule-id>/<case>.md|txt|html`
 * beside `<case>.<ext>.expected.txt`, one finding of that rule per line as
 * `line:column-line:column<TAB>flagged text<TAB>message`. An empty file means the rule stays quiet.
 * Update with `npx vitest run test/rule-fixtures.test.ts -u` and review the diff.
 */
const root = new URL('../fixtures/rules/', import.meta.url).pathname;
const formats: Record<string, Format> = { md: 'markdown', txt: 'text', html: 'html' };

const folders = existsSync(root) ? readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()) : [];

for (const id of folders) {
  const cases = readdirSync(join(root, id)).filter(
    (name) => /\.(?:md|txt|html)$/.test(name) && !name.endsWith('.expected.txt'),
  );
  if (cases.length === 0) continue;
  describe(`fixtures for ${id}`, () => {
    for (const name of cases) {
      it(name, async () => {
        const path = join(root, id, name);
        const source = readFileSync(path, 'utf8');
        const format = formats[name.split('.').pop() ?? 'md'] ?? 'markdown';
        const file = lintWith(source, onlyRules({ [id]: 'warn' }), format);
        const lines = file.messages.map((message) => {
          const place = message.place as {
            start: { line: number; column: number; offset: number };
            end: { line: number; column: number; offset: number };
          };
          const at = `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`;
          return `${at}\t${source.slice(place.start.offset, place.end.offset)}\t${message.reason}`;
        });
        await expect(lines.length > 0 ? `${lines.join('\n')}\n` : '').toMatchFileSnapshot(`${path}.expected.txt`);
      });
    }
  });
}
