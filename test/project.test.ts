import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;

describe('project conventions', () => {
  it('CI runs exactly the test command the README gives', () => {
    const readme = readFileSync(root + 'README.md', 'utf8');
    const commands = [...readme.matchAll(/```sh\n([^\n]+)\n```/g)].map((match) => match[1]);
    expect(commands[0]).toBe('npm ci && node bin/healthlint.js fixtures/ketamine-burnout.txt');
    const ciLines = readFileSync(root + '.ci/run', 'utf8')
      .trim()
      .split('\n');
    expect(ciLines[ciLines.length - 1]).toBe(commands[1]);
  });

  it('keeps bin files thin', () => {
    for (const name of readdirSync(root + 'bin')) {
      const lines = readFileSync(`${root}bin/${name}`, 'utf8').trim().split('\n');
      expect(lines.length, name).toBeLessThanOrEqual(15);
    }
  });

  it('exports the library API', async () => {
    const api = await import('../src/index.js');
    for (const name of [
      'lintText',
      'lintFiles',
      'createProcessor',
      'resolveConfig',
      'rules',
      'presets',
      'defineRule',
      'main',
    ]) {
      expect(api, name).toHaveProperty(name);
    }
  });
});
