import { focalIntervention, namedOnlyInPassing } from '../../src/language/focal-intervention.js';
import { namedAsBlockedMolecule, namesTarget } from '../../src/language/mention-role.js';
import { inCompanyName } from '../../src/language/organisation-names.js';
import { defaultRegulators, regulatorNames, treatmentsWithStatus } from '../../src/language/regulatory.js';
import { opensOnSeveralTrials } from '../../src/language/reported-research.js';
import { questionsIntervention } from '../../src/language/sceptical-verdict.js';
import {
  interventionClassOf,
  isControlledSubstance,
  isRegulatedKind,
  remedyMentions,
  treatmentMentions,
  type TreatmentMention,
} from '../../src/language/treatments.js';
import { defineRule } from '../../src/rule/define-rule.js';
import type { Dialect } from '../../src/rule/types.js';
import { hunspellFor } from '../../src/spelling/hunspell.js';

export interface Options {
  /** Regulators whose approvals count for this publication's readers; defaults by dialect. */
  regulators?: string[];
  /** Also ask for the status of supplements and herbal remedies (sold without a medicine's approval). */
  includeSupplements?: boolean;
  /**
   * Also ask about a treatment reported from an early or small trial when the article never says
   * whether or when readers could get it: the stage of the research alone does not count as its status.
   */
  includeResearchStage?: boolean;
}

/**
 * A treatment whose status editors agree readers need: a medicine, biologic, device or procedure
 * offered to patients. A supplement's status (sold without approval) is a call editors differ on,
 * and a compound studied only in animals or cells has none yet (JUDGING.md).
 */
function needsStatus(mention: TreatmentMention, includeSupplements: boolean): boolean {
  if (!isRegulatedKind(mention.kind) || mention.generic) return false;
  const kind = interventionClassOf(mention);
  return kind === 'medical' || (includeSupplements && kind === 'supplement');
}

