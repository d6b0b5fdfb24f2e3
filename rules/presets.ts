import type { Severity } from '../src/rule/types.js';

export type PresetName = 'recommended' | 'strict' | 'patient-education';

/**
 * Presets are data: a severity (and options) per rule id. A user's config overrides them rule by
 * rule; rules not named in a preset are off in it.
 */
type PresetSettings = Record<string, Severity | [Severity, Record<string, unknown>]>;

const recommended: PresetSettings = {
  // Heuristic rules warn: an editor weighs each finding.
  hype: 'warn',
  'missing-regulatory-status': 'warn',
  'missing-safety-caveat': 'warn',
  spelling: 'warn',
  'unqualified-efficacy-claim': 'warn',
  'unsupported-statistic': 'warn',
  'vague-attribution': 'warn',
  // Evidence quality beyond the mission (HealthNewsReview.org criteria 2 and 4).
  'causal-claim-from-association': 'warn',
  'relative-risk-without-absolute': 'warn',
  // JAMA benchmarks: these only judge articles with front matter or HTML metadata, so they stay
  // silent on plain text; readability is left to the patient-education preset, because news
  // and research articles are routinely written above grade 8.
  'missing-byline': 'warn',
  'missing-date': 'warn',
  'missing-disclosure': 'warn',
  'missing-source-list': 'warn',
};

export const presets: Record<PresetName, PresetSettings> = {
  recommended,
  strict: {
    hype: 'error',
    'missing-regulatory-status': 'error',
    'missing-safety-caveat': 'error',
    spelling: 'error',
    'unqualified-efficacy-claim': 'error',
    'unsupported-statistic': ['error', { scope: 'sentence' }],
    'vague-attribution': 'error',
    'causal-claim-from-association': 'error',
    'relative-risk-without-absolute': 'error',
    'missing-byline': ['error', { requireCredentials: true }],
    'missing-date': ['error', { maxAgeMonths: 36 }],
    'missing-disclosure': 'error',
    'missing-source-list': 'error',
    readability: 'error',
  },
  // Leaflets and pages for patients: everything in recommended, plus plain language at grade 6
  // (AMA and NIH guidance for patient materials).
  'patient-education': {
    ...recommended,
    readability: ['warn', { grade: 6 }],
  },
};
