import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A TypeScript user compiles against the built `.d.ts` files with only healthlint's production
 * dependencies installed. The installed package is laid out as a strict installer (pnpm) lays it
 * out: its declaration files copied (not linked, so `mdast` cannot resolve from this checkout's
 * devDependencies), its `dependencies` and nothing else in its own `node_modules`. A public type
 * that names a package only in devDependencies (`@types/mdast`) fails to compile here.
 */
const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const consumer = `
import { defineRule, lintText, resolveConfig, type ResolvedConfig } from 'healthlint';
import { healthlintPreset } from 'healthlint/unified';

const config: ResolvedConfig = resolveConfig(undefined, { rules: { hype: 'warn' } });
const file = lintText('A miracle cure.', { config });
const reasons: string[] = file.messages.map((message) => message.reason);
const preset = healthlintPreset({ rules: { hype: 'error' } });
const rule = defineRule({
  id: 'no-shouting',
  scope: 'text',
  docs: { summary: 's', rationale: 'r', guideline: 'g', howToFix: 'h' },
  messages: { shout: 'Shouting' },
  defaults: {},
  examples: [],
  check(document, { report }) {
    for (const block of document.blocks) if (/[A-Z]{4}/.test(block.text)) report('shout', block.span(0, 1));
  },
});
export { reasons, preset, rule };
`;

function installedLayout(): string {
  const project = mkdtempSync(join(tmpdir(), 'healthlint-public-types-'));
  folders.push(project);
  const installed = join(project, 'node_modules/healthlint');
  mkdirSync(installed, { recursive: true });
  cpSync(join(root, 'package.json'), join(installed, 'package.json'));
  cpSync(join(root, 'dist'), join(installed, 'dist'), {
    recursive: true,
    filter: (source) => source.endsWith('.d.ts') || statSync(source).isDirectory(),
  });
  for (const name of Object.keys(manifest.dependencies)) {
    const target = join(installed, 'node_modules', name);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), target, 'dir');
  }
  // The consumer's own: Node's types, as any TypeScript project on Node has.
  mkdirSync(join(project, 'node_modules/@types'), { recursive: true });
  symlinkSync(join(root, 'node_modules/@types/node'), join(project, 'node_modules/@types/node'), 'dir');
  writeFileSync(join(project, 'index.ts'), consumer);
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ['node'],
      },
      files: ['index.ts'],
    }),
  );
  return project;
}

describe('public type declarations', () => {
  it('compile in a project that has only healthlint’s production dependencies', { timeout: 120_000 }, () => {
    const project = installedLayout();
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8', cwd: project });
    // Only errors in healthlint's own declarations or the consumer: a dependency's own typing
    // trouble would be theirs, not what this checks.
    expect(result.stdout.split('\n').filter((line) => /^(?:node_modules\/healthlint\/|index\.ts)/.test(line))).toEqual(
      [],
    );
    expect(result.status).toBe(0);
  });
});
