import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Each test file gets a temporary folder of its own as the OS temp folder (`TMPDIR`, which
 * `os.tmpdir()` and every process a test spawns read), removed after the file's own `afterAll`
 * hooks: whatever a test, or the CLI, server or git it runs, makes under the temp folder is gone
 * when the file ends. A full run used to leave about 45 folders behind.
 */
const outerKey = 'HEALTHLINT_TEST_OUTER_TMPDIR';
// Files sharing a worker (`--isolate=false`) see the previous file's TMPDIR: the outer one is kept aside.
const outer = (process.env[outerKey] ??= tmpdir());
const folder = mkdtempSync(join(outer, 'healthlint-test-'));
// mkdtemp makes it private (0700); the permission tests run the CLI as an unprivileged user, who must reach their projects.
chmodSync(folder, 0o755);
process.env['TMPDIR'] = folder;

afterAll(() => {
  process.env['TMPDIR'] = outer;
  rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
});
