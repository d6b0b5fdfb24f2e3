/**
 * Pathological input benchmark: 100 KB of hostile text per case, each linted with a time bound.
 *
 *   npx tsx scripts/pathological.ts [--size 100KB] [--bound 10] [--only NAME] [--huge] [--strict]
 *   npx tsx scripts/pathological.ts --growth [--size 100KB] [--only NAME]
 *
 * Cases: inputs known to make Markdown and HTML parsers or regular expressions backtrack
 * (CommonMark's pathological tests, deep nesting, entity floods, long runs of one character, the
 * attack strings recheck found), and for every rule 100 KB of near-matches of the phrases it flags
 * (the phrase cut short, glued together, or its example run on as one sentence), linted with that
 * rule alone. Each case runs in a child process that is killed if it takes six times the bound, so
 * a hang shows as HUNG instead of stopping the run. `--huge` adds 100,000-item lists and a 5 MB
 * article. Exits 1 when a case is over the bound, hangs, crashes or reports an unexpected fatal
 * message; cases slow because of a known upstream limit are reported as KNOWN (failing only with
 * `--strict`). Timing lives here, not in the unit tests.
 *
 * `--growth` runs the growth cases instead: inputs that once cost time quadratic in their size (issue
 * 12: statistics in table cells and headings, sentences referring back to "the trial", sentence
 * splitting on long paragraphs). Each is linted at its own size (or `--size`) and at `factor` times
 * that; the run fails when the time grows by more than the case's limit (a linear cost grows by
 * about the factor; the limits leave room for a shared machine's noise). Under `ulimit -v`, give
 * the heap a cap too (NODE_OPTIONS=--max-old-space-size=2048): tsx starts a second V8 isolate, and
 * the two reserve more address space than a 6 GB limit allows.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Case {
  name: string;
  format: 'markdown' | 'html' | 'text';
  /** The rule to run alone; all rules when undefined. */
  rule?: string;
  build(size: number): string;
  /** A fatal message this case is expected to end with (deep nesting), instead of findings. */
  expectFatal?: RegExp;
  /** Why this case is known to be slow (an upstream parser's super-linear path). */
  known?: string;
}

const repeat = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
const prose =
  'Researchers said the new drug eased symptoms in 38% of patients, compared with 20% on placebo, in a trial of 400 adults. ';
const micromark = 'micromark 4 resolves this construct in time quadratic in the paragraph; upstream, not healthlint';
const setext = 'micromark 4 tokenises setext headings in time quadratic in their number; upstream, not healthlint';
const containers = 'micromark 4 opens nested containers in time quadratic in their depth; upstream, not healthlint';

