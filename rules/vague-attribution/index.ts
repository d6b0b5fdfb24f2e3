import {
  findNamedAttributions,
  findVagueAttributions,
  namesBody,
  namesJournal,
  namesJournalStudy,
  namesSpeaker,
  namesSpeakerWithDegreeOrRole,
  officialsOfNamedInstitution,
  citesTheirEvidence,
  continuesReportedWork,
  evidenceToCome,
  asksWhatEvidence,
  tellsWhatEvidenceAnswers,
  hypothesisUnderTest,
  forecastsUptake,
  citedByNamedDocument,
  publishedByNamedAuthor,
  othersOfTheGroupBefore,
  pointsAtPapers,
  standsForPeople,
  type Attribution,
} from '../../src/language/attribution.js';
import {
  articleNamesASpeaker,
  closedByNamedFrame,
  closedByPronounFrame,
  inNamedSpeakersReport,
  overturnedNext,
  sentencesToNamedSpeaker,
  speaksInPast,
} from '../../src/language/attribution-shapes.js';
import { reasonTellsRole, tellsMechanism, tellsPhysiology, tellsRole } from '../../src/language/claim-clause.js';
import { citationsOfSentence, identifiesStudy, reportsOwnReview } from '../../src/language/evidence.js';
import { countsIncludedStudies, gradedAsIndirect, reviewsEvidence } from '../../src/language/evidence-summary.js';
import { tellsHearsay } from '../../src/language/unsettled-claims.js';
import { authorsSpeak, ownedByAuthors } from '../../src/language/own-voice.js';
import { headlineDoubts } from '../../src/language/sceptical-verdict.js';
import { reviewWithinReach, sourceWithinReach, type Unnamed } from '../../src/language/source-reach.js';
import {
  creditedByVenue,
  followsTheNewStudy,
  preliminaryInThePresent,
  researchCarriedOut,
} from '../../src/language/study-reference.js';
import type { Block, ProseDocument, Sentence } from '../../src/prose/types.js';
import { defineRule } from '../../src/rule/define-rule.js';
import {
  lexiconOptionsProblem,
  lexiconOptionsSchema,
  withProjectTerms,
  type LexiconOptions,
} from '../../src/rule/terms.js';

