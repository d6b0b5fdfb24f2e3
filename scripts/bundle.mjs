// The build's last step (`npm run build`, after tsc): bundles the command-line tool, its lint
// workers and the language server into dist/bundle/, and stores the shipped word lists' indexes
// in dist/word-index/. Loading ~800 modules one file at a time took ~200 ms of
// every start; one bundle with shared chunks loads in a fraction of that. The library API
// (`healthlint`, `healthlint/unified`) stays the plain tsc output in dist/src/.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Usage: node scripts/bundle.mjs [dist folder] (the bench builds a private copy elsewhere).
const root = new URL('..', import.meta.url).pathname;
const dist = process.argv[2] ?? `${root}dist`;
const outdir = `${dist}/bundle`;
rmSync(outdir, { recursive: true, force: true });
rmSync(`${dist}/code-cache`, { recursive: true, force: true });

/**
 * acorn ships an ESM and a CommonJS build: micromark's MDX extension imports the one, acorn-jsx
 * requires the other, and the bundle held both (450 KB, 15 % of what every start compiled). Both
 * resolve to the ESM build, so there is one acorn, as there would be under a single loader.
 */
const oneAcorn = {
  name: 'one-acorn',
  setup(build) {
    build.onResolve({ filter: /^acorn$/ }, ({ kind, resolveDir, pluginData }) =>
      kind === 'require-call' && !pluginData?.asImport
        ? build.resolve('acorn', { kind: 'import-statement', resolveDir, pluginData: { asImport: true } })
        : undefined,
    );
  },
};

/** What both builds share: Node 20, every dependency bundled, regexp literals kept as written. */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's table marks Unicode property escapes outside a character class (`/^\p{Lu}/u`) as
  // unsupported by Node 20 (the compat tests it follows use newer Unicode data), so it rewrote
  // ~300 such literals as `new RegExp("^\\p{Lu}", "u")`: built again at every evaluation, and
  // compiled again whenever V8's regexp cache had dropped it, inside functions called per word.
  // Over the bench corpus that was ~140,000 constructions, regexp compilation all through the run,
  // and ~28 MB of regexp machine code, past the budget after which V8 compiles regexps without
  // optimisation (docs/performance.md). Node 20 runs these literals as written: dist/src, which
  // the library API and the tests load, holds them unchanged.
  supported: { 'regexp-unicode-property-escapes': true },
  logLevel: 'warning',
  plugins: [oneAcorn],
};

// The command-line tool: one CommonJS file, because Node 20 keeps V8's code cache for scripts
// only (src/cli/code-cache.ts). What a run may not need (the parsers, the rules, --init, --fix)
// stays behind the dynamic imports, which esbuild turns into modules evaluated when first imported.
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // The bundle's modules find its folder (workers, word lists) from their own address.
  define: { 'import.meta.url': '__healthlintBundleUrl' },
  banner: { js: "const __healthlintBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

await build({
  ...common,
  entryPoints: {
    // src/pool/pool.ts starts workers from `./worker.js` beside the module it runs in.
    worker: 'src/pool/worker.ts',
    'language-server': 'src/server/index.ts',
    mcp: 'src/mcp/index.ts',
  },
  outdir,
  splitting: true,
  format: 'esm',
  // CommonJS dependencies call require(); ESM has none of its own.
  banner: {
    js: "import { createRequire as __healthlintRequire } from 'node:module'; const require = __healthlintRequire(import.meta.url);",
  },
});

// Hashing ~250,000 lines at every start cost ~100 ms; the stored tables are read in a millisecond,
// and each names the digest of the list it indexes, so an edited list is indexed afresh instead.
const { writeShippedWordIndexes } = await import(pathToFileURL(`${dist}/src/words/word-index.js`).href);
writeShippedWordIndexes(dist);
// Keying ~350,000 words by their consonants takes about two seconds; the sorted lines are read instead.
const { writeShippedSoundAlikes } = await import(pathToFileURL(`${dist}/src/spelling/sound-alike.js`).href);
writeShippedSoundAlikes(dist);

// The first run compiles the CLI and stores V8's code for the next (src/cli/code-cache.ts); the
// build makes that run, on the seed article, so that the code a lint needs is in the cache from
// the start. bin/ sits beside dist/ both here and in the bench's private copy.
const cli = `${dist}/../bin/healthlint.js`;
const sample = `${root}fixtures/ketamine-burnout.txt`;
if (existsSync(cli) && existsSync(sample)) {
  spawnSync(process.execPath, [cli, '--no-config', '--format', 'json', sample], { stdio: 'ignore' });
}