const parserCases: Case[] = [
  // Markdown: CommonMark's pathological inputs (cmark test/pathological_tests.py) and friends.
  { name: 'md-prose-baseline', format: 'markdown', build: (n) => repeat(prose, n) },
  {
    name: 'md-emphasis-run',
    format: 'markdown',
    build: (n) => `${'*'.repeat(n / 2)}a${'*'.repeat(n / 2)}`,
    known: micromark,
  },
  { name: 'md-emphasis-closers', format: 'markdown', build: (n) => repeat('a_ ', n), known: micromark },
  { name: 'md-emphasis-openers', format: 'markdown', build: (n) => repeat('_a ', n), known: micromark },
  { name: 'md-emphasis-mismatched', format: 'markdown', build: (n) => repeat('*a_ ', n), known: micromark },
  { name: 'md-emphasis-rule-of-3', format: 'markdown', build: (n) => `a**b${repeat('c* ', n)}`, known: micromark },
  {
    name: 'md-nested-strong-emphasis',
    format: 'markdown',
    build: (n) => `${repeat('*a **a ', n / 2)}b${repeat(' a** a*', n / 2)}`,
    known: micromark,
  },
  { name: 'md-link-closers', format: 'markdown', build: (n) => repeat('a]', n), known: micromark },
  { name: 'md-link-openers', format: 'markdown', build: (n) => repeat('[a', n), known: micromark },
  { name: 'md-link-openers-emphasis-closers', format: 'markdown', build: (n) => repeat('[ a_', n), known: micromark },
  {
    name: 'md-nested-brackets',
    format: 'markdown',
    build: (n) => `${'['.repeat(n / 2)}a${']'.repeat(n / 2)}`,
    known: micromark,
  },
  { name: 'md-unclosed-links', format: 'markdown', build: (n) => repeat('[a](<b', n), known: micromark },
  { name: 'md-unclosed-links-plain', format: 'markdown', build: (n) => repeat('[a](b', n), known: micromark },
  { name: 'md-bracket-paren', format: 'markdown', build: (n) => repeat('[ (](', n), known: micromark },
  {
    name: 'md-backticks',
    format: 'markdown',
    build: (n) => Array.from({ length: Math.sqrt(2 * n) }, (_, i) => `e${'`'.repeat(i)}`).join(''),
  },
  {
    name: 'md-blockquote-nesting',
    format: 'markdown',
    build: (n) => `${'> '.repeat(n / 2)}a`,
    expectFatal: /nested too deeply/,
    known: containers,
  },
  {
    name: 'md-list-nesting',
    format: 'markdown',
    build: (n) => `${'- '.repeat(n / 2)}a`,
    expectFatal: /nested too deeply/,
    known: containers,
  },
  {
    name: 'md-many-references',
    format: 'markdown',
    build: (n) => `${Array.from({ length: n / 16 }, (_, i) => `[${i}]: u`).join('\n')}\n${repeat('[0] ', n / 2)}`,
  },
  {
    name: 'md-table-wide',
    format: 'markdown',
    build: (n) => `${repeat('|a', n / 3)}|\n${repeat('|-', n / 3)}|\n${repeat('|b', n / 3)}|`,
  },
  { name: 'md-table-long', format: 'markdown', build: (n) => `|a|b|\n|-|-|\n${repeat('|c|d|\n', n)}` },
  { name: 'md-entities', format: 'markdown', build: (n) => repeat('&amp;', n) },
  { name: 'md-autolink-www', format: 'markdown', build: (n) => repeat('www.', n) },
  { name: 'md-autolink-email', format: 'markdown', build: (n) => repeat('a@', n) },
  { name: 'md-html-comment-openers', format: 'markdown', build: (n) => repeat('<!--', n) },
  { name: 'md-setext-headings', format: 'markdown', build: (n) => repeat('a\n=\n', n), known: setext },
  { name: 'md-footnote-references', format: 'markdown', build: (n) => repeat('[^a]', n) },
  { name: 'md-strikethrough', format: 'markdown', build: (n) => repeat('~~a ', n), known: micromark },
  { name: 'md-backslashes', format: 'markdown', build: (n) => '\\'.repeat(n) },
  { name: 'md-front-matter-unclosed', format: 'markdown', build: (n) => `---\n${repeat('title: a\n', n)}` },
  // HTML.
  { name: 'html-prose-baseline', format: 'html', build: (n) => `<p>${repeat(prose, n)}</p>` },
  { name: 'html-deep-div', format: 'html', build: (n) => repeat('<div>', n), expectFatal: /nested too deeply/ },
  // parse5 nests every unclosed <b>, so 25,000 of them are as deep as 25,000 <div>s.
  {
    name: 'html-unclosed-formatting',
    format: 'html',
    build: (n) => `<p>${repeat('<b>a', n)}`,
    expectFatal: /nested too deeply/,
  },
  { name: 'html-unclosed-paragraphs', format: 'html', build: (n) => repeat('<p>a ', n) },
  { name: 'html-stray-closers', format: 'html', build: (n) => repeat('a</b></p></div>', n) },
  { name: 'html-entities', format: 'html', build: (n) => `<p>${repeat('&amp;&#109;&eacute;', n)}</p>` },
  { name: 'html-bogus-entities', format: 'html', build: (n) => `<p>${repeat('&bogus; ', n)}</p>` },
  { name: 'html-attributes', format: 'html', build: (n) => `<p ${repeat('a=b ', n)}>miracle cure</p>` },
  { name: 'html-comments', format: 'html', build: (n) => repeat('<!--x-->a ', n) },
  { name: 'html-table-cells', format: 'html', build: (n) => `<table><tr>${repeat('<td>a', n)}</table>` },
  { name: 'html-list-items', format: 'html', build: (n) => `<ul>${repeat('<li>miracle cure for cancer', n)}</ul>` },
  { name: 'html-inline-in-block', format: 'html', build: (n) => `<p>${repeat('<b>the<p>the', n)}` },
  // Plain text and the regular expressions that read every format's prose.
  { name: 'text-prose-baseline', format: 'text', build: (n) => repeat(prose, n) },
  { name: 'text-one-long-word', format: 'text', build: (n) => 'a'.repeat(n) },
  { name: 'text-alternating-scripts', format: 'text', build: (n) => repeat('aÀ', n) },
  { name: 'text-capitals-non-ascii', format: 'text', build: (n) => repeat('AÀ', n) },
  { name: 'text-letters-ordinal', format: 'text', build: (n) => repeat('onª', n) },
  { name: 'text-number-list', format: 'text', build: (n) => `${repeat('1,', n)}x` },
  { name: 'text-thousands', format: 'text', build: (n) => `t${repeat(',000', n)}fold` },
  { name: 'text-decimals', format: 'text', build: (n) => `i${repeat('0.0', n)}A0%` },
  { name: 'text-percentages', format: 'text', build: (n) => repeat('1% ', n) },
  { name: 'text-dots', format: 'text', build: (n) => repeat('a.', n) },
  { name: 'text-domain-labels', format: 'text', build: (n) => `G.I${repeat('.I', n)}` },
  { name: 'text-apostrophes', format: 'text', build: (n) => `a${"'".repeat(n)}b` },
  { name: 'text-hyphens', format: 'text', build: (n) => repeat('a-', n) },
  { name: 'text-parentheses', format: 'text', build: (n) => repeat('(', n) },
  { name: 'text-journal-names', format: 'text', build: (n) => `${repeat('Lancet ', n)}n` },
  { name: 'text-et-al', format: 'text', build: (n) => repeat('Smith et al. ', n) },
  { name: 'text-titles-names', format: 'text', build: (n) => repeat('Mr\tMPony', n) },
  {
    name: 'text-attribution-commas',
    format: 'text',
    build: (n) => repeat('Dr Jane Smith, a lead researcher at the, ', n),
  },
  { name: 'text-urls', format: 'text', build: (n) => repeat('http://a.b/c ', n) },
  { name: 'text-zero-width', format: 'text', build: (n) => repeat('a\u200b', n) },
  { name: 'text-combining-marks', format: 'text', build: (n) => repeat('e\u0301', n) },
  { name: 'text-astral', format: 'text', build: (n) => repeat('😀', n) },
  { name: 'text-tabs', format: 'text', build: (n) => `a${'\t'.repeat(n)}b` },
  { name: 'text-cr-lines', format: 'text', build: (n) => repeat('miracle cure\r', n) },
  { name: 'text-blank-lines', format: 'text', build: (n) => `a${'\n'.repeat(n)}b` },
  { name: 'text-bullets', format: 'text', build: (n) => repeat('• a miracle cure for cancer\n', n) },
  { name: 'text-sentence-ends', format: 'text', build: (n) => repeat('A. ', n) },
];

interface GrowthCase extends Case {
  /** The first input's size, unless `--size` says otherwise. */
  size: number;
  /** How much larger the second input is. */
  factor: number;
  /** The most the time may grow by when the input grows by `factor`. */
  limit: number;
}

const double = { factor: 2, limit: 2.6 };

const growthCases: GrowthCase[] = [
  // unsupported-statistic looked up each cell's section by walking every block (one table row of `5%`).
  {
    name: 'growth-statistic-table-cells',
    format: 'markdown',
    rule: 'unsupported-statistic',
    build: (n) => {
      const cells = Math.max(1, Math.floor(n / 7));
      return `${'|a'.repeat(cells)}|\n${'|-'.repeat(cells)}|\n${'|5%'.repeat(cells)}|\n`;
    },
    size: 14_000,
    factor: 4,
    limit: 6,
  },
  {
    name: 'growth-statistic-headings',
    format: 'markdown',
    rule: 'unsupported-statistic',
    build: (n) => repeat('# 5% of us\n\n', n),
    size: 24 * 1024,
    factor: 4,
    limit: 6,
  },
  // ...and each sentence referring back to "the trial" by walking every block before it.
  {
    name: 'growth-statistic-the-trial',
    format: 'markdown',
    rule: 'unsupported-statistic',
    build: (n) => repeat('In the trial, 5% improved.\n\n', n),
    size: 48 * 1024,
    factor: 4,
    limit: 6,
  },
  // parse-english splices its token lists, quadratic in a paragraph's length on these.
  // 200,000 short lines.
  { name: 'growth-parse-short-lines', format: 'text', build: (n) => repeat('a\n', n), size: 400_000, ...double },
  { name: 'growth-parse-short-lines-md', format: 'markdown', build: (n) => repeat('a\n', n), size: 100_000, ...double },
  { name: 'growth-parse-apostrophes', format: 'text', build: (n) => repeat("a'b ", n), size: 160_000, ...double },
  { name: 'growth-parse-initials', format: 'text', build: (n) => repeat('A.B ', n), size: 160_000, ...double },
  {
    name: 'growth-parse-bogus-entities',
    format: 'html',
    build: (n) => `<p>${repeat('&bogus; ', n)}</p>`,
    size: 160_000,
    ...double,
  },
  {
    name: 'growth-parse-bogus-entities-md',
    format: 'markdown',
    build: (n) => repeat('&bogus; ', n),
    size: 160_000,
    ...double,
  },
];

const hugeCases: Case[] = [
  {
    name: 'huge-md-100k-list',
    format: 'markdown',
    build: () => listOf('- ', ''),
    known: 'mdast-util-from-markdown builds large lists slowly (syntax-tree/mdast-util-from-markdown#49)',
  },
  { name: 'huge-text-100k-list', format: 'text', build: () => listOf('- ', '') },
  { name: 'huge-html-100k-list', format: 'html', build: () => `<ul>${listOf('<li>', '')}</ul>` },
  { name: 'huge-text-5mb-article', format: 'text', build: () => repeat(`${prose}\n\n`, 5 * 1024 * 1024) },
];

function listOf(marker: string, end: string): string {
  return Array.from({ length: 100_000 }, (_, i) => `${marker}Item ${i}: a miracle cure for cancer${end}`).join('\n');
}

/** For each rule, 100 KB of near-matches of what its examples flag, linted with that rule alone. */
async function ruleCases(): Promise<Case[]> {
  const { rules } = await import('../rules/index.js');
  const cases: Case[] = [];
  for (const rule of rules) {
    const { id, examples } = rule.definition;
    const flagging = examples.filter((example) => example.flags.length > 0);
    const flags = [...new Set(flagging.flatMap((example) => example.flags))].filter((flag) => flag.length > 1);
    const example = flagging[0];
    if (!example) continue;
    const format = example.format ?? 'markdown';
    const cut = flags.map((flag) => flag.slice(0, -1)).join(' ');
    cases.push(
      { name: `rule-${id}-cut-short`, format, rule: id, build: (n) => repeat(`${cut} `, n) },
      { name: `rule-${id}-glued`, format, rule: id, build: (n) => repeat(flags.join(''), n) },
      {
        name: `rule-${id}-one-sentence`,
        format,
        rule: id,
        build: (n) => repeat(`${example.input.replace(/[.!?]\s*/g, ' ').replace(/\n+/g, ' ')} `, n),
      },
      {
        name: `rule-${id}-repeated`,
        format,
        rule: id,
        build: (n) => repeat(`${example.input}\n\n`, n),
        // Front matter repeated reads as thousands of setext headings ("title: x" over "---").
        ...(format === 'markdown' && /^[^\n]+\n[-=]+[ \t]*$/m.test(example.input) ? { known: setext } : {}),
      },
    );
  }
  return cases;
}

async function allCases(huge: boolean): Promise<Case[]> {
  return [...parserCases, ...(await ruleCases()), ...(huge ? hugeCases : []), ...growthCases];
}

// The child process: lints the named cases one by one and reports each as a line of JSON.

async function runCases(names: string[], size: number): Promise<void> {
  const cases = new Map((await allCases(true)).map((each) => [each.name, each]));
  const { lintText } = await import('../src/lint.js');
  const { resolveConfig } = await import('../src/config/resolve.js');
  const { rules } = await import('../rules/index.js');
  const configFor = (rule: string | undefined) => {
    const config = resolveConfig(undefined, {});
    for (const each of rules) {
      const on = rule === undefined || each.definition.id === rule;
      config.rules.set(each.definition.id, { severity: on ? 'warn' : 'off', options: {} });
    }
    return config;
  };
  lintText(prose, { format: 'markdown', config: configFor(undefined) }); // Load dictionaries first.
  for (const name of names) {
    const each = cases.get(name);
    if (!each) continue;
    const text = each.build(size);
    console.log(JSON.stringify({ start: name }));
    const started = performance.now();
    const file = lintText(text, { format: each.format, config: configFor(each.rule) });
    const ms = performance.now() - started;
    const fatal = file.messages.filter((message) => message.fatal).map((message) => message.reason);
    console.log(JSON.stringify({ done: name, ms, chars: text.length, findings: file.messages.length, fatal }));
  }
}

// The parent: runs the child, restarts it after a hang, and prints the table.

interface Outcome {
  name: string;
  ms?: number;
  chars?: number;
  findings?: number;
  fatal?: string[];
  status: 'ok' | 'SLOW' | 'HUNG' | 'CRASH' | 'FATAL' | 'KNOWN';
}

async function runAll(
  cases: Case[],
  size: number,
  bound: number,
  report: (outcome: Outcome) => void,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const byName = new Map(cases.map((each) => [each.name, each]));
  const settle = (outcome: Outcome): void => {
    const each = byName.get(outcome.name) as Case;
    const expectedFatal =
      each.expectFatal && outcome.fatal?.length === 1 && each.expectFatal.test(outcome.fatal[0] ?? '');
    if (outcome.status === 'ok' && outcome.fatal?.length && !expectedFatal) outcome.status = 'FATAL';
    if (outcome.status === 'ok' && (outcome.ms ?? 0) > bound * 1000) outcome.status = 'SLOW';
    if ((outcome.status === 'SLOW' || outcome.status === 'HUNG') && each.known) outcome.status = 'KNOWN';
    outcomes.push(outcome);
    report(outcome);
  };
  let remaining = cases.map((each) => each.name);
  const script = fileURLToPath(import.meta.url);
  while (remaining.length > 0) {
    const child = spawn(process.execPath, ['--import', 'tsx', script, '--child', String(size), ...remaining], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let current: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    const finished = new Set<string>();
    for await (const line of createInterface({ input: child.stdout })) {
      const event = JSON.parse(line) as { start?: string; done?: string } & Omit<Outcome, 'name' | 'status'>;
      if (event.start) {
        current = event.start;
        clearTimeout(timer);
        timer = setTimeout(() => child.kill('SIGKILL'), bound * 6 * 1000);
      } else if (event.done) {
        clearTimeout(timer);
        finished.add(event.done);
        settle({ name: event.done, status: 'ok', ...event });
        current = undefined;
      }
    }
    clearTimeout(timer);
    const code = await new Promise<number | null>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
      else child.on('close', (status) => resolve(status));
    });
    if (current) settle({ name: current, status: child.signalCode === 'SIGKILL' ? 'HUNG' : 'CRASH' });
    else if (code !== 0 && finished.size === 0) throw new Error(`the benchmark process exited with ${code}`);
    const stopped = current ? remaining.indexOf(current) + 1 : remaining.length;
    remaining = remaining.slice(Math.max(stopped, 0)).filter((name) => !finished.has(name));
  }
  return outcomes;
}

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(kb|k|mb|m)?$/i.exec(text);
  if (!match) throw new Error(`--size: expected a size such as 100KB, got ${text}`);
  const unit = (match[2] ?? '').toLowerCase().startsWith('m') ? 1024 * 1024 : match[2] ? 1024 : 1;
  return Math.round(Number(match[1]) * unit);
}

