import type { VFile } from 'vfile';
import { resolveConfig, type ResolvedConfig } from '../src/config/resolve.js';
import type { Severity } from '../src/rule/types.js';
import { lintText } from '../src/lint.js';
import type { Format } from '../src/prose/types.js';

/** A config with only the named rules on (all others off). */
export function onlyRules(
  rules: Record<string, Severity | [Severity, Record<string, unknown>]>,
  language: 'en-US' | 'en-GB' | 'auto' = 'auto',
): ResolvedConfig {
  const config = resolveConfig(undefined, { language });
  for (const [id, setting] of config.rules) config.rules.set(id, { ...setting, severity: 'off' });
  for (const [id, setting] of Object.entries(rules)) {
    const [severity, options] = Array.isArray(setting) ? setting : [setting, {}];
    config.rules.set(id, { severity, options });
  }
  return config;
}

/** The source text at each message's range, for the rules given. */
export function flaggedTexts(file: VFile, source: string, ruleIds?: string[]): string[] {
  return file.messages
    .filter((message) => !ruleIds || ruleIds.includes(String(message.ruleId)))
    .map((message) => {
      const place = message.place as { start: { offset: number }; end: { offset: number } };
      return source.slice(place.start.offset, place.end.offset);
    });
}

export function lintWith(text: string, config: ResolvedConfig, format: Format = 'markdown'): VFile {
  return lintText(text, { config, format });
}

/** The built-in rules, as a config without plugins gives them to reporters, hover and quick fixes. */
export const builtInRules = resolveConfig(undefined).ruleSet;
