import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const schema = JSON.parse(
  readFileSync(new URL('../schema/healthlintrc.schema.json', import.meta.url), 'utf8'),
) as object;
const validate = new Ajv2020({ strict: false }).compile(schema);

describe('the shipped config JSON Schema', () => {
  it('accepts the documented shapes', () => {
    for (const config of [
      {},
      { preset: 'strict', language: 'en-GB' },
      { rules: { hype: 'off' } },
      { rules: { hype: ['error'] } },
      { $schema: './node_modules/healthlint/schema/healthlintrc.schema.json', rules: { hype: ['warn', {}] } },
    ]) {
      expect(validate(config), JSON.stringify(config)).toBe(true);
    }
  });

  it('rejects unknown keys, rules, presets and severities', () => {
    for (const config of [
      { rule: {} },
      { preset: 'lenient' },
      { language: 'fr' },
      { rules: { 'no-such-rule': 'warn' } },
      { rules: { hype: 'loud' } },
      { rules: { hype: ['warn', { unknownOption: true }] } },
    ]) {
      expect(validate(config), JSON.stringify(config)).toBe(false);
    }
  });
});
