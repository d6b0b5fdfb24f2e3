import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodeCachedBundle } from '../src/cli/code-cache.js';

/** A folder with a small CommonJS bundle whose export says which source it ran. */
function bundleFolder(answer: string): { bundle: string; cache: string } {
  const folder = mkdtempSync(join(tmpdir(), 'code-cache-'));
  const bundle = join(folder, 'cli.cjs');
  writeFileSync(bundle, `exports.answer = () => ${JSON.stringify(answer)}; exports.file = __filename;\n`);
  return { bundle, cache: join(folder, 'code-cache', 'cli.cjs.cache') };
}

describe('CodeCachedBundle', () => {
  it('runs the bundle as a CommonJS module, writes a cache once and reuses it', () => {
    const { bundle, cache } = bundleFolder('first');
    const cold = new CodeCachedBundle(bundle, cache);
    expect(cold.cacheUsed).toBe(false);
    const exports = cold.load() as { answer: () => string; file: string };
    expect(exports.answer()).toBe('first');
    expect(exports.file).toBe(bundle);
    cold.saveIfStale();
    expect(existsSync(cache)).toBe(true);

    const warm = new CodeCachedBundle(bundle, cache);
    expect(warm.cacheUsed).toBe(true);
    expect((warm.load() as { answer: () => string }).answer()).toBe('first');
    const written = readFileSync(cache);
    warm.saveIfStale();
    expect(readFileSync(cache).equals(written)).toBe(true);
  });

  it('never reuses the cache of another source, even one of the same length (V8 checks only the length)', () => {
    const { bundle, cache } = bundleFolder('first');
    new CodeCachedBundle(bundle, cache).saveIfStale();
    writeFileSync(bundle, readFileSync(bundle, 'utf8').replace('first', 'other'));
    const rebuilt = new CodeCachedBundle(bundle, cache);
    expect(rebuilt.cacheUsed).toBe(false);
    expect((rebuilt.load() as { answer: () => string }).answer()).toBe('other');
    rebuilt.saveIfStale();
    expect(new CodeCachedBundle(bundle, cache).cacheUsed).toBe(true);
  });

  it('ignores a damaged cache and runs where the cache cannot be written', () => {
    const { bundle, cache } = bundleFolder('first');
    mkdirSync(join(cache, '..'), { recursive: true });
    writeFileSync(cache, 'not a cache');
    const damaged = new CodeCachedBundle(bundle, cache);
    expect(damaged.cacheUsed).toBe(false);
    expect((damaged.load() as { answer: () => string }).answer()).toBe('first');
    // The right source's digest before data V8 cannot read: V8 rejects it, and the run compiles.
    // (A source of its own: one this process compiled already comes from V8's memory, unchecked.)
    const garbled = bundleFolder('garbled');
    mkdirSync(join(garbled.cache, '..'));
    const digest = createHash('sha1').update(readFileSync(garbled.bundle)).digest();
    writeFileSync(garbled.cache, Buffer.concat([digest, Buffer.alloc(64, 7)]));
    const rejected = new CodeCachedBundle(garbled.bundle, garbled.cache);
    expect(rejected.cacheUsed).toBe(false);
    expect((rejected.load() as { answer: () => string }).answer()).toBe('garbled');

    const readOnly = bundleFolder('second');
    mkdirSync(join(readOnly.cache, '..'));
    chmodSync(join(readOnly.cache, '..'), 0o500);
    const unwritable = new CodeCachedBundle(readOnly.bundle, readOnly.cache);
    expect(() => unwritable.saveIfStale()).not.toThrow();
    // root writes anyway; anyone else finds no cache and no temporary file left behind.
    if (process.getuid?.() !== 0) expect(existsSync(readOnly.cache)).toBe(false);
  });
});
