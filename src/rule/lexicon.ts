import YAML from 'yaml';

/** Every lexicon entry has a stable id, the phrases it matches, why it matters and where it comes from. */
export interface LexiconEntry {
  readonly id: string;
  readonly match: readonly string[];
  readonly note: string;
  readonly source: string;
  readonly [field: string]: unknown;
}

/** Validates a lexicon's YAML and renders the TypeScript module committed beside it. */
export function compileLexicon(yamlText: string, path: string): string {
  const data: unknown = YAML.parse(yamlText);
  if (!Array.isArray(data)) throw new Error(`${path}: a lexicon is a list of entries`);
  const ids = new Set<string>();
  data.forEach((entry: unknown, index) => {
    const where = `${path}: entry ${index + 1}`;
    if (!entry || typeof entry !== 'object') throw new Error(`${where} is not a mapping`);
    const record = entry as Record<string, unknown>;
    for (const field of ['id', 'note', 'source']) {
      if (typeof record[field] !== 'string' || (record[field] as string).trim() === '') {
        throw new Error(`${where} needs a non-empty \`${field}\``);
      }
    }
    const id = record['id'] as string;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new Error(`${where}: id \`${id}\` is not kebab-case`);
    if (ids.has(id)) throw new Error(`${where}: duplicate id \`${id}\``);
    ids.add(id);
    const match = record['match'];
    if (
      !Array.isArray(match) ||
      match.length === 0 ||
      !match.every((phrase) => typeof phrase === 'string' && phrase.trim())
    ) {
      throw new Error(`${where} (\`${id}\`) needs \`match\`: a non-empty list of phrases`);
    }
  });
  return [
    `// Generated from ${path.split('/').pop() ?? path} by \`npm run generate\`. Do not edit.`,
    `export const lexicon = ${JSON.stringify(data, null, 2)} as const;`,
    '',
  ].join('\n');
}
