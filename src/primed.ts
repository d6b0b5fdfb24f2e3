/**
 * Regular expressions compiled to machine code when they are made, before a run spends V8's
 * regexp budget.
 *
 * V8 compiles a pattern when it first runs, once for each string width (Latin-1 text, and UTF-16
 * text: any text with a curly quote or a dash), first to bytecode and at the next run to machine
 * code. Once an isolate has generated 1 MB of regexp code and holds 16 MB of executable memory,
 * every pattern compiled after that is compiled without V8's regexp optimisations (the
 * Boyer–Moore look-ahead that lets a literal alternation skip most of a text), for the rest of the
 * process. A run over the bench corpus passes that point within seconds (docs/performance.md), so
 * a pattern first reached later, on a path few texts take or in a file late in the run, ran its
 * whole life 4–20 times slower than the same pattern compiled at start-up. Code compiled before
 * that point is kept as long as its pattern lives: the optimised code stays.
 *
 * `primed` runs a pattern on a short text of each width at once, so that it is compiled, and
 * optimised, while the module loads. It is for patterns that are cheap to compile and run on most
 * sentences or paragraphs: the literal gates (`src/language/literals.ts`) and a few large paragraph patterns.
 * Priming every pattern would spend the budget at start-up instead. It never changes what a
 * pattern matches; a global or sticky pattern's `lastIndex` is put back.
 */
export function primed<Pattern extends RegExp>(pattern: Pattern): Pattern {
  const lastIndex = pattern.lastIndex;
  // The first run of each width compiles bytecode and counts towards tier-up, the next compiles
  // machine code (V8's default tier-up after one run); a third changes nothing.
  for (const sample of primingSamples) {
    pattern.test(sample);
    pattern.test(sample);
  }
  pattern.lastIndex = lastIndex;
  return pattern;
}

/** A Latin-1 text and a UTF-16 one (a right single quotation mark makes a string two-byte in V8). */
const primingSamples = ['a', 'a\u2019'];