export default defineRule<LexiconOptions>({
  id: 'vague-attribution',
  scope: 'text',
  docs: {
    summary:
      'Flags claims credited to unnamed evidence or people: “studies show”, “research has shown”, “experts say”, “it is believed”, “has been found to be”.',
    rationale:
      'An unnamed source cannot be checked. “Studies show” often stands for one small study, a press release or nothing at all.',
    guideline:
      'JAMA benchmarks for health information, attribution (Silberg, Lundberg & Musacchio 1997); HealthNewsReview.org criterion 5 (quality of the evidence); Wikipedia’s guidance on weasel words.',
    howToFix: 'Name the study, expert or body and link or cite it (“a 2022 trial of 300 adults [1] found …”).',
  },
  messages: {
    vague: 'Unexpected vague source `{actual}`, expected a named and cited study, expert or body',
  },
  skip: ['boilerplate', 'reference', 'caption', 'furniture'],
  tentative:
    'unnamed people told in the past tense (“experts said”) or within three sentences of a named speaker, every agentless passive (“it is believed”, “has been shown to”), unnamed studies or data a named person cites or finds in reported speech (“according to Dr. Roe, studies suggest”, “Dr. Roe cited data showing”, “studies suggest …, she says”), which only that expert vouches for (also with the frame after the claim: “studies show …, said Dr. Roe, a …”), and unnamed evidence told in the simple past (“studies showed”, “research found”) rather than as earlier or other work (“previous studies found”).',
  optionsSchema: { type: 'object', properties: { ...lexiconOptionsSchema }, additionalProperties: false },
  checkOptionFiles: (options) => lexiconOptionsProblem(options),
  defaults: {},
  examples: [
    {
      title:
        'Knowledge credited by “from” to unnamed earlier or other work, and a result credited to unnamed studies as a passive’s agent; a comparison is neither (round 30)',
      input:
        '“We know from previous research that one in eight people survive,” Roe said by email. But from other research “we know it is safe to stimulate the area.”\n\nThe clinic is busy.\n\nThe gel, which has been shown in previous studies to ease pain, is cheap. “Our findings confirmed the benefit previously seen in small studies.” Rates were lower than those seen in previous studies.',
      flags: [
        'We know from previous research',
        'from other research “we know',
        'has been shown in previous studies',
        'previously seen in small studies',
      ],
    },
    {
      title:
        'A body of evidence quoted before a speaker named with a degree and an affiliation is still unnamed; bare research in the quote of the reported study’s leader is that study (round 30)',
      input:
        'The study is published in the American Journal of Medicine.\n\n“The data adds to the growing body of evidence that the gel works,” said Jane Roe, M.D., director of the Division of Surgery, City Cancer Center in Ohio. “Research points to this as a pathway to prevent blindness,” said Ann Lee, Ph.D., director, City Clinic Research Foundation in Ohio.',
      flags: ['growing body of evidence'],
    },
    {
      title:
        'Evidence beside a review that weighed the evidence as a whole is what that review weighed; beside a study of its own people’s data it is unnamed (round 29)',
      input:
        'After reviewing the data, the committee concluded that the benefits of high doses were unproven.\n\nEvidence also suggests that high doses raise the risk of falls.\n\nThe clinic is busy.\n\nThe researchers reviewed the data of 2,000 patients.\n\nEvidence also suggests that high doses raise the risk of falls.',
      flags: ['Evidence also suggests'],
    },
    {
      title:
        'A body of evidence that a piece of work adds to or is part of is still unnamed, and shown (round 27: readers called it correct 6 times in 10)',
      input:
        'The results add to a growing body of evidence linking cocoa to heart health. The research is part of a growing body of evidence showing that weight loss can reverse diabetes.',
      flags: ['growing body of evidence', 'growing body of evidence'],
    },
    {
      title:
        'Held back: a paraphrase its sentence closes with a frame naming the speaker; a frame opening a new claim leaves it shown (round 24)',
      input:
        'Previous research has shown that naps help memory, said study co-author Dr. Ann Lee, a professor at City University. Earlier studies have found that naps raise blood pressure, Roe wrote in an email.\n\nThe clinic is busy.\n\nWhile some studies have found that naps help, Roe says there is no evidence that they last.',
      flags: ['some studies have found'],
    },
    {
      title: 'The same held-back paraphrases shown with the tentative option (round 24)',
      input:
        'Previous research has shown that naps help memory, said study co-author Dr. Ann Lee, a professor at City University. Earlier studies have found that naps raise blood pressure, Roe wrote in an email.',
      options: { tentative: true },
      flags: ['Previous research has shown', 'Earlier studies have found'],
    },
    {
      title:
        'Held back: unnamed evidence told in the simple past; earlier work so named, and the perfect, are shown (round 24)',
      input:
        'Studies showed that the gel eased pain. Studies in 2007 and 2008 suggested that stents raise the risk of clots.\n\nThe clinic is busy.\n\nPrevious studies found that the gel eased pain. Studies have shown that the gel eases pain.',
      flags: ['Previous studies found', 'Studies have shown'],
    },
    {
      title: 'The same held-back findings shown with the tentative option (round 24)',
      input:
        'Studies showed that the gel eased pain. Studies in 2007 and 2008 suggested that stents raise the risk of clots.',
      options: { tentative: true },
      flags: ['Studies showed', 'Studies in 2007 and 2008 suggested'],
    },
    {
      title:
        'What a kind of study can answer, the hypothesis a study sets out to test, and a forecast of uptake credit no claim (round 24)',
      input:
        'Observational studies tell you what people will experience if they change their diet. Trials show you whether a drug works. To find out whether yoga could ease back pain, as earlier research had suggested, the team recruited 200 adults. Advocates predict that the number of procedures could double by 2030.\n\nThe clinic is busy.\n\nObservational studies show that people who eat less salt live longer. Earlier research had suggested that yoga eases back pain. Advocates predict that the surgery will end migraine for good.',
      flags: ['studies show', 'Earlier research had suggested', 'Advocates predict'],
    },
    {
      title: 'Studies a named person put out as their author are that person’s own (round 23)',
      input:
        'Dr. Mark Hale questioned the vaccine in 2003. He has since published other studies finding that it raises hormone levels.\n\nThe vaccine is cheap.\n\nOther studies have found that it raises hormone levels.',
      flags: ['Other studies have found'],
    },
    {
      title:
        'Held back: a paraphrase whose frame closes it (“…, she says”), and studies a named person found (round 23)',
      input:
        'Dr. Ann Lee runs the sleep clinic.\n\nWhile some studies have shown promise, she says, the evidence is thin. Previous studies suggest that melatonin helps jet lag, he said. Dr. Mark Hale found studies suggesting that naps help memory.\n\nStudies suggest that melatonin helps jet lag.',
      flags: ['Studies suggest'],
    },
    {
      title: 'The same held-back findings shown with the tentative option (round 23)',
      input:
        'Dr. Ann Lee runs the sleep clinic.\n\nWhile some studies have shown promise, she says, the evidence is thin. Previous studies suggest that melatonin helps jet lag, he said. Dr. Mark Hale found studies suggesting that naps help memory.',
      options: { tentative: true },
      flags: ['some studies have shown', 'Previous studies suggest', 'studies suggesting that'],
    },
    {
      title:
        'Held back: the reported study’s researchers closing the paraphrase; a speaker named with a title sources it (round 23)',
      input:
        'The study, published in the Journal of Sleep Research, followed 300 adults for a year.\n\nEarlier studies found that naps help memory, the researchers said. Other studies have found that naps raise blood pressure, Dr. Sun said.\n\nEarlier studies found that naps help memory.',
      flags: ['Earlier studies found'],
    },
    {
      title:
        'Research cited with the paper the article names, and a lede’s credit to the research it reports (round 23)',
      input:
        'Walking soon after surgery could speed recovery, according to research suggesting that patients who walk go home sooner.\n\nThe study, published in the Journal of Surgical Care, followed 400 patients. About two million hip operations are done each year, according to research cited in the paper.\n\nThe patients walked daily.\n\nAbout two million knee operations are done each year, according to research.',
      flags: ['according to research'],
    },
    {
      title: 'A headline’s unnamed people condense the named voices of the body (round 23)',
      input: '# Doctors say walking speeds recovery\n\n“Walking helps,” said Dr. Ann Lee, a surgeon at City Hospital.',
      flags: [],
    },
    {
      title: 'A headline’s unnamed people in an article that names no one are shown (round 23)',
      input: '# Experts say naps help memory\n\nNaps are popular. Many people nap after lunch.',
      flags: ['Experts say'],
    },
    {
      title: 'A dated review named by its publisher in the next sentence sources the unnamed studies (round 21)',
      input:
        'Surgery is the last resort for sinus problems.\n\nHere are simpler treatments that may offer relief.\n\nCorticosteroid sprays are one option. Studies show that steam inhalation seems to work. Kits cost less.\n\nKits cost $10 to $20 in drugstores.\n\nStudies show that nasal irrigation seems to work. A 2009 review of research by The Cochrane Library found that it can relieve symptoms.',
      flags: ['Studies show'],
    },
    {
      title: 'Research a named document cites, and “others” of a group the sentence before opens on (round 21)',
      input:
        'The FDA sent the company a warning letter in 2010. The letter cited safety concerns, specifically research indicating that melatonin reduced glucose tolerance.\n\nSome people with dyslexia have trouble reading. Others say that letters look blurry.\n\nThe drug is popular. Others say that it raises blood pressure.',
      flags: ['Others say'],
    },
    {
      title: 'A named programme telling what it found, next door, sources the unnamed studies (round 21)',
      input:
        'The new trial treated 11 people.\n\nThe diet was strict.\n\nEach meal was weighed.\n\nPrevious studies have suggested that fasting can combat diabetes.\n\nThe diet cost little.\n\nPrevious studies have suggested that diet and exercise can combat diabetes. The Diabetes Prevention Program in the U.S. revealed in 2002 that diet and exercise alone can prevent diabetes.',
      flags: ['Previous studies have suggested'],
    },
    {
      title: 'A question about the evidence, after a verb of asking, credits nothing (round 21)',
      input:
        'Ask what research backs up the practitioner’s methodology. Find out which studies support the device. Research backs up the practitioner’s methodology.',
      flags: ['Research backs'],
    },
    {
      title: 'Studies still to come credit nothing (round 20)',
      input:
        'She is hopeful further studies will confirm these early results. Future studies may show more. Studies suggest the drug helps.',
      flags: ['Studies suggest'],
    },
    {
      title: 'A sentence that points at the particular papers it means (round 20)',
      input:
        'Fewer studies link coffee to dying early, but this classic found a link with six cups a day, while this 2013 paper found it only under 55. Studies link coffee to dying early.',
      flags: ['Studies link'],
    },
    {
      title: 'How the body works, further into the claim or ending on a pathway, is a mechanism (round 20)',
      input:
        'Previous studies indicated that chemicals in green tea called polyphenols are absorbed and alter the energy metabolism in the liver. Because evidence suggests that the two disorders share overlapping neurobiological pathways, the team tested the drug. Previous studies indicated that green tea lowers blood pressure.',
      flags: ['Previous studies indicated'],
    },
    {
      title: 'A review’s own abstract: the evidence it weighs is its included trials (round 19)',
      input:
        'Six randomised trials involving a total of 394 children were included. Current evidence suggests that nasal steroids may improve symptoms.',
      flags: [],
    },
    {
      title: 'The same sentence in a text with no review’s apparatus still needs its source (round 19)',
      input:
        'Six children in the class were treated. Current evidence suggests that nasal steroids may improve symptoms.',
      flags: ['evidence suggests'],
    },
    {
      title: "A flattened note number that the release's notes resolve (round 18)",
      input:
        'But studies show that many patients do not take their eye drops as directed due to forgetfulness. 1 Some patients stop after a year.\n\n1 Patterns of Glaucoma Medication Adherence over Four Years of Follow-Up, Newman-Casey, et al. Ophthalmology, 2015.\n',
      flags: [],
    },
    {
      title: 'The same bare number with no note to resolve it (round 18)',
      input:
        'But studies show that many patients do not take their eye drops as directed. 1 Some patients stop after a year.\n',
      flags: ['studies show'],
    },
    {
      title: 'Evidence graded as indirect in a review (round 18)',
      input:
        'Studies were also inconclusive regarding any differences between the two antibiotics, although indirect evidence suggests a benefit of quinolones cannot be ruled out.',
      flags: [],
    },
    {
      title:
        'A summary of evidence answering its title’s question: its unnamed studies are the ones it weighs; hearsay it checks (round 17)',
      input:
        '# Does ginger ease period pain?\n\nPrevious studies suggest that ginger eases period pain. But the quality of the studies is low.\n\nBoth studies [ 1,2 ] found less pain with ginger than with a placebo. According to reports, the tea is said to have cured many people.',
      flags: [],
    },
    {
      title: 'Unnamed research',
      input: 'Research has shown that symptoms ease within minutes.',
      flags: ['Research has shown'],
    },
    { title: 'Unnamed experts', input: 'Many scientists claim that it works.', flags: ['Many scientists claim'] },
    {
      title: 'A passive with no agent',
      input: 'It is widely believed that sugar causes hyperactivity.',
      options: { tentative: true },
      flags: ['It is widely believed'],
    },
    {
      title: 'A cited study',
      input: 'Studies show a small benefit ([Smith et al., 2021](https://doi.org/10.1000/xyz)).',
      flags: [],
    },
    { title: 'A named source', input: 'Researchers at the University of Leeds found a small benefit.', flags: [] },
    {
      title: 'A signpost heading',
      input: '## What the science says\n\nA 2021 trial found a small benefit.',
      flags: [],
    },
    {
      title: 'A footnote marker',
      input: 'Research has shown frail patients are less likely to be treated.iv,v,vi',
      flags: [],
    },
    {
      title: 'Research named by its institution',
      input: 'New Harvard research finds walnuts slow tumour growth.',
      flags: [],
    },
    {
      title: 'The researchers of the study the article reports',
      input: 'A trial of 300 adults tested the drug.\n\nResearchers said no patients stopped treatment.',
      flags: [],
    },
    {
      title: 'The researchers of a study the article identifies further on',
      input:
        'A patient’s story opens the article.\n\nIt could become the norm, researchers say.\n\nThe new study is published in the journal Pediatrics.',
      flags: [],
    },
    {
      title: 'The study the article reports, named in the same clause',
      input:
        'The new study is published in the journal Pediatrics.\n\nIt is the first time the combination has been shown to work in a randomized Phase II study.\n\nEating fish may boost brain health, new brain scan research suggests.',
      flags: [],
    },
    {
      title: 'A headline summing up the studies the article reports',
      input:
        '# Studies show antibiotics work better than waiting\n\nTwo new studies in the New England Journal of Medicine tested amoxicillin.',
      flags: [],
    },
    {
      title: 'The research the study’s own scientists are doing',
      input:
        'British scientists conducting early-stage research have found that a new drug could treat leukemia.\n\nThe study is published in the journal Nature.',
      flags: [],
    },
    {
      title: 'The studies a review included',
      input: 'This review included 12 trials of exercise.\n\nStudies found mixed results.',
      flags: [],
    },
    {
      title: 'An organisation or a named study in the same or the next sentence',
      input:
        'Groups including the American Cancer Society stress that mammograms have been proven to save lives.\n\nThe Women’s Health Initiative tested the hormones. They have been shown to raise the risk.',
      flags: [],
    },
    {
      title: 'The source named in the next sentence',
      input: 'Research has shown that it helps. A 2021 trial published in The Lancet found a 10% benefit.',
      flags: [],
    },
    {
      title: 'A study cited by its journal in the same or the next sentence',
      input:
        'A few small studies suggest that acupuncture may help, but, as one study in the Journal of Alternative and Complementary Medicine indicated, more research is needed. Studies suggest it helps. A 2019 trial published in the journal Pain found a benefit.',
      flags: [],
    },
    {
      title: 'Unnamed earlier research',
      input: 'Prior studies have shown a strong effect. Other research about longer courses shows harms.',
      flags: ['Prior studies have shown', 'Other research about longer courses shows'],
    },
    {
      title: 'A speaker’s own published work in the next sentence',
      input: '“It has been shown to alter patient behaviour. I’ve published data that patients stay on treatment.”',
      flags: [],
    },
    {
      title: 'The studies a review set against its own',
      input: 'This review included 12 trials of exercise.\n\nOther research about steroids shows harms.',
      flags: ['Other research about steroids shows'],
    },
    {
      title: 'How something acts in the body is a mechanism, not a health claim',
      input:
        'Studies suggest the cream works by reducing inflammation. Fish oil has been shown to help keep blood from clotting, which may protect the heart. Fish oil has been shown to prevent heart attacks.',
      options: { tentative: true },
      flags: ['has been shown to'],
    },
    {
      title: 'What plays a role in a disease is a mechanism or its hypothesis, not a benefit or a risk',
      input:
        'Some research suggests that inflammation plays a role in the development of breast cancer. Since magnesium may play a role in calming the nervous system, some researchers believe that low magnesium may cause the symptoms. Research suggests that the drugs dampen inflammatory processes in the arteries. Studies show the drug has a role in treating depression.',
      flags: ['Studies show'],
    },
    {
      title: 'A maker the article has named, referred back to after “according to”',
      input:
        'About 8,000 patients have had the treatment, according to reports by the device’s maker. About 8,000 patients have had the treatment, according to reports.',
      flags: ['according to reports'],
    },
    {
      title: 'Unnamed studies whose claim the next sentence credits to a dated study by a named body',
      input:
        'Other studies have suggested that SAMe can relieve symptoms of depression. A 2002 analysis of depression trials conducted by the Agency for Healthcare Research and Quality found that SAMe use resulted in benefits.',
      flags: [],
    },
    {
      title: '“The experts” refer back to experts named just before, by surname alone',
      input:
        '“You desensitize the brain’s receptors to melatonin,” Wurtman says. “You become less responsive.”\n\nThe bottom line, according to the experts? Start with a small dose.\n\nThe bottom line, according to experts? Start with a small dose.',
      flags: ['according to experts'],
    },
    {
      title: 'A name after “according to” credits the whole sentence',
      input: 'Research shows that most asthma deaths are preventable, according to Asthma UK.',
      flags: [],
    },
    {
      title: 'A demonstrative before a list of adjectives points back; one with its own noun does not',
      input:
        'Dr Roe said: “The results from these two small, early-stage studies show that the vaccines are safe.” In these cases, studies show that the drug works.',
      flags: ['studies show'],
    },
    {
      title: 'Unnamed people in a quote its named speaker closes',
      input: '"Doctors will say, \'The side effects are manageable,\'" Turnham says.',
      flags: [],
    },
    {
      title: 'Unnamed evidence in a named speaker’s quote',
      input:
        '“The data adds to the growing body of evidence that it works,” said Dr Jane Roe, director of the Division of Surgery.',
      flags: ['growing body of evidence'],
    },
    {
      title: 'A named speaker’s paraphrase, and its pronoun next door',
      input: 'Calabresi says many people think of pills as safer than injections. He says many people think so.',
      flags: [],
    },
    {
      title: 'Particular people, a condition, and a subject that is not the head of its phrase',
      input:
        'Pamela’s doctors said her tubes were blocked. Surgery is advised when doctors feel the cancer will grow. A new analysis of existing clinical trial evidence has found a benefit. Often, Efrati and others say, injured cells survive.',
      flags: [],
    },
    {
      title: 'Unnamed experts whose named colleague opens the next paragraph',
      input:
        'Experts say we cannot give lycopene all the credit.\n\n“It is not proof,” explains Dr. Daniel Labovitz, director of the Stern Stroke Center.\n\nThe trial ran for a year.\n\nExperts say it works.',
      options: { tentative: true },
      flags: ['Experts say'],
    },
    {
      title: 'A paraphrase that ends by naming its speaker, and a quote its named speaker opens',
      input:
        'Studies have shown that the new tests do a better job, says Norton. Data showed the drug outperformed the older one, Cempra said on Sunday. Brooks says, “Many felt a deep bond with their pet.”',
      flags: [],
    },
    {
      title: 'A paraphrase with words quoted after the evidence, closed by the team whose paper it is',
      input:
        'Animal studies have shown that omega-3 fats “play critical roles in sperm maturation,” Robbins’ team writes.\n\n“Animal studies have shown that omega-3 fats play critical roles,” Robbins’ team writes.',
      flags: ['studies have shown'],
    },
    {
      title: 'Evidence to come, in a condition',
      input: 'The implications are big if larger, longer studies prove the drug works.',
      flags: [],
    },
    {
      title: 'A question, scare quotes, and a belief about particular people credit no claim',
      input:
        '# Knee Surgery: Why Don’t Surgeons Agree?\n\nThe maker sells a cream “clinically proven” to fade scars. The shots helped even children who were thought to have no hearing left.',
      flags: [],
    },
    {
      title: 'The study the article reports, as “the research” or a first',
      input:
        'The trial of 90 adults is published in the journal Sleep.\n\nThe pill works only in the gut, according to the research. This is the first time it has been shown to work in people.',
      flags: [],
    },
    {
      title: 'Unnamed experts whose evidence is cited in the next sentence',
      input:
        'Some doctors say sitting up straight matters less than thought. A study of 900 office workers published last year in the journal Spine found no link with back pain.',
      flags: [],
    },
    {
      title: 'Unnamed studies followed by another, cited one',
      input:
        'Previous studies found that the hormone eased repetitive behaviour. Another study being published in the journal Biological Psychiatry found that it helped teenagers read faces.',
      flags: ['Previous studies found'],
    },
    {
      title: 'Unnamed experts whose named colleague’s quote, over several sentences, opens the next paragraph',
      input:
        'Experts say the cream restores the balance of the skin.\n\n“Healthy skin carries many bacteria. We know that patients lack the good ones,” said Jane Roe, MD, head of allergy at City Hospital.',
      flags: [],
    },
    {
      title: 'A review’s own judgement of its trials, in an agentless past passive',
      input:
        'This review included 12 trials of chemotherapy.\n\nWhere toxicity was reported in the publications, it was thought to be manageable.',
      options: { tentative: true },
      flags: [],
    },
    {
      title: 'A call for more studies, and a numbered reference after the full stop',
      input:
        'Larger studies in other countries are needed to confirm the results.\n\nIt is estimated that one adult in ten has the condition. (2)',
      flags: [],
    },
    {
      title: 'Unnamed people beside a speaker named by surname, and alone',
      input:
        'Implants fail in fewer than 1% of women, doctors said. They cost several hundred dollars, Peipert said.\n\nThe trial ran for a year.\n\nDoctors say the implants are safe.',
      options: { tentative: true },
      flags: ['Doctors say'],
    },
    {
      title: 'A passive beside the source named saying it, and a paraphrase of a speaker named by surname',
      input:
        'The National Center for PTSD estimates that 7 percent of adults will have PTSD. For veterans, it is estimated that 30 percent will.\n\nKopans noted that mammography is the only test that has been proven to cut deaths.\n\nIt is estimated that 30 percent of veterans will have PTSD.',
      options: { tentative: true },
      flags: ['It is estimated'],
    },
    {
      title: 'Unnamed experts beside a body saying it, or a journal analysis opening the next paragraph',
      input:
        'Experts say women should be screened from 65. The Preventive Services Task Force recommends a test every two years.\n\nYet many experts say the benefits outweigh the risks.\n\nAn analysis in the New England Journal of Medicine found 100 fractures prevented for each one caused.',
      flags: [],
    },
    {
      title: 'Earlier studies beside the new study the article reports, which is no source for them',
      input:
        'Previous studies have found that pink noise improves memory. A small new study published in the journal Sleep tested it in older adults.',
      flags: ['Previous studies have found'],
    },
    {
      title: 'What the reported study found, in a past passive or from its doctors, and a belief credited to no one',
      input:
        'The trial of 90 adults is published in the journal Sleep.\n\nIt was found that the pill eased pain. The results were striking, according to doctors at three centres who took part in the trial.\n\nIt is believed that stress worsens sleep.',
      options: { tentative: true },
      flags: ['It is believed'],
    },
    {
      title:
        'Earlier research cited in the journal the claim is told in, and prior studies beside where the reported study appeared',
      input:
        'Previous research found that deaths fell 4 percent, the researchers write in JAMA Cardiology.\n\nThe team tested a scan of the eye. In the study, published in the journal Schizophrenia Research, the team built on prior studies showing that the retina changes.',
      flags: ['prior studies showing that'],
    },
    {
      title: 'A possessive past an abbreviation names whose studies they are',
      input: 'Lopez’s initial U.S. studies have shown some benefit.',
      flags: [],
    },
    {
      title: 'Officials of a company named next door, and of none',
      input:
        'Dermix makes the gel in Ohio. It caused no burns in its trials, company officials said.\n\nThe trial ran for a year.\n\nThe gel is safe, health officials said.',
      options: { tentative: true },
      flags: ['officials said'],
    },
    {
      title: '“According to some” as people, and as “in keeping with”',
      input:
        'Doses are shared out according to some sort of fair plan.\n\nThe trial ran for a year.\n\nThe gel works, according to some.',
      flags: ['according to some'],
    },
    {
      title: 'Research credited by its journal or meeting, and a person named after an initial (round 19)',
      input:
        'Tomatoes could help reduce the risk of stroke, according to research published this week in the journal Neurology. Older people can be treated safely with radiation, according to research presented today at the 2017 Thoracic Cancers Symposium.\n\nSome say the new study helps women. Mammograms may cut the risk a little, says H. Gilbert Welch of Dartmouth Medical School.',
      flags: [],
    },
    {
      title: 'A review that counts its included studies owns its unnamed evidence (round 19)',
      input:
        'We looked at the evidence up to February 2014 and included 11 studies involving 699 participants.\n\nSome evidence suggests that forced air warming is better at rewarming patients.',
      flags: [],
    },
    {
      title: 'Held back: unnamed evidence in a named person’s reported speech (with the tentative option; round 19)',
      input:
        'But according to Michail, studies suggest that only some people avoid a cold by taking probiotics. Dr. Deland cited data showing that 90 percent of ankle replacements were still in place.',
      options: { tentative: true },
      flags: ['studies suggest', 'data showing that'],
    },
    {
      title:
        'Held back: unnamed evidence in a named person’s reported speech; told before the speaker, it is shown (round 19)',
      input:
        'But according to Michail, studies suggest that only some people avoid a cold by taking probiotics.\n\nThough African studies have linked circumcision to lower rates of infection, Perera said that only future studies will tell.',
      flags: ['studies have linked'],
    },
    {
      title: 'New evidence the reported study’s researchers have found is that study (round 26)',
      input:
        'Researchers have found new evidence showing that green tea may slow cell aging. The study, published in the journal Cell Metabolism, tested 40 mice.\n\nThe clinic is busy.\n\nThere is new evidence showing that green tea may slow cell aging.',
      flags: ['new evidence showing that'],
    },
    {
      title: 'Research support a person received is funding, not research supporting a claim (round 26)',
      input:
        'The authors have received research support from the makers of the drug.\n\nResearch supports the use of the drug.',
      flags: ['Research supports'],
    },
    {
      title: 'Held back: the same reported speech with “According to” opening the sentence (round 26)',
      input:
        'According to Farley, some but not all studies suggest that green tea protects the skin.\n\nSome but not all studies suggest that green tea protects the skin.',
      flags: ['studies suggest'],
    },
    {
      title: 'Unnamed evidence the sentence credits to a named person, and the same in a quote',
      input:
        'Studies suggest that half of migraines can be prevented, according to Dr. Jane Roe, a neurologist at City Hospital.\n\nAccording to Dr. Jane Roe, “Studies suggest that half of migraines can be prevented.”',
      flags: ['Studies suggest'],
    },
    {
      title: 'A news lede closing on the study the article reports, and one opening on background',
      input:
        'A drug for impotence may help treat brain tumors, research shows.\n\nThe finding comes from a new study in mice.',
      flags: [],
    },
    {
      title: 'A headline’s mounting evidence is the study the article reports',
      input:
        '# Mounting evidence shows cocoa improves memory\n\nA trial of 90 adults published in the American Journal of Clinical Nutrition tested cocoa.',
      flags: [],
    },
    {
      title: 'Background in a lede, before the news',
      input:
        'Studies show dieters who keep a record lose more weight.\n\nThe finding comes from a new study of 300 adults.',
      flags: ['Studies show'],
    },
    {
      title: 'People telling what the reported trial found, and outsiders judging it',
      input:
        'The trial of 1,700 adults is published in the journal JAMA.\n\nIn a presentation Sunday, doctors said the trial found a small benefit. Experts said the study was too small to change practice.',
      options: { tentative: true },
      flags: ['Experts said'],
    },
    {
      title: 'A signpost to what follows',
      input: 'Here’s what the science says. A 2020 review of 12 trials in the BMJ found no benefit.',
      flags: [],
    },
    {
      title: 'People just described telling their own experience',
      input:
        'We asked 40 patients about the device.\n\nMany said they felt better within a week. Some say, “I can’t sleep without it.”\n\nMany say the device works.',
      flags: ['Many say'],
    },
    {
      title: 'A patient’s doctors on his case, and unnamed experts on a drug',
      input:
        'Hollis Bardwell had the implant fitted in June.\n\nDoctors said Bardwell was doing well on Monday.\n\nExperts say Avastin is as good as Lucentis.',
      options: { tentative: true },
      flags: ['Experts say'],
    },
    {
      title: 'Unnamed people in the past tense, held back as tentative',
      input: 'Experts said the drug was a step forward.',
      options: { tentative: true },
      flags: ['Experts said'],
    },
    {
      title: 'Unnamed people in the past tense are not shown by default',
      input: 'Experts said the drug was a step forward.',
      flags: [],
    },
    {
      title: 'Unnamed people near a named speaker, held back as tentative',
      input:
        '“It is a big step,” said Dr. Jane Roe, a surgeon at City Hospital.\n\nThe trial ran for a year.\n\nDoctors say the gel works.',
      options: { tentative: true },
      flags: ['Doctors say'],
    },
    {
      title: 'Unnamed people near a named speaker are not shown by default',
      input:
        '“It is a big step,” said Dr. Jane Roe, a surgeon at City Hospital.\n\nThe trial ran for a year.\n\nDoctors say the gel works.',
      flags: [],
    },
    {
      title: 'An agentless passive, held back as tentative',
      input: 'It is believed that stress worsens sleep.',
      options: { tentative: true },
      flags: ['It is believed'],
    },
    {
      title: 'An agentless passive is not shown by default',
      input: 'It is believed that stress worsens sleep.',
      flags: [],
    },
    {
      title: 'A view the next sentence overturns, and one it only qualifies',
      input:
        'Many think that heel pain is caused by bone spurs. But specialists don’t think that anymore.\n\nProponents say the surgery is more accurate. But that does not necessarily mean outcomes are better.',
      flags: ['Proponents say'],
    },
    {
      title: 'The evidence a review next door gathered, and other studies set against it',
      input:
        'Newer evidence has shown that early peanut lowers the risk. The authors reviewed all of the available evidence and included 146 studies.\n\nOther studies have suggested that eggs help. The team analyzed 18 studies of peanut.',
      flags: ['Other studies have suggested'],
    },
    {
      title: 'Hearsay a sceptical column reports in order to test it',
      input: '# The Healthy Skeptic: anti-ageing drinks\n\nA vial costs $250. The effects are said to last six months.',
      options: { tentative: true },
      flags: [],
    },
    {
      title: 'Evidence said to be thin denies support; “a few studies” credits it',
      input:
        '“Only a few studies show that supplements improve the skin.” Few studies have found a benefit.\n\nThe trial ran for a year.\n\nA few small studies suggest that it helps.',
      flags: ['studies suggest'],
    },
    {
      title: 'Unnamed people in a named speaker’s paraphrase, and alone',
      input:
        'Cardinal says exercise helps older adults. But he says that many believe that old age is for resting.\n\nThe trial ran for a year.\n\nMany believe that old age is for resting.',
      flags: ['Many believe'],
    },
    {
      title: 'Unnamed people whose evidence the sentence cites by its journal',
      input:
        'Advocates argue the drug helps, pointing to a study in the Journal of Pain that found less opioid use.\n\nThe trial ran for a year.\n\nAdvocates argue the drug helps.',
      flags: ['Advocates argue'],
    },
    {
      title: 'A lede closing on the preliminary research the article reports',
      input:
        'A pomegranate pill may slow prostate cancer, preliminary research suggests.\n\nThe new study involved 92 men with rising PSA levels.',
      flags: [],
    },
    {
      title: 'More of the reported study’s work, and background told in the perfect',
      input:
        'The trial of 13 adults is published in the journal Nature Medicine.\n\nFurther research in the lab showed that the viruses were still sensitive. Further studies have shown that the virus mutates.',
      flags: ['studies have shown'],
    },
    {
      title: '“The science” in an article reporting its study',
      input:
        'The trial of 300 adults is published in the Annals of Internal Medicine.\n\n“It is great to see the science confirm what we see clinically,” says Westman.',
      flags: [],
    },
    {
      title: 'Physiology told as background, and a benefit',
      input:
        'Previous studies have shown that nitrites — also found in celery — widen blood vessels. Previous studies have shown that nitrites widen arteries and cut heart attacks.',
      flags: ['Previous studies have shown'],
    },
    {
      title: 'The people or work of a named institution after “according to”, and of a country',
      input:
        'Now, according to scientists at the University of Colorado, there is evidence that the fat helps.\n\nThe trial ran for a year.\n\nIt works, according to research from the UK.',
      flags: ['according to research'],
    },
    {
      title: 'Unnamed people answered next door by a person introduced by occupation and full name',
      input:
        'Results have varied, according to doctors who have used the laser. New Jersey podiatrist Anas Khoury says it works in most of his patients.\n\nThe trial ran for a year.\n\nResults have varied, according to doctors.',
      flags: ['according to doctors'],
    },
    {
      title: 'Unnamed people answered by a named body giving its view at the next paragraph’s opening',
      input:
        'Many health experts think that is too much treatment to justify the results.\n\nSo when the U.S. Preventive Services Task Force recommends against routine testing, it makes a judgment call.\n\nThe trial ran for a year.\n\nMany health experts think that is too much treatment.',
      flags: ['health experts think'],
    },
    {
      title: '“Now,” before research, as the news the article reports',
      input:
        'Cutting the cord is a big event.\n\nNow, research suggests there may be benefits to waiting.\n\nThe new study, published in the journal JAMA Pediatrics, followed 263 children.',
      flags: [],
    },
    {
      title: '“Now,” before research in an article that reports no study',
      input: 'Cutting the cord is a big event.\n\nNow, research suggests there may be benefits to waiting.',
      flags: ['research suggests'],
    },
    {
      title:
        'Research its team carried out, preliminary research in the present, and research after “the new paper” (round 17)',
      input:
        'A team led by Dr. Patrick McGeer has carried out studies suggesting that ibuprofen can prevent the disease. The study is published in the Journal of Alzheimer’s Disease.\n\nPreliminary research suggests that a single shot might lower cholesterol.\n\nThe new paper describes how the vaccine might affect diabetes. According to studies in mice, it has two effects.',
      flags: [],
    },
    {
      title:
        'Preliminary research in the past (held back since round 24, shown with the tentative option), and studies told in the perfect after the new paper (round 17)',
      options: { tentative: true },
      input:
        'The study is published in the journal Neurology.\n\nSmall, preliminary studies suggested the drug can reduce pain.\n\nThe new paper describes how the vaccine works. Studies have shown that it is safe.',
      flags: ['studies suggested', 'Studies have shown'],
    },
    {
      title: 'One signalling structure relying on another is physiology (round 17)',
      input:
        'Research suggests that the cannabinoid and opioid receptor systems rely on common signaling pathways in the brain. Research suggests that opioid receptors drive addiction.',
      flags: ['Research suggests'],
    },
    {
      title: 'A project’s own terms and exceptions',
      input: 'Insiders say it works. Experts say it is safe.',
      options: { extraTerms: [{ id: 'insiders', match: ['insiders say'] }], allow: ['experts-say'] },
      flags: ['Insiders say'],
    },
    {
      title: 'The authors’ own data and findings, in their own voice (round 21)',
      input:
        'Our in vitro, in vivo and clinical data support a role for the ERK5 pathway in prostate cancer.\n\nWe found that happiness predicts non-use. Findings showed higher happiness scores in persistent non-users.\n\nPrevious studies suggest that happiness protects against drug use.',
      flags: ['Previous studies suggest'],
    },
  ],
  check(document, { blocks, options, report }) {
    for (const block of blocks) {
      // A heading that opens with a question word names a topic (“What the science says”), not a source.
      if ((block.kind === 'heading' || block.kind === 'title') && signpost.test(block.text)) continue;
      const isHeadline = block.kind === 'heading' || block.kind === 'title';
      for (const sentence of block.sentences) {
        const found = withProjectTerms(
          findVagueAttributions(sentence.text).map((attribution) => ({ ...attribution, entry: attribution })),
          sentence.text,
          options,
          ({ id }): Attribution => ({ id, kind: 'vague', start: 0, end: 0, text: '' }),
        ).map(({ entry, start, end, text }) => ({ ...entry, start, end, text }));
        if (found.length === 0) continue;
        for (const attribution of found) {
          // “Why can't doctors agree?”: a question asks about sources, it credits no claim to them.
          if (asksAbout(sentence.text, attribution)) continue;
          // A supplement “clinically proven” to protect the skin: a claim in scare quotes is the
          // article reporting someone's wording, not vouching for it.
          if (inShortQuote(sentence.text, attribution)) continue;
          // “People who were believed to have no insulin”: what was thought of particular people, not a claim.
          if (describesPeople.test(sentence.text.slice(Math.max(0, attribution.start - 12), attribution.end))) continue;
          // Required: a claim about health evidence. How something acts in the body (“has been
          // shown to help keep blood from clotting”, “studies suggest it works by reducing
          // inflammation”) is a mechanism, not a benefit credited to unnamed evidence.
          if (tellsMechanism(sentence.text.slice(attribution.end))) continue;
          // “Previous studies have shown that nitrites widen blood vessels”: how the body works, as background.
          if (tellsPhysiology(sentence.text.slice(attribution.end))) continue;
          // “Research shows it also plays a role in a range of chronic illnesses”, “Since magnesium may
          // play a role in …, some researchers believe”: how a disease comes about, told as background.
          if (tellsRole(sentence.text.slice(attribution.end)) || reasonTellsRole(sentence.text, attribution.start))
            continue;
          // In an article reporting a study, “researchers say” and “new research finds” are that
          // study; in a review, “studies found” are the studies it included.
          if (refersToOwnStudy(sentence.text, attribution) && identifiesStudy(document)) continue;
          // “A team led by Dr. X has carried out studies suggesting …”, “Preliminary research suggests
          // …” in the present of news, “The new paper describes … According to studies in mice, …”:
          // the research is the study the article reports (round 17).
          if (pointsAtReportedStudy(block, sentence, attribution) && identifiesStudy(document)) continue;
          // A headline's bare “Studies show …” sums up the studies the article goes on to report;
          // so does a lede's “…, research shows.” in the present tense of news.
          if (
            (isHeadline || (isLede(document, block) && reportsLast(sentence.text, attribution))) &&
            bareResearch.test(attribution.text) &&
            identifiesStudy(document)
          )
            continue;
          // “Doctors suggest that women hit pause on osteoporosis drugs”: a headline's unnamed
          // people condense the voices the body names (round 23: of the judged headlines, none
          // crediting unnamed people was called correct).
          if (isHeadline && unnamedKind(attribution) === 'people' && articleNamesASpeaker(document)) continue;
          // “A common blood test could help diagnose cancer earlier, according to research
          // suggesting …”: a lede's closing credit to research is the study it goes on to report.
          // A standfirst may come before the lede, so either of the first two paragraphs is read.
          if (
            opensArticle(document, block) &&
            creditsLedeToResearch(sentence.text, attribution) &&
            identifiesStudy(document)
          )
            continue;
          // “Here's what the science says.”: a signpost to what follows, which credits no claim.
          if (signpostsAhead(sentence.text, attribution)) continue;
          // “Many said they have been asked”, “many say, 'I can't exercise'”: people just described
          // telling their own experience, not authorities credited with a claim.
          if (speaksOfThemselves(sentence.text, attribution)) continue;
          // “Many think heel spurs cause it. But specialists don't think that anymore.”: a view credited
          // to unnamed others so that the next sentence can overturn it; the article does not vouch for it.
          if (overturnedNext(document, sentence)) continue;
          // “The effects are said to last six months” in “The Healthy Skeptic”: hearsay a sceptical
          // column reports in order to test it.
          if (hearsay.test(attribution.text) && headlineDoubts(document)) continue;
          // “According to reports, X is said to have cured many people”: hearsay the text goes on to check.
          if (tellsHearsay(sentence.text.slice(attribution.end))) continue;
          // “Doctors said Bardwell was doing well”: a patient's own doctors on his case, not a claim about evidence.
          if (attribution.id === 'experts-say' && onAPatient(document, sentence.text, attribution)) continue;
          // A text opening on how many studies it included is a review too (round 19); there, “other
          // studies” may be set against it, as in a story about the review.
          if (
            includedStudies.test(attribution.text) &&
            (reportsOwnReview(document) || (countsIncludedStudies(document) && !/^other\b/iu.test(attribution.text)))
          )
            continue;
          // In a summary of evidence (a fact-check, an evidence summary), unnamed “previous studies
          // suggest” are the studies it weighs, as a review's “studies found” are its included trials.
          if (attribution.id !== 'experts-say' && namesResearch.test(attribution.text) && reviewsEvidence(document))
            continue;
          // “Our in vitro, in vivo and clinical data support …”, and “Findings showed …” in a text
          // told in its authors' own voice (an abstract's conclusion): the authors' own data (round 21).
          // Not a passive's agent or work after “from” (“the benefit previously seen in small studies”,
          // “we know from previous research”): the phrase holds its own unnamed source, which
          // the authors' words before it do not own (round 30).
          if (
            unnamedKind(attribution) === 'evidence' &&
            ((!sourceInsidePhrase.test(attribution.text) &&
              ownedByAuthors(sentence.text.slice(0, attribution.start))) ||
              (authorsSpeak(document) && ownResultsWord.test(attribution.text)))
          )
            continue;
          // “Although indirect evidence suggests a benefit cannot be ruled out”: a grade of the evidence weighed, not a source.
          if (gradedAsIndirect(sentence.text.slice(0, attribution.start), attribution.text)) continue;
          // “Where toxicity was reported in the trials' publications, it was thought to be
          // manageable”: in a review, an agentless past judgement is its authors' reading of its trials.
          if (
            attribution.id === 'impersonal-passive' &&
            pastJudgement.test(attribution.text) &&
            reportsOwnReview(document)
          )
            continue;
          // “Novartis has not seen brain swelling in its trials, company officials said”: the officials of a named company.
          if (
            attribution.id === 'experts-say' &&
            officialsOfNamedInstitution(
              sentence.text,
              attribution.start,
              [sentence.text, block.sentences[sentence.index - 1]?.text ?? ''],
              document.source,
            )
          )
            continue;
          // “She is hopeful further studies will confirm these early results”: evidence still to come credits nothing.
          if (unnamedKind(attribution) === 'evidence' && evidenceToCome(sentence.text, attribution)) continue;
          // “Fewer studies link coffee to …, but this classic found …, while this 2013 paper …”: the
          // sentence goes on to point at the particular papers, links the scraped text lost.
          if (pointsAtPapers(sentence.text, attribution)) continue;
          // “Ask what research backs up the practitioner's methodology”: a question about the evidence, no claim credited to it.
          if (asksWhatEvidence(sentence.text, attribution)) continue;
          // “Observational studies tell you what people will experience if …”: what a kind of
          // evidence can answer, a remark on method that credits no finding (holdout 20, round 24).
          if (unnamedKind(attribution) === 'evidence' && tellsWhatEvidenceAnswers(sentence.text, attribution)) continue;
          // “To find out whether yoga could help, as earlier research had suggested, Dr. Sherman and
          // her colleagues recruited …”: the hypothesis a study sets out to test, not a claim (round 24).
          if (unnamedKind(attribution) === 'evidence' && hypothesisUnderTest(sentence.text, attribution)) continue;
          // “Advocates predict that the number of procedures could grow”: a forecast of uptake, about
          // a market rather than health (round 24).
          if (unnamedKind(attribution) === 'people' && forecastsUptake(sentence.text, attribution)) continue;
          // “The letter cited …, specifically research indicating that …”: the document cites it.
          if (unnamedKind(attribution) === 'evidence' && citedByNamedDocument(sentence.text, attribution)) continue;
          // “He has since issued other studies finding …”: the named person's own work (round 23).
          if (unnamedKind(attribution) === 'evidence' && publishedByNamedAuthor(sentence.text, attribution)) continue;
          // “Some people with dyslexia have trouble … Others say …”: the rest of that group, on themselves.
          if (othersOfTheGroupBefore(block.sentences[sentence.index - 1]?.text, attribution)) continue;
          if (isSourced(document, sentence, attribution)) continue;
          const start = sentence.start + attribution.start;
          const tentative = isTentative(document, sentence, attribution);
          report(
            'vague',
            block.span(start, sentence.start + attribution.end),
            { actual: attribution.text },
            tentative ? { tentative } : {},
          );
        }
      }
    }
  },
});