export default defineRule<Options>({
  id: 'missing-regulatory-status',
  scope: 'document',
  docs: {
    summary:
      'Flags a drug, biologic, supplement, device or procedure presented as a remedy when the article never says whether it is approved, off-label, experimental or sold over the counter.',
    rationale:
      'Readers cannot judge a treatment, or ask for it, without knowing whether a regulator has approved it for their condition, whether it is used off-label, or whether it is only available in trials.',
    guideline:
      'HealthNewsReview.org criterion 8 (does the story establish the availability of the treatment?). Approvals count when they come from a regulator of the reader’s jurisdiction: FDA for `en-US`; MHRA, NICE, EMA or FDA for `en-GB` (set `regulators` to change this, for example `["TGA"]`). Limits on status (“not approved by the FDA”, “off-label”, “unlicensed”, “experimental”, “only in clinical trials”) and routes of access (“over the counter”, “prescription-only”, “on the NHS”, “offered at”) count whoever is named. Only the article’s focal intervention is checked: the one its headline and opening paragraph name, that it names most and offers as a remedy (a comparator, a setting or a background drug is not asked about; when the focal intervention is a test, a class of medicines or devices (“statins”, “blood pressure drugs”, “implanted heart devices”) or lifestyle advice, nothing is; nor when the headline or opening questions it, as in “Penn study questions Lariat device”, or reports no gain with it, as in “patients don’t see improved survival with the drug gemcitabine”). A designation that speeds a drug’s review (“breakthrough therapy designation”, “fast track”, “orphan drug designation”) is no approval and does not count. A treatment its researchers made themselves (“the team previously developed a vaccine”, “a device designed by engineers at the university”) is experimental, as an early trial shows. An early-phase, first or small trial (“phase II”, “pilot study”, “first patients”, “a midstage study”, an invitation to join the trial), or a study of at most 50 people (“the trial involved only 11 patients”), tells readers that a new treatment (a biologic, device or procedure, or a drug known only by its INN stem) is experimental and counts as its status; it does not for a drug already sold or used (oxytocin, Victoza, ketamine, MDMA), which readers can get outside the trial, off-label or illicitly, so its status for this use is still owed. Set `includeResearchStage` to ask for a word on whether or when readers could get a treatment even when the research stage shows it is experimental, as HealthNewsReview.org reviewers do; it is off by default because editors differ on whether “tested in a phase II trial” already tells readers enough (issue #13: the judges marked those findings debatable, `status_implied`). A status said of a class of other drugs (“many had tried over-the-counter medications”, “dependence on prescription medicines, including opioids”, “initiating an approved treatment”) is the status of the examples it gives only, and a professional body’s recommendation (“the American Stroke Association advises”) that of the treatment it names. A law against its use (“federal law prohibits the use of”), a company developing it (“a new drug being developed by Sanofi”), a price (“costs around $10 a month”, “costs in the neighborhood of $300,000 per year”), sales figures, insurance cover (“her insurance covered the bill”, “is covered by most health insurance plans”) and the usual treatment (“the treatment of choice”, “serious cases are treated with”, “general practice is to give”, “guidelines currently recommend”) say a product is on the market, as do a doctor offering it (“we offer pulsed radiofrequency to patients”), the professions that habitually give it (“chiropractors often perform it”, “it is also administered by physical therapists”; not those who gave it in the study), a recommendation for an age group (“recommended for adults 60 and older”) and years on sale (“has been available since 2006”); established use said in an appositive (“gabapentin, an anti-seizure medication frequently prescribed for hot flashes”) is the status of the treatment it describes only, established use said of a general word (“antibiotic therapy is the current standard of care”) is the status of treatments of that word’s sort only (not of a manipulative treatment or a device), and the availability of a release’s images or webcast is no one’s. A summary whose opening weighs a body of trials (“based on 35 clinical trials”, “these trials”, “a network meta-analysis”, “a systematic review”) promotes no one remedy: it ranks the treatments it covers; a word that names a drug’s target (“drugs that block the protein angiotensin”), anywhere in the article once it is named as what a drug blocks, or is part of a company’s name (“Hersco Ortho Labs”) is no treatment; a brand in brackets after an established drug (“acetaminophen (Tylenol)”) is that drug. A treatment named once, neither in the headline nor in the opening paragraph (“mild reactions were treated with just Benadryl”), is a side remark in a story about something else, not its remedy (issue #13: `not_promoted`); so is one first named below the headline and first three paragraphs when they name no treatment at all (a story about tailored e-mails that help smokers quit, which mentions nicotine patches further down). A procedure named as the setting or what the remedy spares (“before surgery”, “without surgery”), a medicine people were less likely to need (“less likely to need oral steroids for an attack”, an outcome), a practice named as the outcome (“causes weight loss”) and a substance the study measures (“levels of oxytocin”) are not the article’s treatment either. A treatment said to be “well established” is in use, which covers only the treatments named in that sentence (“it is well established that” any fact is no status). Patients being treated now “as part of a clinical trial”, a trial that “is recruiting” or “ongoing” say the treatment is only in trials. One-word treatments an ordinary dictionary lists (“aspirin”, “surgery”), and such a medicine in a common form (“nicotine patch”, “aspirin tablets”), a local anaesthetic in a topical form (“lidocaine cream”, “benzocaine gel”, sold over the counter; not “bupivacaine injections”), and standard procedures and long-prescribed therapies (“bariatric surgery”, “radiation therapy”, “HRT”, and an operation named by its classical term such as “nephrectomy” or “arthroplasty”) count as established, except a drug whose legal status is its status (“marijuana”, “ecstasy”: the dictionary lists them, yet whether readers may have them is the question); lifestyle practices, foods and talking therapies have no status to state. Supplements and herbal remedies are left out by default, since editors differ on whether “sold without approval” must be said (JUDGING.md); set `includeSupplements` to ask for them. Compounds studied only in animals or cells have no status yet and are never flagged.',
    howToFix:
      'Say, near the first mention, whether the treatment is approved or licensed for this use and by whom, or that it is off-label, experimental, only in trials or available over the counter, and how readers can get it (on prescription, at which centres, at what cost).',
  },
  messages: {
    missing:
      'Missing regulatory status for `{treatment}`, say whether it is approved for this use, off-label, experimental or only in trials, or sold over the counter, and how readers can get it',
  },
  optionsSchema: {
    type: 'object',
    properties: {
      regulators: { type: 'array', items: { enum: [...regulatorNames] }, uniqueItems: true },
      includeSupplements: {
        type: 'boolean',
        description: 'Also ask for the status of supplements and herbal remedies, which are sold without approval.',
      },
      includeResearchStage: {
        type: 'boolean',
        description:
          'Also ask about a treatment reported from an early or small trial when the article never says whether or when readers could get it.',
      },
    },
    additionalProperties: false,
  },
  defaults: {},
  examples: [
    {
      title: 'A drug offered for a condition with no status',
      input: 'Many clinics now offer psilocybin for depression, with striking results.',
      flags: ['psilocybin'],
    },
    {
      title: 'Status stated later in the article',
      input:
        'Ketamine infusions can ease depression within hours.\n\nKetamine is not yet approved by the FDA for this use.',
      flags: [],
    },
    {
      title: 'A foreign approval does not tell an American reader',
      input: 'Esketamine relieves depression. Esketamine is approved by the MHRA.',
      language: 'en-US',
      flags: ['Esketamine'],
    },
    {
      title: 'The same approval counts for a British reader',
      input: 'Esketamine relieves depression. Esketamine is approved by the MHRA.',
      language: 'en-GB',
      flags: [],
    },
    {
      title: 'Supplements are left to editors by default',
      input: 'Ashwagandha eases anxiety, its makers say.',
      flags: [],
    },
    {
      title: 'Supplements when they are included',
      input: 'Ashwagandha eases anxiety, its makers say.',
      options: { includeSupplements: true },
      flags: ['Ashwagandha'],
    },
    {
      title: 'An early-phase trial says the treatment is experimental',
      input:
        'Gene therapy relieves sickle cell disease in a phase II trial of 300 patients. Gene therapy helped most of them.',
      flags: [],
    },
    {
      title: 'The same trial without its phase says nothing of status',
      input: 'Gene therapy relieves sickle cell disease in a trial of 300 patients. Gene therapy helped most of them.',
      flags: ['Gene therapy'],
    },
    {
      title: 'A small study of a new treatment says it is experimental',
      input: 'Gene therapy relieves sickle cell disease. The trial involved only 11 patients.',
      flags: [],
    },
    {
      title: 'Research stage when a word on availability is wanted',
      input: 'Gene therapy relieves sickle cell disease. The trial involved only 11 patients.',
      options: { includeResearchStage: true },
      flags: ['Gene therapy'],
    },
    {
      title: 'A treatment its researchers made themselves is experimental',
      input:
        'Gene therapy halted a fatal brain disease in children. The team previously engineered the gene therapy from a harmless virus.',
      flags: [],
    },
    {
      title: 'A design or measure the researchers made says nothing of the treatment',
      input:
        'Gene therapy halted a fatal brain disease in children. The team designed a new memory test for the trial.',
      flags: ['Gene therapy'],
    },
    {
      title: 'A treatment said to be well established is in use',
      input:
        'Thrombectomy helps patients recover from a stroke up to a day later.\n\nThrombectomy is already well established within six hours of a stroke.',
      flags: [],
    },
    {
      title: 'A fact said to be well established is no status',
      input:
        'Glenzocimab helps patients recover from a stroke up to a day later.\n\nIt is well established that every minute of a stroke costs brain cells.',
      flags: ['Glenzocimab'],
    },
    {
      title: 'A designation that speeds review is no approval',
      input:
        'Larotrectinib treats rare cancers in children.\n\nThe FDA granted larotrectinib breakthrough therapy designation.',
      language: 'en-US',
      flags: ['Larotrectinib'],
    },
    {
      title: 'An early-phase trial does not say whether a drug already sold can be had for this use (round 24)',
      input: 'Ketamine eases depression in older adults, a phase II trial finds. Ketamine was given weekly.',
      flags: ['Ketamine'],
    },
    {
      title: 'A law against its use is its status (round 24)',
      input: 'Psilocybin eases anxiety in cancer, a pilot study finds. Federal law prohibits the use of psilocybin.',
      flags: [],
    },
    {
      title: 'Insurance cover said in the passive is its status (round 24)',
      input: 'Ketamine eases depression, a phase II trial finds. Ketamine is covered by most health insurance plans.',
      flags: [],
    },
    {
      title: 'A rough price is its status (round 24)',
      input: 'Kalydeco relieves cystic fibrosis. Kalydeco costs in the neighborhood of $300,000 per year.',
      flags: [],
    },
    {
      title: 'A company developing it says it is not yet on the market (round 24)',
      input: 'Dupilumab eases asthma, a small trial finds. Dupilumab is a new drug being developed by two companies.',
      flags: [],
    },
    {
      title: 'An energy-based procedure offered as a new technique owes its status (round 25)',
      input:
        'Pulsed radiofrequency relieves sciatica, a study of 128 patients finds. Pulsed radiofrequency took ten minutes.',
      flags: ['Pulsed radiofrequency'],
    },
    {
      title: 'The press materials’ availability is not the treatment’s (round 25)',
      input:
        'Irreversible electroporation treats pancreatic cancer in a study of 200 patients.\n\nNote: Copies of the releases and electronic images will be available online.',
      flags: ['Irreversible electroporation'],
    },
    {
      title: 'A vaccine named by the protein it targets is one product with a status (round 25)',
      input: 'The p53 vaccine treats breast cancer in a study of 60 women. The p53 vaccine was given monthly.',
      flags: ['p53 vaccine'],
    },
    {
      title: 'A doctor who offers the treatment says where readers can get it (round 25)',
      input:
        'Pulsed radiofrequency relieves sciatica, a study of 128 patients finds. “We offer pulsed radiofrequency to patients whose pain persists,” the surgeon said.',
      flags: [],
    },
    {
      title: 'Established use said in an appositive is the comparator’s, not the treatment’s (round 25)',
      input:
        'Electro-acupuncture eases hot flashes, a trial of 80 women finds. It was compared with gabapentin, an anti-seizure medication frequently prescribed for hot flashes.',
      flags: ['Electro-acupuncture'],
    },
    {
      title: 'The same use said of the treatment itself is its status',
      input:
        'Electro-acupuncture eases hot flashes, a trial of 80 women finds. Electro-acupuncture is frequently prescribed for hot flashes.',
      flags: [],
    },
    {
      title: 'A vaccine named by the infection it prevents owes its status (round 25)',
      input: 'The shingles vaccine prevents shingles in older adults, a study of 75,000 people finds.',
      flags: ['shingles vaccine'],
    },
    {
      title: 'A vaccine recommended for an age group, or available for years, has its status (round 25)',
      input:
        'The shingles vaccine, recommended for adults 60 and older, prevents shingles, a study of 75,000 people finds.',
      flags: [],
    },
    {
      title: 'A small study does not say whether a drug already sold can be had for this use',
      input: 'Oxytocin relieves autism symptoms. In the study, 13 adults inhaled it.',
      flags: ['Oxytocin'],
    },
    {
      title: 'A local anaesthetic in a topical form is sold over the counter (round 29)',
      input:
        'Benzocaine gel eases teething pain in babies, a trial of 200 infants finds. Benzocaine gel was rubbed on the gums.',
      flags: [],
    },
    {
      title: 'The same anaesthetic injected is a product whose status is news (round 29)',
      input:
        'Bupivacaine injections ease knee pain after surgery, a trial of 200 patients finds. Bupivacaine injections were given once.',
      flags: ['Bupivacaine injections'],
    },
    {
      title: 'A summary of many trials weighs treatments rather than promoting one',
      input: 'Based on 35 clinical trials, EMLA cream relieves circumcision pain in newborns.',
      flags: [],
    },
    {
      title: 'An opening that reports a meta-analysis ranks treatments rather than promoting one (round 28)',
      input:
        'According to a network meta-analysis, naproxen ranked most effective for knee arthritis. Naproxen eased pain and naproxen improved function.',
      flags: [],
    },
    {
      title: 'The same drug reported from one trial is promoted',
      input:
        'In a new trial, naproxen ranked most effective for knee arthritis. Naproxen eased pain and naproxen improved function.',
      flags: ['naproxen'],
    },
    {
      title: 'A brand in brackets after an established drug is that drug',
      input:
        'Giving acetaminophen (Tylenol) to children with asthma is safe, a trial found. Tylenol relieves fever and Tylenol eases pain.',
      flags: [],
    },
    {
      title: 'A treatment named once, below the opening, is a side remark',
      input:
        'Most children outgrow a milk allergy, a study of food challenges at a Texas clinic found this year.\n\nThe challenge took a day.\n\nMild reactions were treated with Benadryl, which relieves itching.',
      flags: [],
    },
    {
      title: 'The same treatment promoted in the opening is the article’s remedy',
      input:
        'Benadryl relieves itching in most children, a study of food challenges at a Texas clinic found this year.\n\nThe challenge took a day.',
      flags: ['Benadryl'],
    },
    {
      title: 'A treatment first named below the top, in a story about something else, is its background',
      input:
        'You’ve got mail about quitting smoking\n\nThe road to quitting can be long, a doctor says.\n\nTailored e-mails helped smokers quit in a randomised trial, researchers report.\n\nThe e-mails were written for each smoker.\n\nSome asked about nicotine replacement therapy, which relieves cravings. Nicotine replacement therapy was used by half.',
      flags: [],
    },
    {
      title: 'The same treatment named at the top is what the article is about',
      input:
        'Nicotine replacement therapy relieves cravings\n\nThe road to quitting can be long, a doctor says.\n\nSome asked about nicotine replacement therapy, which relieves cravings. Nicotine replacement therapy was used by half.',
      flags: ['Nicotine replacement therapy'],
    },
    {
      title: 'Patients treated now within a trial: only in trials',
      input:
        'Cryoablation destroys breast tumours without surgery.\n\nWomen are now being treated with cryoablation as part of a clinical trial at 20 centres.',
      flags: [],
    },
    {
      title: 'An operation named by its classical term is a standard operation',
      input: 'Pleurectomy improves quality of life in mesothelioma, a study of 70 patients found.',
      flags: [],
    },
    {
      title: 'A controlled drug owes its legal status though the dictionary lists it',
      input: 'Marijuana relieves chronic nerve pain, a Canadian team found.',
      flags: ['Marijuana'],
    },
    {
      title: 'An established medicine in a common form is established',
      input: 'Nicotine patches improve memory in older adults.',
      flags: [],
    },
    {
      title: 'The molecule a drug blocks is no treatment, wherever it is named',
      input:
        'Drugs that block the protein angiotensin reduce dementia. Combined angiotensin medication therapy reduced admissions.',
      flags: [],
    },
    {
      title: 'A class of medicines or devices has no one status to state',
      input:
        'Newer Blood Pressure Drugs as Good as Older Ones: Study\n\nBlood pressure drugs lower the risk of stroke.',
      flags: [],
    },
    {
      title: 'A named device promoted in the headline owes its status',
      input: 'Watchman Device Prevents Strokes\n\nThe Watchman device prevents strokes in heart patients.',
      flags: ['Watchman device'],
    },
    {
      title: 'A headline that questions the treatment does not promote it',
      input:
        'Penn study questions Lariat device to prevent stroke in heart patients\n\nThe Lariat device closes off part of the heart.',
      flags: [],
    },
    {
      title: 'An opening that reports no gain with the treatment does not promote it',
      input:
        'Chemo After Surgery\n\nPancreatic cancer patients don’t see improved survival with the drug gemcitabine, compared with another regimen, a study finds.',
      flags: [],
    },
    {
      title: 'A status said of a class of other drugs is not the treatment’s status',
      input:
        'Gene therapy eases sickle cell pain in a trial of 300 patients.\n\nMany had tried over-the-counter medications without relief.',
      flags: ['Gene therapy'],
    },
    {
      title: 'The same status said of the treatment is its status',
      input:
        'Naproxen eases sickle cell pain in a trial of 300 patients.\n\nNaproxen and other over-the-counter painkillers are cheap.',
      flags: [],
    },
    {
      title: 'Starting “an approved treatment” speaks of any treatment, not the article’s (round 28)',
      input:
        'Abaloparatide injections cut fractures in women with osteoporosis, a trial of 2,400 women finds.\n\n“What matters most is starting an approved treatment,” an editorial says.',
      flags: ['Abaloparatide injections'],
    },
    {
      title: 'The most widely used rating scale is no status of the treatment measured with it (round 28)',
      input:
        'Ketamine eases depression in teenagers. Scores fell on the most widely used rating scale in research trials.',
      flags: ['Ketamine'],
    },
    {
      title: 'More evidence needed before broader clinical use is a limit on its status (round 28)',
      input: 'Ketamine eases depression in teenagers. More information will be needed before broader clinical use.',
      flags: [],
    },
    {
      title: 'A professional body’s recommendation of the treatment is its status',
      input:
        'Thrombectomy helps stroke patients recover.\n\nThe American Stroke Association advises thrombectomy within six hours.',
      flags: [],
    },
    {
      title: 'A medicine people were less likely to need is the outcome, not the remedy',
      input:
        'Asthma check-ups by phone\n\nPeople who had asthma check-ups by phone were less likely to need omalizumab injections for an asthma attack, a review finds.',
      flags: [],
    },
    {
      title: 'The same medicine offered for the attack owes its status',
      input:
        'Omalizumab injections prevent asthma attacks\n\nOmalizumab injections prevent asthma attacks, a review finds.',
      flags: ['Omalizumab'],
    },
    {
      title: 'A manipulative treatment promoted for a condition owes who offers it (round 27)',
      input:
        'Osteopathic manipulative treatment shortens hospital stays in pneumonia, a trial of 400 patients finds. Osteopathic manipulative treatment was given twice a day.',
      flags: ['Osteopathic manipulative treatment'],
    },
    {
      title: 'The professions that habitually give it say who offers it (round 27)',
      input:
        'Osteopathic manipulative treatment shortens hospital stays in pneumonia, a trial of 400 patients finds. It is also performed by physical therapists and chiropractors.',
      flags: [],
    },
    {
      title: 'Doctors who gave it in the study say nothing of who offers it (round 27)',
      input:
        'Osteopathic manipulative treatment shortens hospital stays in pneumonia, a trial of 400 patients finds. Doctors performed it twice a day.',
      flags: ['Osteopathic manipulative treatment'],
    },
    {
      title: 'Established use said of a general word of another sort is the comparator’s (round 27)',
      input:
        'Cooling therapy reduces epilepsy in babies deprived of oxygen at birth, a study of 150 children finds. Drug therapy is the standard of care for epilepsy.',
      flags: ['Cooling therapy'],
    },
    {
      title: 'Established use said of a general word of the treatment’s own sort is its status (round 27)',
      input:
        'The Watchman device prevents strokes in heart patients, a study of 400 patients finds. The device is the standard of care for such patients.',
      flags: [],
    },
    {
      title: 'Lifestyle advice and passing mentions are not flagged',
      input: 'Regular exercise eases anxiety. Patients who had taken aspirin were excluded.',
      flags: [],
    },
  ],
  check(document, { options, dialect, report }) {
    // Only the article's own intervention: a comparator, a background drug or the setting named on
    // the way is not what readers need the status of (JUDGING.md: `not_promoted`, `wrong_target`).
    const focal = focalIntervention(document);
    if (!focal?.introducedAtTop) return;
    const includeSupplements = options.includeSupplements === true;
    const { remedy, first } = focal;
    if (!needsStatus(remedy, includeSupplements) || remedy.established || namesClass(remedy)) return;
    // "Marijuana" is in the dictionary, yet whether readers may have it is its legal status.
    if (!isControlledSubstance(focal.key) && isEstablished(focal.key, dialect)) return;
    if (brandOfEstablished(focal.first, treatmentMentions(document), dialect)) return;
    if (topicalAnaesthetic(focal.first)) return;
    const regulators = options.regulators ?? defaultRegulators[dialect];
    const researchStageCounts = options.includeResearchStage !== true;
    const withStatus = treatmentsWithStatus(document, treatmentMentions(document), regulators, { researchStageCounts });
    if (withStatus.has(focal.key)) return;
    // A review weighing a body of trials offers readers no one remedy; asked last, as it reads the opening again.
    if (opensOnSeveralTrials(document)) return;
    // "Drugs that block the protein angiotensin", "Hersco Ortho Labs": where the article offers it as
    // a remedy, the word names the drug's target or a company, not a treatment.
    const offered = remedyMentions(document).filter((mention) => mention.key === focal.key);
    if (offered.every((mention) => namesTarget(mention) || inCompanyName(mention))) return;
    const focalMentions = treatmentMentions(document).filter((mention) => mention.key === focal.key);
    if (namedAsBlockedMolecule(focalMentions)) return;
    // "If the symptoms were treated with just Benadryl": named once, below the opening, it is a side remark.
    if (namedOnlyInPassing(document, focal)) return;
    // "Penn study questions Lariat device": an article that doubts the treatment does not promote it.
    if (questionsIntervention(document, focalMentions)) return;
    report('missing', first.block.span(first.start, first.end), { treatment: focal.key });
  },
});

