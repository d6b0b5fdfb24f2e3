import { deepStrictEqual, equal, match, ok } from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HealthlintRule } from '../src/rule/define-rule.js';
import type { Format } from '../src/prose/types.js';
import { flaggedTexts, lintWith, onlyRules } from './helpers.js';

/**
 * One rule's checks, shared by the suite (test/rules.test.ts, test/rule-fixtures.test.ts, through
 * vitest) and by `npm run test:rule -- <id>` (test/rule-runner.ts, bundled and run without
 * vitest), so the quick run checks exactly what the suite does. Plain `node:assert`, which both
 * report.
 */
export interface RuleCheck {
  name: string;
  run(): void;
}

export function ruleChecks(rule: HealthlintRule<object>): RuleCheck[] {
  const { id, examples, messages, docs } = rule.definition;
  return [
    {
      name: 'has documentation and at least one flagging and one quiet example',
      run() {
        for (const field of Object.values(docs)) ok(field.length > 10, `documentation too short: ${field}`);
        ok(
          examples.some((example) => example.flags.length > 0),
          'no example flags anything',
        );
        ok(
          examples.some((example) => example.flags.length === 0),
          'no example stays quiet',
        );
      },
    },
    {
      name: 'writes messages that start with "Unexpected" or "Missing" and have no trailing period',
      run() {
        for (const template of Object.values(messages)) {
          match(template, /^(Unexpected|Missing) /);
          ok(!template.endsWith('.'), `message ends with a period: ${template}`);
        }
      },
    },
    ...examples.map((example) => ({
      name: `example: ${example.title}`,
      run() {
        const config = onlyRules({ [id]: ['warn', example.options ?? {}] }, example.language ?? 'auto');
        const file = lintWith(example.input, config, example.format ?? 'markdown');
        deepStrictEqual(flaggedTexts(file, example.input, [id]), example.flags);
        for (const message of file.messages) {
          equal(message.source, 'healthlint');
          ok(String(message.url).includes(id), `message url ${String(message.url)} does not name ${id}`);
        }
      },
    })),
  ];
}

const formats: Record<string, Format> = { md: 'markdown', txt: 'text', html: 'html' };

/**
 * Fixture folders (Vale and unified-engine style): `fixtures/rules/<rule-id>/<case>.md|txt|html`
 * beside `<case>.<ext>.expected.txt`, one finding of that rule per line as
 * `line:column-line:column<TAB>flagged text<TAB>message`. An empty file means the rule stays quiet.
 */
export function fixtureCases(fixturesRoot: string, id: string): string[] {
  const folder = join(fixturesRoot, id);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder).filter((name) => /\.(?:md|txt|html)$/.test(name) && !name.endsWith('.expected.txt'));
}

/** The rule's findings on one fixture, in the expected file's format, and that file's path. */
export function fixtureFindings(
  fixturesRoot: string,
  id: string,
  name: string,
): { actual: string; expectedPath: string } {
  const path = join(fixturesRoot, id, name);
  const source = readFileSync(path, 'utf8');
  const format = formats[name.split('.').pop() ?? 'md'] ?? 'markdown';
  const file = lintWith(source, onlyRules({ [id]: 'warn' }), format);
  const lines = file.messages.map((message) => {
    const place = message.place as {
      start: { line: number; column: number; offset: number };
      end: { line: number; column: number; offset: number };
    };
    const at = `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`;
    return `${at}\t${source.slice(place.start.offset, place.end.offset)}\t${message.reason}`;
  });
  return { actual: lines.length > 0 ? `${lines.join('\n')}\n` : '', expectedPath: `${path}.expected.txt` };
}
