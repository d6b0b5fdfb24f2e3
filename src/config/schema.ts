import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { builtinRules } from '../../rules/metadata.js';
import { presets } from '../../rules/presets.js';

const severities = ['off', 'warn', 'error'];

/** The JSON Schema of a config file, built from the rules' own option schemas; shipped as `schema/healthlintrc.schema.json`. */
export function configSchema(): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of builtinRules) {
    const { id, docs, optionsSchema } = rule.definition;
    ruleProperties[id] = {
      description: docs.summary,
      oneOf: [
        { enum: severities },
        {
          type: 'array',
          prefixItems: [{ enum: severities }, optionsSchema ?? { type: 'object', additionalProperties: false }],
          minItems: 1,
          maxItems: 2,
        },
      ],
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/healthlint/healthlint/blob/main/schema/healthlintrc.schema.json',
    title: 'healthlint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      preset: { enum: Object.keys(presets), description: 'The rule set to start from.' },
      language: {
        enum: ['en-US', 'en-GB', 'auto'],
        description: 'Dialect for spelling and regulators; `auto` reads it from the article.',
      },
      plugins: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description:
          'Rule packages (or paths starting with `.`, relative to this file) to load; their rules are named `<plugin>/<rule>`. A plugin is code run with your permissions.',
      },
      unifiedPlugins: {
        type: 'array',
        items: {
          oneOf: [
            { type: 'string', minLength: 1 },
            { type: 'array', prefixItems: [{ type: 'string', minLength: 1 }, {}], minItems: 1, maxItems: 2 },
          ],
        },
        description:
          'unified lint plugins you already use (remark-lint rules, retext-equality), resolved like `plugins`, alone or as [name, options]; their messages are named `<plugin>/<rule>`. A plugin is code run with your permissions.',
      },
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: ruleProperties,
        patternProperties: {
          '^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$': {
            description: 'A plugin rule: a severity, or [severity, options].',
          },
        },
      },
    },
  };
}

/**
 * Made when a rule's options are first checked: building Ajv (its meta-schemas) cost every run
 * ~10-15 ms at start-up, and a run whose configs set no rule options never uses it.
 */
let ajv: Ajv | undefined;
const optionValidators = new Map<string, ValidateFunction>();

/** Checks a rule's options against its schema; returns a one-line problem or undefined. */
export function checkRuleOptions(
  id: string,
  options: unknown,
  ruleSchema = builtinRules.find((candidate) => candidate.definition.id === id)?.definition.optionsSchema,
): string | undefined {
  const schema = ruleSchema ?? { type: 'object', additionalProperties: false };
  let validate = optionValidators.get(id);
  if (!validate) {
    validate = (ajv ??= new Ajv({ allErrors: false, strict: false })).compile(schema);
    optionValidators.set(id, validate);
  }
  if (validate(options)) return undefined;
  return describeError(validate.errors?.[0]);
}

function describeError(error: ErrorObject | undefined): string {
  if (!error) return 'invalid options';
  const where = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : 'options';
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown option \`${String(error.params['additionalProperty'])}\``;
    case 'type':
      return `\`${where}\` should be ${String(error.params['type'])}`;
    case 'enum':
      return `\`${where}\` should be one of ${(error.params['allowedValues'] as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    default:
      return `\`${where}\` ${error.message ?? 'is invalid'}`;
  }
}