/**
 * "Blood pressure drugs", "implanted heart devices": a general treatment noun in the plural names a
 * class, whose members each have their own status, not one product whose approval readers need
 * (a class of medicines is not checked). The treatment lexicon names such phrases as treatments,
 * and in title case ("Heart Devices") takes the modifier for a product's name, because other rules
 * ask about their harms; this rule leaves them out itself.
 */
function namesClass(mention: TreatmentMention): boolean {
  const head = mention.text.slice(mention.text.lastIndexOf(' ') + 1).toLowerCase();
  return classHeads.has(head);
}

const classHeads = new Set(['drugs', 'medications', 'medicines', 'devices', 'implants']);

/**
 * A one-word treatment that an ordinary English dictionary lists ("aspirin", "insulin",
 * "surgery", "chemotherapy") is established: readers know it is available, as HealthNewsReview
 * reviewers note, and so is one in a common form ("nicotine patch"). New drugs, brands,
 * supplements and devices are not in a general dictionary.
 */
function isEstablished(key: string, dialect: Dialect): boolean {
  const words = key.split(' ');
  if (words.length === 1 && classicalOperation.test(key)) return true;
  if (words.length === 2 && dosageForms.has(words[1] ?? '')) return hunspellFor(dialect).correct(words[0] ?? '');
  return words.length === 1 && hunspellFor(dialect).correct(key);
}

