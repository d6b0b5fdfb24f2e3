import { isLongFeature, longFeatureWords } from '../../src/language/article-body.js';
import { summarisesReviewedStudies } from '../../src/language/evidence-summary.js';
import { focalIntervention, namedOnlyInPassing } from '../../src/language/focal-intervention.js';
import { firstSafetyCaveat, isKindWord, namesTreatmentFamily } from '../../src/language/safety.js';
import { headlineReportsFailure, questionsIntervention } from '../../src/language/sceptical-verdict.js';
import {
  findDesignCues,
  namesAnyTrial,
  reportsOnlyAssociation,
  reportsPreclinicalWork,
} from '../../src/language/study-design.js';
import { deviceFindsOut, isInformingGadget, opensOnTestInstead } from '../../src/language/test-led.js';
import { linkedTreatmentKeys } from '../../src/language/treatment-links.js';
import {
  treatmentMentions,
  type InterventionClass,
  type TreatmentMatch,
  type TreatmentMention,
} from '../../src/language/treatments.js';
import type { Block, ProseDocument } from '../../src/prose/types.js';
import { defineRule } from '../../src/rule/define-rule.js';

export interface Options {
  /** Also ask for the harms of tests and screening, lifestyle and food advice, and compounds studied in animals or cells. */
  includeTestsAndLifestyle?: boolean;
}

/**
 * How many paragraphs may name a class of medicines the headline leaves out before the class is
 * what the article discusses rather than its background (pooled verdicts, round 25: the background
 * classes came back in one to four paragraphs, the classes articles were about in eight or more).
 */
const fewParagraphs = 4;

/** Interventions every editor wants harms named for: medical treatments and supplements. */
const agreedClasses: ReadonlySet<InterventionClass> = new Set(['medical', 'supplement']);

/**
 * A long feature (over `longFeatureWords` words of body prose) about a treatment that names no
 * trial and no harm: the shape the rule holds back as tentative.
 */
const longFeature = [
  '# The quiet room with the garden window',
  'Ketamine infusions relieve depression within hours for many of the people who come to a small clinic on the edge of the city, its founder says, and the waiting list grows longer every month.',
  'Maria Lopez first walked through its doors on a grey morning in March, after eleven years of living with a sadness that no pill had lifted. She had tried six medicines and two kinds of talking therapy, and she had almost stopped hoping that anything would change.',
  'The clinic looks like a quiet living room. There are soft chairs, a window onto a small garden, and a nurse who sits with each visitor for the whole afternoon. Music plays if the visitor wants it, and most of them do.',
  'The founder, an anaesthetist who spent twenty years in operating theatres, says the idea came to him when a colleague described how quickly some patients seemed to brighten after surgery. He began reading everything he could find about the medicine and its long history in hospitals.',
  'Ketamine has been used in operating theatres and on battlefields for more than half a century. What is new is the small dose given slowly through a vein over forty minutes, in a calm room, several times over a few weeks.',
  'For Lopez, the change came on the second visit. She remembers driving home and noticing the colour of the trees along the road, something she had not done for years. By the fourth visit she had started painting again.',
  'Her husband noticed it too. He says she laughed at a film for the first time in a long while, and that their children, now teenagers, began asking her to come to their football matches again.',
  'The clinic now sees about forty people a week. Most are referred by their family doctors or by psychiatrists who have run out of options, and some travel for hours to get there. A few come back every few months for a single top-up visit.',
  'Each visit costs several hundred dollars, and most insurers do not pay for it. The founder says he hopes that will change as more clinics open and as more psychiatrists come to know the treatment and what it can offer their patients.',
  'Other clinics have opened in nearby towns over the past two years, and a national association of ketamine providers now holds a yearly meeting where nurses and doctors share what they have learned about running such a service.',
  'Psychiatrists who refer patients say the speed is what sets it apart. The usual medicines can take six weeks or more to help, and for someone in the depths of depression those weeks can feel endless.',
  'The founder keeps a wall of thank-you cards in the hallway. One, written in careful capital letters, simply says that the writer is still here because of the people in the quiet room with the garden window.',
  'Lopez now volunteers at the clinic one morning a week, greeting new visitors at the door. She tells them that she was once where they are, sitting in the same chair and wondering whether anything could help her at all.',
  'She says she does not know how long the good months will last, but that she has learned to enjoy each one of them. She still paints most evenings, and her work now hangs in a small gallery in the old part of the town.',
  'Many of the visitors are teachers, nurses and farmers, the founder says, people who kept working through years of low mood and who arrive exhausted. Some bring a friend or a parent for the first visit, and the nurse makes tea for them while they wait in the garden.',
  'The nurse, who has worked at the clinic since it opened, says she still finds the first visits moving. People arrive quiet and tense, she says, and an hour later many of them are talking about the things they want to do again, such as walking the dog, cooking for friends or going back to choir.',
  'A local charity now helps some visitors with the cost, and the town council has asked the founder to speak at a public evening about mental health in the spring. He says he will bring Lopez and her paintings with him.',
  'The clinic plans to open a second room next spring and to train two more nurses to sit with visitors. Its founder says the hardest part of his week is telling people on the waiting list that they must wait a little longer.',
].join('\n\n');

/**
 * Whether the headline names a treatment other than the target that more of the article's
 * paragraphs name than the target's, and not the target itself (see `check`).
 */
function headlineRival(
  document: Pick<ProseDocument, 'blocks'>,
  mentions: readonly TreatmentMention[],
  key: string,
  target: TreatmentMatch,
  targetBlocks: ReadonlySet<Block>,
): boolean {
  const headline = document.blocks[0];
  if (!headline || (headline.kind !== 'title' && headline.kind !== 'heading') || targetBlocks.has(headline))
    return false;
  const paragraphsNaming = (other: string): number =>
    new Set(mentions.filter((mention) => mention.key === other).map((mention) => mention.block)).size;
  let linked: ReadonlySet<string> | undefined;
  return mentions.some(
    (mention) =>
      mention.block === headline &&
      mention.key !== key &&
      !mention.generic &&
      mention.kind !== 'lifestyle' &&
      mention.kind !== 'food' &&
      !(mention.kind === target.kind && (isKindWord(mention.key) || target.generic)) &&
      paragraphsNaming(mention.key) > targetBlocks.size &&
      !(linked ??= linkedTreatmentKeys(document, key)).has(mention.key),
  );
}

