import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script, constants } from 'node:vm';

/**
 * Loads a CommonJS bundle with V8's code cache, so that a start does not compile it again.
 *
 * Compiling the command-line tool's ~4 MB of code was a quarter of the CPU time of a run on one
 * small file, and the functions a lint calls were compiled again, lazily, in every run. Node 22's
 * `module.enableCompileCache()` keeps the compiled code between runs, but Node 20 (which we
 * support) has no cache for ES modules; for a script it has `cachedData`, which V8 checks against
 * its own version and flags and otherwise trusts. So the CLI ships as one CommonJS bundle
 * (`dist/bundle/cli.cjs`), compiled here from its source with the code of an earlier run.
 *
 * The cache names the SHA-1 of the source it was made from, because V8 checks only the source's
 * length: a rebuilt bundle of the same length with an old cache would run stale code. A cache that
 * is missing, foreign or rejected (another Node version) is made again when the run that found it
 * ends, written atomically so that runs at the same time never read half a file, and where it
 * cannot be written (an installation the user may not write to) the bundle is simply compiled.
 */
export class CodeCachedBundle {
  private readonly script: Script;
  private readonly digest: Buffer;
  /** Whether the cache that was read is current: if so, nothing is written at the end. */
  readonly cacheUsed: boolean;

  constructor(
    private readonly bundlePath: string,
    private readonly cachePath: string,
  ) {
    // Hashed as read: hashing the decoded text would encode its ~4 MB to UTF-8 again.
    const bytes = readFileSync(bundlePath);
    this.digest = createHash('sha1').update(bytes).digest();
    const source = bytes.toString('utf8');
    const cachedData = readCache(cachePath, this.digest);
    // The same wrapper Node puts around a CommonJS module, so the bundle sees the usual names.
    const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
    this.script = new Script(wrapped, {
      filename: bundlePath,
      ...(cachedData ? { cachedData } : {}),
      // `import()` of a plugin or config file the bundle does not hold goes to Node's own loader.
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    this.cacheUsed = cachedData !== undefined && !this.script.cachedDataRejected;
  }

  /** Runs the bundle's top level once and returns its exports. */
  load(): Record<string, unknown> {
    const module = { exports: {} as Record<string, unknown> };
    const run = this.script.runInThisContext() as (...args: unknown[]) => void;
    run(module.exports, createRequire(this.bundlePath), module, this.bundlePath, dirname(this.bundlePath));
    return module.exports;
  }

  /**
   * Stores the compiled code for the next run when the cache was missing or stale. Called after a
   * run, so the cache holds the functions the run compiled as well as the top level. Never throws.
   */
  saveIfStale(): void {
    if (this.cacheUsed) return;
    const temporary = `${this.cachePath}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.cachePath), { recursive: true });
      writeFileSync(temporary, Buffer.concat([this.digest, this.script.createCachedData()]));
      renameSync(temporary, this.cachePath);
    } catch {
      // A read-only installation runs without the cache, as it did before.
      rmSync(temporary, { force: true });
    }
  }
}

const digestLength = 20;

/** The V8 data of the cache at `path` when it was made from the source with `digest`. */
function readCache(path: string, digest: Buffer): Buffer | undefined {
  let stored: Buffer;
  try {
    stored = readFileSync(path);
  } catch {
    return undefined;
  }
  if (stored.length <= digestLength || !stored.subarray(0, digestLength).equals(digest)) return undefined;
  return stored.subarray(digestLength);
}

/** What the bundled command-line tool exports for `bin/healthlint.js`. */
interface BundledCli {
  endWhenReaderCloses: (stream: NodeJS.WritableStream, exit: (code: number) => void) => void;
  main: (argv: string[], io: object) => Promise<number>;
  v8FlagsChanged: () => boolean;
}

/**
 * Runs the command-line tool from the bundle in `dist` with its code cache, and stores the cache
 * for the next start when it was missing or stale. `bin/healthlint.js` is this one call; `exit`
 * ends the process at once when the reader of its output goes away.
 */
export async function runBundledCli(dist: URL, exit: (code: number) => never): Promise<void> {
  const bundle = new CodeCachedBundle(
    fileURLToPath(new URL('bundle/cli.cjs', dist)),
    fileURLToPath(new URL('code-cache/cli.cjs.cache', dist)),
  );
  const { endWhenReaderCloses, main, v8FlagsChanged } = bundle.load() as unknown as BundledCli;
  endWhenReaderCloses(process.stdout, exit);
  endWhenReaderCloses(process.stderr, exit);
  const io = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  };
  process.exitCode = await main(process.argv.slice(2), io);
  // V8 rejects a cache made under other flags than a fresh process has: leave it to a run that set none.
  if (!v8FlagsChanged()) bundle.saveIfStale();
}
