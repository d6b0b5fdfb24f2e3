import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/prose/document.js';
import {
  creditedElsewhere,
  creditsNamedBody,
  figureSourceOf,
  namesInstitutionsStudy,
  namesOrganisation,
  namesRecommendingSubject,
  namesReportingSubject,
  sourceScopeOf,
} from '../../src/language/figure-sources.js';
import { findPopulationCounts, findStatistics } from '../../src/language/statistics.js';

/** How the first figure in the sentence holding `phrase` is sourced: its kind, or 'none'. */
function sourceOf(markdown: string, phrase: string): string {
  const document = buildDocument(markdown, 'markdown');
  const sentence = document.blocks.flatMap((block) => block.sentences).find((item) => item.text.includes(phrase));
  if (!sentence) throw new Error(`no sentence with ${phrase}`);
  const [figure] = findStatistics(sentence.text);
  if (!figure) throw new Error(`no figure in ${sentence.text}`);
  return figureSourceOf(document, sentence, figure)?.kind ?? 'none';
}

describe('figure sources', () => {
  it('reads a figure told of mice or cells, in an article that identifies a study, as that study’s result', () => {
    const study =
      'A new study tested a diet in old animals.\n\nThis time the mice lived longer than controls, an increase of about 12%.\n\nAbout 30% of adults over 70 are frail.';
    expect(sourceOf(study, '12%')).toBe('own-study');
    expect(sourceOf(study, '30%')).toBe('none');
    // Without a study to report, the same figure has no source the reader can follow.
    expect(sourceOf('Diets matter.\n\nThe mice lived longer than controls, an increase of about 12%.', '12%')).toBe(
      'none',
    );
  });

  it('reads a figure whose subject points back to an intervention, in an article that identifies a study, as its result', () => {
    const review =
      'This review looked at blood tests for a rare condition.\n\nThis test detects around seven out of every 10 (68%) cases. The condition affects about 1 in 700 babies.';
    expect(sourceOf(review, '68%')).toBe('own-study');
    expect(sourceOf(review, '1 in 700')).toBe('none');
    expect(sourceOf('Tests vary.\n\nThis test detects around 68% of cases.', '68%')).toBe('none');
    // A figure counting the people who have the intervention pointed back to, anywhere in the sentence.
    const having =
      'This review looked at blood tests for a rare condition.\n\nAbout one in 20 women (5%) having this test will need a second scan.';
    expect(sourceOf(having, 'one in 20')).toBe('own-study');
    expect(
      sourceOf('Tests vary.\n\nAbout one in 20 women (5%) having this test will need a second scan.', 'one in 20'),
    ).toBe('none');
  });

  it('knows a person introduced by their place of work, and later by surname', () => {
    const markdown =
      '“The drug looks safe,” said Grant Hollis of the department of pharmacology at Leeds University.\n\nAbout 20% of patients relapse within a year, Hollis said.\n\nAbout 30% of adults relapse, a blogger said.';
    expect(sourceOf(markdown, '20%')).toBe('named');
    expect(sourceOf(markdown, '30%')).toBe('none');
  });

  it('reads a figure followed by where the results were published as those results, not one followed by the study alone', () => {
    const published =
      'A new survey looked at a campaign.\n\nAbout 5% of smokers quit smoking because of the campaign. The survey results are published in the journal Tobacco Control.';
    expect(sourceOf(published, '5%')).toBe('own-study');
    const background =
      'A new survey looked at a campaign.\n\nHeart disease kills 25% of Americans. The study is published in the journal Tobacco Control.';
    expect(sourceOf(background, '25%')).toBe('none');
  });

  it('reads a figure named as one already given as the study’s result, and no other', () => {
    const markdown =
      'A new study tested a blood test for bowel cancer.\n\nIn the study, the test found 65 percent of cancers. That share may be lower than the 65 percent average in people with no symptoms. About 65 percent of adults never get screened.';
    expect(sourceOf(markdown, 'the 65 percent average')).toBe('own-study');
    expect(sourceOf(markdown, 'never get screened')).toBe('none');
  });

  it('reads whoever is named right after a quotation and its verb as its speaker, whatever the verb', () => {
    const markdown =
      'Jane Hollis, professor of medicine at Leeds, led the work.\n\n"The pill works in one third of patients," enthuses Jane Hollis.\n\nMigraines are common. About 30% of adults get them, a blogger enthuses.';
    expect(sourceOf(markdown, 'one third')).toBe('named');
    expect(sourceOf(markdown, '30%')).toBe('none');
  });

  it('reads a lede that rewords the result the body credits to the study as that result, and not background beside it', () => {
    const markdown =
      'A bedtime app halves night waking in toddlers whose parents use it. Night waking affects 1 in 3 toddlers.\n\n' +
      'A new trial of the app followed 200 families. In the trial, 52% of toddlers whose parents used the app had less night waking, compared with 24% of the others.\n\n' +
      'Around 40% of parents own a smartphone app for sleep.';
    expect(sourceOf(markdown, 'halves')).toBe('own-study');
    expect(sourceOf(markdown, '1 in 3')).toBe('none');
    expect(sourceOf(markdown, 'Around 40%')).toBe('none');
  });

  it('reads every figure of a review summary after the review speaks for itself as its result, background aside', () => {
    const markdown =
      'Shingles pain can last for months.\n\nWe found six trials with 900 adults. The cream seems to cut pain scores by about 20%. ' +
      'Itching was reported by between 3% and 9%. Shingles affects about 1 in 3 people in their lifetime.';
    expect(sourceOf(markdown, '20%')).toBe('own-study');
    expect(sourceOf(markdown, '3% and 9%')).toBe('own-study');
    expect(sourceOf(markdown, '1 in 3')).toBe('none');
  });

  it('leaves a figure no one is credited with unsourced', () => {
    expect(sourceOf('These medicines only truly benefit around 38% of patients.', '38%')).toBe('none');
  });

  it('credits a figure to the source its sentence names', () => {
    expect(
      sourceOf('The American Heart Association (AHA) currently recommends that people replace 25% of fat.', '25%'),
    ).toBe('named');
    expect(sourceOf('One in seven men, according to 2015 statistics from the American Cancer Society.', 'seven')).toBe(
      'named',
    );
  });

  // A paragraph's speakers are read when it is asked about; the surnames they may be named by come
  // from the whole document, paragraphs after it included.
  it('credits a figure to a surname whose role the article gives further down', () => {
    const markdown =
      'About 30% of knees never fully recover, Theodore says.\n\nOrthopedic surgeon George Theodore is about to operate.';
    expect(sourceOf(markdown, '30%')).toBe('named');
    expect(sourceOf('About 30% of knees never fully recover, Theodore says.', '30%')).toBe('none');
  });

  it('knows a person by a hyphenated surname, whole', () => {
    const markdown =
      'Rebecca Smith-Bindman, a radiologist at UCSF, studies scans.\n\nAbout 10 percent more scans are done each year, Smith-Bindman says.';
    expect(sourceOf(markdown, '10 percent')).toBe('named');
  });

  it('carries a named source over the sentences that go on reporting it, and no further', () => {
    const markdown =
      'Sleep matters. A report from the CDC came out last week. It says 40% of adults sleep too little. Coffee is popular. About 60% of adults drink it.';
    expect(sourceOf(markdown, '40%')).toBe('in-scope');
    expect(sourceOf(markdown, '60%')).toBe('none');
  });

  it('carries a source over a sentence that counts the same people, and no further', () => {
    const markdown =
      'Many clinics screen for it, says Dr. Jane Roe, director of the Leeds clinic. Her work has shown that 80 percent of patients see a doctor first. Yet only 40 percent of those patients are diagnosed. About 30 percent of adults smoke.';
    expect(sourceOf(markdown, '40 percent')).toBe('in-scope');
    expect(sourceOf(markdown, '30 percent')).toBe('none');
  });

  it('carries a speaker over the sentence before or after and a quotation paragraph they introduce', () => {
    const markdown =
      'The guidelines were written by Dr. Jane Roe, a cardiologist at Harvard, who said:\n\n"About 30 percent of adults have high blood pressure. Half of them do not know it."\n\nAbout 20 percent of adults smoke.';
    expect(sourceOf(markdown, '30 percent')).toBe('in-scope');
    expect(sourceOf(markdown, '20 percent')).toBe('none');
  });

  it('knows a person by a title, degree or post as well as a role, and later by surname', () => {
    expect(
      sourceOf(
        'Dr. Peter Rothwell of the University of Oxford led it.\n\nRothwell noted that 1 in 2,000 people bleed.',
        '2,000',
      ),
    ).toBe('named');
    expect(
      sourceOf(
        'Armand Peruga, program manager for the WHO, spoke.\n\n"Every 10% tax rise cuts smoking by 4%," says Peruga.',
        '10%',
      ),
    ).toBe('named');
  });

  it('reads a headline that repeats its study’s result as that result', () => {
    const markdown =
      '---\ntitle: "Device reduces deaths in mild heart failure by 29%"\n---\n\nThe device reduces deaths from mild heart failure by 29% compared with a defibrillator alone, researchers reported Sunday.\n\nThe new study appears in the New England Journal of Medicine.\n';
    const document = buildDocument(markdown, 'markdown');
    const [title] = document.blocks.filter((block) => block.kind === 'title').flatMap((block) => block.sentences);
    expect(title).toBeDefined();
    if (!title) return;
    const start = title.text.indexOf('29%');
    expect(figureSourceOf(document, title, { start, end: start + 3 })?.kind).toBe('own-study');
  });

  it('reads a headline that rewords the result its lede reports as that result, but not a background headline', () => {
    const reworded =
      '---\ntitle: "Screening may miss more than 7 percent of tumours"\n---\n\nScreening may miss as many as one in every 13 bowel tumours, suggests a new study.\n';
    expect(sourceOf(reworded, 'more than 7 percent')).toBe('own-study');
    const afterQuestion =
      '---\ntitle: "Surgery helps 3 out of 4 patients with knee pain"\n---\n\nHow well does keyhole surgery work?\n\nQuite well, a new study found.\n\nSurgery eased knee pain in 74 percent of patients, researchers report.\n';
    expect(sourceOf(afterQuestion, '3 out of 4')).toBe('own-study');
    const background =
      '---\ntitle: "Asthma affects 1 in 12 adults"\n---\n\nInhalers cut attacks by 30 percent in a new trial of 500 adults, researchers found.\n';
    expect(sourceOf(background, '1 in 12')).toBe('none');
  });

  it('reads the headline of an article that reports its study as that study’s result, unless it states background', () => {
    const result =
      '---\ntitle: "New pill doubles survival in bowel cancer"\n---\n\nA new trial of 400 patients tested the pill.\n\nTwice as many patients given the pill were alive after a year.\n';
    expect(sourceOf(result, 'doubles')).toBe('own-study');
    const background =
      '---\ntitle: "Bowel cancer affects 1 in 20 adults"\n---\n\nA new trial of 400 patients tested the pill.\n';
    expect(sourceOf(background, '1 in 20')).toBe('none');
    const noStudy = '---\ntitle: "New pill doubles survival in bowel cancer"\n---\n\nThe pill went on sale today.\n';
    expect(sourceOf(noStudy, 'doubles')).toBe('none');
  });

  it('reads researchers who are reporting a figure in an article about their study as its team', () => {
    const markdown =
      'A new study of a surgical approach appears in the journal Cancer.\n\nAfter a decade of using it, researchers are reporting survival rates near 80 percent.\n\nAbout 80 percent of adults, experts say, never get screened.';
    expect(sourceOf(markdown, 'researchers are reporting')).toBe('own-study');
    expect(sourceOf(markdown, 'experts say')).toBe('none');
  });

  it('works a paragraph out once, and reads the one before only when it may go on with it', () => {
    const document = buildDocument('The CDC says 20 percent smoke.\n\nIt also says 10 percent vape.', 'markdown');
    const [first, second] = document.blocks.flatMap((block) => block.sentences);
    if (!first || !second) throw new Error('two sentences expected');
    expect(sourceScopeOf(document, second)).toEqual({ kind: 'in-scope', sentence: first, speaker: true });
    expect(sourceScopeOf(document, second)).toBe(sourceScopeOf(document, second));
  });

  it('names a study by the institution that ran it, not by a person or a town', () => {
    expect(
      namesInstitutionsStudy('In a pilot study of 13 patients at MD Anderson Cancer Center, tumours shrank.'),
    ).toBe(true);
    expect(namesInstitutionsStudy('A trial led by the University of Oxford tested it.')).toBe(true);
    expect(namesInstitutionsStudy('In a small study in Houston, tumours shrank.')).toBe(false);
    expect(namesInstitutionsStudy('A study by Jane Roe tested it.')).toBe(false);
  });

  it('names a body’s publication by its body', () => {
    expect(
      creditsNamedBody(
        'It is common, according to background information in a news release from the American Heart Association.',
      ),
    ).toBe(true);
    expect(creditsNamedBody('A survey by the American Cancer Society was released Monday.')).toBe(true);
    expect(creditsNamedBody('A report from the CDC came out.')).toBe(true);
    expect(creditsNamedBody('A report from researchers came out.')).toBe(false);
  });

  it('names a body’s own document after “according to”, with its owner named or pointed at (holdout18)', () => {
    expect(
      creditsNamedBody(
        "Medicaid provides health coverage to more than 73 million low-income individuals in the US, according to the program's website",
      ),
    ).toBe(true);
    expect(creditsNamedBody('About 40% of adults snore, according to its fact sheet.')).toBe(true);
    expect(creditsNamedBody('About 40% of adults snore, according to the Medicaid website.')).toBe(true);
    // A website with no owner is no source a reader can follow.
    expect(creditsNamedBody('About 40% of adults snore, according to a website.')).toBe(false);
    expect(creditsNamedBody('About 40% of adults snore, according to the website.')).toBe(false);
  });

  it('names a tool a body publishes by its body (“a risk calculator from the CDC”)', () => {
    expect(
      creditsNamedBody(
        'An online risk calculator from the Centers for Disease Control and Prevention (available here: 1.usa.gov/1DlscTL) indicates that the risk is 1.4 percent.',
      ),
    ).toBe(true);
    expect(creditsNamedBody('A model by the American Cancer Society predicts 20 percent more cases.')).toBe(true);
    expect(creditsNamedBody('An online risk calculator from a website puts the risk at 1.4 percent.')).toBe(false);
    expect(creditsNamedBody('A new tool from researchers puts the risk at 1.4 percent.')).toBe(false);
  });

  it('credits evidence to the kind of body that gives it: a company, the government, a registry, a guideline', () => {
    expect(creditsNamedBody('They point to company studies that show it halves relapses.')).toBe(true);
    expect(creditsNamedBody('About 9,000 people die of it, according to government figures.')).toBe(true);
    expect(creditsNamedBody('The registry shows that 12 percent of implants fail.')).toBe(true);
    expect(creditsNamedBody('Half of adults need more, according to national dietary guidelines.')).toBe(true);
    expect(creditsNamedBody('Studies show that 12 percent of implants fail.')).toBe(false);
  });

  it('credits a named body’s own document, and a named body’s people speaking in the plural', () => {
    expect(creditsNamedBody('The website for the Blue Lagoon Spa says that 90% of guests sleep better.')).toBe(true);
    expect(creditsNamedBody('Acme’s brochure claims that 90% of users sleep better.')).toBe(true);
    expect(creditsNamedBody('The website says that 90% of guests sleep better.')).toBe(false);
    expect(
      sourceOf(
        'Two doctors from the University of Leeds School of Medicine note that estimates range from 5 percent to 40 percent.',
        '5 percent',
      ),
    ).toBe('named');
    expect(
      sourceOf(
        '"Surgery halves the risk in 40 percent of women," said study senior author Dr. Jo Bloggs, a professor at Leeds.',
        '40 percent',
      ),
    ).toBe('named');
  });

  it('knows a company named with its ending when it speaks by its short name', () => {
    const markdown =
      'Corvia Therapeutics makes the shunt.\n\nAbout 40 percent of patients have the condition, Corvia said.\n\nAbout 40 percent of adults snore, Smith said.\n';
    expect(sourceOf(markdown, 'patients have')).toBe('named');
    expect(sourceOf(markdown, 'snore')).toBe('none');
  });

  it('names a body’s publication by the body before the noun, or by the body that cited it', () => {
    expect(creditsNamedBody('The 2019 ESC and ADA guidelines recommend that 12 million more adults take them.')).toBe(
      true,
    );
    expect(creditsNamedBody('Figures from Diabetes Research UK show that 30 percent of adults are at risk.')).toBe(
      true,
    );
    expect(creditsNamedBody('Office for National Statistics data show 12 percent of adults drink daily.')).toBe(true);
    expect(creditsNamedBody('In trial evidence cited by the FDA, the pill shrank tumours in 30% of patients.')).toBe(
      true,
    );
    expect(creditsNamedBody('US figures show 45 percent of adults drink.')).toBe(false);
    expect(creditsNamedBody('Data from Jane Roe show 46 percent of adults drink.')).toBe(false);
    expect(creditsNamedBody('The new guidelines recommend that 12 million more adults take them.')).toBe(false);
  });

  it('tells an organisation’s name from a person’s by its length, joiners and acronyms', () => {
    expect(namesOrganisation('Macmillan Cancer Support')).toBe(true);
    expect(namesOrganisation('Office for National Statistics')).toBe(true);
    expect(namesOrganisation('Cancer Research UK')).toBe(true);
    expect(namesOrganisation('Jane Roe')).toBe(false);
    expect(namesOrganisation('Harvard')).toBe(false);
  });

  it('reads an organisation named by a long name as speaking, but not inside a relative clause', () => {
    expect(sourceOf('Bowel Cancer Research Trust said 40 percent of cases are found late.', '40 percent')).toBe(
      'named',
    );
    const relative =
      'Most were 59, younger than the age at which the Bone Health Screening Task Force recommends screening. The disease affects over 10 percent of Americans over 50.';
    expect(sourceOf(relative, '10 percent')).toBe('none');
  });

  it('reads a person named after the verb and the words that introduce them as the speaker', () => {
    const markdown =
      'Since about 30 percent of adults are admitted each year, “thousands would be spared,” said one trial leader, Leeds’s Dr. Jane Hollis.\n\nAbout 10 percent of people get it, the blogger said, and Dr. Jane Hollis treats them.';
    expect(sourceOf(markdown, '30 percent')).toBe('named');
    expect(sourceOf(markdown, '10 percent')).toBe('none');
  });

  it('reads a figure a named person argues, stresses or believes as theirs', () => {
    const markdown =
      'Dr. Jane Hollis, a cardiologist at Leeds General Infirmary, treats heart failure.\n\nAbout 30 percent of adults have high blood pressure, Hollis argues.\n\nHollis points out that 20 percent of adults never get screened.\n\nAbout 40 percent of adults snore, a blogger argues.';
    expect(sourceOf(markdown, '30 percent')).toBe('named');
    expect(sourceOf(markdown, '20 percent')).toBe('named');
    expect(sourceOf(markdown, '40 percent')).toBe('none');
  });

  it('hands a quotation paragraph to the person the paragraph before introduces by role, and no further than the quotation', () => {
    const markdown =
      'Dr. Jane Hollis, chief of cardiology at Leeds General Infirmary, has studied calcium scans for 20 years.\n\n“Heart disease kills seven times as many women as breast cancer.\n\n“About 30 percent of adults have high scores.”\n\nThe clinic opened in 2001.\n\n“About 20 percent of adults never get screened.”';
    expect(sourceOf(markdown, 'seven times')).toBe('in-scope');
    expect(sourceOf(markdown, '30 percent')).toBe('in-scope');
    expect(sourceOf(markdown, '20 percent')).toBe('none');
  });
  it('reads a named body, its publication or a titled person as the subject of a reporting verb anywhere in the sentence', () => {
    expect(
      namesReportingSubject(
        'The European Heart Society describes high blood pressure as a silent killer, with an estimated 30 million adults affected.',
      ),
    ).toBe(true);
    expect(
      namesReportingSubject(
        'Besides, the British Fertility Society (BFS) position paper on egg freezing states that success rates are between 2 and 12 percent.',
      ),
    ).toBe(true);
    expect(namesReportingSubject('The NICE guidance also says that 1 in 4 adults snore.')).toBe(true);
    expect(
      namesReportingSubject(
        'In 2011, Dr. Jane Hollis of Leeds General Infirmary made headlines when she published a study saying that 60 percent of strokes are preventable.',
      ),
    ).toBe(true);
    expect(namesReportingSubject('Professor Omar Khan estimates that 12 percent of adults snore.')).toBe(true);
    // A titled person set off by an appositive, whom the verb's clause goes on from or calls “she”.
    expect(
      namesReportingSubject(
        'In 2009, Dr. Omar Khan, now based at Leeds General Infirmary, made news when he published a study concluding that 30 percent of scans are needless.',
      ),
    ).toBe(true);
    expect(
      namesReportingSubject(
        'Dr. Omar Khan, a surgeon at Leeds, published a study suggesting that 30 percent of scans are needless.',
      ),
    ).toBe(true);
    // Another verb's clause after the appositive (“thinks he might have found”) does not make them its subject.
    expect(
      namesReportingSubject(
        'About 30 percent of scans are needless. One expert, Dr. Omar Khan, a surgeon at Leeds, thinks he might have found a fix.',
      ),
    ).toBe(false);
    // Not the subject: patients at a named body, a body in another clause, or no one named.
    expect(
      namesReportingSubject('Patients at the Leeds Heart Research Foundation reported 30 percent less pain.'),
    ).toBe(false);
    expect(
      namesReportingSubject('The British Heart Foundation funded the work, and 30 percent of patients reported pain.'),
    ).toBe(false);
    expect(namesReportingSubject('Medicare Part D patients reported 30 percent less pain.')).toBe(false);
    expect(namesReportingSubject('Dr. Jane Hollis treats patients who reported 30 percent less pain.')).toBe(false);
    expect(namesReportingSubject('About 30 percent of adults snore, experts say.')).toBe(false);
    expect(namesReportingSubject('One RCT found that 30 percent of adults snore.')).toBe(false);
    // The perfect's auxiliary, and an adverb after it, between the body and its verb (round 26).
    expect(namesReportingSubject('The Leeds Heart Foundation has estimated that 30 percent of adults snore.')).toBe(
      true,
    );
    expect(namesReportingSubject('The NICE guidance has since noted that 1 in 4 adults snore.')).toBe(true);
  });
  it('reads a recommendation by a named body as the source of its own sentence only (round 26)', () => {
    expect(
      namesRecommendingSubject(
        'Because of its success, the CDC has since recommended that 1 in 4 adults should be offered the drug.',
      ),
    ).toBe(true);
    expect(namesRecommendingSubject('Many doctors recommended that 1 in 4 adults should take the drug.')).toBe(false);
    const story =
      'But it is now known that the pill cuts new cases by at least 92%. Because of its success, the CDC has since recommended that 1 in 4 adults should be offered the pill.';
    expect(sourceOf(story, '1 in 4')).toBe('named');
    // The figure beside it is not the recommendation's: a recommendation reports nothing next door.
    expect(sourceOf(story, '92%')).toBe('none');
  });
  it('reads the study’s own subjects, “the article” it credits, and what its team has developed as the study’s', () => {
    const subjects =
      'A new study of a urine test appears in the journal Urology.\n\nAmong the 1,946 men studied, 42 percent turned out to have prostate cancer.\n\nAmong the men in Leeds, 42 percent have prostate cancer.';
    expect(sourceOf(subjects, '1,946 men studied')).toBe('own-study');
    expect(sourceOf(subjects, 'men in Leeds')).toBe('none');
    // Without a study to report, the article credited is no study's paper.
    const article =
      'Between 5 and 19 percent of infants have colic, according to background information in the article.';
    expect(sourceOf(`A review in the journal Pediatrics looked at colic.\n\n${article}`, 'colic, according')).toBe(
      'own-study',
    );
    expect(sourceOf(`Colic is common.\n\n${article}`, 'colic, according')).toBe('none');
    const developed =
      'Scientists from the Leeds Institute of Child Health have developed a new blood test that identifies with greater than 90 per cent certainty whether a child has had a concussion.';
    expect(sourceOf(developed, '90 per cent')).toBe('own-study');
    // A figure before the verb, or in a clause about how common the condition is, is not what they made.
    expect(
      sourceOf(
        'Scientists at the Leeds Institute of Child Health have developed a vaccine against chlamydia, which affects 12 percent of young women.',
        '12 percent',
      ),
    ).toBe('none');
  });

  it('reads headings above the first paragraph (a deck) as the headline, in an article that reports its study', () => {
    const deck =
      '---\ntitle: "CT scans beat stress tests"\n---\n\n## Stress tests can miss four out of 10 patients. - Click to Tweet\n\n## Heart disease kills about 25 percent of adults.\n\nResults of a comparison study led by Leeds researchers show that CT scans spot more blockages.\n\n## Tests can miss four out of 10 patients\n\nThe tests vary.';
    expect(sourceOf(deck, 'Stress tests can miss')).toBe('own-study');
    // Background in the deck, and a heading further down, are not the study's summary.
    expect(sourceOf(deck, '25 percent')).toBe('none');
    expect(sourceOf(deck, 'Tests can miss four out of 10 patients')).toBe('none');
  });
  it('reads “new research finds”, “according to” a new analysis and a share of an exact sample as the study’s', () => {
    const study = 'A new trial of the vaccine appears in the journal Vaccine.\n\n';
    expect(sourceOf(`${study}The vaccine cuts the risk of shingles by 55%, new research finds.`, '55%')).toBe(
      'own-study',
    );
    expect(
      sourceOf(
        `${study}Mammograms account for a third of the decline, according to a large new analysis of data.`,
        'a third',
      ),
    ).toBe('own-study');
    expect(sourceOf(`${study}The drug eased pain for two-thirds of 327 people with back pain.`, 'two-thirds')).toBe(
      'own-study',
    );
    // A population counted in round figures is no sample.
    expect(sourceOf(`${study}More than half of the 35 million people living with HIV are women.`, 'half')).toBe('none');
  });
  it('reads how well a test performs as the result of the study that measured it', () => {
    const study = 'A new study of a blood test appears in the journal Neurology.\n\n';
    expect(sourceOf(`${study}They can predict with 90% accuracy who will develop dementia.`, '90%')).toBe('own-study');
    expect(sourceOf(`${study}The specificity of the new blood test is 88 percent.`, '88 percent')).toBe('own-study');
    expect(sourceOf(`${study}Sequencing is 100-fold more sensitive than older methods.`, '100-fold')).toBe('own-study');
    // Without a study, or counting people rather than a test's performance, it is no result.
    expect(sourceOf('Tests vary.\n\nThey can predict with 90% accuracy who will develop dementia.', '90%')).toBe(
      'none',
    );
    expect(sourceOf(`${study}Dementia is accurately diagnosed in 60 percent of people.`, '60 percent')).toBe('none');
  });

  it('knows a company by its acronym, a body by a descriptive name, and a maker’s reports as named sources', () => {
    const sources =
      'Johnson & Johnson tested the drug.\n\nAbout 2 percent of Americans live with psoriasis, J&J said.\n\nAbout 90% of adults will develop high blood pressure, the heart association says.\n\nThe number of centres has doubled since 2010, according to reports by the device’s maker.\n\nAbout 40% of adults snore, a neighbour says.';
    expect(sourceOf(sources, '2 percent')).toBe('named');
    expect(sourceOf(sources, '90%')).toBe('named');
    expect(sourceOf(sources, 'doubled')).toBe('named');
    expect(sourceOf(sources, '40%')).toBe('none');
  });

  it('knows a named researcher and their team reporting, not a group', () => {
    expect(
      sourceOf(
        'Since then, Megan Hollis at the Leeds Health Research Trust and her team report that about 17% of hospitals offer the test.',
        '17%',
      ),
    ).toBe('named');
    expect(sourceOf('Dr. Hollis and colleagues found that 12% of scans were needless.', '12%')).toBe('named');
    expect(sourceOf('Many hospitals and their teams report that 17% of scans are needless.', '17%')).toBe('none');
    expect(sourceOf('The patients and their doctors report that 17% of scans hurt.', '17%')).toBe('none');
  });

  it('knows a person introduced after a short list of words, and a known person speaking with others', () => {
    const markdown =
      'Erica Hollis, an ear, nose and throat surgeon at Leeds General Infirmary, treated him.\n\nCPAP works for about half of all patients who try it. It can be cumbersome, Hollis says.\n\nFor now, Dr. Khan and others say that CPAP is the gold standard. But for the roughly 50 percent of patients in whom CPAP fails, a valve may help.\n\nDr. Omar Khan treats apnea.';
    expect(sourceOf(markdown, 'about half')).toBe('in-scope');
    expect(sourceOf(markdown, '50 percent')).toBe('in-scope');
  });

  it('knows a role that opens a sentence, and a person introduced as “X is a <role>”, but no condition', () => {
    expect(
      sourceOf(
        'Surgeon Ralph Hollis treats her sinuses.\n\nFor about 80 percent of patients, these alternatives work, Hollis says.',
        '80 percent',
      ),
    ).toBe('named');
    expect(
      sourceOf(
        'Khan is a sleep specialist at Leeds General Infirmary.\n\nOftentimes, Khan says, patients need surgery. And even then, it works only 20 to 30 percent of the time.',
        '20 to 30',
      ),
    ).toBe('in-scope');
    expect(
      sourceOf(
        'Diabetes is a common disease.\n\nDiabetes is a condition that doctors said affects 30 percent of adults.',
        '30 percent',
      ),
    ).toBe('none');
    expect(sourceOf('It is a specialist field.\n\nAbout 30 percent of adults snore, It says.', '30 percent')).toBe(
      'none',
    );
  });
  it('knows a company speaking of “its” own product, and a named body’s officials, but not a pronoun or a person', () => {
    expect(
      sourceOf(
        'Visionix says its headset has worked for about three quarters of the people who tried it.',
        'three quarters',
      ),
    ).toBe('named');
    expect(
      sourceOf('It says its headset has worked for about three quarters of the people who tried it.', 'three quarters'),
    ).toBe('none');
    expect(
      creditsNamedBody('These rates may be under-estimates, say NCI officials, because few nodules are followed.'),
    ).toBe(true);
    expect(creditsNamedBody('Cancer Research UK officials said the rates are low.')).toBe(true);
    expect(creditsNamedBody('These rates may be low, say Smith researchers.')).toBe(false);
    expect(creditsNamedBody('These rates may be low, say hospital officials.')).toBe(false);
  });

  it('lets a voiced sentence pointing back at “these rates” across a paragraph break source the figures before it', () => {
    const markdown =
      'Chest x-rays give false positives too -- 15 percent after two rounds.\n\nThese false-positive rates may be under-estimates, say NCI officials.\n\nAbout 40% of smokers are never screened.\n\nThe weather was fine, say NCI officials.';
    expect(sourceOf(markdown, '15 percent')).toBe('in-scope');
    // A voiced sentence that does not point back at figures is another matter.
    expect(sourceOf(markdown, '40%')).toBe('none');
  });

  it('reads a lede that gives the very figure the body reports as the study’s result, in other word forms', () => {
    const markdown =
      'New imaging suggests an experimental drug reduces plaque in the brain by around 25 percent.\n\nA new study of the drug appears in Lancet Neurology. After 78 weeks, they found that patients given the drug had about a 25 percent reduction in plaque compared with those on placebo.';
    expect(sourceOf(markdown, 'around 25 percent')).toBe('own-study');
    // The same number about something else, or another number, is no such lede.
    expect(
      sourceOf(
        'Heart disease kills around 25 percent of adults.\n\nA new study of the drug appears in Lancet Neurology. After 78 weeks, they found that patients given the drug had about a 25 percent reduction in plaque compared with those on placebo.',
        'around 25 percent',
      ),
    ).toBe('none');
    expect(
      sourceOf(
        'New imaging suggests an experimental drug reduces plaque in the brain by around 125 percent.\n\nA new study of the drug appears in Lancet Neurology. After 78 weeks, they found that patients given the drug had about a 25 percent reduction in plaque compared with those on placebo.',
        '125 percent',
      ),
    ).toBe('none');
  });

  it('reads the items of a list split into paragraphs by the sentence that opened it', () => {
    const markdown =
      'A new analysis of eight aspirin trials appears in The Lancet.\n\nThe fall in the risk of death broke down by type of cancer: Esophageal cancer (60%)\n\nColorectal cancer (40%)\n\nLung cancer (30%)\n\nSmoking raises the risk of several cancers: Throat cancer (20%)\n\nBladder cancer (10%)\n\nKidney cancer (5%)';
    expect(sourceOf(markdown, '40%')).toBe('own-study');
    expect(sourceOf(markdown, '30%')).toBe('own-study');
    expect(sourceOf(markdown, '10%')).toBe('none');
    expect(sourceOf(markdown, '5%')).toBe('none');
    // An item with no list opened above it has nothing to take.
    expect(sourceOf('A new analysis of aspirin trials appears in The Lancet.\n\nLung cancer (30%)', '30%')).toBe(
      'none',
    );
  });
});

