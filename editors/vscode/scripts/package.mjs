#!/usr/bin/env node
// Builds the extension and packages it into a self-contained .vsix, offline: esbuild bundles the
// client and the language server (from the repository's TypeScript sources), the word lists the
// server reads at run time are copied beside the bundle, and vsce 3 (Node 20) writes the archive.
//   node editors/vscode/scripts/package.mjs [--out FILE.vsix] [--no-vsix]
import { cpSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';

const extension = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repository = resolve(extension, '..', '..');
const dist = join(extension, 'dist');
const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(extension, `${manifest.name}-${manifest.version}.vsix`);

const started = performance.now();
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// VS Code 1.82 runs extensions and forked servers on its own Node 18.
const common = { bundle: true, platform: 'node', target: 'node18', logLevel: 'warning', legalComments: 'none' };
await build({
  ...common,
  entryPoints: [join(extension, 'src', 'extension.ts')],
  outfile: join(dist, 'extension.js'),
  format: 'cjs',
  external: ['vscode'],
  minify: true,
});
await build({
  ...common,
  entryPoints: [join(extension, 'src', 'server.ts')],
  outfile: join(dist, 'server.mjs'),
  format: 'esm',
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __healthlintRequire } from 'node:module'; const require = __healthlintRequire(import.meta.url);",
  },
});

// Files the server reads at run time, found relative to the bundle: the shipped word lists,
// the expanded Hunspell dictionaries among them (src/words/word-lists.ts looks for a
// `dictionaries` folder above it).
cpSync(join(repository, 'dictionaries'), join(dist, 'dictionaries'), { recursive: true });
cpSync(join(repository, 'schema', 'healthlintrc.schema.json'), join(dist, 'healthlintrc.schema.json'));
const built = performance.now();

if (!args.includes('--no-vsix')) {
  const { createVSIX } = await import('@vscode/vsce');
  await createVSIX({ cwd: extension, packagePath: out, dependencies: false });
  console.log(
    `healthlint: packaged ${out} (${(statSync(out).size / 1024).toFixed(0)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s (bundle ${((built - started) / 1000).toFixed(1)} s)`,
  );
} else {
  console.log(`healthlint: built ${dist} in ${((built - started) / 1000).toFixed(1)} s`);
}