async function benchmark(): Promise<number> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string): string => {
    const index = args.indexOf(name);
    return index === -1 ? fallback : (args[index + 1] ?? fallback);
  };
  const bound = Number(option('--bound', '10'));
  const only = option('--only', '');
  if (args.includes('--growth'))
    return growth(
      growthCases.filter((each) => !only || each.name.includes(only)),
      args.includes('--size') ? parseSize(option('--size', '')) : undefined,
    );
  const size = parseSize(option('--size', '100KB'));
  const growthNames = new Set(growthCases.map((each) => each.name));
  const cases = (await allCases(args.includes('--huge'))).filter(
    (each) => !growthNames.has(each.name) && (!only || each.name.includes(only)),
  );
  console.log(
    `pathological: ${cases.length} cases of ${Math.round(size / 1024)} KB, bound ${bound} s each (killed after ${bound * 6} s)`,
  );
  const started = performance.now();
  const byName = new Map(cases.map((each) => [each.name, each]));
  const outcomes = await runAll(cases, size, bound, (outcome) => {
    const ms =
      outcome.ms === undefined ? `> ${bound * 6} s`.padStart(9) : `${Math.round(outcome.ms)}`.padStart(6) + ' ms';
    const perKb =
      outcome.ms !== undefined && outcome.chars ? `${(outcome.ms / (outcome.chars / 1024)).toFixed(2)} ms/KB` : '';
    const note =
      outcome.status === 'KNOWN'
        ? `  (${byName.get(outcome.name)?.known})`
        : outcome.fatal?.length
          ? `  [${outcome.fatal[0]}]`
          : '';
    console.log(
      `${outcome.status.padEnd(5)} ${outcome.name.padEnd(52)} ${ms} ${perKb.padStart(13)} ${String(outcome.findings ?? '').padStart(6)} findings${note}`,
    );
  });
  const failing = outcomes.filter(
    (outcome) => outcome.status !== 'ok' && (outcome.status !== 'KNOWN' || args.includes('--strict')),
  );
  const known = outcomes.filter((outcome) => outcome.status === 'KNOWN').length;
  console.log(
    `pathological: ${outcomes.length} cases in ${((performance.now() - started) / 1000).toFixed(0)} s; ${failing.length} failing, ${known} known upstream limits`,
  );
  return failing.length > 0 ? 1 : 0;
}

