import type { Block, ProseDocument } from '../../src/prose/types.js';
import {
  citationBesideParagraph,
  identifiesStudy,
  citationsWithin,
  evidenceScopes,
  isSupported,
  listsSources,
  plainFactBoxItems,
  sourcedFactBoxItems,
  type EvidenceScope,
} from '../../src/language/evidence.js';
import { creditedElsewhere, figureSourceOf } from '../../src/language/figure-sources.js';
import {
  opensWithRestatement,
  spellsOutExampleFigure,
  statesBackground,
  tellsHypotheticalCase,
  tellsProjection,
  tellsWorkedExample,
  tellsUndatedPast,
  tellsUndatedRegularPast,
  withoutDateline,
} from '../../src/language/figure-kinds.js';
import { countsHealthQuantity } from '../../src/language/health-quantities.js';
import {
  continuesShareMove,
  findPopulationCounts,
  findSpelledPercentages,
  findStatistics,
  isNotAHealthFigure,
  isAssumedOrOutcomeThreshold,
  isThreshold,
  leadingFigureOfEachClause,
  namesIntervalAfter,
  restatesNonHealthFigure,
} from '../../src/language/statistics.js';
import { insideBlockQuotation } from '../../src/language/study-finding.js';
import { tellsLabResult } from '../../src/language/preclinical-result.js';
import { defineRule } from '../../src/rule/define-rule.js';

export interface UnsupportedStatisticOptions {
  /** Where a citation must be for a statistic to count as sourced. */
  scope: EvidenceScope;
  /** Whether a figure said by a named source with a role (“…,” said Dr Jane Roe, director of …) counts as sourced. */
  namedSourceSupports: boolean;
  /** Whether to report the findings the rule is less sure of too (see `tentative` below). */
  tentative?: boolean;
}

const scopeWords: Record<EvidenceScope, string> = { sentence: 'sentence', paragraph: 'paragraph', section: 'section' };

