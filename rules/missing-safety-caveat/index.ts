import { firstSafetyCaveat } from '../../src/language/safety.js';
import {
  interventionClassOf,
  remedyMentions,
  type InterventionClass,
  type TreatmentMention,
} from '../../src/language/treatments.js';
import { defineRule } from '../../src/rule/define-rule.js';

export interface Options {
  /** Also ask for the harms of tests and screening, lifestyle and food advice, and compounds studied in animals or cells. */
  includeTestsAndLifestyle?: boolean;
}

/** Interventions every editor wants harms named for: medical treatments and supplements. */
const agreedClasses: ReadonlySet<InterventionClass> = new Set(['medical', 'supplement']);

export default defineRule<Options>({
  id: 'missing-safety-caveat',
  scope: 'document',
  docs: {
    summary:
      'Flags an article that promotes a treatment or practice but never names a specific harm, risk, contraindication or concrete caution.',
    rationale:
      'Every treatment that can help can also harm. Readers who hear only about benefits cannot weigh them against side effects, interactions, dependence or who should not use it.',
    guideline:
      'HealthNewsReview.org criterion 4 (does the story adequately explain the harms?); CONSORT 2010 item 19 (harms). Vague warnings such as “should not be taken lightly” or “should be monitored carefully” name no harm and do not count. By default only medical treatments (drugs, biologics, devices, procedures, talking therapies) and supplements are checked: for diagnostic tests and screening, lifestyle and food advice, and compounds studied only in animals or cells, editors differ on whether harms must be named (JUDGING.md), so a rule that asked would be switched off. Set `includeTestsAndLifestyle` to ask for them too, as HealthNewsReview.org reviewers do. Talking therapies stay in: they can harm (worsening symptoms, dependence on the therapist), and HealthNewsReview.org asks for their harms like any treatment’s.',
    howToFix:
      'Name the known side effects or risks and how common they are, who should not use the treatment, or a concrete caution such as “talk to your doctor before starting or stopping”.',
  },
  messages: {
    missing: 'Missing safety caveat for `{treatment}`, name its side effects, risks or who should not use it',
  },
  optionsSchema: {
    type: 'object',
    properties: {
      includeTestsAndLifestyle: {
        type: 'boolean',
        description:
          'Also ask for the harms of diagnostic tests and screening, lifestyle and food advice, and compounds studied only in animals or cells.',
      },
    },
    additionalProperties: false,
  },
  defaults: {},
  examples: [
    {
      title: 'A remedy with only a vague warning',
      input:
        'Ketamine infusions relieve depression within hours.\n\nKetamine should not be taken lightly and ought to be monitored carefully.',
      flags: ['Ketamine infusions'],
    },
    {
      title: 'Named side effects',
      input: 'Ketamine infusions relieve depression within hours. Side effects include nausea and dissociation.',
      flags: [],
    },
    {
      title: 'A concrete caution counts',
      input:
        'Melatonin helps some people with insomnia. Talk to your doctor before starting it if you take other medicines.',
      flags: [],
    },
    {
      title: 'Lifestyle advice is left to editors by default',
      input: 'Tai chi relieves back pain, a new study finds.',
      flags: [],
    },
    {
      title: 'Lifestyle advice when tests and lifestyle are included',
      input: 'Tai chi relieves back pain, a new study finds.',
      options: { includeTestsAndLifestyle: true },
      flags: ['Tai chi'],
    },
    {
      title: 'An article that only describes a condition',
      input: 'Burnout is a state of exhaustion linked to chronic work stress. The risk of burnout is rising.',
      flags: [],
    },
  ],
  check(document, { options, report }) {
    const remedies = remedyMentions(document).filter(
      (mention) => options.includeTestsAndLifestyle === true || agreedClasses.has(interventionClassOf(mention)),
    );
    if (remedies.length === 0 || firstSafetyCaveat(document)) return;
    const treatment = mostPromoted(remedies);
    const first = remedies.find((mention) => mention.key === treatment) ?? remedies[0];
    if (!first) return;
    const claim = first.sentence;
    report(
      'missing',
      first.block.span(first.start, first.end),
      { treatment },
      { related: [{ span: claim.block.span(claim.start, claim.end), message: 'The claim the caveat belongs with' }] },
    );
  },
});

/**
 * The treatment the article presents as a remedy most often: what the caveat should be about. A
 * named treatment ("bisoprolol") comes before the class or general word that stands for it ("beta
 * blockers", "the drug"); ties go to the first named.
 */
function mostPromoted(remedies: TreatmentMention[]): string {
  const named = remedies.filter((mention) => !mention.generic);
  const counts = new Map<string, number>();
  for (const mention of named.length > 0 ? named : remedies)
    counts.set(mention.key, (counts.get(mention.key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
