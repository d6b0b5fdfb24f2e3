import { presets } from '../rules/presets.js';
import type { RuleDefinition } from './rule/types.js';

/** A rule's documentation as Markdown, from its definition: the same text for docs/ and `--explain`. */
export function ruleDocs(definition: RuleDefinition<object>): string {
  const { id, docs, examples, optionsSchema, defaults, scope } = definition;
  const lines = [
    `# \`${id}\``,
    '',
    docs.summary,
    '',
    '## Why',
    '',
    docs.rationale,
    '',
    `**Guideline:** ${docs.guideline}`,
    '',
    '## How to fix',
    '',
    docs.howToFix,
    '',
    '## Presets',
    '',
    `Reports ${scope === 'document' ? 'once per article' : 'each passage it flags'}.`,
    '',
    '| preset | severity |',
    '| --- | --- |',
    ...Object.entries(presets).map(([name, settings]) => {
      const setting = settings[id];
      return `| \`${name}\` | ${setting ? `\`${Array.isArray(setting) ? setting[0] : setting}\`` : '`off`'} |`;
    }),
    '',
    '## Options',
    '',
  ];
  const properties = (optionsSchema?.['properties'] ?? {}) as Record<string, { description?: string; type?: string }>;
  if (Object.keys(properties).length === 0) {
    lines.push('None.', '');
  } else {
    lines.push('| option | type | default | description |', '| --- | --- | --- | --- |');
    for (const [name, schema] of Object.entries(properties)) {
      const value = (defaults as Record<string, unknown>)[name];
      lines.push(
        `| \`${name}\` | ${schema.type ?? 'see schema'} | ${value === undefined ? '—' : `\`${JSON.stringify(value)}\``} | ${schema.description ?? ''} |`,
      );
    }
    lines.push('');
  }
  lines.push('## Examples', '');
  for (const example of examples) {
    const config = [
      example.format && example.format !== 'markdown' ? `format: ${example.format}` : '',
      example.language ? `language: ${example.language}` : '',
      example.options ? `options: \`${JSON.stringify(example.options)}\`` : '',
    ].filter(Boolean);
    lines.push(`### ${example.title}${config.length ? ` (${config.join(', ')})` : ''}`, '');
    lines.push(
      '```' + (example.format === 'html' ? 'html' : example.format === 'text' ? 'text' : 'markdown'),
      example.input,
      '```',
      '',
    );
    lines.push(
      example.flags.length === 0
        ? 'No findings.'
        : `Flags: ${example.flags.map((flag) => `\`${flag.replaceAll('`', '')}\``).join(', ')}.`,
      '',
    );
  }
  return lines.join('\n');
}
