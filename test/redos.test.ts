import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * No ReDoS: every regular expression healthlint runs on text is checked with recheck, which
 * proves a pattern linear or finds an input that makes it backtrack super-linearly.
 *
 * The patterns come from two places, so that none is missed:
 * - every regex literal in src/ and rules/, read from the TypeScript syntax tree;
 * - every RegExp our own code constructs (patterns built from word lists), recorded with its call
 *   site while all modules load and every rule example and position fixture is linted and
 *   reported. Every `new RegExp(` site in the source must be seen, so a pattern built only in some
 *   code path cannot slip through.
 *
 * Phrase lexicons are not compiled to regular expressions: PhraseMatcher walks a trie, in time
 * linear in the text (test/language/phrases.test.ts holds it to the regex it replaced). The
 * character classes it tests single code points with are literals, checked like any other.
 *
 * recheck's automaton checker decides most patterns exactly (bounded repeats are expanded, up to
 * `maxRepeatCount`); patterns with lookarounds go to its fuzzing checker, which searches for an
 * attack and validates what it finds by running it.
 */

const root = new URL('../', import.meta.url).pathname;
/** Build-time scripts: they read files the project ships, never user text. */
const buildOnly = /^src\/build\//;

interface Pattern {
  source: string;
  flags: string;
  /** file:line of the literal or of the `new RegExp` call. */
  where: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'rules'))]
  .map((path) => relative(root, path))
  .filter((path) => !buildOnly.test(path));

