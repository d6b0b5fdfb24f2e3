import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Imports run one way between top-level modules (formats → prose → language → rules → processor
 * → CLI, server, reporters): no two of them may import each other, directly or round a longer
 * loop. A unit is a folder under `src/` (`src/config/`), a file directly in it (`src/cache.ts`), or
 * `rules/`. Type-only imports count: they tie the modules' designs together all the same.
 */
const root = new URL('..', import.meta.url).pathname;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

function unitOf(path: string): string | undefined {
  const parts = path.split('/');
  if (parts[0] === 'rules') return 'rules';
  if (parts[0] !== 'src') return undefined;
  return parts.length > 2 ? `src/${parts[1]}/` : `src/${parts[1]?.replace(/\.ts$/, '')}`;
}

/** Relative imports of a file, static, re-exported or dynamic (`import('./x.js')`), resolved to `.ts` paths from the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'";]*?from\s+['"](\.[^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]!);
  return specifiers.map((specifier) => relative(root, resolve(root, dirname(file), specifier)).replace(/\.js$/, '.ts'));
}

function unitGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of [...sourceFiles('src'), ...sourceFiles('rules')]) {
    const from = unitOf(file)!;
    for (const target of importsOf(file)) {
      const to = unitOf(target);
      if (!to || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Strongly connected groups of more than one unit (Tarjan), each sorted: every import cycle. */
function cycles(graph: Map<string, Set<string>>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== node);
      if (group.length > 1) found.push(group.sort().join(' ↔ '));
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found.sort();
}

describe('import boundaries', () => {
  it('has no import cycle between top-level modules', () => {
    expect(cycles(unitGraph())).toEqual([]);
  });

  it('keeps build-time code (src/build/) out of what runs: nothing else in src/ or rules/ imports it', () => {
    const shipped = [...sourceFiles('src'), ...sourceFiles('rules')].filter((file) => !file.startsWith('src/build/'));
    const offenders = shipped.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('src/build/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(graph)).toEqual(['a ↔ b ↔ c']);
  });
});