describe('creditsNamedBody: a company named by its product', () => {
  it('reads “the makers of <Product> say” as a named source', () => {
    expect(
      creditsNamedBody('The makers of POM Wonderful pomegranate juice say that the drink works 40 percent as well.'),
    ).toBe(true);
    expect(creditsNamedBody('The manufacturer of Prochieve claims a 45% drop.')).toBe(true);
  });
  it('needs a named product and a verb of saying', () => {
    expect(creditsNamedBody('The makers of the juice say that it works 40 percent as well.')).toBe(false);
    expect(creditsNamedBody('The makers of POM Wonderful sold 40 percent more bottles.')).toBe(false);
  });
});

describe('figure sources (round 23, holdout19)', () => {
  it('reads a public office’s report and a body’s single estimate as a named body’s publication', () => {
    expect(creditsNamedBody('Yet based on a 2016 report by the surgeon general, only 10 percent get treatment.')).toBe(
      true,
    );
    expect(creditsNamedBody('A report from the U.S. Surgeon General says 10 percent get treatment.')).toBe(true);
    expect(
      creditsNamedBody('The most recent estimate by the Centers for Disease Control and Prevention says 6 million.'),
    ).toBe(true);
    expect(creditsNamedBody('A report by the surgeon at the clinic says 10 percent get treatment.')).toBe(false);
    expect(creditsNamedBody('An estimate by the team says 6 million children get lice.')).toBe(false);
  });

  it('reads results a figure is based on, in an article that identifies its study, as that study’s', () => {
    const story =
      'In a study of 200 women, the scan found six more cancers, according to early findings from a hospital team.\n\nBased on the early results at the hospital, the scan finds 30 cancers per 1,000 women. Based on earlier studies, about 1 in 8 women will get breast cancer.';
    expect(sourceOf(story, '30 cancers')).toBe('own-study');
    expect(sourceOf(story, '1 in 8')).toBe('none');
  });

  it('reads an item that opens with its figure after a colon as the object of the sentence before', () => {
    const story =
      'The pills cut the risk of heart disease, according to a new meta-analysis published in the Mayo Clinic Proceedings. There was a reduction in risk in some groups, including:\n\n16 percent in those with high triglycerides.\n\nHeart disease is common.\n\n20 percent of adults have high triglycerides.';
    expect(sourceOf(story, '16 percent')).not.toBe('none');
    expect(sourceOf(story, '20 percent of adults')).toBe('none');
  });
});

