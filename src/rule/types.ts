import type { VFile } from 'vfile';
import type { Dialect } from '../language/dialect.js';
import type { Block, BlockRole, Format, ProseDocument, SourceSpan } from '../prose/types.js';

export type { Dialect };

export type Severity = 'off' | 'warn' | 'error';
export type LanguageSetting = Dialect | 'auto';

/** A JSON Schema for a rule's options object; validated with ajv when config is loaded. */
export type OptionsSchema = Record<string, unknown>;

export interface RuleDocs {
  /** One line: what the rule flags. */
  summary: string;
  /** Why it matters to a reader of health news. */
  rationale: string;
  /** The standard or guidance the rule implements, with a reference. */
  guideline: string;
  /** What a writer does to fix a finding. */
  howToFix: string;
}

export interface RuleExample {
  title: string;
  input: string;
  /** Defaults to Markdown. */
  format?: Format;
  options?: Record<string, unknown>;
  language?: Dialect;
  /** The source text of each finding, in order; an empty list means the rule stays quiet. */
  flags: string[];
}

export interface ReportExtras {
  /** Replacements a quick fix can apply, best first. */
  expected?: string[];
  /**
   * `expected[0]` replaces the flagged text without changing what the article says (a one-letter
   * slip with a single candidate, a configured dialect's variant, a house-style term), so
   * `--fix` may apply it unasked. Never for claims, statistics or hedges.
   */
  safeFix?: boolean;
  /** The text that was flagged, when it differs from the source slice (for example a word). */
  actual?: string;
  /** Overrides the rule's rationale for this finding. */
  note?: string;
  /** Other places the finding is about, such as the claim a missing caveat belongs to. */
  related?: { span: SourceSpan; message: string }[];
  /** Machine-readable facts about the finding (ESLint's message `data`), such as a house-style term's id. */
  data?: Record<string, string>;
  /**
   * The rule's evidence for this finding is weak (the shapes `RuleDefinition.tentative` names): it
   * is reported only when the rule's `tentative` option asks for it, and then marked as such.
   */
  tentative?: boolean;
}

export interface RuleContext<Options> {
  options: Options;
  /** The article's dialect, resolved from `language` (auto-detected when `auto`). */
  dialect: Dialect;
  /** Whether `dialect` was guessed from the article (`language: auto`) rather than configured. */
  dialectDetected: boolean;
  /** The folder of the config file that set the options, to resolve relative paths against. */
  baseDirectory: string;
  file: VFile;
  /** The document's blocks without those whose role the rule skips (`RuleDefinition.skip`). */
  blocks: readonly Block[];
  report(messageId: string, span: SourceSpan, data?: Record<string, string | number>, extras?: ReportExtras): void;
}

export interface RuleDefinition<Options extends object = Record<string, unknown>> {
  id: string;
  /** The rule's documentation page; built-in rules link to docs/rules/<id>.md, a plugin's to its own or none. */
  url?: string | undefined;
  docs: RuleDocs;
  /** Message templates by id; `{name}` placeholders are filled from `report`'s data. */
  messages: Record<string, string>;
  /** Whether findings are about a passage (`text`) or the article as a whole (`document`). */
  scope: 'text' | 'document';
  optionsSchema?: OptionsSchema;
  /** Roles of block the rule does not read (boilerplate, reference lists, captions); see `BlockRole`. */
  skip?: readonly BlockRole[];
  defaults: Options;
  /**
   * What the rule holds back unless its `tentative` option is on: the findings it reports with
   * `tentative`, whose shapes readers of real articles judged wrong or debatable about as often
   * as right. Giving this adds the boolean option (off by default) to the rule's schema.
   */
  tentative?: string;
  examples: RuleExample[];
  /**
   * Checks option values the schema cannot: files that must exist (a dictionary). Run when a
   * config file is loaded, with its folder; returns a one-line problem (exit 2) or undefined.
   */
  checkOptionFiles?(options: Partial<Options>, baseDirectory: string): string | undefined;
  check(document: ProseDocument, context: RuleContext<Options>): void;
}
