import { PhraseMatcher } from '../../src/language/phrases.js';
import { defineRule } from '../../src/rule/define-rule.js';
import { lexicon } from './lexicon.generated.js';
import { lexicon as topics } from './topic.generated.js';

const matcher = new PhraseMatcher(lexicon);
const topicMatcher = new PhraseMatcher(topics);

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
    {
      title: 'An amplified effect in a research finding',
      input: 'The study found a dramatic improvement in sleep.',
      flags: ['dramatic improvement'],
    },
    { title: 'Plain description', input: 'The supplement lowered weight by 1 kg on average in one trial.', flags: [] },
    { title: 'Not about health, treatment or research', input: 'The view from the summit is stunning.', flags: [] },
  ],
  check(document, { report }) {
    for (const block of document.blocks) {
      const found = matcher.matchAll(block.text);
      // Only claims about health, treatment or research: the paragraph (or its heading) must say so.
      if (found.length === 0 || !isAboutHealth(block.text, found)) continue;
      for (const { entry, start, end, text } of found) {
        report('hype', block.span(start, end), { actual: text }, { note: entry.note, expected: [...entry.prefer] });
      }
    }
  },
});

/** Whether the text names a treatment, condition or research, not counting the hype words themselves. */
function isAboutHealth(text: string, hype: { start: number; end: number }[]): boolean {
  return topicMatcher
    .matchAll(text)
    .some((topic) => !hype.some((word) => topic.start < word.end && topic.end > word.start));
}
