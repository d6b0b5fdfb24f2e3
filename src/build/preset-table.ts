import { rules } from '../../rules/index.js';
import { presets, type PresetName } from '../../rules/presets.js';

const names = Object.keys(presets) as PresetName[];

/** The table of docs/presets.md: each rule's setting in each preset, rendered from `rules/presets.ts`. */
export function presetTable(): string {
  const cell = (name: PresetName, id: string): string => {
    const setting = presets[name][id];
    if (!setting) return 'off';
    if (!Array.isArray(setting)) return setting;
    const [severity, options] = setting;
    return `${severity} \`${JSON.stringify(options)}\``;
  };
  const ids = rules.map((rule) => rule.definition.id).sort();
  return [
    `| rule | ${names.map((name) => `\`${name}\``).join(' | ')} |`,
    `| --- | ${names.map(() => '---').join(' | ')} |`,
    ...ids.map((id) => `| [\`${id}\`](./rules/${id}.md) | ${names.map((name) => cell(name, id)).join(' | ')} |`),
  ].join('\n');
}

/** docs/presets.md with its table (between `<!-- presets:start -->` and `<!-- presets:end -->`) rebuilt and formatted as Prettier would. */
export async function presetsDoc(current: string, path: string): Promise<string> {
  const { format, resolveConfig } = await import('prettier');
  const replaced = current.replace(
    /(<!-- presets:start -->\n)[\s\S]*?(\n<!-- presets:end -->)/,
    (_, start: string, end: string) => `${start}\n${presetTable()}\n${end}`,
  );
  return format(replaced, { ...(await resolveConfig(path)), filepath: path });
}