export default defineRule<Options>({
  id: 'missing-safety-caveat',
  scope: 'document',
  docs: {
    summary:
      'Flags an article that promotes a treatment or practice but never names a specific harm, risk, contraindication or concrete caution.',
    rationale:
      'Every treatment that can help can also harm. Readers who hear only about benefits cannot weigh them against side effects, interactions, dependence or who should not use it.',
    guideline:
      'HealthNewsReview.org criterion 4 (does the story adequately explain the harms?); CONSORT 2010 item 19 (harms). Vague warnings such as “should not be taken lightly” or “should be monitored carefully” name no harm and do not count. By default only medical treatments (drugs, biologics, devices, procedures, talking therapies) and supplements are checked: for diagnostic tests and screening, lifestyle and food advice, and compounds studied only in animals or cells, editors differ on whether harms must be named (JUDGING.md), so a rule that asked would be switched off. Set `includeTestsAndLifestyle` to ask for them too, as HealthNewsReview.org reviewers do. Talking therapies stay in, held back as tentative: they can harm (worsening symptoms, dependence on the therapist), and HealthNewsReview.org asks for their harms like any treatment’s, but most editors reading such findings judged them like lifestyle advice. The caveat is asked of the article’s focal intervention (the one its headline and opening name, that it names most and offers as a remedy), not of standard care or the drugs named as its examples (“standard heart attack medications, such as aspirin”), not of a comparator (one the headline names only as its yardstick, “Chinese Herbs Equal to Tamiflu”, is never the target, and with the headline’s remedy unknown to the rule it stays silent), the regimen a new drug is added to (“the current two-drug regimen of peginterferon and ribavirin”), a setting or a drug named on the way (a headline that names it only as “new drug” keeps that word the target against a class named as the background, such as statins); when that intervention is a test or lifestyle advice the rule stays silent by default rather than naming another treatment. Harms said of another named treatment (“a biopsy is invasive” in an article about a urine test) do not count as its caveat; harms said of the class or second name the article gives it (“bisoprolol, a beta blocker” … “beta blockers can cause tiredness”, “adalimumab (sold as Humira)”), or of the drug it names as the new one its headline announces (“New blood thinner …” … “The new drug is rivaroxaban”), do. A harm counts in whatever words it is named: a sign, symptom or adverse event in lay or clinical words (“a fast heartbeat”, “tachycardia”, “hemothorax”, from a vocabulary built from MeSH and the Disease Ontology) that the sentence puts on the treatment (“can trigger”, “patients given it developed”, “infections after the procedure”), but not the condition it is offered for, nor a harm it is said to lessen; a class that goes on to say which harms (“well tolerated; the most common adverse events were thirst and constipation”), more deaths among those who took it, pain that the people given it report, a rate of complications even when lower than the alternative’s, the risk or rate of a harm put on the treatment however small (“the very low risk of bleeding with apixaban”), a count of the people in a study going through a symptom (“about 20 percent of patients experience a mild headache”), a symptom commoner with the treatment than without (“pancreatitis was higher with Januvia, 23 versus 12”, under any name the article gives it, and a biologic the article names when its headline calls it “the drug”), a reaction to the treatment or to what is given with it (“reacted to the anesthesia”), adverse events counted (“four instances of severe hypoglycemia”, “10 patients had an episode of rejection”), more of a harm among the people given it than among the others (“patients taking briakinumab had more serious infections”, “babies in the DHA group experienced longer bouts of vomiting”), plain words for harms that go on to list them (“negative effects, such as skin lesions”), a symptom at the injection site (“pain or reddening at the injection site”), a blood-test abnormality in lay words that it caused (“caused low blood calcium”), symptoms said to come with it (“the fatigue, hair loss and other body changes that can accompany anticancer drugs”), the product found to hold drugs, metals or germs its label does not name (“supplements have been found to contain weight-loss drugs”), harms said of “the combination” or “the two drugs” an article about a combination promotes, deaths from the operation or the treatment itself (“operative mortality was 0.3 percent”, “8 percent died from the treatment itself”), a harm readers are told they risk (“you risk kidney stones”), the treatment said to be able to kill or to be dangerous for some people (“the drug could kill her”, “dangerous for people with a bleeding stroke”), or, as the subject of its clause, to cause a condition, raise blood pressure or hurt someone (“ecstasy use can cause depression”, “it raised blood pressure”, “could hurt a patient’s chances”), the risks said of it (“the risk of tPA treatment, which includes a risk of bleeding”), pain a treatment named before it is said to cause (“shows promise, yet causes pain”), the harms of the named operations when the treatment is a kind of surgery named by its purpose (“bariatric surgery” … “sleeve gastrectomy carries a risk of bleeding”), harms a reassuring grade goes on to list (“side effects were minimal, typically involving …”, “were mild, and included nausea”), a risk that the treatment or a word pointing back at it is said to raise (“such treatments can increase the risk of breast cancer”), a named harm the treatment, or the study of it, is said to have been looked for and not found (“does not worsen asthma”, “without an increase in hypoglycemia”, “no issues with hypoglycemia”: the article weighs that harm, though reassurance that names none, “no serious side effects”, does not count), asking a doctor or other health professional in whatever words (“consult your primary care physician”), or who it is not for (“patients with heart problems may not be candidates”, “for use only in those aged 12 or more”), including advice that people should not start taking it on their own (“men should not start taking vitamin D supplements in hopes of slowing the cancer”, “families should not try to replicate the treatment at home”). An article whose headline or opening reports the treatment failing (“did not relieve constipation”, “won’t slow decline”) or doubts it (“How much does knee surgery really help?”, “The Healthy Skeptic”, “testosterone therapy is no fountain of youth”), or whose paragraph labelled as its verdict (“The Verdict: … there isn’t proof it wards off disease”) does so, does not promote it, and the rule stays silent whatever the option; so does an article whose headline’s news is that a treatment failed or did no better (“Omega-3 margarines fail to help”, “new treatment no better than older one”), whichever treatment it names further down. A supplement whose only evidence in people is an association (“folic acid tied to lower autism risk”, with no trial named) is diet advice, left to editors like food. Animal and cell work counts as such wherever the article names it twice (not only in its opening) unless it also reports a trial in people; an app or a wearable, which informs, coaches or alerts rather than acting on the body, is left to editors like a test; an article whose headline’s subject is a test (“Test Aids Prostate Cancer Treatment”) or that opens on a test (“a simple blood test called hs-CRP”) and names the treatment only further down, as what the test helps decide, promotes the test: both are left to editors by default, like tests and lab work. A harm said under another name readers know for the same medicines counts (“menopausal hormone therapy … increased the risk of dementia” in an article about estrogen, “blood thinners” for anticoagulants), as do deaths put on the people who took the treatment (“most deaths did occur in people who used kratom”) and the main adverse effects named after “of” (“well tolerated, with the main adverse effects of appetite loss and insomnia”); a “favorable side effect profile” is reassurance, and the harms of the options patients have now (“options for these patients are few, and they come with substantial adverse effects”) are not the treatment’s. A headline that weakens the case for a treatment doubts it. A bare word for the treatment’s kind listed with another treatment (“the early menopause that results from chemotherapy and surgery” in an article about acupuncture) is one of those others, not the treatment. A class of harms inside a capitalised name (“the FDA Adverse Event Reporting System”) names no harm, nor does the disease a treatment is said to make die or shrink (“causes the cancer cell to die”); a medicine people were less likely to need (“less likely to need oral steroids for an attack”) is an outcome, not the remedy. A treatment word inside a name (“the Institute for Immunity, Transplantation and Infection”, “the Scottish Islet Transplant Programme”) or an abbreviation listed with another field’s (“GDx, HRT and OCT”, retinal imaging devices) is not a treatment. A loss of a body function counted among the people given it (“27 patients reported a transient reduction of erectile function”, “deficits in any hormone level were seen in 63 percent”), a death rate of the people given it with its figure (“mortality in the hospital was 0.3 percent”, not the change “11 percent lower”), complaints from its users that list symptoms (“complaints, ranging from pain …”) and the treatment said to impair a function (“it also might impair a person’s judgement”) name harms; a harm whose rate is set against another treatment’s (“which compares with 25 percent in studies using photon radiotherapy”) is still the treatment’s, while a harm of another treatment that names the target only as its yardstick (“those who had a mastectomy had a higher risk of dying than those who had lumpectomy”) is not. A symptom graded as minimal (“minimal discomfort”) is reassurance, and harms as an outcome a study weighs (“factors that affect tumour control and toxicity”) are not harms it found. A harm said of the treatment under the adjective of its name (“patients who had the laparoscopic procedures” in an article about laparoscopy) is its harm; a label’s words for whom it is not intended (“aren’t intended for people younger than 18”) and a warning not to drive or operate machinery after taking it are cautions. A death is the treatment’s harm whatever the patient died of (“one patient died of a stroke after a heart injury during implantation”); the condition the headline says the treatment prevents or treats is no harm of it in the singular or the plural, nor after “protect … from” (“can prevent reactions to pollen” … “immediate allergic reactions”); the side effects of the care people get for their condition (“patients undergoing cancer treatment confront side effects”) are those of the options they have now; “surgery” does not stand for a therapy given by beams (“proton therapy”), whose alternative it is; and a treatment that helped named people get back a body function (“helped McGlynn and Bush to walk”) is offered as a remedy.',
    howToFix:
      'Name the known side effects or risks and how common they are, who should not use the treatment, or a concrete caution such as “talk to your doctor before starting or stopping”.',
  },
  tentative: `a long feature (${longFeatureWords} words or more of body prose) that names no trial and whose headline does not name the treatment: such an article weighs a treatment through patients, settings, comparators and history rather than reporting a test of it, and readers judged most such findings wrong or debatable (a harm told in passing in words the rule does not read, or a comparator or the setting taken for the treatment); and a talking therapy (counselling, cognitive behavioural therapy, hypnosis) as the treatment, whose harms most readers did not expect to be named, as for lifestyle advice (2 of 9 judged findings correct); shown with the includeTestsAndLifestyle option, which asks for lifestyle advice’s harms too; and a class of medicines (“statins”, “SSRIs”, “chemotherapy”) that the headline does not name and that at most ${fewParagraphs} paragraphs name: such a class is most often the background, the comparator, the partner of a combination or what a test predicts, not what the article promotes (none of 9 judged findings correct); and a target the headline leaves out when the headline names another specific treatment that more of the article’s paragraphs name: the headline’s treatment is what the article reports, and the target a rival, the comparator or the setting (none of 4 judged findings correct); and a text without a headline that sums up a review of several studies in the reviewer’s words (how it gathered and graded them, “eight trials met the criteria for inclusion”, “the quality of the available evidence was mainly low”): it weighs treatments and the evidence for them rather than promoting one (none of 6 judged findings correct).`,
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
      title: 'A harm named in clinical words',
      input:
        'Ketamine infusions relieve depression within hours.\n\nIn the trial, two patients given ketamine developed tachycardia.',
      flags: [],
    },
    {
      title: 'The condition it is offered for is no harm of it',
      input:
        'Ketamine infusions relieve depression within hours.\n\nPatients with depression who had ketamine infusions reported less depression.',
      flags: ['Ketamine infusions'],
    },
    {
      title: 'A concrete caution counts',
      input:
        'Melatonin helps some people with insomnia. Talk to your doctor before starting it if you take other medicines.',
      flags: [],
    },
    {
      title: 'Harms a reassuring sentence goes on to name',
      input:
        'Oxytocin nasal spray improves social skills in children with autism.\n\nThe spray was well tolerated and the most common adverse events were thirst, urination and constipation.',
      flags: [],
    },
    {
      title: 'Asking a health professional counts',
      input:
        'Vitamin D supplements reduce inflammation, a new trial finds.\n\nShe encourages women to speak to their health care providers to find the right dose.',
      flags: [],
    },
    {
      title: 'A harm said of the class the article puts the drug in',
      input:
        'Bisoprolol relieves heart failure.\n\nBisoprolol, a beta blocker, costs little.\n\nBeta blockers can cause tiredness and dizziness.',
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
      title: 'The article’s own intervention is the target, not a drug named on the way',
      input:
        'A new imaging test helps doctors treat small kidney tumours for cancer patients. The imaging test helps them decide. Some patients also take a drug for blood pressure.',
      flags: [],
    },
    {
      title: 'That intervention when tests and lifestyle are included',
      input:
        'A new imaging test helps doctors treat small kidney tumours for cancer patients. The imaging test helps them decide. Some patients also take a drug for blood pressure.',
      options: { includeTestsAndLifestyle: true },
      flags: ['imaging test'],
    },
    {
      title: 'A story that reports the treatment failing does not promote it',
      input:
        '# Ginkgo Won’t Slow Decline of Aging Brain\n\nMany older adults take ginkgo to keep their minds sharp, but ginkgo does not stave off cognitive decline, a new study finds.',
      flags: [],
    },
    {
      title: 'A headline whose news is a failure promotes nothing it names',
      input:
        '# Omega-3 margarine fails to help in heart study\n\nA margarine enriched with omega-3 oils did not reduce heart attacks in a trial of 4,800 patients.\n\nMany doctors already prescribe fish oil capsules to lower triglycerides.',
      flags: [],
    },
    {
      title: 'The procedure a trial adds is the target, not the background medication of its arms',
      input:
        '# Procedure plus medication helps heart patients\n\nA procedure called percutaneous coronary intervention (PCI), along with medication, is better than medication alone for stable heart disease.\n\nThe medication consisted of aspirin and blood pressure-lowering drugs.\n\nPCI reduced urgent hospital admissions in the trial.',
      flags: ['PCI'],
    },
    {
      title: 'Work in cells and animals is left to editors by default',
      input:
        'Stem cell injections could one day treat heart failure.\n\nThe team tested the stem cells in cell cultures.\n\nRodents given the stem cells had stronger hearts.',
      flags: [],
    },
    {
      title: 'That work when tests and lifestyle are included',
      input:
        'Stem cell injections could one day treat heart failure.\n\nThe team tested the stem cells in cell cultures.\n\nRodents given the stem cells had stronger hearts.',
      options: { includeTestsAndLifestyle: true },
      flags: ['Stem cell injections'],
    },
    {
      title: 'A rise in a disease among the people given it',
      input:
        'Tenofovir gel protects women from HIV.\n\nThe trial found an increase in kidney disease among women given the gel.',
      flags: [],
    },
    {
      title: 'A harm said of the people given it, named by their dose',
      input:
        'Lithium drops ease night waking in older adults.\n\nThree of the high-dose patients developed hyponatremia.',
      flags: [],
    },
    {
      title: 'Risks weighed against the benefits',
      input:
        'Hormone therapy relieves hot flushes.\n\nAn earlier trial was stopped when its risks seemed to outweigh the benefits.',
      flags: [],
    },
    {
      title: 'A general word for the treatment stands for the named ones of its kind',
      input:
        'Surgery gives stiff knees their movement back, surgeons say.\n\nA knee replacement in smokers carries a higher risk of complications.',
      flags: [],
    },
    {
      title: 'A device that detects something is a test',
      input:
        'A new handheld device could spot malaria in minutes.\n\nThe device detects the parasite in a drop of blood.',
      flags: [],
    },
    {
      title: 'A substance that names the condition is not the treatment',
      input:
        'Naltrexone implants help people with opioid use disorder stay off heroin, a trial finds.\n\nThe opioid crisis demands new answers.',
      flags: ['Naltrexone implants'],
    },
    {
      title: 'Asking a health professional, whatever words name which one',
      input:
        'Ketamine infusions relieve depression within hours.\n\nPatients should consult their family physician before starting.',
      flags: [],
    },
    {
      title: 'Who it is not for, named by their condition',
      input:
        'Ketamine infusions relieve depression within hours.\n\nPatients with heart problems may not be candidates for the infusions.',
      flags: [],
    },
    {
      title: 'Pain that the people given it report',
      input:
        'Ketamine infusions relieve depression within hours.\n\nNine patients who received ketamine reported pain during the infusion.',
      flags: [],
    },
    {
      title: 'Harms listed after a reassuring grade',
      input:
        'Ketamine infusions relieve depression within hours.\n\nSide effects were mild, mostly involving a racing heart and blurred sight.',
      flags: [],
    },
    {
      title: 'A column whose labelled verdict finds no proof does not promote it',
      input:
        '# Stiff Joints in Winter\n\nPhoto: a bottle of fish oil pills.\n\nThe Ache: stiff joints.\n\nThe Claim: fish oil relieves arthritis, makers say.\n\nThe Verdict: Fish oil is cheap, but there isn’t proof that fish oil relieves arthritis.',
      flags: [],
    },
    {
      title: 'A labelled verdict that finds it works is still a promotion',
      input:
        '# Stiff Joints in Winter\n\nPhoto: a bottle of fish oil pills.\n\nThe Ache: stiff joints.\n\nThe Claim: fish oil relieves arthritis, makers say.\n\nThe Verdict: Fish oil relieves arthritis in two small trials, scientists say.',
      flags: ['fish oil'],
    },
    {
      title: 'A class of harms said to happen counts, even without saying which',
      input:
        'Gene therapy restores sight in children with a rare blindness.\n\nRegulators may still approve the therapy despite the complications seen in the trial.',
      flags: [],
    },
    {
      title: 'Deaths among the people in a study',
      input:
        'Gene therapy restores sight in children with a rare blindness.\n\nThe trial was paused last year after the deaths of two participants.',
      flags: [],
    },
    {
      title: 'Who it will not suit, in any words',
      input:
        'A new cochlear implant restores hearing in older adults.\n\nThe implant will not be suitable for many patients, and it is not for everyone.',
      flags: [],
    },
    {
      title: 'The yardstick of an equivalence is not the promoted treatment',
      input:
        '# Ibuprofen works as well as morphine for children’s fractures\n\nIbuprofen relieves fracture pain in children as well as morphine does, a trial finds.',
      flags: ['Ibuprofen'],
    },
    {
      title: 'A treatment named once in a side remark is not promoted',
      input:
        '# Heavier people now live longest, a study finds\n\nThe body weight linked to the lowest death rate has risen over four decades, a Danish study of 100,000 people finds.\n\nThe researchers looked at three groups of people measured in different decades.\n\nThe shift held for men and women and for smokers and non-smokers alike.\n\nOne researcher speculated that treating high cholesterol with statins helps heavier people live longer.',
      flags: [],
    },
    {
      title: 'Taking a treatment as the outcome is not promoting it',
      input:
        'Text-message reminders improve adherence to medications, a review finds.\n\nPeople who got the texts missed fewer doses.',
      flags: [],
    },
    {
      title: 'A rate of a symptom among the people in the study',
      input:
        'Ketamine infusions relieve depression within hours.\n\nAbout 15 percent of volunteers experience a mild rash, the team said.',
      flags: [],
    },
    {
      title: 'A reaction to what is given with the treatment',
      input:
        'A new knee implant lets patients walk within days.\n\nOnly one patient was readmitted, after reacting to the sedative.',
      flags: [],
    },
    {
      title: 'The harms of the named operations of a kind of surgery are its harms',
      input:
        'Weight-loss surgery helps teens lower their blood pressure.\n\nSleeve gastrectomy carries risks such as bleeding and infection.',
      flags: [],
    },
    {
      title: 'A harm commoner with the treatment under its other name',
      input:
        'Sitagliptin helps control blood sugar, a trial finds.\n\nJanuvia, an oral medication known chemically as sitagliptin, costs little.\n\nPancreatitis was rare but higher with Januvia, 23 cases versus 12.',
      flags: [],
    },
    {
      title: 'The risk of a harm with the treatment, however small',
      input:
        'Apixaban prevents strokes in people with atrial fibrillation, a trial finds.\n\nThe very low risk of bleeding with apixaban surprised the researchers.',
      flags: [],
    },
    {
      title: 'Adverse events counted in the trial',
      input:
        'A new kidney transplant procedure lets more patients receive an organ.\n\nIn the study, 10 patients had an episode of antibody-mediated rejection after the procedure.',
      flags: [],
    },
    {
      title: 'A harm readers are told they risk',
      input:
        'Vitamin D supplements protect bones in older adults, a trial finds.\n\nGo above 4,000 units a day and you risk kidney stones, she said.',
      flags: [],
    },
    {
      title: 'A treatment said to be able to kill',
      input: 'Ketamine infusions relieve depression within hours.\n\nHer doctor warned that the drug could kill her.',
      flags: [],
    },
    {
      title: 'A harm told in plain words, with the treatment as the subject',
      input:
        'MDMA-assisted therapy eases PTSD, a trial finds.\n\nRegular MDMA use can cause depression and anxiety, experts warn.',
      flags: [],
    },
    {
      title: 'The risks said of a drug the headline calls only "drug"',
      input:
        '# Clot-busting drug helps mild stroke\n\nThe drug prevents disability after a mild stroke, a study finds.\n\nDoctors weigh the risk of tPA treatment, which includes a small risk of bleeding in the brain.',
      flags: [],
    },
    {
      title: 'A nutrient known only from an association is diet advice, left to editors',
      input:
        'Folic acid tied to lower autism risk\n\nMothers who took folic acid early in pregnancy were less likely to have a child with autism, a survey found.',
      flags: [],
    },
    {
      title: 'The same nutrient tested in a trial is promoted',
      input:
        'Folic acid lowers autism risk\n\nIn a randomized trial, mothers given folic acid early in pregnancy were less likely to have a child with autism.',
      flags: ['Folic acid'],
    },
    {
      title: 'More of a harm among the people given it than among the others',
      input:
        'Briakinumab clears psoriasis in most patients, a trial finds.\n\nPatients taking briakinumab had more serious infections than those taking methotrexate.',
      flags: [],
    },
    {
      title: 'A harm in the trial arm named by what it was given',
      input:
        'Fish oil in pregnancy cuts colds in babies, a trial finds.\n\nBabies in the fish oil group experienced longer bouts of vomiting.',
      flags: [],
    },
    {
      title: 'Plain words for harms, with the harms listed',
      input:
        'Lumbar support devices relieve lower back pain, a study finds.\n\nWearing a lumbar support device could lead to negative effects, such as skin lesions and muscle wasting.',
      flags: [],
    },
    {
      title: 'Plain words for harms that list none name nothing',
      input:
        'Lumbar support devices relieve lower back pain, a study finds.\n\nThe negative effects of stress on the back are well known.',
      flags: ['devices'],
    },
    {
      title: 'A symptom where the injection went in',
      input:
        'A new Ebola vaccine is safe and provokes an immune response, a trial finds.\n\nPeople typically had mild pain or reddening at the injection site for a day.',
      flags: [],
    },
    {
      title: 'A rate of harms set against the alternative’s, even when lower',
      input:
        'Nivolumab extends survival in head and neck cancer, a trial finds.\n\nFewer patients had serious side effects from nivolumab than with conventional treatment, 13 per cent compared with 35 per cent.',
      flags: [],
    },
    {
      title: 'Deaths from the operation itself',
      input:
        'Weight-loss surgery lets people with diabetes stop their medicines, a study finds.\n\nOperative mortality was 0.3 percent.',
      flags: [],
    },
    {
      title: 'Harms listed after a mild grade, in a second predicate',
      input:
        'Ketamine infusions relieve depression within hours.\n\nSide effects of the drug were mild, and included nausea and a racing heart.',
      flags: [],
    },
    {
      title: 'A harm said of the drug under the name given in brackets',
      input:
        'Humira relieves eye inflammation, a trial finds.\n\nRegulators approved adalimumab (sold as Humira) for uveitis.\n\nPatients in the adalimumab group reported more allergic reactions than those given a placebo.',
      flags: [],
    },
    {
      title: 'A raised risk whose subject points back at the treatment',
      input:
        'Hormone therapy relieves hot flushes, a new study says.\n\nAn earlier study found that such treatments can increase the risk of breast cancer and stroke.',
      flags: [],
    },
    {
      title: 'A raised risk whose subject has an aside in brackets before its verb',
      input:
        'Weight-loss surgery lowers the risk of diabetes in pregnancy, a study finds.\n\n"Gastric bypass [a form of weight-loss surgery] increases the risk of iron deficiency," she said.',
      flags: [],
    },
    {
      title: 'A harm said of the therapy that gives the medicine, under the therapy’s name',
      input:
        'Estrogen given through a skin patch may protect memory after menopause, a study finds.\n\nAn earlier study found that menopausal hormone therapy started in women over 65 increased the risk of dementia.',
      flags: [],
    },
    {
      title: 'A harm said of the class under its lay name',
      input:
        'Anticoagulants taken only when needed prevent strokes as well as daily pills, a study finds.\n\nProlonged use of blood thinners is associated with a higher bleeding risk.',
      flags: [],
    },
    {
      title: 'The main adverse effects named after "of", despite reassurance',
      input:
        'A new form of methylphenidate improves morning symptoms of ADHD, a trial finds.\n\nThe medication was well tolerated, with the main adverse effects of appetite loss and insomnia.',
      flags: [],
    },
    {
      title: 'A favourable side-effect profile names no harm',
      input:
        'Tucatinib slows breast cancer that has spread to the brain, a trial finds.\n\nThe drug has a very favorable side effect profile.',
      flags: ['Tucatinib'],
    },
    {
      title: 'Deaths among the people who took the treatment',
      input:
        'Kratom eases chronic pain, a small trial finds.\n\nMost deaths did occur in people who used kratom with other drugs.',
      flags: [],
    },
    {
      title: 'Harms of the other drugs the treatment is compared with do not count',
      input: 'Kratom eases chronic pain, a small trial finds.\n\nOther drugs for pain can cause addiction and deaths.',
      flags: ['Kratom'],
    },
    {
      title: 'Fewer deaths among the people who took it are its benefit, not a harm',
      input:
        'Aspirin helps people with bowel cancer live longer, a review of trials finds.\n\nDeaths were lower in people who took aspirin.',
      flags: ['Aspirin'],
    },
    {
      title: 'A headline that weakens the case for a treatment does not promote it',
      input:
        '# Study weakens case for preventive mastectomy\n\nWomen whose relatives carry a BRCA mutation but who do not carry it themselves need not consider preventive mastectomy, researchers say.',
      flags: [],
    },
    {
      title: 'Harms of the options patients have now are not the new drug’s',
      input:
        'Abiraterone slows prostate cancer that has spread, a trial finds.\n\nOptions for these patients are few, and they come with substantial adverse effects.',
      flags: ['Abiraterone'],
    },
    {
      title: 'The new member of a class the headline names, once the article names it',
      input:
        '# New blood thinner works as well as warfarin\n\nA new blood thinner prevents strokes as well as warfarin does, a trial finds.\n\nThe new drug is rivaroxaban.\n\nRivaroxaban can cause bleeding in the gut.',
      flags: [],
    },
    {
      title: 'An app is left to editors by default',
      input:
        'A new app helps people with schizophrenia, a trial finds.\n\nThe app trains memory with short daily games.',
      flags: [],
    },
    {
      title: 'An app when tests and lifestyle are included',
      input:
        'A new app helps people with schizophrenia, a trial finds.\n\nThe app trains memory with short daily games.',
      options: { includeTestsAndLifestyle: true },
      flags: ['app'],
    },
    {
      title: 'A long feature that names no trial nor the treatment in its headline is held back as tentative',
      input: longFeature,
      options: { tentative: true },
      flags: ['Ketamine infusions'],
    },
    {
      title: 'That feature is not flagged by default',
      input: longFeature,
      flags: [],
    },
    {
      title: 'A treatment the headline names only as the yardstick is not the one promoted',
      input:
        '# Chinese Herbs Equal to Tamiflu in Reducing Flu Fever\n\nA traditional herbal formula may reduce fever from flu just as well as the prescription medication Tamiflu, a new study suggests.\n\nTamiflu was the treatment of choice, where it was available.\n\nBoth the formula and Tamiflu were effective at eliminating fever.',
      flags: [],
    },
    {
      title: 'A headline that denies the treatment is a cure-all does not promote it',
      input:
        '# Major study finds testosterone therapy is no fountain of youth\n\nPrescribing testosterone for age-related deficiency took off in 2000, and many men are put on testosterone to restore their energy.',
      flags: [],
    },
    {
      title: 'The regimen a new drug is added to is the background, not the remedy',
      input:
        '# 3-Drug Combo May Treat Hepatitis C\n\nTwo new hepatitis C drugs will cure more patients, trials show.\n\nAdding one of the drugs to the current two-drug regimen of peginterferon and ribavirin will make the treatment of hepatitis C more complex, but it will also cure a lot more people, a specialist says.',
      flags: ['Drug'],
    },
    {
      title: 'A blood-test abnormality in lay words that the treatment caused',
      input:
        'Bisphosphonates may prevent fractures after a kidney transplant, a review finds.\n\nBisphosphonates caused low blood calcium levels for some people.',
      flags: [],
    },
    {
      title: 'Symptoms said to come with the treatment',
      input:
        'Chemotherapy cures most children with this leukaemia, a trial finds.\n\nMany families fear the fatigue, hair loss and other body changes that can accompany anticancer drugs.',
      flags: [],
    },
    {
      title: 'Symptoms that come with the condition are not the treatment’s',
      input:
        'Chemotherapy cures most children with this leukaemia, a trial finds.\n\nMany families fear the fatigue and pain that can accompany leukaemia.',
      flags: ['Chemotherapy'],
    },
    {
      title: 'A product found to hold drugs its label does not name',
      input:
        'When taken as a supplement, green coffee bean extract can help people shed pounds, a small study finds.\n\nWeight-loss supplements have been found to contain weight-loss drugs or other drugs at higher doses than a prescription allows.',
      flags: [],
    },
    {
      title: 'Harms said of the combination the article promotes',
      input:
        '# Immunotherapy combo promising in melanoma\n\nAn immunotherapy combination shrinks more tumours than ipilimumab alone, a study finds.\n\nThe combination of the two drugs also led to more side effects, such as colitis, at 54 percent versus 24 percent for ipilimumab alone.',
      flags: [],
    },
    {
      title: 'A headline whose subject is a test promotes the test, not the treatment it helps choose',
      input:
        '# Test Aids Prostate Cancer Treatment\n\nA company will sell a new blood test that can help patients decide whether to try costly new drugs or rely on cheaper chemotherapy.\n\nPatients who tested positive lived longer if they were treated with chemotherapy.',
      flags: [],
    },
    {
      title: 'Standard care and its examples are the background, not the remedy',
      input:
        '# Infusion may clear artery plaque\n\nAn experimental infusion of good cholesterol may clear plaque from arteries after a heart attack, a trial finds.\n\nStandard heart attack medications, such as aspirin and anti-clotting drugs, prevent clotting but leave the plaque, he says.',
      flags: [],
    },
    {
      title: 'A named harm the article says was looked for and not found',
      input:
        'Acetaminophen eases fever in children with asthma, a trial finds.\n\nGiving acetaminophen for fever did not worsen asthma in the children treated.',
      flags: [],
    },
    {
      title: 'Reassurance that names no harm is not enough',
      input:
        'Acetaminophen eases fever in children with asthma, a trial finds.\n\nThere were no serious side effects in the children treated.',
      flags: ['Acetaminophen'],
    },
    {
      title: 'A talking therapy is held back as tentative',
      input: 'Cognitive behavioral therapy by telephone relieves insomnia, a new trial finds.',
      options: { tentative: true },
      flags: ['Cognitive behavioral therapy'],
    },
    {
      title: 'A talking therapy is not shown by default',
      input: 'Cognitive behavioral therapy by telephone relieves insomnia, a new trial finds.',
      flags: [],
    },
    {
      title: 'Deaths from the treatment itself, with a word pointing back at it',
      input:
        '# Heated chemotherapy helps some patients live longer\n\nHeated chemotherapy poured into the belly helps some patients live longer, a study finds.\n\nBut 8 percent who got the surgery and the heated chemotherapy died from the treatment itself.',
      flags: [],
    },
    {
      title: 'A class of harms inside a capitalised name is no harm',
      input:
        'Ketamine infusions relieve depression within hours.\n\nResearchers mined the FDA Adverse Event Reporting System for reports on ketamine.',
      flags: ['Ketamine infusions'],
    },
    {
      title: 'The disease a treatment makes die is no condition it causes',
      input:
        'Larotrectinib treats brain tumours in children, a trial finds.\n\nBy cutting off its fuel, larotrectinib causes the cancer cell to die.',
      flags: ['Larotrectinib'],
    },
    {
      title: 'A rescue treatment readers were less likely to need is the outcome, not the remedy',
      input:
        '# Asthma check-ups by phone\n\nPeople who had asthma check-ups by phone were no less likely to need oral steroids for an asthma attack than those seen in the clinic, a review finds.',
      flags: [],
    },
    {
      title: 'The same medicine offered for the attack is the remedy',
      input:
        '# Oral steroids for asthma attacks\n\nOral steroids relieve an asthma attack within hours, a review finds.',
      flags: ['steroids'],
    },
    {
      title: 'A class of medicines the headline leaves out is held back as tentative',
      input:
        '# Hot flashes eased in a trial\n\nAntidepressants ease hot flashes in women with breast cancer, a trial finds.\n\nThe women took the pills for twelve weeks.',
      options: { tentative: true },
      flags: ['Antidepressants'],
    },
    {
      title: 'That class is not flagged by default',
      input:
        '# Hot flashes eased in a trial\n\nAntidepressants ease hot flashes in women with breast cancer, a trial finds.\n\nThe women took the pills for twelve weeks.',
      flags: [],
    },
    {
      title: 'A class of medicines the headline names is flagged',
      input:
        '# Antidepressants for hot flashes\n\nAntidepressants ease hot flashes in women with breast cancer, a trial finds.\n\nThe women took the pills for twelve weeks.',
      flags: ['Antidepressants'],
    },
    {
      title: 'A class of medicines in a text without a headline is flagged',
      input:
        'Antidepressants ease hot flashes in women with breast cancer, a trial finds.\n\nThe women took the pills for twelve weeks.',
      flags: ['Antidepressants'],
    },
    {
      title: 'A bare word for the treatment’s kind listed with another treatment is that other one',
      input:
        'Women with breast cancer often have hot flashes, partly from the early menopause that results from chemotherapy and surgery.\n\nAcupuncture eases hot flashes in women with breast cancer, a trial finds.',
      flags: ['Acupuncture'],
    },
    {
      title: 'A bare word for the treatment’s kind on its own still stands for it',
      input: 'Tonsillectomy helps children who snore, a trial finds.\n\nMany children had pain after surgery.',
      flags: [],
    },
    {
      title: 'Advice that people should not start taking it on their own is a caution',
      input:
        'Vitamin D supplements may slow prostate cancer, a small study suggests.\n\nMen should not start taking vitamin D supplements in hopes of slowing the cancer, doctors stress.',
      flags: [],
    },
    {
      title: 'Advice not to try the treatment at home is a caution',
      input:
        'Fecal transplants may ease autism symptoms, a small study claims.\n\nResearchers cautioned that families should not try to replicate the treatment at home.',
      flags: [],
    },
    {
      title: 'A harm whose rate is set against another treatment’s is still the treatment’s',
      input:
        'Proton therapy treats brain tumours in children, a study finds.\n\nHearing loss was seen in 12 percent of patients, which compares with 25 percent reported in studies using photon radiotherapy.',
      flags: [],
    },
    {
      title: 'A harm of another treatment, with the target only as its yardstick, is not the target’s',
      input:
        'Lumpectomy beats mastectomy for survival, a study finds.\n\nThose who had a mastectomy had a higher risk of dying from heart disease than those who had lumpectomy.',
      flags: ['Lumpectomy'],
    },
    {
      title: 'A loss of a body function counted among the patients is a harm',
      input:
        'Electroporation destroys prostate tumours, a study finds.\n\nTwelve patients reported a transient reduction of erectile function.',
      flags: [],
    },
    {
      title: 'A loss of a body function that the treatment slows is no harm',
      input:
        'Finerenone protects the kidneys in diabetes, a trial finds.\n\nPatients given finerenone reported a slower decline in kidney function.',
      flags: ['Finerenone'],
    },
    {
      title: 'A death rate of the people given the treatment, with its figure, is a harm',
      input:
        'Weight-loss surgery helps people with diabetes stop their medicines, a study finds.\n\nMortality in the hospital was 0.3 percent.',
      flags: [],
    },
    {
      title: 'The death rate of the disease is not a harm of the treatment',
      input:
        'Gastric bypass surgery eases diabetes, a study finds.\n\nDiabetes has a mortality rate of 12 percent over ten years.',
      flags: ['Gastric bypass'],
    },
    {
      title: 'Complaints from the people using it that list symptoms name harms',
      input:
        'A birth-control implant prevents pregnancy without surgery, its maker says.\n\nWomen using the implant have sent more than 5,000 complaints, ranging from pain to bleeding.',
      flags: [],
    },
    {
      title:
        'A headline that names another treatment, named more often than the target, holds the target back as tentative',
      input:
        '# Blockbuster potential for clot pill apixaban\n\nApixaban costs more than warfarin.\n\nApixaban is taken twice a day.\n\nRivaroxaban, a rival pill, was approved last year to prevent clots after knee surgery.',
      options: { tentative: true },
      flags: ['Rivaroxaban'],
    },
    {
      title: 'That target is not flagged by default',
      input:
        '# Blockbuster potential for clot pill apixaban\n\nApixaban costs more than warfarin.\n\nApixaban is taken twice a day.\n\nRivaroxaban, a rival pill, was approved last year to prevent clots after knee surgery.',
      flags: [],
    },
    {
      title: 'The treatment said to impair a function names a harm',
      input:
        'MDMA may help people with PTSD open up in therapy, a small study finds.\n\nMDMA might ease talking, but it also might impair a person’s judgement.',
      flags: [],
    },
    {
      title: 'A symptom graded as minimal is reassurance, not a harm',
      input:
        'Radiofrequency ablation eases thyroid nodules, a trial finds.\n\nDoctors in the trial report that patients feel minimal discomfort during the ablation.',
      flags: ['Radiofrequency ablation'],
    },
    {
      title: 'Harms as an outcome a study weighs are not harms it found',
      input:
        'Radiation therapy cures most early prostate cancers, a study finds.\n\nThe team identified factors that affect tumour control and toxicity in the patients given radiation therapy.',
      flags: ['Radiation therapy'],
    },
    {
      title: 'A headline that says the treatment did not bring the result promotes nothing it names',
      input:
        '# Fish oil in pregnancy didn’t make babies smart\n\nWomen who took DHA supplements in pregnancy had babies who scored no higher on tests at 18 months, a trial finds.',
      flags: [],
    },
    {
      title: 'A headline that calls the treatment no help promotes nothing it names',
      input:
        '# Extra calcium, vitamin D no bone booster for men\n\nTaking extra vitamin D and calcium supplements did not slow bone thinning in older men, a trial finds.',
      flags: [],
    },
    {
      title: 'A summary of a review of several studies, in the reviewer’s words, is held back as tentative',
      input:
        'We considered nine trials of melatonin for jet lag. Eight trials met the criteria for inclusion. Melatonin taken close to the target bedtime reduced jet lag in most of them. The quality of the available evidence was mainly low.',
      options: { tentative: true },
      flags: ['Melatonin'],
    },
    {
      title: 'That summary is not flagged by default',
      input:
        'We considered nine trials of melatonin for jet lag. Eight trials met the criteria for inclusion. Melatonin taken close to the target bedtime reduced jet lag in most of them. The quality of the available evidence was mainly low.',
      flags: [],
    },
    {
      title: 'A news story about such a review, under a headline, is flagged',
      input:
        '# Melatonin eases jet lag, a review finds\n\nMelatonin taken close to the target bedtime reduces jet lag, a review of eight trials finds. The quality of the available evidence was mainly low, the reviewers said, and the review protocol was published in advance.',
      flags: ['Melatonin'],
    },
    {
      title: 'A harm said of the treatment under the adjective of its name counts',
      input:
        'Laparoscopy heals a burst appendix faster than open surgery, a study finds.\n\nPatients who had the laparoscopic procedures had a 30-day mortality of 0.4 percent.',
      flags: [],
    },
    {
      title: 'A harm said of another procedure under its adjective is not the treatment’s',
      input:
        'Angioplasty relieves leg pain from blocked arteries, a study finds.\n\nPatients who had the laparoscopic procedures had a 30-day mortality of 0.4 percent.',
      flags: ['Angioplasty'],
    },
    {
      title: 'Whom a product is not intended for is a caution',
      input:
        'Melatonin gummies help children fall asleep faster, their maker says.\n\nThe labels say melatonin gummies aren’t intended for children younger than three.',
      flags: [],
    },
    {
      title: 'A warning not to operate machinery after taking it is a caution',
      input:
        'Melatonin helps shift workers fall asleep faster, a trial finds.\n\nPeople who take melatonin should not drive or operate machinery for five hours afterwards.',
      flags: [],
    },
    {
      title: 'A text that opens on a one-line headline naming a test promotes the test',
      format: 'text',
      input:
        'Screening finds aneurysms before they burst\n\nAneurysms grow slowly, and most people with one feel nothing at all for many years.\n\nStatins taken before aneurysm repair improve survival, a study finds. Patients who took statins lived longer.',
      flags: [],
    },
    {
      title: 'A text that opens on a lede of several sentences, which names screening on the way, is no test’s',
      format: 'text',
      input:
        'Rupture of an aortic aneurysm is a medical emergency. When found through screening, aneurysms are watched for growth.\n\nStatins taken before aneurysm repair improve survival, a study finds. Patients who took statins lived longer.',
      flags: ['Statins'],
    },
    {
      title: 'An earlier treatment that has failed is the setting of the one promoted, not its failure',
      input:
        'Salvage prostatectomy greatly improves survival for men with prostate cancer when radiation therapy has failed, a study finds.\n\nSurgeons removed the prostate and nearby tissue in 364 men whose cancer came back.',
      flags: ['prostatectomy'],
    },
    {
      title: 'Patients who failed other drugs are whom the treatment is offered to',
      input:
        'Ketamine relieves depression quickly in patients who failed two other antidepressants, a trial finds.\n\nMost patients felt better within a day.',
      flags: ['Ketamine'],
    },
    {
      title: 'An interferon is a treatment, and a first name before a middle initial is a person',
      input:
        'Early treatment with interferon beta-1b delays multiple sclerosis, a trial finds.\n\n“Early treatment appears to have a benefit on relapses,” said Brian C. Healy, who wrote an editorial.',
      flags: ['interferon'],
    },
    {
      title: 'A treatment given to patients with a condition is offered for it',
      input:
        'Doctors injected stem cells into patients with erectile dysfunction in a small trial.\n\nThe clinic plans to offer the procedure next year.',
      flags: ['stem cells'],
    },
    {
      title: 'A practice “in adults with” a condition is what a study watched them do',
      input:
        'A survey tracked cycling in adults with asthma over a year.\n\nThe researchers also asked about sleep and diet.',
      options: { includeTestsAndLifestyle: true },
      flags: [],
    },
    {
      title: 'A harm said of something after “of” that is no treatment is not the treatment’s',
      input:
        'Vitamin C supplements reduce lung harm in babies of mothers who smoke, a trial finds.\n\n“Smoking in pregnancy reflects the highly addictive nature of nicotine,” said the lead author.',
      flags: ['Vitamin C supplements'],
    },
    {
      title: 'The addictive nature of the treatment itself is its harm',
      input:
        'Ketamine relieves depression within hours, a trial finds.\n\nDoctors worry about the addictive nature of ketamine.',
      flags: [],
    },
    {
      title: 'A death after an injury during the treatment’s own procedure is its harm',
      input:
        'A wireless pacemaker treats slow heartbeats without leads, an early study finds.\n\nOne patient died of a stroke after a heart injury during implantation.',
      flags: [],
    },
    {
      title: 'The condition the headline says the drug prevents is no harm of it',
      input:
        '# Cancer drug can prevent reactions to pollen\n\nIbrutinib prevented reactions to pollen in adults with allergies, a small study finds.\n\nMast cells are responsible for immediate allergic reactions.',
      flags: ['Ibrutinib'],
    },
    {
      title: 'The side effects of the care people get for their condition are not the remedy’s',
      input:
        'Lactoferrin supplements ease taste loss in cancer patients, a trial finds.\n\nPatients undergoing cancer treatment confront a number of well-documented side effects.',
      flags: ['Lactoferrin supplements'],
    },
    {
      title: '“Surgery” is not a therapy given by beams',
      input:
        'Proton therapy treats chordoma, a rare spine tumour, a clinic reports.\n\nHe learned surgery is the most common treatment. A surgeon told him he should prepare for possible complications.',
      flags: ['Proton therapy'],
    },
    {
      title: 'A treatment that helped named people walk is offered as a remedy',
      input:
        'Two studies show that electrical stimulation significantly helped McGlynn and Bush to walk again.\n\nBoth men now use the system at home.',
      flags: ['electrical stimulation'],
    },
    {
      title: 'A treatment reported failing is not promoted',
      input: 'Ketamine failed to relieve depression in a trial.\n\nMost patients felt no better after a week.',
      flags: [],
    },
    {
      title: 'An article that only describes a condition',
      input: 'Burnout is a state of exhaustion linked to chronic work stress. The risk of burnout is rising.',
      flags: [],
    },
  ],
  check(document, { options, report }) {
    // The article's own intervention, not the first treatment it names: when that is a test or a
    // diet, a drug named on the way (the comparator, the setting) is the wrong target (JUDGING.md).
    const focal = focalIntervention(document);
    if (!focal) return;
    if (options.includeTestsAndLifestyle !== true && !agreedClasses.has(focal.interventionClass)) return;
    // A treatment the article names once, below its opening, when its top names no treatment of that
    // sort at all, is a side remark (a background drug, a speculation about a study of weight), not
    // what it promotes (`not_promoted`): with no confident target, the rule stays quiet. One named
    // once as an example of what the top promotes ("a pill" … "such as Ritalin") still stands for it.
    if (!focal.introducedAtTop && namedOnlyInPassing(document, focal)) return;
    // What the article offers the treatment for (its headline and the claim) is the condition,
    // not a harm, wherever a harm word for it comes up again.
    const purpose = [document.blocks[0]?.text ?? '', focal.remedy.sentence.text];
    const generalTarget =
      (focal.remedy.generic && !focal.remedy.drugClass) || isKindWord(focal.key) || namesTreatmentFamily(focal.key);
    if (firstSafetyCaveat(document, focal.key, focal.remedy.kind, purpose, generalTarget)) return;
    // A story that reports the treatment failing or questions it does not promote it (`not_promoted`),
    // and one whose headline's news is a failure promotes none of the treatments it names.
    if (headlineReportsFailure(document)) return;
    const allMentions = treatmentMentions(document);
    if (
      questionsIntervention(
        document,
        allMentions.filter((mention) => mention.key === focal.key),
      )
    )
      return;
    // An article that opens on a test and names the treatment only further down promotes the test.
    if (options.includeTestsAndLifestyle !== true && opensOnTestInstead(document, allMentions, focal.key)) return;
    // A device that the article says detects or tells apart ("uses a drop of blood to detect HIV") is a test.
    if (options.includeTestsAndLifestyle !== true && deviceFindsOut(allMentions, focal.key)) return;
    // An app or a wearable informs, coaches or alerts; it does nothing to the body itself (like a test).
    if (options.includeTestsAndLifestyle !== true && isInformingGadget(focal.key)) return;
    // Animal and cell work named further down than the opening, or both together, is still a
    // compound years from patients; asked last, since it reads every block's design cues.
    if (
      options.includeTestsAndLifestyle !== true &&
      reportsPreclinicalWork(
        document.blocks,
        document.blocks.map((block) => findDesignCues(block.text)),
      )
    )
      return;
    // A nutrient whose benefit rests only on what people happened to eat or take (an observational
    // study of diets or blood levels) is diet advice, not a product promoted: left to editors, as food is.
    if (
      options.includeTestsAndLifestyle !== true &&
      focal.interventionClass === 'supplement' &&
      reportsOnlyAssociation(
        document.blocks,
        document.blocks.map((block) => findDesignCues(block.text)),
      )
    )
      return;
    const { remedy } = focal;
    const claim = remedy.sentence;
    // A long feature that names no trial, and whose headline does not name the treatment, discusses
    // it (patients, settings, comparators, history) rather than reporting a test of it: readers
    // judged 3 of 15 such findings correct (eval/judged, round 11), the rest a harm told in passing
    // or a comparator or the setting taken for the treatment, so the finding is held back as tentative.
    const headline = document.blocks[0];
    // A talking therapy: readers judged 2 of 9 such findings correct (eval/judged, round 17), most
    // calling its harms as little expected as lifestyle advice's; shown when lifestyle advice is asked for.
    // A class of medicines ("statins", "SSRIs", "chemotherapy") that the article's headline does not
    // name and that only a few of its paragraphs come back to: the article is about something else,
    // and the class is its background, the comparator, the partner of a combination or what a test
    // predicts. Readers judged none of 9 such findings correct (pooled verdicts, round 25; 8
    // wrong_target or lab work, 1 harm_named), so the finding is held back as tentative. A class
    // that most of the article discusses ("beta-blockers" in eight paragraphs) is its subject
    // whatever the headline calls it; a text without a headline gives no such sign.
    const focalBlocks = new Set(
      allMentions.filter((mention) => mention.key === focal.key).map((mention) => mention.block),
    );
    const unheadlinedDrugClass =
      remedy.drugClass &&
      (headline?.kind === 'title' || headline?.kind === 'heading') &&
      !focalBlocks.has(headline) &&
      focalBlocks.size <= fewParagraphs;
    // A headline that names another specific treatment, one the article comes back to in more
    // paragraphs than the target, while the target is not in the headline: the headline's treatment is
    // what the article reports (often one the remedy cues miss, "Trial Shows Blockbuster Potential for
    // Blood Clot Pill Eliquis"), and the target a rival, the comparator or the setting named on the way.
    // Readers judged none of such findings correct (pooled verdicts, round 26: 4 wrong_target). A word
    // for the target's own kind ("surgery" over "laparoscopy") stands for the target, and the named
    // instance of a general target ("folic acid" for "supplements") is the target.
    const headlineNamesRival = headlineRival(document, allMentions, focal.key, focal.remedy, focalBlocks);
    // A summary of a review of several studies, in the reviewer's words and without a headline (a
    // Cochrane plain-language summary): it weighs treatments against each other and grades the
    // evidence rather than promoting one. Readers judged none of 6 such findings correct (pooled
    // verdicts, round 27: 4 debatable review_treatment or harm_vague, 2 wrong not_promoted or
    // not_a_treatment), so the finding is held back as tentative.
    const tentative =
      summarisesReviewedStudies(document) ||
      headlineNamesRival ||
      unheadlinedDrugClass ||
      (remedy.kind === 'psychotherapy' && options.includeTestsAndLifestyle !== true) ||
      (isLongFeature(document) &&
        !allMentions.some((mention) => mention.key === focal.key && mention.block === headline) &&
        !namesAnyTrial(document.blocks.map((block) => findDesignCues(block.text))));
    report(
      'missing',
      remedy.block.span(remedy.start, remedy.end),
      { treatment: focal.key },
      {
        related: [{ span: claim.block.span(claim.start, claim.end), message: 'The claim the caveat belongs with' }],
        ...(tentative ? { tentative: true } : {}),
      },
    );
  },
});
