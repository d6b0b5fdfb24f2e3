import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bundle = join(import.meta.dirname, '..', 'dist', 'bundle');

/** The bundle's files the CLI loads at start: cli.js and every chunk it imports statically. */
function loadedAtStart(): string[] {
  const loaded = new Set<string>();
  const visit = (name: string): void => {
    if (loaded.has(name)) return;
    loaded.add(name);
    const text = readFileSync(join(bundle, name), 'utf8');
    for (const match of text.matchAll(/^import\s[^;]*?from\s*"\.\/([^"]+)"/gms)) visit(match[1]!);
    for (const match of text.matchAll(/^import\s*"\.\/([^"]+)"/gm)) visit(match[1]!);
  };
  visit('cli.js');
  return [...loaded];
}

describe('the CLI bundle (after npm run build)', () => {
  it('starts without the parsers: a run whose files all come from the cache lints nothing', () => {
    const code = loadedAtStart()
      .map((name) => readFileSync(join(bundle, name), 'utf8'))
      .join('\n');
    // micromark (Markdown), parse5 (HTML), acorn (MDX) and parse-english (prose) are the linter's parsers.
    for (const parser of [
      'node_modules/micromark',
      'node_modules/parse5',
      'node_modules/acorn',
      'node_modules/parse-english',
    ])
      expect(code.includes(`// ${parser}`), parser).toBe(false);
    // The rules' metadata is there: a cached run's report names them, and configs are checked
    // against their option schemas. Their code, lexicons and the language models are not.
    expect(code).toContain('// rules/metadata.generated.ts');
    for (const module of ['rules/hype/index.ts', 'rules/spelling/index.ts', 'src/scorecard.ts', 'src/language/hedges'])
      expect(code.includes(`// ${module}`), module).toBe(false);
  });
});
