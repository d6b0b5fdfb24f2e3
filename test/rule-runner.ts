import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesById } from '../rules/index.js';
import { fixtureCases, fixtureFindings, ruleChecks, type RuleCheck } from './rule-checks.js';

/**
 * `npm run test:rule -- <id>`: the checks test/rules.test.ts and test/rule-fixtures.test.ts run
 * for one rule, without vitest. scripts/test-rule.mjs bundles this file with esbuild and runs it:
 * vitest's start and its transform of every module one by one were most of the time of a one-rule
 * run. Prints one line a check and `N passed, N failed`; exits 1 when any check fails.
 */
export function runRuleChecks(id: string, root: string, write: (line: string) => void): number {
  const rule = rulesById.get(id);
  if (!rule) {
    write(`No rule \`${id}\``);
    return 2;
  }
  const fixturesRoot = join(root, 'fixtures/rules');
  const checks: (RuleCheck & { group: string })[] = [
    ...ruleChecks(rule).map((check) => ({ ...check, group: `rule ${id}` })),
    ...fixtureCases(fixturesRoot, id).map((name) => ({
      group: `fixtures for ${id}`,
      name,
      run() {
        const { actual, expectedPath } = fixtureFindings(fixturesRoot, id, name);
        if (!existsSync(expectedPath)) {
          throw new Error(`${expectedPath} is missing: create it with npx vitest run test/rule-fixtures.test.ts -u`);
        }
        if (actual !== readFileSync(expectedPath, 'utf8')) {
          throw new Error(
            `findings differ from ${expectedPath}:\n${actual}(update with npx vitest run test/rule-fixtures.test.ts -u and review the diff)`,
          );
        }
      },
    })),
  ];
  let failed = 0;
  for (const check of checks) {
    try {
      check.run();
      write(`✓ ${check.group} > ${check.name}`);
    } catch (error) {
      failed++;
      write(
        `✗ ${check.group} > ${check.name}\n    ${String(error instanceof Error ? error.message : error).replaceAll('\n', '\n    ')}`,
      );
    }
  }
  write(`${checks.length - failed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