/**
 * Whether a finding is one of the shapes the rule holds back (`tentative` in the definition): the
 * judged sample's readers called each correct less than 70 % of the time (round 11).
 */
function isTentative(document: ProseDocument, sentence: Sentence, attribution: Attribution): boolean {
  // “According to Michail, studies suggest …”, “Dr. Deland cited data showing …”: unnamed evidence
  // in a named person's reported speech, which readers judged debatable 6 times in 8 (round 19).
  if (unnamedKind(attribution) === 'evidence' && namesResearch.test(attribution.text)) {
    if (inNamedSpeakersReport(sentence.text.slice(0, attribution.start))) return true;
    // The same paraphrase with its frame after the claim: “While some studies have shown promise,
    // he says, …”, “Previous studies suggest …, the researchers said.” (round 23). A pronoun's
    // person is named nearby; the researchers are the reported study's team.
    const frame = closedByPronounFrame(sentence.text, attribution.end);
    if (frame === 'person' || (frame === 'team' && identifiesStudy(document))) return true;
    // “Previous research has shown that …, said study co-author Dr. Daniel Buysse, a professor of …”,
    // “…, Laaksi wrote in an email to Reuters Health.”: the same paraphrase, its frame naming the person (round 24).
    if (closedByNamedFrame(sentence.text, attribution.end)) return true;
    // “Studies showed it has a powerful effect on tumors”, “Studies in 2007 and 2008 suggested …”:
    // unnamed evidence told in the simple past, an episode of the story (a drug's history, what its
    // doctors went on), not set against the reported work as “previous studies” are. Readers called 8
    // of the 16 judged findings of this shape correct (round 24), as with people told in the past.
    if (toldAsEpisode(sentence.text, attribution)) return true;
  }
  if (attribution.id === 'experts-say')
    return speaksInPast(attribution.text) || sentencesToNamedSpeaker(document, sentence, 3) <= 3;
  return attribution.id === 'impersonal-passive';
}

