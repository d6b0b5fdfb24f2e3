import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { presets } from '../rules/presets.js';
import { flaggedTexts, lintWith, onlyRules } from './helpers.js';

const rulesFolder = new URL('../rules/', import.meta.url).pathname;

describe('rule registry', () => {
  it('lists every rule folder once', () => {
    const folders = readdirSync(rulesFolder)
      .filter((name) => statSync(rulesFolder + name).isDirectory())
      .sort();
    expect(rules.map((rule) => rule.definition.id).sort()).toEqual(folders);
  });

  it('names only real rules in presets', () => {
    const ids = new Set(rules.map((rule) => rule.definition.id));
    for (const settings of Object.values(presets)) for (const id of Object.keys(settings)) expect(ids).toContain(id);
  });
});

for (const rule of rules) {
  const { id, examples, messages, docs } = rule.definition;
  describe(`rule ${id}`, () => {
    it('has documentation and at least one flagging and one quiet example', () => {
      for (const field of Object.values(docs)) expect(field.length).toBeGreaterThan(10);
      expect(examples.some((example) => example.flags.length > 0)).toBe(true);
      expect(examples.some((example) => example.flags.length === 0)).toBe(true);
    });

    it('writes messages that start with "Unexpected" or "Missing" and have no trailing period', () => {
      for (const template of Object.values(messages)) {
        expect(template).toMatch(/^(Unexpected|Missing) /);
        expect(template).not.toMatch(/\.$/);
      }
    });

    for (const example of examples) {
      it(`example: ${example.title}`, () => {
        const config = onlyRules({ [id]: ['warn', example.options ?? {}] }, example.language ?? 'auto');
        const file = lintWith(example.input, config, example.format ?? 'markdown');
        expect(flaggedTexts(file, example.input, [id])).toEqual(example.flags);
        for (const message of file.messages) {
          expect(message.source).toBe('healthlint');
          expect(message.url).toContain(id);
        }
      });
    }
  });
}
