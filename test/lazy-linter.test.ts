import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bundlePath = join(import.meta.dirname, '..', 'dist', 'bundle', 'cli.cjs');

/**
 * The modules the CLI's bundle (`dist/bundle/cli.cjs`, one CommonJS file) evaluates at start.
 *
 * esbuild puts a module that is imported lazily somewhere (`await import(…)`) behind an init
 * function, `var init_x = __esm({ "path"() { init_dep(); …; body } })`, run when it is first
 * imported; its dependencies' init calls open its body (after a "use strict" directive). A module reached from the entry only
 * through static imports is not wrapped and runs at start, as do the modules whose init the
 * entry's top level calls (`init_x();` at the start of a line), and theirs, transitively.
 */
function evaluatedAtStart(code: string): { wrapped: Set<string>; atStart: Set<string> } {
  const initOf = new Map<string, string>();
  const depsOf = new Map<string, string[]>();
  for (const match of code.matchAll(
    /^var (init_\w+) = __esm\(\{\n {2}"([^"]+)"\(\) \{\n(?: {4}"use strict";\n)?((?: {4}init_\w+\(\);\n)*)/gm,
  )) {
    initOf.set(match[1]!, match[2]!);
    depsOf.set(
      match[1]!,
      [...match[3]!.matchAll(/init_\w+/g)].map((dep) => dep[0]),
    );
  }
  const wrapped = new Set(initOf.values());
  const atStart = new Set<string>();
  const visit = (init: string): void => {
    const path = initOf.get(init);
    if (path === undefined || atStart.has(path)) return;
    atStart.add(path);
    for (const dep of depsOf.get(init) ?? []) visit(dep);
  };
  for (const match of code.matchAll(/^(init_\w+)\(\);$/gm)) visit(match[1]!);
  return { wrapped, atStart };
}

describe('the CLI bundle (after npm run build)', () => {
  const code = readFileSync(bundlePath, 'utf8');
  const { wrapped, atStart } = evaluatedAtStart(code);
  const modules = [...code.matchAll(/^\/\/ ((?:node_modules|src|rules)\/\S+)$/gm)].map((match) => match[1]!);

  /** Whether no module whose path starts with `prefix` runs at start (each is wrapped and not initialised). */
  const lazy = (prefix: string): boolean =>
    modules.some((path) => path.startsWith(prefix)) &&
    modules.filter((path) => path.startsWith(prefix)).every((path) => wrapped.has(path) && !atStart.has(path));

  it('starts without the parsers: a run whose files all come from the cache lints nothing', () => {
    // micromark (Markdown, and its MDX extension, which alone requires the CommonJS acorn-jsx),
    // parse5 (HTML), acorn (MDX) and parse-english (prose) are the linter's parsers.
    for (const parser of [
      'node_modules/micromark',
      'node_modules/parse5',
      'node_modules/acorn/',
      'node_modules/parse-english',
    ])
      expect(lazy(parser), parser).toBe(true);
    // The rules' metadata runs at start: a cached run's report names them, and configs are checked
    // against their option schemas. Their code, lexicons and the language models do not.
    expect(lazy('rules/metadata.generated.ts')).toBe(false);
    for (const module of ['rules/hype/index.ts', 'rules/spelling/index.ts', 'src/scorecard.ts', 'src/language/hedges'])
      expect(lazy(module), module).toBe(true);
  });

  it('reads the bundle as esbuild lays it out (a check that finds no init function checks nothing)', () => {
    expect(wrapped.size).toBeGreaterThan(100);
    expect(atStart.size).toBeGreaterThan(10);
    expect(atStart.size).toBeLessThan(wrapped.size);
  });
});