/** Verbs by which evidence shows something, in the simple past: “studies showed”, “research found”. */
const evidencePast = new Set([
  'showed', 'found', 'suggested', 'indicated', 'demonstrated', 'revealed', 'proved', 'linked', 'concluded', 'confirmed',
]); // prettier-ignore
/** Auxiliaries that put the verb in the perfect or a passive (“have shown”, “had found”, “was shown”): not the simple past. */
const perfectOrPassive = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been']);
/** Earlier or other work named as such, a few words before or in the phrase: “previous U.S. studies”, “other research”. */
const earlierOrOtherWork =
  /\b(?:other|previous|prior|earlier|past|older)\s(?:[\p{L}.-]+\s){0,2}?(?:studies|study|research|trials|evidence|data|findings)\b/iu;

/**
 * Whether unnamed evidence is told in the simple past (“studies showed”, “research found”) and not
 * as earlier or other work (“previous studies found”, which sets background against the reported
 * study and readers call a vague source): the story narrating what some studies found.
 */
function toldAsEpisode(text: string, attribution: Attribution): boolean {
  const words = attribution.text.toLowerCase().split(/\s+/u);
  if (!evidencePast.has(words.at(-1) ?? '') || words.some((word) => perfectOrPassive.has(word))) return false;
  if (/^according to\b/iu.test(attribution.text)) return false;
  return !earlierOrOtherWork.test(text.slice(Math.max(0, attribution.start - 30), attribution.end));
}

