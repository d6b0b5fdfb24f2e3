import { PhraseMatcher } from '../../src/language/phrases.js';
import { defineRule } from '../../src/rule/define-rule.js';
import { lexicon } from './lexicon.generated.js';

const matcher = new PhraseMatcher(lexicon);

export default defineRule({
  id: 'hype',
  scope: 'text',
  docs: {
    summary: 'Flags sensational or promotional wording about health effects, treatments and research.',
    rationale:
      'Hype words such as “miracle”, “breakthrough” or “revolutionary” make readers expect more benefit than the evidence shows.',
    guideline:
      'HealthNewsReview.org criterion 10 (does the story use unjustifiable, sensational language?); Millar, Batalha & Millar (2022) hype adjectives.',
    howToFix: 'Remove the intensifier, or replace it with the measured size of the effect and its source.',
  },
  messages: {
    hype: 'Unexpected sensational wording `{actual}`, describe the measured effect instead',
  },
  defaults: {},
  examples: [
    { title: 'Hype about a treatment', input: 'This miracle supplement melts fat.', flags: ['miracle'] },
    { title: 'Plain description', input: 'The supplement lowered weight by 1 kg on average in one trial.', flags: [] },
  ],
  check(document, { report }) {
    for (const block of document.blocks) {
      for (const found of matcher.matchAll(block.text)) {
        report(
          'hype',
          block.span(found.start, found.end),
          { actual: found.text },
          {
            note: found.entry.note,
            expected: [...found.entry.prefer],
          },
        );
      }
    }
  },
});