/**
 * "Nephrectomy", "arthroplasty", "pleurectomy": an operation named by its classical term (removal,
 * cutting, opening, repair of an organ) is a standard operation surgeons perform, which no regulator
 * approves, as "mastectomy" and "angioplasty" are; the dictionary lists only the commonest of them.
 * A new technique is named by its method or device ("cryoablation", "the Watchman device").
 */
const classicalOperation = /\p{L}{3}(?:ectomy|otomy|ostomy|plasty|pexy|rrhaphy)$/u;

/**
 * "Nicotine patch", "aspirin tablets": an established medicine in a common form is that medicine,
 * which readers know they can get ("stem cells" and "gene therapy" name no form of one).
 */
const dosageForms = new Set([
  'patch',
  'cream',
  'gel',
  'spray',
  'gum',
  'lozenge',
  'tablet',
  'pill',
  'ointment',
  'inhaler',
]);

/**
 * "Lidocaine cream", "benzocaine spray": a local anaesthetic (the INN stem -caine) put on the skin or
 * in the mouth is sold over the counter in many products (sunburn gels, teething lozenges), so
 * readers know they can get it, as they know a nicotine patch; the dictionary lists few such names.
 * Only a topical form: "bupivacaine injection" or a new long-acting anaesthetic is a product whose
 * status is news (HealthNewsReview marked a lidocaine cream's availability Not Applicable: "lidocaine
 * creams come in many different over-the-counter products").
 */