/** Whether the research is the one the article reports, by `study-reference.ts`'s readers. */
function pointsAtReportedStudy(block: Block, sentence: Sentence, attribution: Attribution): boolean {
  const before = sentence.text.slice(0, attribution.start);
  return (
    researchCarriedOut(before, attribution.text) ||
    preliminaryInThePresent(before, attribution.text) ||
    followsTheNewStudy(block.sentences[sentence.index - 1]?.text ?? '', before, attribution.text)
  );
}

/** Subjects that, in an article reporting a study of its own, refer to it (or, in a review, its trials). */
const ownStudySubject =
  /^(?:new (?:[\p{L}-]+ ){0,2}?research|researchers|scientists|investigators|trials|clinical trials|(?:preliminary |early |initial |new )?findings|data)\b/iu;
/**
 * Research with no more than its novelty, its growth or its count said of it: “Studies show”, “New
 * research finds”, “Mounting evidence demonstrates” (a headline's growing evidence is the study the
 * article adds to it), “Multiple Studies Show” (the studies the article goes on to report).
 */
const bareResearch =
  /^(?:(?:new|mounting|growing|emerging|increasing|more|multiple|several|two|three|four|both) )?(?:studies|study|research|trials|data|evidence|findings)\b/iu;

/** “New brain scan research suggests”: “new” a few words before the subject the lexicon matched. */
const newBefore = /\bnew\s(?:[\p{L}-]+\s){0,2}$/iu;
const researchSubject = /^(?:research|studies|study|findings|data|evidence)\b/iu;
/** “Now,” or “But now” opening the sentence, right before the subject: what is new against what came before. */
const nowOpening = /^\s*(?:(?:but|and)\s)?now,?\s$/iu;
/** “Has been shown to work in a randomized Phase II study”: the passive names the study it rests on. */
const inAStudy =
  /^[^.;:]{0,80}?\bin (?:a|an|the|this|their|our)\s(?:[\p{L}\d-]+\s){0,4}(?:study|trial|review|analysis)\b/iu;

