import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { makeTree } from './cli-helpers.js';

const binPath = new URL('../bin/healthlint.js', import.meta.url).pathname;

const article = '# Coffee\n\nA new study of 300 people found coffee cut the risk of stroke by 20%.\n';

const folder = makeTree({ 'a.md': article, 'b.md': article });

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('HEALTHLINT_TIMING', () => {
  it('=cpu counts CPU time per task, for runs on a busy machine', () => {
    const { stderr } = run(['--no-config', '--jobs', '1', '--format', 'json', '.'], { HEALTHLINT_TIMING: 'cpu' });
    expect(stderr).toMatch(/^task +\| {2}CPU \(ms\) \| relative$/m);
    expect(stderr).toMatch(/\nparse \(markdown\) +\| +\d+\.\d \| +\d+\.\d%\n/);
    expect(stderr).toMatch(/\nprose model +\| +\d+\.\d \|/);
  });

  it('=1 counts wall time, as before', () => {
    const { stderr } = run(['--no-config', '--jobs', '1', '--format', 'json', '.'], { HEALTHLINT_TIMING: '1' });
    expect(stderr).toMatch(/^task +\| time \(ms\) \| relative$/m);
  });
});