/** Regex literals and `RegExp(...)` call sites, from the syntax tree. */
function scanSource(): { literals: Pattern[]; constructorSites: string[] } {
  const literals: Pattern[] = [];
  const constructorSites: string[] = [];
  for (const path of files) {
    const file = ts.createSourceFile(path, readFileSync(join(root, path), 'utf8'), ts.ScriptTarget.Latest, true);
    const line = (node: ts.Node): number => file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf('/');
        literals.push({ source: text.slice(1, end), flags: text.slice(end + 1), where: `${path}:${line(node)}` });
      }
      if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        constructorSites.push(`${path}:${line(node)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { literals, constructorSites };
}

/** Modules with side effects on import: the worker thread's entry, and the CLI's bin. */
const notImportable = new Set(['src/pool/worker.ts']);

/** Every RegExp built by our code while everything loads and lints, with its caller's file:line. */
async function recordConstructedPatterns(): Promise<Pattern[]> {
  const recorded = new Map<string, Pattern>();
  const Original = RegExp;
  const ownFrame = new RegExp(
    `\\(?${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}((?:src|rules)/[^:]+):(\\d+):\\d+\\)?$`,
  );
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp;
      // The frame below this trap is the code that wrote `new RegExp(...)`.
      const caller = (new Error().stack ?? '').split('\n')[2]?.trim() ?? '';
      const match = ownFrame.exec(caller);
      if (match) {
        const where = `${match[1]}:${match[2]}`;
        recorded.set(`${made.source}/${made.flags}@${where}`, { source: made.source, flags: made.flags, where });
      }
      return made;
    },
  });
  try {
    for (const path of files) if (!notImportable.has(path)) await import(/* @vite-ignore */ join(root, path));
    const { rules } = await import('../rules/index.js');
    const { lintText } = await import('../src/lint.js');
    const { reporters } = await import('../src/reporters/index.js');
    const { formatFor } = await import('../src/formats/index.js');
    const { everyRuleConfig } = await import('./property-helpers.js');
    // Imported here, not at the top: loading the rules before the trap is set would hide the patterns they build as they load.
    const { builtInRules } = await import('./helpers.js');
    const config = everyRuleConfig();
    const linted = [];
    for (const rule of rules) {
      for (const example of rule.definition.examples) {
        // With the example's own options, so patterns built from options (house-style terms) run too.
        const withOptions = example.options
          ? {
              ...config,
              rules: new Map(config.rules).set(rule.definition.id, {
                severity: 'warn' as const,
                options: example.options,
              }),
            }
          : config;
        linted.push(
          lintText(example.input, {
            format: example.format ?? 'markdown',
            config: withOptions,
            filePath: 'example.md',
          }),
        );
      }
    }
    const fixtures = join(root, 'fixtures/positions');
    for (const name of readdirSync(fixtures).filter((name) => !name.endsWith('.json') && !name.includes('utf16'))) {
      linted.push(
        lintText(readFileSync(join(fixtures, name), 'utf8'), { format: formatFor(name), config, filePath: name }),
      );
    }
    for (const reporter of Object.values(reporters))
      reporter(linted, { cwd: root, color: false, verbose: true, ruleSet: builtInRules });
    // Helpers that build patterns on first use, whichever rule calls them (or none yet).
    const sample = readFileSync(join(root, 'fixtures/positions/crlf-bom-nesting.md'), 'utf8');
    for (const path of files.filter((file) => file.startsWith('src/language/'))) {
      const module = (await import(/* @vite-ignore */ join(root, path))) as Record<string, unknown>;
      for (const exported of Object.values(module)) {
        if (typeof exported !== 'function' || /^class\b/.test(Function.prototype.toString.call(exported))) continue;
        try {
          (exported as (text: string) => unknown)(sample);
        } catch {
          // Helpers that want other arguments: their patterns are seen through the rules instead.
        }
      }
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return [...recorded.values()];
}

interface Verdict {
  pattern: Pattern;
  part: string;
  diagnostics: Diagnostics;
}

/**
 * First recheck's defaults (fast; bounded repeats over 30 in total are fuzzed); then the automaton
 * with bounded repeats expanded up to 200, which decides `\p{L}{3,30}is` exactly instead of
 * guessing; then a longer fuzzing run. What is still undecided is split into alternatives (see
 * `alternativesOf`) and each is decided the same way.
 */
const passes = [
  { timeout: 10_000, recallTimeout: 3_000 },
  { timeout: 20_000, maxRepeatCount: 200, recallTimeout: 3_000 },
  { checker: 'fuzz' as const, timeout: 30_000, recallTimeout: 3_000 },
];

async function decide(part: string, flags: string, depth = 0): Promise<Diagnostics> {
  let diagnostics: Diagnostics | undefined;
  for (const parameters of passes) {
    diagnostics = await check(part, flags.replace(/[gyd]/g, ''), parameters);
    if (diagnostics.status !== 'unknown') return diagnostics;
  }
  const alternatives = depth < 2 ? alternativesOf(part) : [];
  if (alternatives.length < 2) return diagnostics as Diagnostics;
  for (const alternative of alternatives) {
    const verdict = await decide(alternative, flags, depth + 1);
    if (verdict.status !== 'safe') return verdict;
  }
  return { ...(diagnostics as Diagnostics), status: 'safe', checker: 'automaton' } as Diagnostics;
}

/** Index of the `)` closing the group opened at `open`, skipping escapes and character classes. */
function closingParenthesis(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits at the `|`s of nesting depth 0. */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/**
 * Equivalent patterns whose backtracking adds up to the original's: `A|B` tries A then B at each
 * start; `\b(?:A|B)rest` (nothing that repeats before the group) tries `\bArest` then `\bBrest`.
 */
function alternativesOf(source: string): string[] {
  const top = topLevelAlternatives(source);
  if (top.length > 1) return top;
  const lead = /^(?:\\b|\^)?(?=\(\?:)/.exec(source);
  if (!lead) return [];
  const open = lead[0].length;
  const close = closingParenthesis(source, open);
  const quantified = /^[*+?{]/.test(source.slice(close + 1));
  if (close === -1 || quantified) return [];
  const inner = topLevelAlternatives(source.slice(open + 3, close));
  return inner.length > 1 ? inner.map((branch) => `${lead[0]}(?:${branch})${source.slice(close + 1)}`) : [];
}

/**
 * Patterns recheck found safe before, keyed by flags and source, committed so that `npm test`
 * asks recheck only about new or changed patterns (a full check takes minutes). Refresh with
 * HEALTHLINT_REDOS_UPDATE=1; HEALTHLINT_REDOS_FULL=1 ignores the file and checks everything.
 */
const verdictFile = new URL('./redos.verdicts.json', import.meta.url).pathname;
const recheckVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/recheck/package.json'), 'utf8')) as { version: string }
).version;

function knownSafe(): Set<string> {
  if (isSwitchedOn('HEALTHLINT_REDOS_FULL') || !existsSync(verdictFile)) return new Set();
  const saved = JSON.parse(readFileSync(verdictFile, 'utf8')) as { recheck: string; safe: string[] };
  return saved.recheck === recheckVersion ? new Set(saved.safe) : new Set();
}

const keyOf = (part: string, flags: string): string => `${flags.replace(/[gyd]/g, '')}/${part}`;

async function checkAll(patterns: Pattern[]): Promise<{ verdicts: Verdict[]; checked: number }> {
  const known = knownSafe();
  const jobs = patterns.map((pattern) => ({ pattern, part: pattern.source }));
  const unique = new Map<string, Promise<Diagnostics>>();
  const verdicts: Verdict[] = [];
  // recheck runs each check in its native agent; a few at a time keeps the machine responsive.
  const limit = 4;
  for (let start = 0; start < jobs.length; start += limit) {
    await Promise.all(
      jobs.slice(start, start + limit).map(async ({ pattern, part }) => {
        const key = keyOf(part, pattern.flags);
        if (known.has(key)) return;
        if (!unique.has(key)) unique.set(key, decide(part, pattern.flags));
        verdicts.push({ pattern, part, diagnostics: await (unique.get(key) as Promise<Diagnostics>) });
      }),
    );
  }
  if (isSwitchedOn('HEALTHLINT_REDOS_UPDATE')) {
    const safe = new Set([
      ...known,
      ...verdicts.filter((v) => v.diagnostics.status === 'safe').map((v) => keyOf(v.part, v.pattern.flags)),
    ]);
    const current = new Set(jobs.map(({ pattern, part }) => keyOf(part, pattern.flags)));
    const kept = [...safe].filter((key) => current.has(key)).sort();
    writeFileSync(verdictFile, `${JSON.stringify({ recheck: recheckVersion, safe: kept }, null, 1)}\n`);
  }
  return { verdicts, checked: unique.size };
}

function describeVerdict({ pattern, part, diagnostics }: Verdict): string {
  const attack = diagnostics.status === 'vulnerable' ? ` attack ${JSON.stringify(diagnostics.attack.pattern)}` : '';
  const reason = diagnostics.status === 'unknown' ? ` (${JSON.stringify(diagnostics.error)})` : '';
  const shown = part.length > 160 ? `${part.slice(0, 160)}…` : part;
  return `${pattern.where} /${shown}/${pattern.flags}: ${diagnostics.status}${diagnostics.status === 'vulnerable' ? ` ${diagnostics.complexity.summary}` : ''}${attack}${reason}`;
}

describe('no regular expression can be made to backtrack super-linearly', () => {
  let literals: Pattern[] = [];
  let constructorSites: string[] = [];
  let constructed: Pattern[] = [];
  let verdicts: Verdict[] = [];
  let checked = 0;

  beforeAll(async () => {
    ({ literals, constructorSites } = scanSource());
    constructed = await recordConstructedPatterns();
    ({ verdicts, checked } = await checkAll([...literals, ...constructed]));
  }, 1_800_000);

  afterAll(() => {
    console.info(
      `redos: ${literals.length} literals and ${constructed.length} constructed patterns; recheck asked about ${checked} new or changed ones`,
    );
  });

  it('finds the patterns (literals and constructed ones)', () => {
    expect(literals.length).toBeGreaterThan(50);
    expect(constructed.length).toBeGreaterThan(10);
    // The trie's code-point tests are among the literals.
    expect(literals.filter((pattern) => pattern.where.startsWith('src/language/phrases.ts:')).length).toBeGreaterThan(
      0,
    );
  });

  it('saw every `new RegExp(` in the source run at least once', () => {
    const seen = new Set(constructed.map((pattern) => pattern.where));
    expect(constructorSites.filter((site) => !seen.has(site))).toEqual([]);
  });

  it('recheck finds every pattern safe', () => {
    expect(verdicts.filter((verdict) => verdict.diagnostics.status !== 'safe').map(describeVerdict)).toEqual([]);
  });
});

/** "1" or "true" switches a variable on; "0", "false" or empty leave it off (a helper set `…=0` and got an update). */
function isSwitchedOn(name: string): boolean {
  const value = process.env[name]?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}
