import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/resolve.js';
import { defineRule } from '../src/rule/define-rule.js';
import { jsonOfFile } from '../src/reporters/json.js';
import { healthlintPreset } from '../src/unified-preset.js';

/** Flags every "maybe" as tentative and every "surely" as sure. */
const guarded = defineRule<{ loud?: boolean }>({
  id: 'guarded',
  scope: 'text',
  docs: { summary: 'Flags hedges.', rationale: 'Why.', guideline: 'Where.', howToFix: 'How.' },
  messages: { found: 'Found `{actual}`' },
  tentative: 'a “maybe”, which is right only half the time.',
  defaults: {},
  examples: [],
  check(document, context) {
    for (const block of context.blocks) {
      for (const match of block.text.matchAll(/\b(maybe|surely)\b/g)) {
        const span = block.span(match.index, match.index + match[0].length);
        context.report('found', span, { actual: match[0] }, { tentative: match[0] === 'maybe' });
      }
    }
  },
});

async function lint(setting: unknown): Promise<VFile> {
  const processor = unified()
    .use(remarkParse)
    .use(healthlintPreset({ rules: {} }))
    .use(guarded, setting);
  const file = new VFile({ value: 'It maybe works.\n\nIt surely works.\n' });
  await processor.run(processor.parse(file), file);
  return file;
}

describe('tentative findings', () => {
  it('adds a documented boolean option, off by default, to a rule that names what it holds back', () => {
    const schema = guarded.definition.optionsSchema as {
      properties: Record<string, { type: string; description: string }>;
    };
    expect(schema.properties['tentative']?.type).toBe('boolean');
    expect(schema.properties['tentative']?.description).toContain('a “maybe”');
    expect(guarded.definition.defaults).toEqual({ tentative: false });
  });

  it('holds them back unless the option is on', async () => {
    expect((await lint('warn')).messages.map((message) => message.reason)).toEqual(['Found `surely`']);
    const file = await lint(['warn', { tentative: true }]);
    expect(file.messages.map((message) => message.reason)).toEqual(['Found `maybe` (tentative)', 'Found `surely`']);
  });

  it('marks them in the JSON report', async () => {
    const report = jsonOfFile(await lint(['warn', { tentative: true }])) as { messages: { tentative?: boolean }[] };
    expect(report.messages.map((message) => message.tentative)).toEqual([true, undefined]);
  });

  it('turns on for every rule that has the option with --tentative, and for no other', () => {
    const config = resolveConfig(undefined, { tentative: true });
    expect(config.rules.get('hype')?.options['tentative']).toBe(true);
    expect(config.rules.get('missing-regulatory-status')?.options['tentative']).toBeUndefined();
    expect(resolveConfig(undefined, {}).rules.get('hype')?.options['tentative']).toBeUndefined();
  });
});
