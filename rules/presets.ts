import type { Severity } from '../src/rule/types.js';

export type PresetName = 'recommended' | 'strict' | 'patient-education';

/**
 * Presets are data: a severity (and options) per rule id. A user's config overrides them rule by
 * rule; rules not named in a preset are off in it.
 */
export const presets: Record<PresetName, Record<string, Severity | [Severity, Record<string, unknown>]>> = {
  recommended: {
    // Heuristic rules warn: an editor weighs each finding.
    hype: 'warn',
    'missing-regulatory-status': 'warn',
    'missing-safety-caveat': 'warn',
    spelling: 'warn',
    'unqualified-efficacy-claim': 'warn',
    'unsupported-statistic': 'warn',
    'vague-attribution': 'warn',
  },
  strict: {
    hype: 'error',
    'missing-regulatory-status': 'error',
    'missing-safety-caveat': 'error',
    spelling: 'error',
    'unqualified-efficacy-claim': 'error',
    'unsupported-statistic': ['error', { scope: 'sentence' }],
    'vague-attribution': 'error',
  },
  'patient-education': {
    hype: 'warn',
    'missing-regulatory-status': 'warn',
    'missing-safety-caveat': 'warn',
    spelling: 'warn',
    'unqualified-efficacy-claim': 'warn',
    'unsupported-statistic': 'warn',
    'vague-attribution': 'warn',
  },
};
