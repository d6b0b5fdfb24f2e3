import { carriesReleaseMarks, fragmentWords, isArticleFragment } from '../../src/language/article-body.js';
import {
  articleCueCount,
  articleKinds,
  mentionsResearchWithoutReporting,
  namesResearchInPassing,
  researchDoneCount,
  sellingCue,
} from '../../src/language/article-kind.js';
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
  /** Also flag a news story on a company's own product or trial. */
  includeOwnProduct: boolean;
  /** Also flag a company's own announcement (release) of its product or trial. */
  includeOwnAnnouncements: boolean;
  /** Ask for a conflict-of-interest statement when the article says the maker of the product paid. */
  industryNeedsInterests: boolean;
  /** Articles with fewer words of body prose than this are fragments, not checked. */
  minWords: number;
}

export default defineRule<Options>({
  id: 'missing-disclosure',
  scope: 'document',
  docs: {
    summary:
      'Flags an article that reports research or sells a product but never says who funded the work or whether its authors have conflicts of interest (articles with front matter or HTML metadata only).',
    rationale:
      'Industry-funded studies and promotional articles report more favourable results; readers can only weigh a claim when they know who paid for it and who profits from it. An article reports research when it names a study more than once: a single passing word (a call for more trials, a related-story link) is no study whose funder matters. A fragment (fewer than 80 words of body prose: a caption and a paragraph a page kept of a story) is not checked: the rest of the story may have named the funder.',
    guideline:
      'JAMA benchmarks of Silberg, Lundberg & Musacchio (JAMA 1997;277:1244), “disclosure”; HealthNewsReview.org news-release criterion 6 (funding and conflicts of interest); HONcode principle 7.',
    howToFix:
      'Add a funding and conflict-of-interest statement (“The study was funded by …; Dr X is a paid consultant to …” or “The authors declare no conflicts of interest”), or a `disclosure:` or `funding:` field in the front matter.',
  },
  messages: {
    missing: 'Missing funding or conflict-of-interest statement for an article that {reason}',
    industry: 'Missing conflict-of-interest statement for research funded by the maker of the product (`{actual}`)',
  },
  tentative:
    'a story, column or feature that sells nothing (a product of others said to be “now available”, or a publisher’s boilerplate about “our products”, is no sale by the article) and names research fewer than three times (an explainer, an expert’s advice, a product story with no study it reports), or whose headline and first three paragraphs name no research and whose body names one particular study at most once (a feature that mentions studies on its way, a debate over the evidence); a release (media contacts, an “About” section, an end mark) is never held back, since its issuer answers for the work.',
  optionsSchema: {
    type: 'object',
    properties: {
      includeOwnProduct: {
        type: 'boolean',
        description:
          'Flag a news story on a company’s own product or trial (“the drugmaker said its drug …”, a headline naming a large maker’s drug: “J&J’s Stelara”). Off by default: a story that names the company behind the trial has told the reader who paid, and editors differ on asking for more (JUDGING.md calls it debatable).',
      },
      includeOwnAnnouncements: {
        type: 'boolean',
        description:
          'Flag a company’s own announcement of its product or trial (a release with a stock ticker, a forward-looking-statements notice, or the company in its “About …” section). On by default: HealthNewsReview.org asks such releases to state who funded the work and the researchers’ ties to the company, and leaving them out lowers its funding score. A house that takes the issuer as self-evident (JUDGING.md: debatable) can set it to `false`.',
      },
      industryNeedsInterests: {
        type: 'boolean',
        description:
          'Also ask for the researchers’ conflicts of interest when the article says the study was paid for by the maker of the product (“funded by Acme, the maker of the pill”), as ICMJE asks of authors. Off by default: an article that names the maker as funder has stated the funding and the funder’s stake, and JUDGING.md counts a finding on a stated funding wrong.',
      },
      minWords: {
        type: 'integer',
        minimum: 0,
        description:
          'Skip texts with fewer words of body prose than this (headlines, captions, credits and furniture not counted): a teaser or a fragment of a story (a caption and a paragraph) may have lost the funding statement with the rest, and readers judge such a finding debatable.',
      },
    },
    additionalProperties: false,
  },
  defaults: {
    includeOwnProduct: false,
    includeOwnAnnouncements: true,
    industryNeedsInterests: false,
    minWords: fragmentWords,
  },
  examples: [
    {
      title: 'A study report with no funding statement',
      options: { minWords: 0 },
      input:
        '---\ntitle: Coffee and the heart\n---\n\nResearchers followed 20,000 adults and found that coffee drinkers lived longer. The study was published in Heart.\n',
      flags: ['title: Coffee and the heart'],
    },
    {
      title: 'A funding statement',
      options: { minWords: 0 },
      input:
        '---\ntitle: Coffee and the heart\n---\n\nResearchers followed 20,000 adults. The study was funded by the National Institutes of Health.\n',
      flags: [],
    },
    {
      title: 'Where the money for the work came from, in any tense',
      options: { minWords: 0 },
      input:
        '---\ntitle: Coffee and the heart\n---\n\nResearchers followed 20,000 adults and found that coffee drinkers lived longer. The study was published in Heart. All of the funding for the university’s coffee research has come from the academic community.\n',
      flags: [],
    },
    {
      title: 'Funders that supported the researchers, and a researcher who helped develop what was tested',
      options: { minWords: 0 },
      input:
        '---\ntitle: A new colon scan\n---\n\nResearchers scanned 200 adults and found that the software spotted most polyps. The study was published in a journal. A cancer charity and Acme Inc.’s imaging unit supported the researchers; Dr Lee, who helped develop the software, said the company had no influence.\n',
      flags: [],
    },
    {
      title: 'A funder that helped fund the trial, named in a clause',
      options: { minWords: 0 },
      input:
        '---\ntitle: A vaccine trial\n---\n\nThe trial found the vaccine safe. The head of the Wellcome Trust, which helped fund the trial, welcomed the study.\n',
      flags: [],
    },
    {
      title: 'Work done for or on behalf of a sponsor names who paid',
      options: { minWords: 0 },
      input:
        '---\ntitle: Parents and screen time\n---\n\nThe survey of 1,500 parents was carried out on behalf of Brightsmile. The study found most children used tablets daily.\n',
      flags: [],
    },
    {
      title: 'A company that ran the trial, or the researchers’ ties to it, state who paid',
      options: { minWords: 0 },
      input:
        '---\ntitle: A new pill for migraine\n---\n\nZenvia Therapeutics ran the trial at 40 sites. The study found fewer headache days; two of the authors consult for Zenvia.\n',
      flags: [],
    },
    {
      title: 'How long a trial was conducted for is no sponsor',
      options: { minWords: 0 },
      input:
        '---\ntitle: A new pill for migraine\n---\n\nThe trial was conducted for 12 weeks on 800 adults. The study found fewer headache days; the results were published in Neurology.\n',
      flags: ['title: A new pill for migraine'],
    },
    {
      title: 'A researcher who receives research funds from a company',
      options: { minWords: 0 },
      input:
        '---\ntitle: A new radiation device\n---\n\nThe study found few side effects. Dr Lee, who led the study and receives research funds from Acme, said so.\n',
      flags: [],
    },
    {
      title: 'Funding by the maker of the product states the funding and the funder’s stake',
      options: { minWords: 0 },
      input:
        '---\ntitle: A new pill\n---\n\nIn the trial, pain eased. The study was funded by Acme, the maker of the pill.\n',
      flags: [],
    },
    {
      title: 'The same, for a house that asks for the researchers’ ties too (`industryNeedsInterests`)',
      options: { minWords: 0, industryNeedsInterests: true },
      input:
        '---\ntitle: A new pill\n---\n\nIn the trial, pain eased. The study was funded by Acme, the maker of the pill.\n',
      flags: ['The study was funded by Acme, the maker of the pill.'],
    },
    {
      title: 'Funding by the maker, with a conflict-of-interest statement',
      options: { minWords: 0 },
      input:
        '---\ntitle: A new pill\n---\n\nThe study was funded by Acme, the maker of the pill. Dr Lee is a paid consultant to Acme.\n',
      flags: [],
    },
    {
      title: 'A story on a company’s own drug trial names who paid',
      options: { minWords: 0 },
      input:
        '---\ntitle: Acme drug eases psoriasis\n---\n\nAcme said its drug cleared the skin of 70% of patients in the trial, the researchers reported in the journal. The drugmaker plans to file next year.\n',
      flags: [],
    },
    {
      title: 'Researchers from the maker of the drug: a story on its own trial',
      options: { minWords: 0 },
      input:
        '---\ntitle: A new pill for gout\n---\n\nScientists at Acme, the maker of the drug, reported that the pill eased flares in the trial. The study followed 300 patients.\n',
      flags: [],
    },
    {
      title: 'A headline naming a large maker’s drug: a story on its own product',
      options: { minWords: 0 },
      input:
        '---\ntitle: Crohn’s patients respond to J&J’s Stelara in study\n---\n\nStelara helped 40% of patients in the trial, the researchers reported at a meeting.\n',
      flags: [],
    },
    {
      title: 'The same story, with `includeOwnProduct`',
      options: { minWords: 0, includeOwnProduct: true },
      input:
        '---\ntitle: Acme drug eases psoriasis\n---\n\nAcme said its drug cleared the skin of 70% of patients in the trial, the researchers reported in the journal. The drugmaker plans to file next year.\n',
      flags: ['title: Acme drug eases psoriasis'],
    },
    {
      title: 'A company’s own release should still say who paid and the researchers’ ties',
      options: { minWords: 0 },
      input:
        '---\ntitle: Acme drug eases psoriasis\n---\n\nAcme Inc. (NYSE: ACME) today said its drug cleared the skin of 70% of patients in the trial.\n',
      flags: ['title: Acme drug eases psoriasis'],
    },
    {
      title: 'The same release, for a house that takes the issuer as self-evident',
      options: { minWords: 0, includeOwnAnnouncements: false },
      input:
        '---\ntitle: Acme drug eases psoriasis\n---\n\nAcme Inc. (NYSE: ACME) today said its drug cleared the skin of 70% of patients in the trial.\n',
      flags: [],
    },
    {
      title: 'A licensing tie between the researchers and a company is a conflict stated',
      options: { minWords: 0 },
      input:
        '---\ntitle: A test for embryos\n---\n\nResearchers found that the test picked the best embryos in the study, and are licensing development of a commercial test. Acme said it had acquired an exclusive license from the university.\n',
      flags: [],
    },
    {
      title: 'A researcher who licensed what he made to the maker, told in plain prose, states a conflict (round 25)',
      options: { minWords: 0 },
      input:
        '---\ntitle: A robot for hair transplants\n---\n\nIn a trial at two clinics, the robot took half the time of surgeons working by hand. Dr Lee designed the punch the robot uses and licensed it to Folliq Robotics Inc., the company that makes the robot.\n',
      flags: [],
    },
    {
      title: 'A company the study’s authors founded, said in the passive, states a conflict (round 25)',
      options: { minWords: 0 },
      input:
        '---\ntitle: A blood test for concussion\n---\n\nThe researchers found that the test ruled out brain injury in a third of patients in the study. It will be sold by Neurix, a start-up founded five years ago by two of the study’s authors.\n',
      flags: [],
    },
    {
      title: 'Royalties on the product, or a seat on its maker’s advisory board, state a conflict (round 25)',
      options: { minWords: 0 },
      input:
        '---\ntitle: A brace for back pain\n---\n\nIn the trial, the brace eased pain in 200 adults. Dr Lee, who led the study, receives royalties on sales of the brace and sits on Acme’s advisory board.\n',
      flags: [],
    },
    {
      title: 'A patent sought or held by the researchers, told in plain prose, states a conflict (round 25)',
      options: { minWords: 0 },
      input:
        '---\ntitle: Ketamine for depression\n---\n\nResearchers gave ketamine to 40 patients and found that their mood lifted within hours. The study was published in Psychiatry. “It is encouraging,” said Dr Lee, who with a co-author has filed for a patent on the use of ketamine in depression.\n',
      flags: [],
    },
    {
      title: 'A patented technology boasted of names nobody’s patent',
      options: { minWords: 0 },
      input:
        '---\ntitle: Cooling away fat\n---\n\nResearchers treated 40 adults and found that the cooling device cut belly fat. The study was published in Dermatology. The device uses a patented cooling technology.\n',
      flags: ['title: Cooling away fat'],
    },
    {
      title: 'A licence to practise, and a clinic its doctor founded, are no tie to a maker',
      options: { minWords: 0 },
      input:
        '---\ntitle: A brace for back pain\n---\n\nResearchers fitted the brace on 200 adults and found that it eased pain. The study was published in Spine. Dr Lee, licensed to practise in Ohio, led it at a clinic founded by her father in 1980.\n',
      flags: ['title: A brace for back pain'],
    },
    {
      title: 'A business story on a company’s own trial, told by how its shares moved',
      options: { minWords: 0 },
      input:
        '---\ntitle: Acme heart drug cuts deaths\n---\n\nAcme’s pill cut deaths by a third in the trial, the researchers said. Acme shares jumped 9 percent after the study was presented.\n',
      flags: [],
    },
    {
      title: 'The same story with `includeOwnProduct`',
      options: { minWords: 0, includeOwnProduct: true },
      input:
        '---\ntitle: Acme heart drug cuts deaths\n---\n\nAcme’s pill cut deaths by a third in the trial, the researchers said. Acme shares jumped 9 percent after the study was presented.\n',
      flags: ['title: Acme heart drug cuts deaths'],
    },
    {
      title: 'Work begun by a government body, money given to it, or the work as a company’s own name who paid',
      options: { minWords: 0 },
      input:
        '---\ntitle: Hormones and the heart\n---\n\nThe trial was begun in 1991 by the National Institutes of Health. The study found no rise in heart attacks.\n',
      flags: [],
    },
    {
      title: 'A company’s money for the researchers’ centre',
      options: { minWords: 0 },
      input:
        '---\ntitle: A cell therapy for leukaemia\n---\n\nThe study treated 30 patients. Acme has committed $20 million to building a research center for the team.\n',
      flags: [],
    },
    {
      title: 'Sponsorship, a subsidy, help in kind or the researchers’ own company state who paid or who gains',
      options: { minWords: 0 },
      input:
        '---\ntitle: A patch for sleep apnea\n---\n\nIn a study of 250 sleepers subsidized by Ventra Medical, the patch cut pauses in breathing. The drugmaker supplied the pills used in the trial, and two of the authors have started a company to sell the patch.\n',
      flags: [],
    },
    {
      title: 'Funding given with a word of how much, work done for a government body, and a price named in passing',
      options: { minWords: 0 },
      input:
        '---\ntitle: Oxygen for brain injury\n---\n\nThe treatment costs about $300 per session. Dr Cole oversaw three studies for the Department of Veterans Affairs, and the study found little benefit. A diabetes charity provided some funding for the studies.\n',
      flags: [],
    },
    {
      title: 'Research named only in passing is no study reported',
      options: { minWords: 0 },
      input:
        '---\ntitle: A fertility app\n---\n\nThe app reads your temperature each morning. Doctors are calling for independent trials.\n',
      flags: [],
    },
    {
      title: 'A product’s approval or availability is its status, not an offer to the reader',
      options: { minWords: 0 },
      input:
        '---\ntitle: FDA approves a glucose monitor\n---\n\nThe FDA approves the sensor for adults, and it will be commercially available in the spring. In Europe it is available by prescription.\n',
      flags: [],
    },
    {
      title: 'Trial and error, or what researchers believe, is no study reported',
      options: { minWords: 0 },
      input:
        '---\ntitle: Eating for a touchy gut\n---\n\nFinding the foods that suit you takes trial and error. Some researchers believe the culprit is not gluten but a group of sugars, and a study is under way.\n',
      flags: [],
    },
    {
      title: 'A column that names research only in passing: held back as tentative',
      options: { minWords: 0 },
      input:
        '---\ntitle: Eating for a touchy gut\n---\n\nMany readers feel better without wheat. Researchers at Monash have found that sugars called FODMAPs may be to blame, so try a low-FODMAP week.\n',
      flags: [],
    },
    {
      title: 'The same column, with `tentative`',
      options: { minWords: 0, tentative: true },
      input:
        '---\ntitle: Eating for a touchy gut\n---\n\nMany readers feel better without wheat. Researchers at Monash have found that sugars called FODMAPs may be to blame, so try a low-FODMAP week.\n',
      flags: ['title: Eating for a touchy gut'],
    },
    {
      title: 'A feature that mentions studies on its way, with none in its opening: held back as tentative',
      options: { minWords: 0 },
      input:
        '---\ntitle: Snoring children\n---\n\nMaya snored every night.\n\nHer parents worried.\n\nA surgeon looked at her throat.\n\nTonsils came out often in the 1950s. Clinical trials in the 1980s showed who gains, and hundreds of studies followed. The researchers still disagree.\n',
      flags: [],
    },
    {
      title: 'The same feature, with `tentative`',
      options: { minWords: 0, tentative: true },
      input:
        '---\ntitle: Snoring children\n---\n\nMaya snored every night.\n\nHer parents worried.\n\nA surgeon looked at her throat.\n\nTonsils came out often in the 1950s. Clinical trials in the 1980s showed who gains, and hundreds of studies followed. The researchers still disagree.\n',
      flags: ['title: Snoring children'],
    },
    {
      title: 'A feature that opens on a person and then tells a study is still flagged',
      options: { minWords: 0 },
      input:
        '---\ntitle: Snoring children\n---\n\nMaya snored every night.\n\nHer parents worried.\n\nA surgeon looked at her throat.\n\nIn a new study published in Pediatrics, the researchers followed 400 children after surgery. Studies before it were small.\n',
      flags: ['title: Snoring children'],
    },
    {
      title: 'A release that names research in passing still says who paid: its issuer answers for the work',
      options: { minWords: 0 },
      input:
        '---\ntitle: A new implant against HIV\n---\n\nScientists at the university have built an implant that calms immune cells. The article appeared in the Journal of Controlled Release.\n\nMedia contact: Jo Bloggs, press office\n',
      flags: ['title: A new implant against HIV'],
    },
    {
      title: 'A disclosure in the front matter',
      options: { minWords: 0 },
      input:
        '---\ntitle: Our new supplement\ndisclosure: Written by the maker of the product.\n---\n\nBook a consultation today.\n',
      flags: [],
    },
    {
      title: 'A pointer elsewhere is not a disclosure',
      options: { minWords: 0 },
      input:
        '---\ntitle: Coffee and the heart\n---\n\nResearchers followed 20,000 adults, and the study found that coffee drinkers lived longer. Please see the article for disclosures.\n',
      flags: ['title: Coffee and the heart'],
    },
    {
      title: 'A page with metadata that sells a treatment',
      options: { minWords: 0 },
      format: 'html',
      input:
        '<html><head><meta name="author" content="Clinic staff"></head><body><h1>Ketamine infusions</h1><p>Book a consultation at our clinic today.</p></body></html>',
      flags: ['Ketamine infusions'],
    },
    {
      title: 'What the maker gave to the study, said in the passive, states its support',
      options: { minWords: 0 },
      input:
        '---\ntitle: A hormone and memory\n---\n\nIn the study of 150 adults, injections of the hormone improved memory scores. The hormone, which was provided free by the manufacturer in the study, costs $700 a shot.\n',
      flags: [],
    },
    {
      title: 'Devices a company handed over, in the past tense, state support in kind',
      options: { minWords: 0 },
      input:
        '---\ntitle: Glasses for autism\n---\n\nIn the study, 40 children wore the glasses at home, and the researchers found their face reading improved. The trial ran for a year, and the study authors plan a larger trial. Acme Inc. supplied the devices.\n',
      flags: [],
    },
    {
      title: 'An organisation promising to pay for a study to come names its funder',
      options: { minWords: 0 },
      input:
        '---\ntitle: A brew for trauma\n---\n\nScientists say the brew may ease trauma, and a small study found that users felt calmer. The Acme Association for Plant Studies, which has funded researchers at two universities, plans to support a larger study in Peru this year.\n',
      flags: [],
    },
    {
      title: 'Backing a study’s findings is agreement, not money',
      options: { minWords: 0 },
      input:
        '---\ntitle: A brew for trauma\n---\n\nScientists say the brew may ease trauma, and a small study found that users felt calmer. The Acme Association for Plant Studies will back the study’s findings in its advice.\n',
      flags: ['title: A brew for trauma'],
    },
    {
      title: 'A business that supplies devices to hospitals has given the study nothing',
      options: { minWords: 0 },
      input:
        '---\ntitle: Glasses for autism\n---\n\nIn the study, 40 children wore the glasses at home, and the researchers found their face reading improved. The trial ran for a year, and the study authors plan a larger trial. Acme Inc. supplies the devices to hospitals.\n',
      flags: ['title: Glasses for autism'],
    },
    {
      title: 'Whatever the maker gave for the study, and a funder it did not pay, state its part',
      options: { minWords: 0 },
      input:
        '---\ntitle: A rubber bar for tennis elbow\n---\n\nA study by researchers at a sports clinic found that exercises with the bar eased pain. (Acme Health Brands, maker of the bar, provided the bars for the study but did not fund it.)\n',
      flags: [],
    },
    {
      title: 'A company sponsoring the trial, and a doctor not affiliated with it',
      options: { minWords: 0 },
      input:
        '---\ntitle: Stem cells for spinal injury\n---\n\nSix patients joined the trial. Today, the company sponsoring the trial reported that four of them improved. Dr. Jenkins, who is not affiliated with the company, has continued to see them.\n',
      flags: [],
    },
    {
      title: 'The lead researcher’s post in the company developing the device states an interest (round 23)',
      options: { minWords: 0 },
      input:
        '---\ntitle: An eye implant for blindness\n---\n\nIn a trial, three blind patients saw shapes with the implant, and the results were published in Ophthalmology. Jane Roe, head of a university eye clinic and director of a small company called Visionix AG which is developing the implant, said the results were a proof of concept.\n',
      flags: [],
    },
    {
      title:
        'An officer of the company named as the product’s maker, with a department in the post, states an interest (round 25)',
      options: { minWords: 0 },
      input:
        '---\ntitle: An inhaled insulin\n---\n\nResearchers gave the inhaled insulin to 300 adults and found that it worked faster than injections. The study was published in Diabetes Care. “It looks like the body’s own insulin,” said Jane Roe, vice president of drug development at Inhalix Corp., manufacturer of the inhaler.\n',
      flags: [],
    },
    {
      title: 'An executive speaking for a company never called the product’s maker states no tie',
      options: { minWords: 0 },
      input:
        '---\ntitle: An inhaled insulin\n---\n\nResearchers gave the inhaled insulin to 300 adults and found that it worked faster than injections. The study was published in Diabetes Care. “It looks like the body’s own insulin,” said Jane Roe, vice president of drug development at Inhalix Corp., a firm in Boston.\n',
      flags: ['title: An inhaled insulin'],
    },
    {
      title: 'A post in the university clinic developing the device is no tie to a company',
      options: { minWords: 0 },
      input:
        '---\ntitle: An eye implant for blindness\n---\n\nIn a trial, three blind patients saw shapes with the implant, and the results were published in Ophthalmology. Jane Roe, director of a university eye clinic which is developing the implant, said the results were a proof of concept.\n',
      flags: ['title: An eye implant for blindness'],
    },
    {
      title: 'An outside expert who took no part in the study states nobody’s funding',
      options: { minWords: 0 },
      input:
        '---\ntitle: A patch for peanut allergy\n---\n\nIn the study, the patch helped 40% of children. The researchers followed 300 children, and the results were published in Pediatrics. “It is promising,” said Dr. Lee, who is not affiliated with the new study.\n',
      flags: ['title: A patch for peanut allergy'],
    },
    {
      title: 'Research named only as missing is no study reported',
      options: { minWords: 0 },
      input:
        '---\ntitle: Doctors question a tumour-zapping device\n---\n\nThe device hasn’t been through a large clinical trial. “We have not done randomized, controlled clinical trials,” says the maker’s chief executive. Doctors worry that it won approval without large clinical studies.\n',
      flags: [],
    },
    {
      title: 'A negation about something else leaves the study reported',
      options: { minWords: 0 },
      input:
        '---\ntitle: A new pill for gout\n---\n\nThere were no serious side effects in the trial. The researchers followed 300 patients for a year, and the results were published in Rheumatology.\n',
      flags: ['title: A new pill for gout'],
    },
    {
      title: 'The funder named before the trial it paid for',
      options: { minWords: 0 },
      input:
        '---\ntitle: Stroke treatments studied locally\n---\n\nThe hospital was one of 117 centers to take part in a National Institutes of Health clinical trial. The study compared stents with drugs, and researchers found fewer strokes in one group.\n',
      flags: [],
    },
    {
      title: 'A story that says someone else’s drug is now available sells nothing: research in passing is held back',
      options: { minWords: 0 },
      input:
        '---\ntitle: A cheaper antidepressant\n---\n\nProzac was developed by Eli Lilly and is now available in a cheaper generic form. Doctors prescribe it widely, and a study suggested it may help.\n',
      flags: [],
    },
    {
      title: 'The same story, with `tentative`',
      options: { minWords: 0, tentative: true },
      input:
        '---\ntitle: A cheaper antidepressant\n---\n\nProzac was developed by Eli Lilly and is now available in a cheaper generic form. Doctors prescribe it widely, and a study suggested it may help.\n',
      flags: ['title: A cheaper antidepressant'],
    },
    {
      title: 'A fragment of a story (a caption and a paragraph) is not checked',
      input:
        '---\ntitle: Coffee and the heart\n---\n\n## Photo: a cup of coffee\n\nResearchers followed 20,000 adults, and the study found that coffee drinkers lived longer.\n',
      flags: [],
    },
    {
      title: 'Plain text without metadata is out of scope',
      options: { minWords: 0 },
      format: 'text',
      input: 'Researchers found that coffee drinkers lived longer.',
      flags: [],
    },
  ],
  check(document, { options, report }) {
    if (!document.facts.hasMetadata || frontMatterValue(document, disclosureKeys) !== undefined) return;
    if (isArticleFragment(document, options.minWords)) return;
    const kinds = articleKinds(document);
    // One research word in passing (a call for trials, a related-story link) is no study reported, nor is
    // research named only as missing (“hasn't been through a large clinical trial”).
    const reportsResearch = articleCueCount(document, 'research') >= 2 && researchDoneCount(document) >= 2;
    if (!reportsResearch && !kinds.sales) return;
    // What the article sells itself: not its publisher's boilerplate, not a product others make said to be available.
    const selling = sellingCue(document);
    const disclosed = disclosuresOf(document);
    const { industry } = disclosed;
    if (options.industryNeedsInterests && industry && !disclosed.interests) {
      const start = industry.sentence.start;
      report('industry', industry.block.span(start, industry.sentence.end), { actual: industry.company.text });
      return;
    }
    if (disclosed.funding || disclosed.interests) return;
    const sponsor = sponsorCue(document);
    if (sponsor && !(sponsor.announcement ? options.includeOwnAnnouncements : options.includeOwnProduct)) return;
    const reason = selling
      ? `sells a product (\`${selling.text}\`)`
      : kinds.research
        ? `reports research (\`${kinds.research.text}\`)`
        : `announces a product (\`${kinds.sales?.text ?? ''}\`)`;
    // Held back (round 13, eval/judged): research named in passing in a story, a column or a feature that
    // sells nothing (no release's marks), where readers called the missing funder debatable about as often as correct.
    // A release is never held back: its issuer answers for the work (HealthNewsReview.org's funding row).
    // A story on a company's own product (reported only with `includeOwnProduct`) is not held back either.
    // Held back too (round 15): a feature whose headline and first three paragraphs name no research and whose body
    // names one particular study at most once: it mentions research on its way, it reports none (`not_research`).
    const tentative =
      !selling &&
      !sponsor &&
      (namesResearchInPassing(document) || mentionsResearchWithoutReporting(document)) &&
      !carriesReleaseMarks(document);
    report('missing', anchorOf(document), { reason }, { tentative });
  },
});
