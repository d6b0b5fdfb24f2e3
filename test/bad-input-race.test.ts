import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { makeTree } from './cli-helpers.js';
import { runMain } from './property-helpers.js';

/**
 * Files that change between the moment a folder is listed and the moment a file is read: one is
 * deleted, one becomes a folder, one loses its read permission. The listing is real; the change
 * is made right after it (expandPaths is wrapped), and the permission error is simulated because
 * tests may run as root, whom file modes do not stop.
 */

const good = 'This miracle drug cures cancer, doctors say.\n';
const root = makeTree({
  'a-good.md': good,
  'vanishes.md': good,
  'becomes-folder.md': good,
  'locked.md': good,
  'z-good.md': good,
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

vi.mock('../src/files.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/files.js')>();
  return {
    ...original,
    expandPaths: async (...args: Parameters<typeof original.expandPaths>) => {
      const paths = await original.expandPaths(...args);
      const folder = args[1];
      rmSync(join(folder, 'vanishes.md'), { force: true });
      rmSync(join(folder, 'becomes-folder.md'), { force: true });
      mkdirSync(join(folder, 'becomes-folder.md'), { recursive: true });
      return paths;
    },
  };
});

const denied = (path: unknown): boolean => String(path).endsWith('locked.md');
const permissionError = (): NodeJS.ErrnoException =>
  Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });

// Articles are read at once when they are regular files, and through the thread pool otherwise:
// the permission error is simulated on both ways in.
vi.mock('node:fs', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs')>();
  const openSync = ((path: Parameters<typeof original.openSync>[0], ...rest: unknown[]) => {
    if (denied(path)) throw permissionError();
    return (original.openSync as (...args: unknown[]) => number)(path, ...rest);
  }) as typeof original.openSync;
  return { ...original, default: { ...original, openSync }, openSync };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    default: original,
    open: (async (path: Parameters<typeof original.open>[0], ...rest: unknown[]) => {
      if (denied(path)) throw permissionError();
      return (original.open as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
    }) as typeof original.open,
  };
});

describe('files that change while the run is under way', () => {
  it('reports each one as unreadable and lints the rest', async () => {
    const run = await runMain(['--format', 'json', '.'], { cwd: root });
    const files = new Map(
      (
        JSON.parse(run.stdout) as { path: string; messages: { ruleId: string; reason: string; fatal: boolean }[] }[]
      ).map((file) => [file.path, file.messages]),
    );
    expect([...files.keys()]).toEqual(['a-good.md', 'becomes-folder.md', 'locked.md', 'vanishes.md', 'z-good.md']);
    const reasons = (path: string): string[] => (files.get(path) ?? []).map((message) => message.reason);
    expect(reasons('vanishes.md')).toEqual(['Cannot read file: no such file']);
    expect(reasons('becomes-folder.md')).toEqual(['Cannot lint a folder given as a file']);
    expect(reasons('locked.md')).toEqual(['Cannot read file: permission denied']);
    for (const path of ['a-good.md', 'z-good.md']) {
      expect((files.get(path) ?? []).map((message) => message.ruleId)).toContain('hype');
    }
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });
});