/**
 * “This is the first time it has been shown”, “for the first time, doctors say”: a claim to be first
 * is the reported study's claim to novelty, and its source is that study.
 */
const noveltyBefore = /\bfirst (?:time|study|trial|report|evidence)\b[^.;]{0,50}$/iu;
/** The study's people, then a participle naming what they do to the research that follows: “scientists conducting (early-stage)”. */
const teamDoingResearch =
  /\b(?:scientists|researchers|investigators|team|doctors|authors)\s(?:who\s)?(?:conducting|leading|doing|behind|involved in|working on|running|conducted|led|did)\s(?:[\p{L}-]+\s){0,3}$/iu;
/**
 * The study's people as the subject of finding what the attribution calls new: “Researchers have
 * found new evidence showing that …” (holdout 19, `own_study_source`: the evidence is their study).
 */
const teamFoundNew =
  /\b(?:scientists|researchers|investigators|team)\s(?:(?:have|has)\s)?(?:found|uncovered|discovered|produced|report|reported|present|presented|offer|offered)\s$/iu;
/** “According to the research”, “the findings suggest”: a definite article points back to the study the article reports. */
const definiteStudy =
  /\bthe (?:new |latest |current |recent )?(?:research|study|findings|data|trial|analysis|science)\b/iu;

/** Whether a vague-sounding attribution refers to a study the article reports (when it identifies one). */
function refersToOwnStudy(text: string, attribution: Attribution): boolean {
  if (ownStudySubject.test(attribution.text) || definiteStudy.test(attribution.text)) return true;
  if (noveltyBefore.test(text.slice(Math.max(0, attribution.start - 70), attribution.start))) return true;
  // “Further research in the lab showed that those viruses were still sensitive”: more of the work
  // just told, in the past tense of its results, not outside work set against it.
  if (continuesReportedWork(text, attribution)) return true;
  // “British scientists conducting early-stage research have found”: the research is what the
  // sentence's people are doing; they, the study's team, are the subject of “have found”.
  if (teamDoingResearch.test(text.slice(Math.max(0, attribution.start - 70), attribution.start))) return true;
  if (
    /^new\s/iu.test(attribution.text) &&
    teamFoundNew.test(text.slice(Math.max(0, attribution.start - 40), attribution.start))
  )
    return true;
  if (
    researchSubject.test(attribution.text) &&
    newBefore.test(text.slice(Math.max(0, attribution.start - 40), attribution.start))
  ) {
    return true;
  }
  // “Now, research suggests there may be benefits to …”: “now” opening the sentence sets the
  // research against what came before, as “new research” does: the news the article reports.
  if (researchSubject.test(attribution.text) && nowOpening.test(text.slice(0, attribution.start))) return true;
  // “According to doctors at several centers who took part in the trial”: people the phrase ties to
  // the study the article reports.
  // “Doctors said the trial found a small benefit”: people telling what the study found are its team.
  if (attribution.id !== 'impersonal-passive') {
    const after = text.slice(attribution.end, attribution.end + 90);
    return ofTheStudy.test(after) || tellsTheStudy.test(after);
  }
  // “It was found that telephone consultation appears to decrease …”: an agentless passive in the
  // past tense tells what the reported study or review found, not a claim credited to others.
  if (pastPassive.test(attribution.text)) return true;
  return inAStudy.test(text.slice(attribution.end, attribution.end + 120));
}

/** People the phrase goes on to tie to the reported study (“who participated in the trial”, “involved in the study”). */
const ofTheStudy =
  /^[^.;:]{0,70}?\b(?:participated|took part|worked|involved|enrolled)\s(?:in|on)\sthe\s(?:new\s)?(?:study|trial|research)\b/iu;
/**
 * What people say opening on what the study itself found: “(doctors said) the trial found”, “(that)
 * the new study showed”. Not their view of it (“experts said the study was significant”, “critics
 * contend that the study was poorly designed”): outsiders judging the study are unnamed sources.
 */
