import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import YAML from 'yaml';
import { UserError } from '../errors.js';
import { PhraseMatcher, type PhraseMatch } from '../language/phrases.js';
import { describeIoError, readLimits, readRegularTextSync, UnreadableFile } from '../read.js';

/**
 * A term of a house style or an extension of a built-in lexicon, written in config as data: words
 * and phrases, never a regular expression, so a config cannot make a rule hang. Phrases follow the
 * phrase matcher: a space matches white space or hyphens, `*` ends a word with any ending.
 */
export interface Term {
  readonly id: string;
  readonly match: readonly string[];
  /** The replacement; without it the term is only flagged. */
  readonly prefer?: string;
  /** Said to the writer with each finding. */
  readonly message?: string;
  /** Matched with its case as written (`"AIDS"` but not `"aids"`); otherwise case is ignored. */
  readonly caseSensitive?: boolean;
}

export const termSchema = {
  type: 'object',
  required: ['id', 'match'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: 'A kebab-case id, shown in reports.' },
    match: {
      type: 'array',
      minItems: 1,
      maxItems: 1000,
      items: { type: 'string', minLength: 1, maxLength: 200 },
      description: 'Words or phrases to flag; a space matches spaces or hyphens, `*` ends a word with any ending.',
    },
    prefer: { type: 'string', maxLength: 200, description: 'The replacement, offered as a quick fix.' },
    message: { type: 'string', maxLength: 300, description: 'What to tell the writer.' },
    caseSensitive: { type: 'boolean', description: 'Match the case as written (default: ignore case).' },
  },
} as const;

export const termsSchema = { type: 'array', maxItems: 10_000, items: termSchema } as const;

/** The options every lexicon-driven built-in rule takes, so a project can extend or silence its list. */
export interface LexiconOptions {
  extraTerms?: readonly Term[];
  /** Lexicon entry ids or exact phrases (case ignored) never to flag. */
  allow?: readonly string[];
}

export const lexiconOptionsSchema = {
  extraTerms: { ...termsSchema, description: 'More terms to flag, as `{ id, match, prefer?, message? }`.' },
  allow: {
    type: 'array',
    items: { type: 'string', minLength: 1, maxLength: 200 },
    description: 'Lexicon entry ids or phrases never to flag.',
  },
} as const;

export interface TermMatch {
  term: Term;
  start: number;
  end: number;
  text: string;
}

interface TermEntry {
  id: string;
  match: readonly string[];
  term: Term;
  /** For a case-sensitive term, one phrase per entry, checked again with its case. */
  exact?: RegExp;
}

/**
 * Finds terms with the shared phrase matcher. A case-sensitive phrase is found without case first,
 * then its text is compared with the phrase as written: an anchored pattern built from the escaped
 * phrase (literal words, `[\s-]+` between them, `\p{L}*` for a `*`), linear on the short match.
 */
export class TermMatcher {
  private readonly matcher: PhraseMatcher<TermEntry>;

  constructor(terms: readonly Term[]) {
    const entries: TermEntry[] = terms.flatMap((term) =>
      term.caseSensitive
        ? term.match.map((phrase) => ({ id: term.id, match: [phrase], term, exact: exactPattern(phrase) }))
        : [{ id: term.id, match: term.match, term }],
    );
    this.matcher = new PhraseMatcher(entries);
  }

  matchAll(text: string): TermMatch[] {
    return this.matcher
      .matchAll(text)
      .filter(({ entry, text: found }) => !entry.exact || entry.exact.test(found))
      .map(({ entry, start, end, text: found }) => ({ term: entry.term, start, end, text: found }));
  }
}

