import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rulesById } from '../rules/index.js';
import { fixtureCases, ruleChecks } from './rule-checks.js';
import { runRuleChecks } from './rule-runner.js';

/** `npm run test:rule -- <id>` runs the suite's checks for one rule, and fails when they fail. */
const root = new URL('..', import.meta.url).pathname;
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('npm run test:rule', () => {
  it('runs every example check and fixture of the rule and passes', { timeout: 120_000 }, () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/test-rule.mjs'), 'hype'], {
      cwd: root,
      encoding: 'utf8',
    });
    const expected =
      ruleChecks(rulesById.get('hype')!).length + fixtureCases(join(root, 'fixtures/rules'), 'hype').length;
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n').at(-1)).toBe(`${expected} passed, 0 failed`);
    expect(result.status).toBe(0);
  });

  it('fails, naming the fixture, when findings differ from the expected file', () => {
    const fake = mkdtempSync(join(tmpdir(), 'healthlint-rule-runner-'));
    folders.push(fake);
    mkdirSync(join(fake, 'fixtures/rules/hype'), { recursive: true });
    writeFileSync(join(fake, 'fixtures/rules/hype/case.md'), 'A miracle cure.\n');
    writeFileSync(join(fake, 'fixtures/rules/hype/case.md.expected.txt'), '');
    const lines: string[] = [];
    expect(runRuleChecks('hype', fake, (line) => lines.push(line))).toBe(1);
    expect(lines.find((line) => line.startsWith('✗'))).toMatch(
      /^✗ fixtures for hype > case\.md\n {4}findings differ from \S+case\.md\.expected\.txt:\n {4}1:3-1:10\tmiracle\t/,
    );
    expect(lines.at(-1)).toMatch(/ passed, 1 failed$/);
  });

  it('refuses a folder that is not a rule (exit 2)', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/test-rule.mjs'), 'no-such-rule'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Usage: npm run test:rule -- <rule-id>/);
  });
});