const tellsTheStudy =
  /^\s(?:that\s)?(?:the|this)\s(?:new\s)?(?:study|trial|research|results|data)\s(?:found|finds|showed|shows|demonstrated|demonstrates|suggested|suggests)\b/iu;
/** A passive of hearsay: “is said to”, “are claimed to”, “is reputed to”. */
const hearsay = /\b(?:said|claimed|reputed|purported|rumou?red|alleged) to\b/iu;
/** An agentless past judgement: “it was thought”, “it was considered”, “it was judged”. */
const pastJudgement = /^it was (?:thought|considered|judged|felt|deemed)\b/iu;
/** An agentless passive in the past tense: “it was found”, “it was shown”. */
const pastPassive = /^it was (?:found|shown|observed|noted)\b/iu;

/**
 * Subjects that, in a review, are the studies it included (“studies found mixed results”, “other
 * trials showed”). “Other research” and “prior studies” are not: they set outside work against it.
 */
const includedStudies =
  /^(?:(?:some|several|many|most|recent) )?(?:studies|trials|research|evidence|data)\b|^other (?:studies|trials)\b/iu;

/**
 * Attributions whose unnamed source sits inside the phrase after a verb or “from” (`attribution.ts`'s
 * `shownInStudies` and `knownFromWork`), rather than opening it as a subject.
 */
const sourceInsidePhrase = /^(?:previously\s|(?:has|have|had)\sbeen\s|from\s|(?:we|I)\s)/iu;

/** Research, not people, as the source: “previous studies”, “according to studies”, “scientific evidence”. */
const namesResearch = /\b(?:studies|study|research|evidence|trials|data)\b/iu;

/** “Findings showed”, “the data suggest”, “these results indicate”: what a study produced, not other research (“previous studies”). */
const ownResultsWord = /^(?:(?:the|these|this)\s)?(?:data|findings|results)\b/iu;

/** Attributions to unnamed evidence, which a named speaker quoting it does not name. */
const evidenceIds = new Set(['studies-show', 'body-of-evidence']);

