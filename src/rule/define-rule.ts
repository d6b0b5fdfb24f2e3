import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import { UserError } from '../errors.js';
import { documentOf, healthlintData } from '../file-data.js';
import type { Block, BlockRole, ProseDocument, SourceSpan } from '../prose/types.js';
import { timed } from '../timing.js';
import type { ReportExtras, RuleDefinition } from './types.js';

export const docsBaseUrl = 'https://github.com/healthlint/healthlint/blob/main/docs/rules/';

export function ruleUrl(id: string): string {
  return `${docsBaseUrl}${id}.md`;
}

export type HealthlintRule<Options extends object = Record<string, unknown>> = Plugin<[unknown?], Root> & {
  definition: RuleDefinition<Options>;
};

/**
 * Turns a rule definition into a unified-lint-rule plugin, so every rule also works in anyone's
 * remark pipeline. Rules only call `report`; this fills message templates, positions, `note`,
 * `expected` and stamps `ruleId`, `source` and `url` (through unified-lint-rule).
 */
export function defineRule<Options extends object>(given: RuleDefinition<Options>): HealthlintRule<Options> {
  const definition = withTentativeOption(given);
  const url = 'url' in definition ? definition.url : ruleUrl(definition.id);
  const plugin = lintRule(
    { origin: `healthlint:${definition.id}`, ...(url ? { url } : {}) },
    (tree: Root, file: VFile, options: unknown) => {
      const document = documentOf(tree, file);
      const data = healthlintData(file);
      const merged = { ...definition.defaults, ...(isObject(options) ? options : {}) } as Options;
      const reportsTentative = (merged as { tentative?: unknown }).tentative === true;
      const skipped = boilerplateTails(document, definition.skip);
      const run = (): void =>
        definition.check(document, {
          options: merged,
          dialect: data.dialect ?? 'en-US',
          dialectDetected: data.dialectDetected ?? false,
          baseDirectory: data.baseDirectory ?? file.cwd,
          file,
          blocks: blocksRead(document, definition.skip),
          report(messageId, span, values = {}, extras = {}) {
            const template = definition.messages[messageId];
            if (template === undefined) throw new Error(`Rule ${definition.id} has no message \`${messageId}\``);
            if (extras.tentative && !reportsTentative) return;
            // A finding in the boilerplate tail of a body paragraph is in boilerplate the rule skips.
            if (skipped.some((tail) => span.start >= tail.start && span.start < tail.end)) return;
            const reason = fillTemplate(template, values, definition.id);
            // Marked in the text, so every report format and editor shows it without knowing the field.
            reportAt(file, document.point, span, extras.tentative ? `${reason} (tentative)` : reason, {
              note: extras.note ?? definition.docs.rationale,
              ...extras,
            });
          },
        });
      try {
        timed(definition.id, run);
      } catch (error) {
        // unified-lint-rule would turn the error into a finding of this rule with its stack as the
        // message; healthlint's own processor reports it once, as a fatal message naming the rule.
        if (!data.collectFailures) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        data.failure ??=
          error instanceof UserError
            ? error
            : new Error(`rule \`${definition.id}\` failed: ${reason}`, { cause: error });
      }
    },
  ) as unknown as HealthlintRule<Options>;
  plugin.definition = definition;
  return plugin;
}

/**
 * A rule that names what it holds back gets the `tentative` option in its schema and defaults, so
 * config validation, the config schema and the rule's docs all show it like any other option.
 */
function withTentativeOption<Options extends object>(definition: RuleDefinition<Options>): RuleDefinition<Options> {
  if (!definition.tentative) return definition;
  const schema = definition.optionsSchema ?? { type: 'object', additionalProperties: false };
  const properties = (schema['properties'] ?? {}) as Record<string, unknown>;
  return {
    ...definition,
    optionsSchema: {
      ...schema,
      properties: {
        ...properties,
        tentative: {
          type: 'boolean',
          description: `Also report the findings this rule is less sure of: ${definition.tentative}`,
        },
      },
    },
    defaults: { ...definition.defaults, tentative: false },
  };
}

/** A document's blocks without those whose role a rule skips. */
export function blocksRead(document: ProseDocument, skip: readonly BlockRole[] | undefined): readonly Block[] {
  return skip?.length ? document.blocks.filter((block) => !skip.includes(block.role)) : document.blocks;
}

/**
 * The source spans of boilerplate that starts inside body paragraphs (`Block.boilerplateFrom`),
 * when the rule skips boilerplate; none otherwise.
 */
function boilerplateTails(document: ProseDocument, skip: readonly BlockRole[] | undefined): SourceSpan[] {
  if (!skip?.includes('boilerplate')) return [];
  const tails: SourceSpan[] = [];
  for (const block of document.blocks) {
    if (block.boilerplateFrom !== undefined && !skip.includes(block.role))
      tails.push(block.span(block.boilerplateFrom, block.text.length));
  }
  return tails;
}

function reportAt(
  file: VFile,
  point: (offset: number) => { line: number; column: number; offset: number },
  span: SourceSpan,
  reason: string,
  extras: ReportExtras,
): void {
  const message = file.message(reason, { place: { start: point(span.start), end: point(span.end) } });
  if (extras.note !== undefined) message.note = extras.note;
  if (extras.expected !== undefined) message.expected = extras.expected;
  if (extras.actual !== undefined) message.actual = extras.actual;
  if (extras.safeFix && extras.expected?.length) Object.assign(message, { safeFix: true });
  if (extras.data !== undefined) Object.assign(message, { data: extras.data });
  if (extras.tentative) Object.assign(message, { tentative: true });
  if (extras.related !== undefined) {
    Object.assign(message, {
      related: extras.related.map(({ span: at, message: text }) => ({
        message: text,
        place: { start: point(at.start), end: point(at.end) },
      })),
    });
  }
}

function fillTemplate(template: string, values: Record<string, string | number>, id: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Rule ${id} left placeholder \`${name}\` empty`);
    // A phrase flagged across a line break must not break the message: reports are one line each.
    return String(value).replace(/\s+/g, ' ');
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
