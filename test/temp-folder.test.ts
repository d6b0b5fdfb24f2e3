import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('temporary folders of a test file', () => {
  it('live in a folder of its own that test/setup/temp-folder.ts removes, for spawned processes too', () => {
    expect(basename(tmpdir())).toMatch(/^healthlint-test-/);
    expect(dirname(tmpdir())).toBe(process.env['HEALTHLINT_TEST_OUTER_TMPDIR']);
    const spawned = execFileSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], {
      encoding: 'utf8',
    });
    expect(spawned).toBe(tmpdir());
  });
});
