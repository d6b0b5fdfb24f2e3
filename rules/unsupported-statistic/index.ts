import { evidenceScopes, isSupported, type EvidenceScope } from '../../src/language/evidence.js';
import { findStatistics } from '../../src/language/statistics.js';
import { citationsWithin } from '../../src/language/evidence.js';
import { defineRule } from '../../src/rule/define-rule.js';

export interface UnsupportedStatisticOptions {
  /** Where a citation must be for a statistic to count as sourced. */
  scope: EvidenceScope;
}

const scopeWords: Record<EvidenceScope, string> = { sentence: 'sentence', paragraph: 'paragraph', section: 'section' };

export default defineRule<UnsupportedStatisticOptions>({
  id: 'unsupported-statistic',
  scope: 'text',
  docs: {
    summary:
      'Flags statistics (percentages, “1 in 5”, “twice as likely”, odds ratios) with no citation nearby and no reference back to a cited study.',
    rationale:
      'A number looks precise and persuasive; without its source a reader cannot tell whether it comes from a trial, a survey or a guess.',
    guideline:
      'HealthNewsReview.org criteria 2 (quantifies benefits) and 5 (quality of the evidence); JAMA benchmarks, attribution (Silberg et al. 1997).',
    howToFix:
      'Link or cite the study the figure comes from in the same paragraph, or say which study it is from (“in the trial, 38% of participants …”).',
  },
  messages: {
    statistic: 'Missing source for the statistic `{actual}`, expected a citation in the same {scope}',
  },
  optionsSchema: {
    type: 'object',
    properties: {
      scope: { enum: [...evidenceScopes], description: 'Where a citation must be: sentence, paragraph or section.' },
    },
    additionalProperties: false,
  },
  defaults: { scope: 'paragraph' },
  examples: [
    {
      title: 'A percentage with no source',
      input: 'These medicines only truly benefit around 38% of patients.',
      flags: ['38%'],
    },
    {
      title: 'A percentage cited in the same paragraph',
      input: 'Around 38% of patients benefit. See [the 2019 review](https://example.org/review).',
      flags: [],
    },
    {
      title: 'A figure that refers back to a study cited earlier',
      input: 'A 2021 trial published in The Lancet tested the drug.\n\nIn the trial, 38% of participants improved.',
      flags: [],
    },
    {
      title: 'Doses, durations, ages, years and counts are not statistics',
      input: 'Adults aged 65 took 25 mg daily for two weeks in 2019, following 10 criteria.',
      flags: [],
    },
    {
      title: 'Scope `sentence` wants the citation in the same sentence',
      input: 'Around 38% of patients benefit. See [the review](https://example.org/review).',
      options: { scope: 'sentence' },
      flags: ['38%'],
    },
  ],
  check(document, { options, report }) {
    for (const block of document.blocks) {
      // A heading or table cell is too short to hold its own source: look in its section.
      const scope: EvidenceScope = block.kind === 'heading' || block.kind === 'tableCell' ? 'section' : options.scope;
      for (const sentence of block.sentences) {
        const exclude = citationsWithin(document, block, sentence.start, sentence.end).map((citation) => ({
          start: citation.start - sentence.start,
          end: citation.end - sentence.start,
        }));
        const [first] = findStatistics(sentence.text, { exclude });
        if (!first || isSupported(document, sentence, scope)) continue;
        const start = sentence.start + first.start;
        report('statistic', block.span(start, start + first.text.length), {
          actual: first.text,
          scope: scopeWords[scope],
        });
      }
    }
  },
});