function topicalAnaesthetic(mention: Pick<TreatmentMention, 'text' | 'key' | 'block' | 'end'>): boolean {
  if (!localAnaesthetic.test(mention.key)) return false;
  // The lexicon joins some forms to the name ("lidocaine cream") and leaves others after it ("benzocaine gel").
  return topicalForm.test(mention.text + mention.block.text.slice(mention.end, mention.end + 16));
}

const localAnaesthetic = /^\p{L}{3,}caine$/iu;
/** The form right after the name, or one word later: "lidocaine cream", "benzocaine gels", "lidocaine skin patch". */
const topicalForm = /^\S+(?:\s\S+)?\s(?:creams?|gels?|sprays?|patch(?:es)?|ointments?|lozenges?)\b/iu;

/**
 * "Acetaminophen (Tylenol, etc.)", "ibuprofen (Advil)": a brand given in brackets after an
 * established one-word treatment is that treatment, which readers know they can get
 * ("transcranial magnetic stimulation (TMS)" names no treatment before the bracket).
 */
function brandOfEstablished(
  mention: TreatmentMention,
  mentions: readonly TreatmentMention[],
  dialect: Dialect,
): boolean {
  const before = mentions.find(
    (other) => other.sentence === mention.sentence && other.end < mention.start && other.end >= mention.start - 3,
  );
  if (!before || before.key.includes(' ')) return false;
  const between = mention.block.text.slice(before.end, mention.start);
  return /^\s?\($/u.test(between) && isEstablished(before.key, dialect);
}
