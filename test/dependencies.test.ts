import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `package.json` dependencies are what the shipped code (src/, rules/, bin/) imports, nothing else:
 * a declared package nothing imports is installed for every user for nothing, and a package
 * imported at run time but only in devDependencies breaks an installed healthlint.
 */
const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

function shippedFiles(): string[] {
  return ['src', 'rules', 'bin'].flatMap((folder) =>
    readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.(?:ts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
      .map((entry) => join(entry.parentPath, entry.name)),
  );
}

/** The package a bare specifier names: `@scope/name` or `name`, without a subpath. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Packages a source text imports: `value` by static imports that run, `any` by any import, types included. */
function importedPackages(text: string): { value: Set<string>; any: Set<string> } {
  const value = new Set<string>();
  const any = new Set<string>();
  const bare = (specifier: string): boolean => !specifier.startsWith('.') && !specifier.startsWith('node:');
  for (const match of text.matchAll(/^\s*(import|export)(\s+type\b)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
    const specifier = match[3]!;
    if (!bare(specifier)) continue;
    any.add(packageOf(specifier));
    if (!match[2]) value.add(packageOf(specifier));
  }
  for (const match of text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)) {
    const specifier = (match[1] ?? match[2])!;
    if (bare(specifier)) any.add(packageOf(specifier));
  }
  return { value, any };
}

describe('package.json dependencies', () => {
  const value = new Set<string>();
  const any = new Set<string>();
  for (const file of shippedFiles()) {
    const found = importedPackages(readFileSync(file, 'utf8'));
    found.value.forEach((name) => value.add(name));
    found.any.forEach((name) => any.add(name));
  }

  it('are each imported by shipped code', () => {
    // `@types/mdast` is used by `import type … from 'mdast'`: the public declarations need it.
    const usedAs = (name: string): string => name.replace(/^@types\//, '');
    expect(Object.keys(manifest.dependencies).filter((name) => !any.has(usedAs(name)))).toEqual([]);
  });

  it('include every package shipped code imports at run time', () => {
    expect([...value].filter((name) => !(name in manifest.dependencies)).sort()).toEqual([]);
  });

  it('reads imports the way the checks above need', () => {
    const found = importedPackages(
      [
        "import type { Root } from 'mdast';",
        "import { unified } from 'unified';",
        "import { x } from '@scope/pkg/sub/path.js';",
        "import { y } from './local.js';",
        "import { z } from 'node:fs';",
        "const lazy = await import('prettier');",
      ].join('\n'),
    );
    expect([...found.value].sort()).toEqual(['@scope/pkg', 'unified']);
    expect([...found.any].sort()).toEqual(['@scope/pkg', 'mdast', 'prettier', 'unified']);
  });
});
