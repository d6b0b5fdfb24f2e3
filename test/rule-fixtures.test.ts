import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCases, fixtureFindings } from './rule-checks.js';

/**
 * Each rule's fixture folder (see `fixtureCases`), compared with its `.expected.txt` files.
 * Update with `npx vitest run test/rule-fixtures.test.ts -u` and review the diff.
 */
const root = new URL('../fixtures/rules/', import.meta.url).pathname;

const folders = existsSync(root) ? readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()) : [];

for (const id of folders) {
  const cases = fixtureCases(root, id);
  if (cases.length === 0) continue;
  describe(`fixtures for ${id}`, () => {
    for (const name of cases) {
      it(name, async () => {
        const { actual, expectedPath } = fixtureFindings(root, id, name);
        await expect(actual).toMatchFileSnapshot(expectedPath);
      });
    }
  });
}