describe('a figure the article gives again with its source (round 27)', () => {
  /** Whether the first figure in the sentence holding `phrase` is given again elsewhere with a source. */
  function elsewhere(markdown: string, phrase: string): boolean {
    const document = buildDocument(markdown, 'markdown');
    const sentence = document.blocks.flatMap((block) => block.sentences).find((item) => item.text.includes(phrase));
    if (!sentence) throw new Error(`no sentence with ${phrase}`);
    const [figure] = [...findStatistics(sentence.text), ...findPopulationCounts(sentence.text)];
    if (!figure) throw new Error(`no figure in ${sentence.text}`);
    return creditedElsewhere(document, sentence, figure);
  }

  it('reads the same figure about the same things, credited to a body or closed by a sources line, as credited elsewhere', () => {
    const estimated =
      'Tuberculosis kills nearly 2 million people a year.\n\nThe test is cheap.\n\nThe World Health Organization estimates that nearly 2 million people die of tuberculosis each year.';
    expect(elsewhere(estimated, 'kills')).toBe(true);
    const notes =
      'Heart disease affects 4.2 million Australians.\n\nThe diet helps.\n\nHeart disease affects one in six Australians or 4.2 million people. Source: Australian Bureau of Statistics.';
    expect(elsewhere(notes, 'affects 4.2')).toBe(true);
  });

  it('leaves the same number about other things, the end of a range, and a figure said again only in a quotation', () => {
    expect(
      elsewhere(
        'Asthma affects about 2 million children each year.\n\nThe World Health Organization estimates that nearly 2 million people die of tuberculosis each year.',
        'Asthma',
      ),
    ).toBe(false);
    expect(
      elsewhere(
        'About 25 percent of women with dense breasts get a scan.\n\nThe American Cancer Society recommends a scan for women with a 20 to 25 percent lifetime risk.',
        'dense',
      ),
    ).toBe(false);
    expect(
      elsewhere(
        'Kidney disease affects 10% of adults.\n\n“Kidney disease now affects about 10% of adults,” said Prof. Jane Roe of Leeds University.',
        'Kidney disease affects',
      ),
    ).toBe(false);
  });
});