function exactPattern(phrase: string): RegExp {
  const words = phrase
    .trim()
    .split(/\s+/)
    .map((word) => {
      const wildcard = word.endsWith('*');
      const literal = (wildcard ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      return literal.replace(/['’]/g, "['’]") + (wildcard ? '\\p{L}*' : '');
    });
  return new RegExp(`^${words.join('[\\s-]+')}$`, 'u');
}

/** A one-line problem with a list of terms (ids repeated, phrases the matcher refuses), or undefined. */
export function termsProblem(terms: readonly Term[], where: string): string | undefined {
  const ids = new Set<string>();
  for (const term of terms) {
    if (ids.has(term.id)) return `${where} has the term id \`${term.id}\` twice`;
    ids.add(term.id);
  }
  try {
    new TermMatcher(terms);
  } catch (error) {
    return `${where}: ${(error as Error).message}`;
  }
  return undefined;
}

/**
 * Compiled when a config first names a terms file: compiling (ajv first compiles its meta-schema)
 * took ~45 ms of every start, and most runs, a warm `--cache` run among them, name none.
 */
let termsValidator: ValidateFunction | undefined;
const validateTerms = (): ValidateFunction =>
  (termsValidator ??= new Ajv({ allErrors: false, strict: false }).compile(termsSchema));
const termFiles = new Map<string, { stamp: string; terms: readonly Term[] }>();

/**
 * The terms of a YAML (or JSON) file named by a config, relative to its folder: a list of terms, or
 * a mapping with `terms`. Read as config is (a regular file, within the config size cap), once per
 * file version; a file that is missing, unreadable or not a list of valid terms is a config error
 * (exit 2).
 */
export function readTermsFile(name: string, baseDirectory: string): readonly Term[] {
  const path = resolve(baseDirectory, name);
  const fail = (problem: string): never => {
    throw new UserError(`Cannot use terms file ${path}: ${problem}`);
  };
  let stamp = '';
  try {
    const info = statSync(path);
    stamp = `${info.size}:${info.mtimeMs}`;
  } catch (error) {
    fail(describeIoError(error));
  }
  const cached = termFiles.get(path);
  if (cached?.stamp === stamp) return cached.terms;
  let text = '';
  try {
    text = readRegularTextSync(path, readLimits.config).replace(/^\uFEFF/, '');
  } catch (error) {
    fail(error instanceof UnreadableFile ? error.reason : String(error));
  }
  let data: unknown;
  try {
    data = YAML.parse(text, { uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    fail(String((error as Error).message).split('\n')[0] ?? 'invalid YAML');
  }
  const terms = Array.isArray(data) ? data : (data as { terms?: unknown } | null)?.terms;
  const validate = validateTerms();
  if (!validate(terms)) {
    const error = validate.errors?.[0];
    fail(
      `expected a list of terms ({ id, match, prefer?, message?, caseSensitive? }): ${error?.instancePath || 'the file'} ${error?.message ?? 'is invalid'}`,
    );
  }
  const problem = termsProblem(terms as Term[], 'the file');
  if (problem) fail(problem);
  termFiles.set(path, { stamp, terms: terms as Term[] });
  return terms as Term[];
}

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[\s-]+/g, ' ')
    .trim();

const allowSets = new WeakMap<readonly string[], Set<string>>();
const extraMatchers = new WeakMap<readonly Term[], TermMatcher>();

/**
 * What a project's `extraTerms` and `allow` add to a built-in lexicon. Built once per config's
 * lists (options objects are rebuilt per file, the lists in them are not).
 */
export function lexiconExtension(options: LexiconOptions): {
  extraMatches(text: string): TermMatch[];
  allows(id: string, text: string): boolean;
} {
  const { extraTerms, allow } = options;
  let matcher = extraTerms && extraMatchers.get(extraTerms);
  if (extraTerms && !matcher) {
    matcher = new TermMatcher(extraTerms);
    extraMatchers.set(extraTerms, matcher);
  }
  let allowed = allow && allowSets.get(allow);
  if (allow && !allowed) {
    allowed = new Set(allow.map(normalise));
    allowSets.set(allow, allowed);
  }
  return {
    extraMatches: (text) => matcher?.matchAll(text) ?? [],
    allows: (id, text) => allowed !== undefined && (allowed.has(id) || allowed.has(normalise(text))),
  };
}

/** `extra` matches that overlap none of `base`, merged into it in text order. */
export function mergeMatches<Match extends { start: number; end: number }>(base: Match[], extra: Match[]): Match[] {
  if (extra.length === 0) return base;
  const fresh = extra.filter((added) => !base.some((found) => added.start < found.end && added.end > found.start));
  return [...base, ...fresh].sort((a, b) => a.start - b.start);
}

/** Checks `extraTerms` when a config is loaded, for the rules that take them. */
export function lexiconOptionsProblem(options: LexiconOptions): string | undefined {
  return options.extraTerms ? termsProblem(options.extraTerms, '`extraTerms`') : undefined;
}

/** A built-in lexicon entry as a project's term stands in for it. */
export interface ProjectEntry {
  readonly id: string;
  readonly note: string;
  readonly prefer: readonly string[];
}

/**
 * A built-in rule's lexicon matches with the project's `extraTerms` added (where they overlap no
 * built-in match) and its `allow` list taken out, by entry id or phrase.
 */
export function withProjectTerms<Entry extends { readonly id: string }>(
  found: PhraseMatch<Entry>[],
  text: string,
  options: LexiconOptions,
  toEntry: (entry: ProjectEntry) => Entry,
): PhraseMatch<Entry>[] {
  if (!options.extraTerms && !options.allow) return found;
  const project = lexiconExtension(options);
  const extra = project.extraMatches(text).map(({ term, start, end, text: matched }) => ({
    entry: toEntry({
      id: term.id,
      note: term.message ?? `Listed in this project’s \`extraTerms\` (${term.id}).`,
      prefer: term.prefer === undefined ? [] : [term.prefer],
    }),
    start,
    end,
    text: matched,
  }));
  return mergeMatches(found, extra).filter(({ entry, text: matched }) => !project.allows(entry.id, matched));
}
