// The build's last step (`npm run build`, after tsc): bundles the command-line tool, its lint
// workers and the language server into dist/bundle/, and stores the shipped word lists' indexes
// in dist/word-index/. Loading ~800 modules one file at a time took ~200 ms of
// every start; one bundle with shared chunks loads in a fraction of that. The library API
// (`healthlint`, `healthlint/unified`) stays the plain tsc output in dist/src/.
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Usage: node scripts/bundle.mjs [dist folder] (the bench builds a private copy elsewhere).
const root = new URL('..', import.meta.url).pathname;
const dist = process.argv[2] ?? `${root}dist`;
const outdir = `${dist}/bundle`;
rmSync(outdir, { recursive: true, force: true });

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

await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'src/cli/main.ts',
    // src/pool/pool.ts starts workers from `./worker.js` beside the module it runs in.
    worker: 'src/pool/worker.ts',
    'language-server': 'src/server/index.ts',
    mcp: 'src/mcp/index.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
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
  // CommonJS dependencies call require(); ESM has none of its own.
  banner: {
    js: "import { createRequire as __healthlintRequire } from 'node:module'; const require = __healthlintRequire(import.meta.url);",
  },
  logLevel: 'warning',
  plugins: [oneAcorn],
});

// Hashing ~250,000 lines at every start cost ~100 ms; the stored tables are read in a millisecond,
// and each names the digest of the list it indexes, so an edited list is indexed afresh instead.
const { writeShippedWordIndexes } = await import(pathToFileURL(`${dist}/src/words/word-index.js`).href);
writeShippedWordIndexes(dist);
// Keying ~350,000 words by their consonants takes about two seconds; the sorted lines are read instead.
const { writeShippedSoundAlikes } = await import(pathToFileURL(`${dist}/src/spelling/sound-alike.js`).href);
writeShippedSoundAlikes(dist);