/** A named speaker (a surname, not a pronoun) whose paraphrase the attribution opens. */
const namedSpeakerBefore =
  /(?<![\p{L}'’-])(?!(?:He|She|They|It|This|That|Some|Many|Others|Critics|Experts)\s)\p{Lu}[\p{L}'’-]{1,30}\s(?:says|said|notes|noted|argues|argued|explains|explained|adds|added)\s(?:that\s)?$/u;
/** The same speaker opening a quote: “Brooks says, "Many felt …"”. */
const namedSpeakerQuoteBefore =
  /(?<![\p{L}'’-])(?!(?:He|She|They|It|This|That|Some|Many|Others|Critics|Experts),)\p{Lu}[\p{L}'’-]{1,30}\s(?:says|said|notes|noted|explains|explained|adds|added),\s?["“]$/u;
/**
 * A paraphrase that ends by naming its speaker (“…, says Norton.”, “…, Cempra said on Sunday.”):
 * the clause after the sentence's last comma, read from its start.
 */
const speakerLast =
  /^\s?(?:(?:says|said|notes|noted|explains|explained|adds|added)\s(?:Dr\.?\s|Prof\.?\s)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}|(?:Dr\.?\s|Prof\.?\s)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}(?:\s(?:team|group|colleagues|co-authors))?\s(?:says|said|notes|noted|explains|explained|adds|added|reported|reports|writes|wrote))(?:\s(?:on|in|at|last|this)\s[\p{L}\d]+)?[.!]?\s?$/u;
const notSpeakers = new Set([
  'He',
  'She',
  'They',
  'It',
  'This',
  'That',
  'Experts',
  'Doctors',
  'Researchers',
  'Scientists',
  'Officials',
  'Others',
  'Critics',
  'Some',
  'Many',
  'Studies',
  'Research',
]);

/** “According to Asthma UK”, “according to the American Heart Association”: a name the claim is credited to. */
const accordingToName = /\baccording to (?:the )?\p{Lu}/u;

/** A closing quotation mark and the named speaker after it: “…,” Turnham says; “…,” said Dr. Roe. */
const speakerAfterQuote =
  /^[,.!?]?["”]\s?(?:(?:says|said|notes|noted|explains|explained|adds|added)\s(?:Dr\.?\s|Prof\.?\s)?(\p{Lu}[\p{L}'’-]+)|(?:Dr\.?\s|Prof\.?\s)?(\p{Lu}[\p{L}'’-]+)(?:\s\p{Lu}[\p{L}'’-]+){0,2}\s(?:says|said|notes|noted|explains|explained|adds|added))\b/u;

/**
 * Whether the attribution sits in a quote that opens the sentence and that a named speaker closes
 * (“"Doctors will say, '…,'" Turnham says.”): the speaker's words, as a quote the speaker opens is.
 */
function quoteClosedByNamedSpeaker(text: string, attribution: Attribution): boolean {
  if (!/^\s*["“]/u.test(text)) return false;
  const close = text.slice(attribution.end).search(/[,.!?]?["”](?=\s?\p{L})/u);
  if (close < 0) return false;
  const speaker = speakerAfterQuote.exec(text.slice(attribution.end + close));
  const name = speaker?.[1] ?? speaker?.[2];
  return name !== undefined && !notSpeakers.has(name);
}

/**
 * Whether a sentence ends by naming the one speaker it paraphrases. A quotation mark before the
 * attribution puts it in a quote, judged like any wording; words quoted after it (“Animal and human
 * studies have shown that omega-3 fats “play critical roles …,” Robbins’ team writes.”) leave it in
 * the paraphrase, whose speaker closes the sentence.
 */
function endsWithNamedSpeaker(text: string, attribution: Attribution): boolean {
  const quote = text.search(/["“”]/u);
  if (quote >= 0 && quote < attribution.end) return false;
  const comma = text.lastIndexOf(',');
  if (comma < attribution.end) return false;
  const tail = text.slice(comma + 1).replace(/^["”]/u, '');
  if (!speakerLast.test(tail)) return false;
  const names = tail.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
  return names.length > 0 && !names.some((name) => notSpeakers.has(name));
}

const signpost = /^\s*(?:what|how|why|where|when|who|which)\b/iu;

/** Whether the attribution is a “what X says” that ends its sentence (or opens a list): a signpost, with no claim of its own. */
function signpostsAhead(text: string, attribution: Attribution): boolean {
  return (
    /\b(?:what|how)\s$/iu.test(text.slice(Math.max(0, attribution.start - 6), attribution.start)) &&
    /^[.:!]?$/u.test(text.slice(attribution.end).trim())
  );
}

/** A bare quantifier for people (“many”, “some”, “others”) and its verb, with no noun to say who they are. */
const barePeople = /^(?:some|many|most|others)\s[\p{L}]+$/iu;
/**
 * What people say of themselves: a report on themselves right after the verb (“they wish”, “their
 * patients”), or their words quoted. Not after “that”, where “they” is as often what the claim is
 * about (“others suggested that they deserved a phylum of their own”).
 */
const ownExperience = /^(?:they|their|them|I|we)\b|^[,:]?\s?["“'‘]/u;

/** Whether a bare quantifier's people speak of their own experience (see `ownExperience`). */
function speaksOfThemselves(text: string, attribution: Attribution): boolean {
  return (
    barePeople.test(attribution.text) &&
    ownExperience.test(text.slice(attribution.end, attribution.end + 12).trimStart())
  );
}

/** A surname opening what was said, with its verb: “(doctors said) Bardwell was doing well”. */
const personClause =
  /^\s(?:that\s)?(\p{Lu}\p{Ll}+)\s(?:was|is|had|has|remains|remained|should|will|would|could|did)\b/u;

/**
 * Whether what people said is about one person the article names in full elsewhere (“Hollis
 * Bardwell”): a patient's case told by his doctors, not a claim credited to unnamed experts. A
 * capitalised word the article never gives a first name to may be a drug (“experts say Avastin is …”).
 */
function onAPatient(document: ProseDocument, text: string, attribution: Attribution): boolean {
  const surname = personClause.exec(text.slice(attribution.end, attribution.end + 60))?.[1];
  if (surname === undefined) return false;
  const { source } = document;
  for (let at = source.indexOf(` ${surname}`); at > 0; at = source.indexOf(` ${surname}`, at + 1)) {
    const given = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+$/u.exec(source.slice(Math.max(0, at - 20), at))?.[0].trim();
    if (given !== undefined && !notGivenNames.has(given) && /[^\p{L}]/u.test(source[at + surname.length + 1] ?? ' '))
      return true;
  }
  return false;
}
/** Capitalised words that can stand before a surname without being a given name. */
const notGivenNames = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'The', 'When', 'But', 'And', 'So', 'Then', 'As', 'If']);

/** Whether a block is the article's lede: its first paragraph of body text. */
function isLede(document: ProseDocument, block: Block): boolean {
  return document.blocks.find((candidate) => candidate.role === 'body' && candidate.kind === 'paragraph') === block;
}

/** Whether a block is one of the article's first two paragraphs of body text: its lede, or a standfirst and the lede. */
function opensArticle(document: ProseDocument, block: Block): boolean {
  let seen = 0;
  for (const candidate of document.blocks) {
    if (candidate.role !== 'body' || candidate.kind !== 'paragraph') continue;
    if (candidate === block) return true;
    if (++seen === 2) return false;
  }
  return false;
}

/** The comma before a lede's closing credit, and the stage of the work it may name: “…, preliminary research suggests.” */
const ledeCredit = /,\s*(?:(?:preliminary|early|initial|early-stage|latest|new)\s+)?$/iu;

/**
 * Whether the attribution is a news lede's closing “…, research shows.”: after a comma, ending its
 * sentence, in the present simple of news (not the perfect or past of background, “studies have
 * shown”). A lede that opens on “Studies show …” tells background before the news.
 */
function reportsLast(text: string, attribution: Attribution): boolean {
  return (
    ledeCredit.test(text.slice(0, attribution.start)) &&
    /^[.!]?["”]?$/u.test(text.slice(attribution.end).trim()) &&
    !/\b(?:has|have|had)\b|(?:ed|found|shown|showed|proven)$/iu.test(attribution.text)
  );
}

/** “According to research”, “according to a new study”: a credit to research with nothing said of it but its novelty. */
const accordingToBareResearch =
  /^according to (?:(?:new|recent|the latest)\s)?(?:research|studies|(?:a|one)\s(?:new\s)?study)$/iu;

/**
 * Whether the attribution is a lede's closing credit (“…, according to research suggesting …”),
 * after a comma, to research with nothing said of it but its novelty: the news the article reports,
 * not earlier or other work (“according to previous studies”).
 */
function creditsLedeToResearch(text: string, attribution: Attribution): boolean {
  return accordingToBareResearch.test(attribution.text) && ledeCredit.test(text.slice(0, attribution.start));
}

/** A question's opening word: a wh-word or an auxiliary put first (“Do experts agree?”, “Can't doctors agree?”). */
const questionOpening =
  /^\s*(?:["“‘]\s*)?(?:what|how|why|where|when|who|which|whose|do|does|did|don['’]t|doesn['’]t|can|can['’]t|could|should|would|will|is|isn['’]t|are|aren['’]t|has|have)\b/iu;

/** Whether the attribution sits in a question: the sentence ends in “?” and the clause holding it opens with a question word. */
function asksAbout(text: string, attribution: Attribution): boolean {
  if (
    !text
      .trimEnd()
      .replace(/["”’]$/u, '')
      .trimEnd()
      .endsWith('?')
  )
    return false;
  const before = text.slice(0, attribution.start);
  const clauseStart = Math.max(before.lastIndexOf(':'), before.lastIndexOf(';'), before.lastIndexOf('?')) + 1;
  return questionOpening.test(text.slice(clauseStart, attribution.end));
}

/** Whether the attribution is inside quotation marks around a few words only (“clinically proven”): scare quotes. */
function inShortQuote(text: string, attribution: Attribution): boolean {
  const open = text[attribution.start - 1];
  const close = text[attribution.end];
  if (!(open === '“' && close === '”') && !(open === '"' && close === '"')) return false;
  return attribution.text.split(/\s+/u).length <= 4;
}

/** “Who were believed to”, “who are thought to”: a belief about the particular people just named. */
const describesPeople =
  /\bwho (?:was|were|is|are|had been|have been) (?:once |widely |previously )?(?:believed|thought|considered|presumed|assumed)\b/iu;

/**
 * A citation in the sentence, or the source this attribution stands for named in the sentence
 * either side, in the same paragraph: a cited study for unnamed research (“Research has shown
 * this. A 2021 trial in The Lancet …”), a named person for unnamed experts. An impersonal passive
 * (“it is believed”) names nobody to look for nearby.
 */
function isSourced(document: ProseDocument, sentence: Sentence, attribution: Attribution): boolean {
  // A citation in the sentence, or a numbered marker right after its full stop (“… lifestyle. (2)”).
  if (citationsOfSentence(document, sentence).length > 0) return true;
  // A named speaker sources what people say or believe, not the unnamed evidence they cite: “the
  // data adds to the growing body of evidence that …,” said Dr Martin (a quote is judged like any wording).
  // “Kopans noted that mammography is the only test that has been proven to …”: a speaker named by
  // surname whose paraphrase holds the attribution is its source, as one named by title is.
  const named = findNamedAttributions(sentence.text);
  // “Studies suggest …, according to Dr. Stephen Silberstein, a neurologist”: the article credits
  // the whole sentence, evidence and all, to a person a reader can follow up.
  // Not “According to Dr. Lee, "There is a growing body of literature …"”: a quote is judged like
  // any wording, and its unnamed evidence stays unnamed.
  if (named.some((person) => person.start > attribution.end && /^according to/iu.test(person.text))) return true;
  // “… research shows that two thirds of asthma deaths are preventable, according to Asthma UK”: a
  // name after “according to” later in the sentence credits the claim to a body or person a reader
  // can follow up, whatever kind of name it is.
  if (accordingToName.test(sentence.text.slice(attribution.end))) return true;
  const namedSpeaker = named.length > 0 || namesSpeaker(sentence.text.slice(0, attribution.start));
  const evidence = evidenceIds.has(attribution.id);
  if (!evidence && namedSpeaker) return true;
  // With a named speaker, a body in the sentence is the speaker's affiliation (“director of the
  // Division of Surgical Oncology”), not the evidence's source.
  if (namesBody(sentence.text) && !(evidence && (namedSpeaker || outsideWorkBeforeSpeaker(sentence.text, attribution))))
    return true;
  // “Calabresi says many people think …”: a named speaker's paraphrase; the speaker is the source.
  if (namedSpeakerBefore.test(sentence.text.slice(Math.max(0, attribution.start - 40), attribution.start))) return true;
  // “Data showed the drug outperformed …, Cempra said on Sunday”: a paraphrase whose speaker closes it.
  if (endsWithNamedSpeaker(sentence.text, attribution)) return true;
  // “Brooks says, "Many felt …"”: a quote its named speaker opens (unnamed evidence in it stays unnamed).
  if (
    !evidence &&
    namedSpeakerQuoteBefore.test(sentence.text.slice(Math.max(0, attribution.start - 40), attribution.start))
  )
    return true;
  // “"Doctors will say, 'There are side effects …,'" Turnham says.”: a quote its named speaker closes.
  if (!evidence && quoteClosedByNamedSpeaker(sentence.text, attribution)) return true;
  // “A few small studies suggest …, as one study in the Journal of … indicated”: one of them, cited.
  if (attribution.id !== 'experts-say' && namesJournalStudy(sentence.text)) return true;
  // “Advocates argue …, pointing to a study in the Journal of Pain”: people whose evidence the
  // sentence goes on to cite.
  if (unnamedKind(attribution) === 'people' && citesTheirEvidence(sentence.text.slice(attribution.end))) return true;
  // “Previous research found …, the researchers write in JAMA Cardiology”: the journal named after
  // the phrase, where the claim is told, is where a reader follows the evidence up. One named before
  // it (“In the study, published in the Journal of …, researchers … prior studies showing”) says
  // where the reported study appeared.
  // “…, according to research published this week in the journal Neurology”: research credited by
  // the journal it appeared in is as followable as “studies” so credited (round 19).
  if (
    (evidence || (attribution.id === 'according-to-vague' && namesResearch.test(attribution.text))) &&
    namesJournal(sentence.text.slice(attribution.end))
  )
    return true;
  // “…, according to research presented today at the 2017 Multidisciplinary Thoracic Cancers Symposium”.
  if (creditedByVenue(attribution.text, sentence.text.slice(attribution.end, attribution.end + 80))) return true;
  // “Newer evidence has shown that … The authors of the just-published study reviewed all of the
  // available evidence and included 146 studies”: the evidence a review next door gathered, not
  // work set against it (“other studies”, “previous research”).
  if (
    evidence &&
    !setAgainstOtherWork.test(sentence.text.slice(Math.max(0, attribution.start - 30), attribution.end)) &&
    reviewWithinReach(document, sentence)
  )
    return true;
  // The source named in a sentence within reach, of the kind the unnamed one stands in for: a
  // publication for unnamed evidence, a named person or body saying it for unnamed people.
  return sourceWithinReach(document, sentence, unnamedKind(attribution), definitePeople.test(attribution.text));
}

/**
 * Whether unnamed evidence that cannot be the reported work (a body of evidence it adds to, earlier
 * or other studies) is quoted before a speaker named with a degree or a role after the name (“"The
 * data adds to the growing body of evidence …," said Robert Martin, M.D., director of …”), whom the
 * named patterns, read for a title before the name, do not see: the body in the sentence is then the
 * speaker's affiliation (round 30). Bare “research” in the quote of the reported study's leader is
 * that study (“"Research points to this as a pathway …," said Murray Brilliant, Ph.D., director …”).
 */
function outsideWorkBeforeSpeaker(text: string, attribution: Attribution): boolean {
  const outside =
    attribution.id === 'body-of-evidence' ||
    setAgainstOtherWork.test(text.slice(Math.max(0, attribution.start - 30), attribution.end));
  return outside && namesSpeakerWithDegreeOrRole(text.slice(attribution.end));
}

/** Earlier or other work, set against a study rather than gathered by it: “other studies”, “previous research”. */
const setAgainstOtherWork =
  /\b(?:other|previous|prior|earlier|past|older)\s(?:[\p{L}-]+\s){0,2}?(?:studies|study|research|trials|evidence|data|findings)\b/iu;

/** Unnamed people with a definite article (“according to the experts”), who refer back to people already named. */
const definitePeople = /\bthe\s(?:experts|specialists|doctors|physicians|scientists)\b/iu;

/** What an attribution stands in for (see `Unnamed`). */
function unnamedKind(attribution: Attribution): Unnamed {
  if (standsForPeople(attribution)) return 'people';
  if (attribution.id === 'impersonal-passive') return 'claim';
  return 'evidence';
}