export default defineRule<UnsupportedStatisticOptions>({
  id: 'unsupported-statistic',
  scope: 'text',
  docs: {
    summary:
      'Flags statistics (percentages, “1 in 5”, “twice as likely”, odds ratios) with no citation nearby and no reference back to a cited study.',
    rationale:
      'A number looks precise and persuasive; without its source a reader cannot tell whether it comes from a trial, a survey or a guess. A figure credited to a study the sentence dates (“according to a large 2007 study”) is left alone: the reader learns where it comes from, and whether that credit is specific enough is `vague-attribution`’s question (editors differ on it).',
    guideline:
      'HealthNewsReview.org criteria 2 (quantifies benefits) and 5 (quality of the evidence); JAMA benchmarks, attribution (Silberg et al. 1997).',
    howToFix:
      'Link or cite the study the figure comes from in the same paragraph, or say which study it is from (“in the trial, 38% of participants …”).',
  },
  tentative:
    'a figure inside quotation marks (a speaker’s own words, which editors differ on); a projection, told with “would” or “could” (what would or could happen, often reasoned from sources named elsewhere); a figure in a fact box set as short plain paragraphs that a “Sources:” line closes further down (editors differ on whether that line reaches it); and a figure the article gives again elsewhere, about the same things, with its source (“… a disease that kills nearly 2 million people a year” and further on “The World Health Organization estimates that nearly 2 million people die of it each year”).',
  messages: {
    statistic: 'Missing source for the statistic `{actual}`, expected a citation in the same {scope}',
  },
  optionsSchema: {
    type: 'object',
    properties: {
      scope: { enum: [...evidenceScopes], description: 'Where a citation must be: sentence, paragraph or section.' },
      namedSourceSupports: {
        type: 'boolean',
        description: 'Whether a figure said by a named source with a role (a quoted expert) counts as sourced.',
      },
    },
    additionalProperties: false,
  },
  // Reference lists hold author initials and page numbers; boilerplate, captions and related-story
  // links hold no findings of the article's own.
  skip: ['reference', 'boilerplate', 'caption', 'furniture'],
  defaults: { scope: 'paragraph', namedSourceSupports: true },
  examples: [
    {
      title:
        'A summary of evidence answering its title’s question: its pooled figure is its result; a spaced numbered marker cites (round 17)',
      input:
        '# Do antibiotics speed recovery from sinusitis?\n\nAntibiotics speed recovery in only 5 out of 100 people. The pooled results of the studies show little benefit, and the studies are contradictory.\n\nAbout 5 out of 100 adults have type 2 diabetes [ 4 ].',
      flags: [],
    },
    {
      title:
        'A percentage in words, and a sentence of two statements: each statement’s figure; the figures of one statement once (round 30)',
      input:
        'Ninety-four percent of patients with the cancer die within five years, and 74% die within the first year.\n\nMore than 300,000 knees are replaced each year in the United States, and an estimated 4 million Americans live with a knee implant.\n\nKidney stones affect 12 percent of men and seven percent of women.',
      flags: ['Ninety-four percent', '74%', '300,000', '4 million', '12 percent'],
    },
    {
      title: 'A percentage in words that is the study’s result, or no share at all (round 30)',
      input:
        'A trial of the pill enrolled 300 adults.\n\nIn the trial, forty percent of those taking the pill had remission at a year. The surgeon is a hundred percent sure the pill works.',
      flags: [],
    },
    {
      title: 'A percentage with no source',
      input: 'These medicines only truly benefit around 38% of patients.',
      flags: ['38%'],
    },
    {
      title: 'A figure told of the reported study’s mice is its result',
      input:
        'A new study tested a low-calorie diet in old mice.\n\nThis time the mice lived longer than controls, an increase of about 15%.',
      flags: [],
    },
    {
      title: 'What the reviewed test did, told with “this test”, is the review’s result',
      input:
        'This review looked at blood tests for a rare condition in pregnancy.\n\nThis test detects around seven out of every 10 (68%) affected pregnancies.',
      flags: [],
    },
    {
      title: 'A figure counting the people who have the reviewed test is the review’s result too',
      input:
        'This review looked at blood tests for a rare condition in pregnancy.\n\nAbout one in 20 women (5%) having this test will need a second scan.',
      flags: [],
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
      title: 'The results of the study the article reports',
      input:
        'A trial of 900 adults tested the drug.\n\nSurvival improved (HR, 0.74; 95% CI, 0.61–0.90) and 38% of participants responded.',
      flags: [],
    },
    {
      title: 'A result told in the past tense, in an article that names its study further down',
      input:
        'Schools screened their pupils.\n\nAbout 10 percent of the students had an abnormal heart trace.\n\nThe new study appears in Pediatrics.',
      flags: [],
    },
    {
      title: 'A background figure in the present tense in the same article',
      input:
        'Schools screened their pupils.\n\nHeart disease affects 10 percent of adults.\n\nThe new study appears in Pediatrics.',
      flags: ['10 percent'],
    },
    {
      title: 'A figure an organisation gives, or a named source in the next sentence',
      input:
        'The CDC estimates that 20 percent of adults smoke.\n\nOne in two women will break a bone. That is according to the National Osteoporosis Foundation.',
      flags: [],
    },
    {
      title: 'A fact box that ends with its sources',
      input: '• 11% of adults take antidepressants. • Only 30% get well on the first one. Sources: CDC; NIMH',
      flags: [],
    },
    {
      title: 'A fact box whose last item names the sources',
      input:
        '• 1 in 110 children is diagnosed with autism.\n\n• 1.5 million Americans have autism.\n\n• Annual cost: $90 billion. Source: Autism Society of America',
      flags: [],
    },
    {
      title: 'A ratio named without its number is a concept',
      input: 'Many clinicians focus on relative risk rather than absolute risk.',
      flags: [],
    },
    {
      title: 'A figure said by a named source with a role',
      input: '“More than 16 percent of adults have it,” said Dr Jane Roe, director of the clinic.',
      flags: [],
    },
    {
      title: 'The same figure when `namedSourceSupports` is off',
      input: '“More than 16 percent of adults have it,” said Dr Jane Roe, director of the clinic.',
      options: { namedSourceSupports: false },
      flags: ['16 percent'],
    },
    {
      title: 'A population count is a background figure too',
      input: 'Smoking causes 480,000 premature deaths each year.',
      flags: ['480,000'],
    },
    {
      title: 'A diet’s make-up, a share price and a condition are not health figures',
      input:
        'The diet was 10 percent protein. Shares closed up 6.5 percent. If that rate is three times higher, the disease follows.',
      flags: [],
    },
    {
      title: 'A person introduced with a role and quoted later by surname',
      input:
        'Orthopedic surgeon George Theodore treats her foot.\n\nTheodore tells her that the therapy gives a 60 to 80 percent chance of relief.',
      flags: [],
    },
    {
      title: 'Author initials in a reference line are not figures',
      input: 'Source: Smith J, Patel RR, Okafor CL. Walnuts and mood. J Nutr. 2019;149:1-8.',
      flags: [],
    },
    {
      title:
        'A figure credited to a study the sentence dates (whether that is specific enough is vague-attribution’s question)',
      input: 'Nearly 19% of women over 45 have knee pain, according to a large 2007 study.',
      flags: [],
    },
    {
      title: 'A source named in the sentence just before the paragraph',
      input:
        'The change is outlined in the American Heart Association 2017 Hypertension Practice Guidelines.\n\nIt will raise the share of adults with high blood pressure from 32 percent to 46 percent.',
      flags: [],
    },
    {
      title: 'A study named in the sentence, or named just before and referred to',
      input:
        'The European Randomized Study of Screening for Prostate Cancer suggested that screening cut deaths by 20%.\n\nA review in the January issue of Archives of Pediatrics took a different tack. It says that complications occur in less than 1 percent.',
      flags: [],
    },
    {
      title: 'A finding the sentence credits to the study it introduces, whatever its tense',
      input: 'People who eat walnuts are 20 percent less likely to die of heart disease, a new study in JAMA finds.',
      flags: [],
    },
    {
      title: 'A figure about the same patients as the study result before it',
      input:
        'A new trial tested the drug.\n\nIn the trial, tumours shrank in about 40% of patients. And for 78% of those patients, the response lasted six months.',
      flags: [],
    },
    {
      title: 'A market share or a figure credited to an organisation’s estimates is not an unsourced health figure',
      input:
        'Abbott controls a little more than a third of the U.S. stent market.\n\nAbout 10 million Americans have fibromyalgia, according to estimates from the National Fibromyalgia Association.',
      flags: [],
    },
    {
      title: 'A lab quantity is not a figure about people',
      input: 'Prostate cancer cells express up to 100 times more PCA3 RNA than normal cells do.',
      flags: [],
    },
    {
      title: 'A source named before and carried on by “It says …”, and a background figure after it',
      input:
        'A report from the CDC came out last week. It says 40% of adults sleep too little. Coffee is popular. About 60% of adults drink it.',
      flags: ['60%'],
    },
    {
      title: 'A quotation paragraph goes on quoting the person who introduced it',
      input:
        'The guidelines were written by Dr. Jane Roe, a cardiologist at Harvard, who said:\n\n"About 30 percent of adults have high blood pressure. Half of them do not know it."',
      flags: [],
    },
    {
      title: 'A person known by a title, degree or post, quoted later by surname',
      input:
        'Dr. Peter Rothwell of the University of Oxford led the analysis.\n\nRothwell noted that the normal risk of bleeding is about 1 in every 2,000 people a year.\n\nArmand Peruga, program manager for the WHO, spoke too.\n\n"For every 10% increase in tax you have 4% less smoking," says Peruga.',
      flags: [],
    },
    {
      title: 'An organisation’s recommendation, the company speaking, and a headline that repeats the study’s result',
      input:
        '---\ntitle: "Device reduces deaths in mild heart failure by 29%"\n---\n\nThe device reduces deaths from mild heart failure by 29% compared with a defibrillator alone, researchers reported Sunday.\n\nThe American Heart Association (AHA) currently recommends that people replace 25% to 35% of saturated fat.\n\nAbout 90 percent of patients have the side effect, the company said.\n\nThe new study appears in the New England Journal of Medicine.',
      flags: [],
    },
    {
      title: 'An aim, a caseload, a ranking and a planned study’s size are not health figures',
      input:
        '(With HIV, 50 to 60 percent is about the efficacy range researchers hope for.) She tends about 2,000 patients, at least 30 percent of whom are older than 65. The hospital is in the top 50 in four specialties. The agency will fund a major study of biomarkers in more than 1,000 patients in the U.S.',
      flags: [],
    },
    {
      title: 'Results credited to the study’s team, demonstrated by the study, or given row by row after its first row',
      input:
        'A new study of hip fractures appears in the journal Bone.\n\nFalls at home will cause 40,000 fractures a year in the U.S., the researchers estimated. The trial also demonstrated a 30% drop in falls.\n\nWomen walking faster than 1.2 metres a second had a 91% chance of living ten years, the authors found. Women walking slower than 0.6 metres a second have a 52% chance of living ten years.\n\nRates fell only a little: from 12.3 per 100,000 in 1998 to 11.9 per 100,000 in 2006.',
      flags: [],
    },
    {
      title: 'Unnamed experts are no study team',
      input:
        'A new trial of the drug appears in the journal Gut.\n\nUp to 20 percent of patients get no benefit from diet changes, experts say.',
      flags: ['20 percent'],
    },
    {
      title: 'Evidence credited to a company, the government, a registry or a named body’s own website',
      input:
        'They point to company studies that show it doubles the odds.\n\nAbout 9,000 Americans die of it each year, according to government figures.\n\nThe registry shows that 12 percent of implants fail.\n\nThe website for the Blue Lagoon Spa says that 90% of guests sleep better.',
      flags: [],
    },
    {
      title: 'A programme’s own website after “according to”, and a named body recommending a threshold',
      input:
        "Medicaid covers more than 73 million people, according to the program's website.\n\nThe American Heart Association encourages adults to eat no more than 1,500 milligrams of sodium a day.",
      flags: [],
    },
    {
      title: 'A stock ticker’s move and an organisation’s head count are not health figures',
      input: 'Patients on the Pfizer PFE +1.25% drug fared better.\n\nThe firm has 12,000 employees worldwide.',
      flags: [],
    },
    {
      title:
        'In a review’s own summary every figure is the review’s result, told with any verb, except background on how common the condition is',
      input:
        'We included nine trials with 1,800 children in this review.\n\nEar infections are a common illness affecting about 1 in 4 toddlers. Warm drops also seem to shorten the earache by about 10%. Rates of dizziness ranged from 2% to 7%.',
      flags: ['1 in 4'],
    },
    {
      title:
        'How the study was run, its subjects’ answers, and a diet given as its share of calories are not figures about the world',
      input:
        'A new study of 2,000 nurses appears in the journal Menopause.\n\nNearly 85 percent have stayed in follow-up since 1990. About 40% agreed that sleep mattered more with age. One diet was about 25% of calories from fat.',
      flags: [],
    },
    {
      title: 'A lede that gives the study’s result before the study is named, and background beside it',
      input:
        'A new hay fever spray eases sneezing in three out of four adults whose allergy pills fail. Hay fever affects about 1 in 5 adults.\n\nA new trial of the spray tested 300 adults whose allergy pills fail. In the trial, 76% of adults given the spray had less sneezing, compared with 30% given a dummy spray.',
      flags: ['1 in 5'],
    },
    {
      title:
        'What occurred in each arm, what the device proved to do and what the team concluded are the study’s results',
      input:
        'A new trial of a wrist splint appears in the journal Hand.\n\nTwo or more falls occurred in 12 and 15 percent, respectively. The new splint proved to have 40 percent fewer slips than the old one. In about one in 250 fittings, the strap failed.\n\nThey concluded that early splinting is linked to a 20% lower risk of surgery.',
      flags: [],
    },
    {
      title: 'A researcher’s quote that tells what the team noticed is the study’s result',
      input:
        'A new study of blood tests for concussion appears in PLOS ONE.\n\n"We have noticed that the protein alone rules out injury in one third of patients," says the lead author.',
      flags: [],
    },
    {
      title:
        'A quotation under the paragraph that introduces its speaker by role, a speaker named after the verb and the words that introduce them, and a publication named by its body',
      input:
        'Dr. Jane Hollis, chief of cardiology at Leeds General Infirmary, has studied heart scans for 20 years.\n\n“Heart disease kills seven times as many women as breast cancer.”\n\nSince 30 percent of adults are admitted each year, “thousands would be spared,” said one trial leader, Leeds’s Dr. Omar Khan.\n\nThe 2019 ESC and ADA guidelines recommend that 12 million more adults take them. Figures from Diabetes Research UK show that 30 percent of adults are at risk.',
      flags: [],
    },
    {
      title: 'A figure a named expert argues is theirs; one an unnamed writer argues is not',
      input:
        'Dr. Jane Hollis, a cardiologist at Leeds General Infirmary, treats heart failure.\n\nAbout 30 percent of adults have high blood pressure, Hollis argues.\n\nAbout 40 percent of adults snore, a blogger argues.',
      flags: ['40 percent'],
    },
    {
      title:
        'A figure must count people, what happens to them, or a risk or rate: products sold, a machine’s uptime and a share of an organ count none of these',
      input:
        'The firm ships 30,000 hearing aids a year to shops in the U.S. Its scanners were available 97% of the working week. Scans showed that more than half of the liver was scarred. Gout affects 4 million Britons.',
      flags: ['4 million'],
    },
    {
      title: 'A figure told only in the past, with no date, reports what happened to a group; a dated one is history',
      input:
        'After two years, those rates dipped to 61 percent in the older group. In 2004, the drowning rate was 1.2 per 100,000 people.',
      flags: ['1.2 per 100'],
    },
    {
      title:
        'The article’s own study, however phrased: its headline, its researchers reporting, a result told in the past',
      input:
        '---\ntitle: "New pill doubles survival in bowel cancer"\n---\n\nA new trial of 400 patients with bowel cancer tested the pill.\n\nAfter five years, researchers are reporting survival rates near 80 percent. The same dose worked for 54 percent of older patients.',
      flags: [],
    },
    {
      title:
        'A study named by the institution that ran it, a body’s news release in the next sentence, and a question-and-answer box closed by its sources',
      input:
        'In a pilot study of 13 patients at MD Anderson Cancer Center, tumours shrink by 78 percent.\n\nAbout 2.2 million Americans live with atrial fibrillation. It is common, according to background information in a news release from the American Heart Association.\n\nWho has hot flashes? More than half of women near menopause.\n\nHow bothersome are they? For 20% of women, a lot.\n\nSources: International Menopause Society',
      flags: [],
    },
    {
      title:
        'Figures of a method: a product’s strength, a study’s inclusion criterion, the risk that makes a patient a candidate',
      input:
        'The trial tested cyclosporine A, 0.09% ophthalmic solution, for dry eye.\n\nThe team scanned 2,120 women with less than a 15 percent lifetime risk of breast cancer.\n\nA patient who has a 50% risk of dying within a year is a good candidate for the pump.',
      flags: [],
    },
    {
      title:
        'A named body, its publication or a titled person as the subject of a reporting or describing verb anywhere in the sentence',
      input:
        'The European Heart Society describes high blood pressure as a silent killer, with an estimated 30 million adults affected.\n\nBesides, the British Fertility Society (BFS) position paper on egg freezing states that success rates are between 2 and 12 percent.\n\nIn 2011, Dr. Jane Hollis of Leeds General Infirmary made headlines when she published a study saying that 60 percent of strokes are preventable.\n\nPatients at the Leeds Heart Research Foundation have 30 percent less pain.',
      flags: ['30 percent'],
    },
    {
      title: 'A titled person set off by an appositive, who published the study that gives the figure',
      input:
        'In 2009, Dr. Omar Khan, now based at Leeds General Infirmary, made news when he published a study concluding that 30 percent of scans are needless.',
      flags: [],
    },
    {
      title: 'Reference numbers set off by a space after the full stop cite the sentence before them',
      input: 'The gene is a risk factor in up to 65 percent of patients. 1,2 The results came out today.',
      flags: [],
    },
    {
      title: 'A bracketed reference number before the closing stop cites its sentence; one without still flags',
      input: '70% of people with Parkinson’s will fall at least once a year (2).\n\nAbout 40% of them will fall again.',
      flags: ['40%'],
    },
    {
      title: 'A duration compared (“for twice as long”) is no statistic; a risk compared is',
      input:
        'Whether the gains are big enough to make women take the drug for twice as long remains to be seen. Smokers are twice as likely to have a stroke.',
      flags: ['twice as'],
    },
    {
      title: 'In an article that reports a study, a pre-clinical figure is that lab’s result',
      input:
        'A new study from the Sah lab, published in the journal Cell, reports compounds that build muscle.\n\nIn pre-clinical studies, compounds in thyme and oregano have demonstrated a greater than 37 percent increase in exercise tolerance. About 30 percent of older adults lose muscle.',
      flags: ['30 percent'],
    },
    {
      title: 'A footnote marker after the full stop cites the sentence before it, even at scope `sentence`',
      input: 'Around 38% of adults smoke. [11] About 20% of teenagers vape.',
      options: { scope: 'sentence' },
      flags: ['20%'],
    },
    {
      title:
        'The study’s own subjects (“the 1,946 men studied”), and a figure credited to “the article” in a story that reports a paper',
      input:
        'A new study of a urine test for prostate cancer appears in the journal Urology.\n\nAmong the 1,946 men studied, 42 percent turned out to have prostate cancer.\n\nA review in the journal Pediatrics looked at colic.\n\nBetween 5 and 19 percent of infants are estimated to have colic, according to background information in the article.',
      flags: [],
    },
    {
      title:
        'What the research team has developed, measured by a figure, is the study’s result; the condition it is for is not',
      input:
        'Scientists from the Leeds Institute of Child Health have developed a new blood test that identifies with greater than 90 per cent certainty whether a child has had a concussion.\n\nConcussion affects about 1 in 5 young athletes.',
      flags: ['1 in 5'],
    },
    {
      title:
        'Headings above the first paragraph (a deck, “Fast Facts … - Click to Tweet”) sum up the study as the headline does, unless they state background',
      input:
        '---\ntitle: "CT scans beat stress tests in spotting clogged arteries"\n---\n\n## Stress tests can miss four out of 10 patients with clogged arteries. - Click to Tweet\n\n## Heart disease kills about 600,000 Americans each year.\n\nResults of a comparison study led by Leeds researchers show that CT scans spot more blockages than stress tests.',
      flags: ['600,000'],
    },
    {
      title:
        'A lede told in the past after its dateline, credited to “new research” or “according to” a new analysis, or counting a share of an exact sample, is the study’s',
      input:
        'Dec. 1, 2011 (Chicago) -- An experimental injection relieved pain in over two-thirds of patients with sciatica.\n\nA new trial of the injection appears in the journal Radiology.\n\nThe shingles vaccine cuts the risk of shingles by 55%, new research finds. Mammograms account for about one-third of the decline in deaths, according to a large new analysis of data from Norway.\n\nThe drug eased pain for two-thirds of 327 people with back problems. More than half of the 35 million people living with HIV are women.',
      flags: ['half'],
    },
    {
      title: 'An issuer’s “About X” section run into the paragraph before it is boilerplate',
      input:
        '“We are glad to offer this option,” said Dr. Roe. About Leeds Medical CenterLeeds Medical Center, one of the premier academic medical centers in the nation, integrates research with care. Its physicians provide care to more than 100,000 hospitalized patients each year.',
      flags: [],
    },
    {
      title:
        'How well a test performs (its accuracy, sensitivity or specificity) is the result of the study that measured it',
      input:
        'A new study of a blood test for Alzheimer’s disease appears in the journal Neurology.\n\nThe scientists say they can predict with 90% accuracy who will develop dementia. The specificity of the test is 88 percent. Dementia affects about 1 in 14 people over 65.',
      flags: ['1 in 14'],
    },
    {
      title:
        'A company named by its acronym, a body by a descriptive name, and a maker’s reports are named sources; a neighbour is not',
      input:
        'Johnson & Johnson tested the drug.\n\nAbout 7.5 million Americans live with psoriasis, J&J said.\n\nAbout 90% of adults will develop high blood pressure, the heart association says.\n\nThe number of centres has doubled since 2010, according to reports by the device’s maker.\n\nAbout 40% of adults snore, a neighbour says.',
      flags: ['40%'],
    },
    {
      title: 'A named researcher and their team reporting the figure',
      input:
        'Hospitals are slow to adopt the test. Since then, Megan Hollis at the Leeds Health Research Trust and her team report that about 17% of hospitals offer it, up from 13% in 2005.',
      flags: [],
    },
    {
      title:
        'A person introduced after a short list of words (“an ear, nose and throat surgeon”), and a known person speaking with others, source the sentence next to them',
      input:
        'Erica Hollis, an ear, nose and throat surgeon at Leeds General Infirmary, treated him.\n\nCPAP works for about half of all patients who try it. It can be cumbersome, Hollis says.\n\nFor now, Dr. Hollis and others say that CPAP is the gold standard. But for the roughly 50 percent of patients in whom CPAP fails, a valve may help.',
      flags: [],
    },
    {
      title:
        'A person introduced by a role that opens the sentence (“Surgeon Ralph Hollis”) or as “X is a sleep specialist” speaks for the figure beside their name',
      input:
        'Surgeon Ralph Hollis treats her sinuses.\n\nFor about 80 percent of patients, these alternatives work, Hollis says.\n\nKhan is a sleep specialist at Leeds General Infirmary.\n\nOftentimes, Khan says, patients need surgery. And even then, it works only 20 to 30 percent of the time.\n\nAbout 40 percent of adults snore.',
      flags: ['40 percent'],
    },
    {
      title:
        'A dose told as a share of a daily value, the same number said again, and a confidence level split from its interval are not statistics',
      input:
        'Some supplements give vitamin B-6 at 2,500 percent of your daily value. Keep in mind that 2,500 percent is going to give you more of what you need.\n\nPregnancy Rate (95%\n\nConfidence Interval) 0.16 (0.02, 0.58)\n\nAbout 20 percent of adults take a supplement.',
      flags: ['20 percent'],
    },
    {
      title: 'A figure inside a speaker’s quotation is held back as tentative',
      input:
        'The clinic treats sinus problems.\n\n“In over 90 percent of cases, the operation improves quality of life.”',
      flags: [],
    },
    {
      title: 'The same quotation with `tentative` on',
      input:
        'The clinic treats sinus problems.\n\n“In over 90 percent of cases, the operation improves quality of life.”',
      options: { tentative: true },
      flags: ['90 percent'],
    },
    {
      title: 'In an article that reports a study, a sentence told only with a regular past verb gives its result',
      input:
        'A new trial of hernia repair appears in the journal Surgery.\n\nHernias recurred in 5 percent of laparoscopic patients.',
      flags: [],
    },
    {
      title: 'A projection, what would or could happen, is held back as tentative',
      input:
        'Cooling the body after cardiac arrest is cheap.\n\nThat could mean an extra 2,300 Americans leave the hospital every year.',
      flags: [],
    },
    {
      title: 'The same projection with `tentative` on',
      input:
        'Cooling the body after cardiac arrest is cheap.\n\nThat could mean an extra 2,300 Americans leave the hospital every year.',
      options: { tentative: true },
      flags: ['2,300'],
    },
    {
      title: 'A company speaking of its own product (“says its”) is a named source; a pronoun is not',
      input:
        'Visionix says its headset has worked for about three quarters of the people who have tried it.\n\nAbout 40% of adults need glasses.',
      flags: ['40%'],
    },
    {
      title: 'A sentence that takes a part of the figure before it (“Of that, … of those”) goes on with its source',
      input:
        'A new study of autism tests appears in Pediatrics.\n\nBetween 10 and 15 percent of autism cases have a known genetic cause, the researchers noted. Of that, the new test alone can detect 7 percent of those.',
      flags: [],
    },
    {
      title: 'A lede that gives the very figure the body reports as the study’s result, in other word forms',
      input:
        '---\ntitle: "Brain images suggest drug works"\n---\n\nNew imaging suggests an experimental drug reduces plaque in the brain by around 25 percent.\n\nA new study of the drug in 28 patients appears in Lancet Neurology. After 78 weeks, they found that patients given the drug had about a 25 percent reduction in plaque compared with those on placebo.',
      flags: [],
    },
    {
      title:
        'A named body’s officials voicing “these rates” at the top of the next paragraph source the figures just given',
      input:
        'Patients screened with chest x-rays have false positives too -- 15 percent after two rounds.\n\nThese false-positive rates may be under-estimates, say NCI officials.\n\nAbout 40% of smokers never get screened.',
      flags: ['40%'],
    },
    {
      title:
        'Items of a list split into paragraphs take the sentence that opened the list: a study’s result, or background',
      input:
        'A new analysis of eight aspirin trials appears in The Lancet.\n\nThe fall in the risk of death broke down by type of cancer: Esophageal cancer (60%)\n\nColorectal cancer (40%)\n\nLung cancer (30%)\n\nSmoking raises the risk of several cancers: Throat cancer (30%)\n\nBladder cancer (10%)',
      flags: ['30%', '10%'],
    },
    {
      title: 'A fact box set as plain paragraphs and closed by a sources line is held back as tentative',
      input:
        'Bone health matters.\n\nAbout half of women over 50 will break a bone.\n\nMen are twice as likely as women to die after a hip fracture.\n\nBone density declines with age. Sources: National Osteoporosis Foundation',
      flags: [],
    },
    {
      title: 'The same fact box with `tentative` on',
      input:
        'Bone health matters.\n\nAbout half of women over 50 will break a bone.\n\nMen are twice as likely as women to die after a hip fracture.\n\nBone density declines with age. Sources: National Osteoporosis Foundation',
      options: { tentative: true },
      flags: ['half', 'twice as'],
    },
    {
      title: 'A tool a named body publishes (“a risk calculator from the CDC”) is a named source (round 18)',
      input:
        'An online risk calculator from the Centers for Disease Control and Prevention indicates that the 10-year risk of colorectal cancer is about 1.4 percent.\n\nA new tool from researchers puts the lifetime risk at 5 percent.',
      flags: ['5 percent'],
    },
    {
      title: 'A fact box whose items are each a heading takes the sources line that closes it (round 18)',
      input:
        'Heart failure is common.\n\n## Heart Facts Number of Americans with heart failure: 5.7 million\n\n## Heart-failure deaths each year: 292,000\n\n## Lifetime risk at age 40: 20%\n\nPrice of the device: $80,000 Sources: UNOS; American Heart Association\n\n## Without a sources line\n\nAbout 40% of adults snore.',
      flags: ['40%'],
    },
    {
      title:
        'The reported study named with a few words before its noun (“this small, ongoing study”); “several studies” are other research (round 18)',
      input:
        'A new study of a nerve treatment for migraine appears in the journal Headache.\n\nEarly findings suggest a single treatment can reduce migraine pain by about 35 percent, according to this small, ongoing study.\n\nThere is little dispute over the conclusion of several studies that statins can lower the risk of stroke by as much as 50 percent.',
      flags: ['50 percent'],
    },
    {
      title:
        'The study’s researchers with an aside before “found”, “a study author told”, a company named by its product, and a share price carried on by “They” (round 19)',
      input:
        'A new trial of progesterone gel appears in the journal Obstetrics.\n\nFederal researchers, working with colleagues at 44 medical centers, found that the gel cuts the rate of early delivery by 45%. The test can find the 1 percent of women at six times greater risk, a study author told The Guardian.\n\nThe makers of Acme Wonder juice say that the drink works 40 percent as well as Viagra.\n\nShares of Vanda closed at $4.12 on Tuesday. They have gained nearly 8 percent since December 18.\n\nAbout 10 percent of pregnant women have a short cervix.',
      flags: ['10 percent'],
    },
    {
      title:
        'A person introduced as an acupuncturist, or with “Jr.” after the surname, speaks for the figure told with their surname (round 19)',
      input:
        'Jill Roe, a licensed acupuncturist who practices in Leeds, treats women.\n\nRoe says she is able to help about 65 percent of the women who come to her.\n\n“The numbers will rise,” said Dr. Clifford R. Hollis Jr., a brain imaging specialist at the Mayo Clinic.\n\nAbout one-third of people over 70 have brain signs of Alzheimer’s, Hollis said.\n\nAbout 40 percent of adults snore, a neighbour says.',
      flags: ['40 percent'],
    },
    {
      title: 'A worked example’s assumed prevalence and a responder threshold are set, not found (round 19)',
      input:
        'In a population of 1000 children with a prevalence of 30%, 43 children with the infection will be missed.\n\nThe drug gave at least 50% pain relief to more patients than placebo did.\n\nAbout 40% of adults with back pain get at least 50% pain relief from the drug.',
      flags: ['40%'],
    },
    {
      title:
        'A headline ending “study finds”, a diet’s calories as a share, a count fused into a modifier, and a count of hospitals named by country (round 20)',
      input:
        '# Allergy treatment helps 2 out of 3 sufferers, study finds\n\nA new trial of the treatment appears in the journal Pediatrics.\n\nIn the study, participants ate vegetable soup. The calories consumed are 54 to 34 percent of what a typical person eats in a day.\n\nThe company plans a 2,000-patient trial in the United States. The database represents 1,000 U.S. hospitals each year.\n\nAbout 2 million Americans have a peanut allergy.',
      flags: ['2 million'],
    },
    {
      title: 'A ranking credited to the organisation that made it, after “ranked … by” (round 21)',
      input:
        'The children’s hospital is ranked in seven out of ten pediatric specialties by U.S. News & World Report.\n\nThe children’s hospital treats seven out of ten children with heart defects in the state.',
      flags: ['seven out of ten'],
    },
    {
      title:
        'Results the figure is based on, a list item after the colon of a result, a report by the surgeon general, an estimate by a named body, and an eligibility bar (round 23)',
      input:
        '---\ntitle: "Short scan finds more cancers"\n---\n\nIn a study of 200 women, the short scan found six more cancers, according to early findings from a hospital team.\n\nBased on the early results at the hospital, the detection rate of the short scan is 30 cancers per 1,000 women screened. It found more cancers in some groups of women, including:\n\n20 percent in women under 50 and 10 percent in women over 70.\n\nFew women get extra scans. Yet based on a 2019 report by the surgeon general, only 15 percent of women with dense breasts get extra screening.\n\nHead lice are common too. The most recent estimate by the Centers for Disease Control and Prevention, from 1999, says 2 million children get lice each year.\n\nSome clinics choose their patients. (The clinic does not scan anyone who is unlikely to see at least a 30 percent increase in detection.)\n\nAbout 40 percent of women have dense breasts.',
      flags: ['40 percent'],
    },
    {
      title:
        'Backers counted, a worked example, a target level, a cut-off, a change as a subject and one doctor’s caseload are no health figures; a real risk in a condition or with a target is (round 25)',
      input:
        'More than 3,000 crowdfunders from around the world have backed the app.\n\nIf there is a 20 in 1,000 chance you’ll fall this year, a walking plan would cut that chance to 15 in 1,000.\n\nPeople with diabetes are advised to keep their blood sugar below 7 percent.\n\nStatins do more good than harm when the 10-year risk of a heart attack is greater than 10 percent.\n\nA drop of 1 percent in blood sugar can reduce the risk of blindness.\n\nAbout half of her patients are older than 65.\n\nIf you smoke, you are 20 times more likely to get lung cancer.\n\nAbout 30 percent of adults keep their blood pressure below 140.',
      flags: ['20 times more', '30 percent'],
    },
    {
      title:
        'A figure that spells out what an example number means, and a restatement (“That is, …”) reported once, at the figure it restates (round 25)',
      input:
        'A hazard ratio of 0.80, for example, means a 20 percent reduction in the risk of death.\n\nFalls are common: about 30 percent of adults over 65 fall each year. That is, nearly one in three older adults falls.',
      flags: ['30 percent'],
    },
    {
      title:
        'A study “published last week in” a journal is the article’s own, and its results told in the past are its results (round 25)',
      input:
        'The team’s results were published last week in Science Translational Medicine.\n\nTumours vanished in nine (24 percent), and shrank in another nine.',
      flags: [],
    },
    {
      title:
        'The study’s relative change said again is its result; a share that happens to repeat a number is not (round 25)',
      input:
        'A new trial of the scan appears in the journal Radiology.\n\nPeople screened with the scan were 20 percent less likely to die of lung cancer, the researchers reported.\n\nSo although a 20 percent reduction in deaths sounds impressive, few lives are saved. About 20 percent of adults smoke.',
      flags: ['20 percent'],
    },
    {
      title:
        'A case imagined for one person, and a physical quantity in the body, are no figures about people; people in general are (round 25)',
      input:
        'The test report lists odds. For example, she might be 3 times more likely than other women to have an early menopause.\n\nSo a patient may see a table showing that her genes make her twice as likely to miscarry.\n\nWhen people run, the load on their knee joints can be up to five times greater than when walking. In the chamber, the lungs take in about 10 times as much oxygen as in normal air.\n\nRunners are twice as likely to hurt their knees.',
      flags: ['twice as'],
    },
    {
      title:
        'How many of those screened qualified for the study’s treatment, and a schedule compared with the standard, are no background figures (round 25)',
      input:
        'A new trial of clot removal appears in the journal Stroke.\n\nOnly about half the patients who were screened qualified for the treatment.\n\nFor some women, a once-a-year mammogram — twice as often as the current standard — is the best bet. Smokers see a doctor twice as often as non-smokers.',
      flags: ['twice as'],
    },
    {
      title:
        'A named body that has estimated a figure, or has recommended on one, is its source; a recommendation sources no figure beside it (round 26)',
      input:
        'The Leeds Heart Foundation has estimated that 1 in 4 adults snore.\n\nBut it is now known that the pill cuts new cases by at least 92%. Because of its success, the CDC has since recommended that 1 in 4 adults should be offered the pill.',
      flags: ['92%'],
    },
    {
      title:
        'The figures before worked out in other terms (“That corresponds to …”) are no new figure; with no figure before, “That amounts to” gives one (round 26)',
      input:
        'A new trial of aspirin appears in the journal Circulation.\n\nHeart attacks occurred in 0.51 percent of those taking aspirin and 0.57 percent of those not. That corresponds to a 10 percent relative reduction in risk.\n\nThe drug is cheap. That amounts to about one-third of adults. Aspirin cuts the risk of stroke by 10 percent.',
      flags: ['one-third', '10 percent'],
    },
    {
      title:
        'Held back: a figure the article gives again, about the same things, with its source; the same number about other things is shown (round 28)',
      input:
        'Tuberculosis kills nearly 2 million people a year, most of them in poor countries.\n\nThe new test is cheap.\n\nThe World Health Organization estimates that nearly 2 million people die of tuberculosis each year.\n\nAsthma affects about 2 million children each year.',
      flags: ['2 million'],
    },
    {
      title: 'The same held-back figure shown with the tentative option (round 28)',
      input:
        'Tuberculosis kills nearly 2 million people a year, most of them in poor countries.\n\nThe new test is cheap.\n\nThe World Health Organization estimates that nearly 2 million people die of tuberculosis each year.',
      options: { tentative: true },
      flags: ['2 million'],
    },
    {
      title: 'A figure said again only inside a speaker’s quotation is not credited there, and is shown (round 28)',
      input:
        'Kidney disease affects 10% of adults.\n\n“Kidney disease now affects about 10% of adults,” said Prof. Jane Roe of Leeds University.',
      flags: ['10%'],
    },
    {
      title: 'Scope `sentence` wants the citation in the same sentence',
      input: 'Around 38% of patients benefit. See [the review](https://example.org/review).',
      options: { scope: 'sentence' },
      flags: ['38%'],
    },
    {
      title: 'Figures the authors report in their own voice, and research credited in a trailing clause (round 21)',
      input:
        'Using magnetic stimulation, we show that synesthetes display 3-fold lower thresholds than controls.\n\nObesity has doubled since 1980, major global analysis of risk factors reveals.\n\nPeople bereaved by suicide are 65% more likely to attempt suicide. This brings the absolute risk up to 1 in 10, reveals new UCL research.\n\nAbout 30% of adults have high blood pressure.',
      flags: ['30%'],
    },
    {
      title:
        'A figure with the test of its comparison is a study’s result; a prevalence with only its interval is not (round 21)',
      input:
        'Survival was greater in diabetics than in nondiabetics (38% vs 45%, P = .04).\n\nAbout 12% of adults have diabetes (95% CI 11-13%).',
      flags: ['12%'],
    },
  ],
  check(document, { options, blocks, report }) {
    for (const block of blocks) {
      // A heading or table cell is too short to hold its own source: look in its section.
      const scope: EvidenceScope =
        block.kind === 'heading' || block.kind === 'title' || block.kind === 'tableCell' ? 'section' : options.scope;
      // An issuer's “About X” section the corpus ran into the paragraph before it (the prose model
      // marks where it starts) holds no finding of the article's own.
      for (const sentence of block.sentences) {
        if (block.boilerplateFrom !== undefined && sentence.start >= block.boilerplateFrom) break;
        const exclude = citationsWithin(document, block, sentence.start, sentence.end).map((citation) => ({
          start: citation.start - sentence.start,
          end: citation.end - sentence.start,
        }));
        // A p-value is a test's result, never a figure that needs its own source; a ratio named
        // without its number (“focus on relative risk”) is a concept, a threshold (“a 10 percent
        // or greater risk”, “> 1%”) a cut-off, and a diet's make-up, a product's strength, a share
        // price or a figure in a condition is not about anyone's health. And the rule asks for
        // positive evidence of a health claim: the figure must count people, what happens to
        // them, or a risk or rate (“sells 17,000 implants a year” and “half of the brain” count
        // neither).
        const figures = [
          ...findStatistics(sentence.text, { exclude }),
          ...findSpelledPercentages(sentence.text, { exclude }),
          ...findPopulationCounts(sentence.text),
        ]
          .sort((a, b) => a.start - b.start)
          .filter(
            (found) =>
              found.kind !== 'p-value' &&
              !(found.kind === 'ratio-measure' && !/\d/.test(found.text)) &&
              !isThreshold(sentence.text, found) &&
              !(found.kind === 'percentage' && isAssumedOrOutcomeThreshold(sentence.text, found)) &&
              !isNotAHealthFigure(sentence.text, found) &&
              !restatesNonHealthFigure(block.text, found.text, sentence.start + found.start) &&
              !(
                found.kind === 'percentage' &&
                namesIntervalAfter(textAfter(document, block, sentence.start + found.end))
              ) &&
              !spellsOutExampleFigure(sentence.text, found) &&
              countsHealthQuantity(sentence.text, found),
          );
        // One figure per clause: a sentence of two statements (“More than 310,000 hips are replaced
        // each year, and an estimated 2.5 million Americans live with one”) makes two claims, each
        // wanting its source; the figures of one statement (“12 percent of men and 7 percent of
        // women”) make one.
        const leads = leadingFigureOfEachClause(sentence.text, figures);
        const [first] = leads;
        if (!first || isSupported(document, sentence, scope)) continue;
        // A worked example (“If there is a 10 in 1,000 chance …, you’d reduce that chance to 9 in
        // 1,000”) sets its figures to show how a number works; nobody found them.
        // So does a case imagined to show what a number looks like to one person (“For example, she
        // might be 4.4 times more likely …”, “a patient may see a table showing …”).
        if (tellsWorkedExample(sentence.text) || tellsHypotheticalCase(sentence.text)) continue;
        // “That is, …” gives the figure of the sentence before it again, in other terms, and “That
        // corresponds to …” works it out again (round 26): that sentence holds the claim, and its
        // source or the finding on it.
        const previous = block.sentences[sentence.index - 1];
        if (previous && opensWithRestatement(sentence.text) && /\d/u.test(previous.text)) continue;
        // “They have gained nearly 8 percent since …” after a sentence about a company's shares: a price.
        if (continuesShareMove(sentence.text, previous?.text)) continue;
        // A claim about the world is told in the present or the future, or dated; a sentence
        // told only in the past reports what happened to a particular group.
        // A dateline opening the sentence dates the article, not what the sentence tells.
        const told = sentence.index === 0 ? withoutDateline(sentence.text) : sentence.text;
        if (tellsUndatedPast(told)) continue;
        // In an article that reports a study, the same with any regular past verb (“Hernias recurred
        // in 5 percent …”): that study's result, unless the sentence is background.
        if (identifiesStudy(document) && tellsUndatedRegularPast(told) && !statesBackground(told)) continue;
        // A result in cells, animals or pre-clinical work is an experiment's result, not a
        // background figure about people (prevalence, a success rate, a risk).
        if (tellsLabResult(told)) continue;
        if (scope !== 'sentence' && citationBesideParagraph(document, sentence)) continue;
        if (scope !== 'sentence' && (listsSources(block) || sourcedFactBoxItems(document).has(block.index))) continue;
        // Whose figure is it: the article's own study's, or a named source's whose scope holds the
        // sentence (named in it, next to it, or carried on by “It found …” or a quotation).
        for (const figure of leads) {
          const source = figureSourceOf(document, sentence, figure);
          if (source && (source.kind === 'own-study' || !source.speaker || options.namedSourceSupports)) continue;
          const start = sentence.start + figure.start;
          // Held back (`tentative`): a figure in a speaker's quotation, whose speaker the article may
          // name where the rule does not look (editors differ on whether a quote sources it), unless
          // the user asked for quoted figures; and a projection (what would or could happen), often
          // reasoned from sources named elsewhere.
          // And a figure in a fact box set as plain paragraphs whose sources line closes the box a few
          // paragraphs below it (judges differ on whether that line reaches it).
          // And a figure the article gives again elsewhere, about the same things, with its source
          // (the lede's figure a named body estimates further on; a release's notes to editors): a
          // reader can follow it up, but not from where it stands, and readers differ (round 27). The
          // document's figures are indexed once, so this costs no reading of the other sentences.
          const tentative =
            (options.namedSourceSupports && insideBlockQuotation(block)(start)) ||
            tellsProjection(sentence.text) ||
            plainFactBoxItems(document).has(block.index) ||
            creditedElsewhere(document, sentence, figure);
          report(
            'statistic',
            block.span(start, start + figure.text.length),
            { actual: figure.text, scope: scopeWords[scope] },
            tentative ? { tentative: true } : {},
          );
        }
      }
    }
  },
});

/**
 * The text after an offset in a block, or, where the block ends there, the next block's: a table's
 * heading the corpus split over two paragraphs (“Pregnancy Rate (95%” / “Confidence Interval)”).
 */
function textAfter(document: ProseDocument, block: Block, offset: number): string {
  const rest = block.text.slice(offset, offset + 40);
  if (rest.trim() !== '') return rest;
  return ` ${document.blocks[block.index + 1]?.text.slice(0, 40) ?? ''}`;
}