/** Lints each growth case at its size (or `size`) and `factor` times it, and compares the times. */
async function growth(cases: GrowthCase[], size: number | undefined): Promise<number> {
  console.log(`pathological --growth: ${cases.length} cases, each killed after 120 s`);
  let failing = 0;
  for (const each of cases) {
    const [small] = await runAll([each], size ?? each.size, 20, () => undefined);
    const [large] = await runAll([each], (size ?? each.size) * each.factor, 20, () => undefined);
    const ratio = small?.ms && large?.ms ? large.ms / small.ms : undefined;
    // Only the ratio counts here: a large input may be over the time bound and still grow linearly.
    const ok = ratio !== undefined && ratio <= each.limit;
    if (!ok) failing++;
    const time = (outcome: Outcome | undefined): string =>
      outcome?.ms === undefined ? `${outcome?.status ?? '?'}` : `${Math.round(outcome.ms)} ms`;
    console.log(
      `${ok ? 'ok   ' : 'GROWS'} ${each.name.padEnd(32)} ${`${Math.round((small?.chars ?? 0) / 1024)} KB`.padStart(7)} ${time(small).padStart(9)} -> x${each.factor} ${time(large).padStart(9)}  = x${ratio?.toFixed(2) ?? '?'} (limit x${each.limit})  ${large?.findings ?? '?'} findings`,
    );
  }
  return failing > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const index = process.argv.indexOf('--child');
  if (index !== -1) await runCases(process.argv.slice(index + 2), Number(process.argv[index + 1]));
  else process.exitCode = await benchmark();
}
