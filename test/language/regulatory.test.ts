import { describe, expect, it } from 'vitest';
import {
  defaultRegulators,
  findStatusStatements,
  statesStatusFor,
  treatmentsWithStatus,
} from '../../src/language/regulatory.js';
import { treatmentMentions } from '../../src/language/treatments.js';
import { buildDocument } from '../../src/prose/document.js';

const states = (sentence: string, dialect: 'en-US' | 'en-GB'): boolean =>
  findStatusStatements(sentence).some((statement) => statesStatusFor(statement, defaultRegulators[dialect]));

describe('regulatory status', () => {
  it('counts approvals by the reader’s regulator only', () => {
    expect(states('The drug was approved by the FDA in 2019.', 'en-US')).toBe(true);
    expect(states('The drug was approved by the TGA in 2019.', 'en-GB')).toBe(false);
    expect(states('The MHRA has licensed it for adults.', 'en-GB')).toBe(true);
    expect(states('The MHRA has licensed it for adults.', 'en-US')).toBe(false);
  });

  it('counts limits on status and routes of access whoever is named', () => {
    expect(states('Ketamine is not yet approved by the FDA for this use.', 'en-GB')).toBe(true);
    expect(states('This use is off-label.', 'en-US')).toBe(true);
    expect(states('It is sold over the counter.', 'en-GB')).toBe(true);
    expect(states('It is only available in clinical trials.', 'en-US')).toBe(true);
  });

  it('counts the FDA for British readers and any jurisdiction’s wording (issue #13)', () => {
    expect(states('The device was cleared by the FDA last year.', 'en-GB')).toBe(true);
    expect(states('The drug has a licence from the MHRA.', 'en-GB')).toBe(true);
    expect(states('It is available on prescription.', 'en-GB')).toBe(true);
    expect(states('The treatment is still experimental and years from the clinic.', 'en-US')).toBe(true);
    expect(states('Guidelines recommend it for adults over 50.', 'en-US')).toBe(true);
    expect(defaultRegulators['en-US']).toEqual(['FDA']);
  });

  it('takes an early-phase or first trial for a statement that the treatment is experimental (issue #13)', () => {
    for (const sentence of [
      'The phase II, randomized trial enrolled 167 patients.',
      'Encouraging early clinical trials suggest it works.',
      'It was the first controlled clinical trial of the cells.',
      'The first patients received the vaccine last year.',
    ])
      expect(findStatusStatements(sentence).map((statement) => statement.kind)).toEqual(['limitation']);
    expect(findStatusStatements('A phase III trial is next.').map((statement) => statement.id)).toEqual([
      'not-approved',
    ]);
  });

  it('takes what a product is marketed for, where it is bought and research-only use as status (issue #13)', () => {
    expect(states('Psychostimulants such as LDX are primarily marketed for the treatment of ADHD.', 'en-US')).toBe(
      true,
    );
    expect(states('Light boxes can be purchased for about $200 online.', 'en-US')).toBe(true);
    expect(states('They do not recommend its use outside of a research setting.', 'en-US')).toBe(true);
  });

  it('takes a price, sales and the usual treatment for a product on the market (issue #13: established_treatment)', () => {
    expect(states('Alendronate (Fosamax), which costs around $10 per month, was taken by most.', 'en-US')).toBe(true);
    expect(states('Januvia had sales of about $4 billion in 2014.', 'en-US')).toBe(true);
    expect(states('Medication is by far the most common treatment for ADHD.', 'en-US')).toBe(true);
    expect(states('Serious cases are treated with a hormone pill.', 'en-US')).toBe(true);
    expect(states('Part of the group was given gemcitabine, the most favored treatment.', 'en-US')).toBe(true);
    expect(states('The trial cost $2 million to run.', 'en-US')).toBe(false);
  });

  it('takes a small study and an invitation to join the trial for research stage (issue #13: status_implied)', () => {
    const ids = (sentence: string): string[] => findStatusStatements(sentence).map((statement) => statement.id);
    expect(ids('The trial involved only 11 patients.')).toEqual(['small-study']);
    expect(ids('One of the 10 kids in the study developed leukemia.')).toEqual(['small-study']);
    expect(ids('The current study included 24 people with type 1 diabetes.')).toEqual(['small-study']);
    expect(ids('Vericel reported data from a midstage study.')).toEqual(['early-trial']);
    expect(ids('People are interested in joining its clinical trial.')).toEqual(['not-approved']);
    // Large studies, shares, ages and counts with no study named are no study's size.
    expect(ids('The study enrolled 167 patients.')).toEqual([]);
    expect(ids('Based on trials involving 1,997 newborns, it works.')).toEqual([]);
    expect(ids('In the study, 40 percent of patients improved.')).toEqual([]);
    expect(ids('About 20 people die of it every day.')).toEqual([]);
    expect(findStatusStatements('A phase II trial of 30 patients.').every((statement) => statement.researchStage)).toBe(
      true,
    );
    expect(findStatusStatements('It is not approved.').some((statement) => statement.researchStage)).toBe(false);
  });

  it('takes a treatment given now within a trial, or a trial still recruiting, for "only in trials" (issue #13: status_implied)', () => {
    const ids = (sentence: string): string[] => findStatusStatements(sentence).map((statement) => statement.id);
    expect(
      ids(
        'A growing number of women are now being treated with the technique as part of a groundbreaking clinical trial.',
      ),
    ).toContain('within-trial');
    expect(ids('The device is offered within a trial at 20 sites.')).toContain('within-trial');
    expect(ids('The ICE3 trial is recruiting women aged 65 years and older.')).toContain('not-approved');
    // A finished trial's participants say nothing of whether readers can get the treatment.
    expect(ids('As part of the trial, 300 patients took the drug or a placebo.')).toEqual([]);
    expect(ids('Patients treated with the drug as part of the study lived longer.')).toEqual([]);
  });

  it('lets an adverb or two part a status statement, and takes standard practice for established use (issue #13)', () => {
    for (const sentence of [
      'Standard guidelines for stroke treatment currently recommend clot removal only within six hours.',
      'Patients at risk are therefore prescribed such devices.',
      'Many ARBs are now also generic.',
      'Her insurance covered much of the six-figure bill.',
      'General practice in the United States is to administer IV fluids at 125 milliliters per hour.',
    ])
      expect(states(sentence, 'en-US'), sentence).toBe(true);
    expect(states('Her insurance company called twice.', 'en-US')).toBe(false);
    expect(states('She works in general practice in Leeds.', 'en-GB')).toBe(false);
    expect(states('Doctors are quickly learning the technique.', 'en-US')).toBe(false);
  });

  it('does not take a study’s ethics approval for a treatment’s', () => {
    expect(states('The study was approved by the ethics committee.', 'en-US')).toBe(false);
  });
});

describe('treatments with a stated status (issue #13)', () => {
  const covered = (text: string): string[] => {
    const document = buildDocument(text, 'text');
    return [...treatmentsWithStatus(document, treatmentMentions(document), defaultRegulators['en-US'])].sort();
  };

  it('takes established use said of a general word only for treatments of that word’s sort (round 27)', () => {
    expect(
      covered(
        'Osteopathic manipulative treatment shortened stays. Antibiotic therapy is the current standard of care.',
      ),
    ).toEqual(['antibiotic']);
    expect(
      covered('The Watchman device prevents strokes. The device is the standard of care for such patients.'),
    ).toEqual(['device', 'watchman device']);
    expect(covered('Cooling therapy reduces epilepsy. It is the standard of care for such babies.')).toEqual([
      'cooling therapy',
    ]);
  });

  it('takes a status stated anywhere, in whatever name, for the article’s treatments', () => {
    expect(covered('Cannabidiol reduced seizures. Epidiolex has not been approved by the FDA.')).toEqual([
      'cannabidiol',
      'epidiolex',
    ]);
    expect(covered('Diclofenac could help treat cancer. It is often prescribed for migraine.')).toEqual(['diclofenac']);
    expect(covered('Both Opdivo and Yervoy are already approved by the FDA.')).toEqual(['opdivo', 'yervoy']);
  });

  it('keeps established use to the treatment it is said of, and a study’s design is no status', () => {
    expect(covered('Apixaban prevented strokes. Warfarin is commonly prescribed for this.')).toEqual(['warfarin']);
    expect(covered('Apixaban prevented strokes in the experimental group.')).toEqual([]);
    expect(covered('Apixaban is still experimental.')).toEqual(['apixaban']);
  });

  it('takes established use of a dose, a measure or a trial’s background arm for no status (issue #13)', () => {
    expect(covered('Ketamine eased depression. Most remitted below the commonly-used dose of 0.5 mg/kg.')).toEqual([]);
    expect(covered('Oxytocin helped children. We used the most widely used assessments of social skills.')).toEqual([]);
    expect(covered('Oxytocin helped children. We used the most widely used rating scale in trials.')).toEqual([]);
    expect(covered('Etanercept eased arthritis. Patients had etanercept or placebo plus standard therapy.')).toEqual(
      [],
    );
    expect(covered('Etanercept eased arthritis. It is now the standard therapy for arthritis.')).toEqual([
      'etanercept',
    ]);
  });

  it('counts research-stage, legal and market wording, and established use (issue #13)', () => {
    expect(states('These are clearly early stages of evaluating the risks and benefits.', 'en-US')).toBe(true);
    expect(states('Tamsulosin was normally used to treat an enlarged prostate.', 'en-US')).toBe(true);
    expect(states('It is the active chemical in the contraceptive sold in the U.S. as Ella.', 'en-US')).toBe(true);
    expect(states('That led to most of them being outlawed.', 'en-US')).toBe(true);
    expect(states('The school will open the Maryland Proton Treatment Center this fall.', 'en-US')).toBe(true);
    expect(states('It could open the door to new treatments.', 'en-US')).toBe(false);
    expect(states('Hitachi cleared an FDA Special 510(k) for the system.', 'en-GB')).toBe(true);
    expect(states('A readily available dose of sildenafil could help.', 'en-US')).toBe(true);
    expect(states('Botox injections are also used when the medicine fails.', 'en-US')).toBe(true);
  });

  it('takes a small study for the status of a new treatment only, not of a drug already sold (issue #13)', () => {
    expect(covered('Gene therapy halted the disease. The trial involved only 11 patients.')).toEqual(['gene therapy']);
    expect(covered('Oxytocin helped autism. In the study, 13 subjects inhaled it.')).toEqual([]);
  });

  it('takes an early-phase or first trial for the status of a new treatment only, not of a drug already sold (round 24)', () => {
    expect(covered('Gene therapy halted the disease in a phase II trial.')).toEqual(['gene therapy']);
    expect(covered('Ketamine eased depression in a phase II trial.')).toEqual([]);
    expect(covered('Oxytocin helped autism in the first trial in humans.')).toEqual([]);
  });

  it('takes a law against its use, a rough price, insurance cover and a company developing it for status (round 24)', () => {
    expect(states('Federal law prohibits the use of the compound for any purpose.', 'en-US')).toBe(true);
    expect(states('The drug costs in the neighborhood of $300,000 per year.', 'en-US')).toBe(true);
    expect(states('The drug costs more than $1,000 a month.', 'en-US')).toBe(true);
    expect(states('It is covered by most health insurance plans if other drugs fail.', 'en-US')).toBe(true);
    expect(states('It is a new asthma drug being developed by two companies.', 'en-US')).toBe(true);
    expect(states('The algorithm for the pump is still being developed.', 'en-US')).toBe(false);
    expect(states('The unit costs more than $2 million to build.', 'en-US')).toBe(false);
  });

  it('takes a doctor offering the treatment for its status, and an appositive’s established use for the comparator’s (round 25)', () => {
    expect(
      covered('Pulsed radiofrequency eased sciatica. “We offer pulsed radiofrequency to patients,” he said.'),
    ).toEqual(['pulsed radiofrequency']);
    expect(covered('Pulsed radiofrequency eased sciatica. “We offer hope to patients,” he said.')).toEqual([]);
    expect(
      covered(
        'Electro-acupuncture was compared with gabapentin, an anti-seizure medication frequently prescribed for it.',
      ),
    ).toEqual(['gabapentin']);
    expect(covered('Electro-acupuncture and gabapentin are frequently prescribed for hot flashes.')).toEqual([
      'electro acupuncture',
      'gabapentin',
    ]);
  });

  it('takes a recommendation for an age group and years on the market for established use (round 25)', () => {
    expect(covered('The shingles vaccine, recommended for adults 60 and older, cuts the risk.')).toEqual([
      'shingles vaccine',
    ]);
    expect(covered('Gene therapy eased the pain. Aspirin has been available since 1899.')).toEqual(['aspirin']);
  });

  it('does not take the press materials’ availability for the treatment’s (round 25)', () => {
    expect(states('Copies of the releases and electronic images will be available online.', 'en-US')).toBe(false);
    expect(states('An archived webcast will be available on the company’s website.', 'en-US')).toBe(false);
    expect(states('The procedure will be available to patients next year.', 'en-US')).toBe(true);
  });

  it('leaves out research-stage wording when asked for a word on availability', () => {
    const document = buildDocument('Gene therapy halted the disease in a phase II trial.', 'text');
    const mentions = treatmentMentions(document);
    const regulators = defaultRegulators['en-US'];
    expect([...treatmentsWithStatus(document, mentions, regulators)]).toEqual(['gene therapy']);
    expect([...treatmentsWithStatus(document, mentions, regulators, { researchStageCounts: false })]).toEqual([]);
  });

  it('takes a status said of a class of treatments for the status of its examples only (issue #13)', () => {
    expect(covered('Gene therapy eased the pain. Many had tried over-the-counter medications without relief.')).toEqual(
      [],
    );
    expect(
      covered('Gene therapy may cut dependence on prescription medicines, including opioids, the team said.'),
    ).toEqual(['opioid']);
    expect(covered('Gene therapy eased the pain. Doctors should first try any approved treatment.')).toEqual([]);
    expect(covered('Gene therapy eased the pain. Over-the-counter painkillers such as naproxen did not.')).toEqual([
      'naproxen',
    ]);
    expect(covered('Naproxen and other over-the-counter painkillers eased the pain.')).toEqual(['naproxen']);
    expect(covered('Naproxen eased the pain. It is available over the counter.')).toEqual(['naproxen']);
    expect(covered('Esketamine eased depression. Esketamine is a prescription drug.')).toContain('esketamine');
    expect(covered('Esketamine eased depression. It is an FDA-approved treatment.')).toContain('esketamine');
    // Round 28: after "a" or "an", a general noun that ends its clause names no treatment.
    expect(covered('Gene therapy eased the pain. What matters is starting an approved treatment.')).toEqual([]);
    expect(covered('Gene therapy eased the pain. What matters is “starting an approved treatment,” she said.')).toEqual(
      [],
    );
    expect(covered('Doctors gave a prescription drug called Xyrem for the pain.')).toContain('xyrem');
    // A limit is said of the article's new treatments even in the plural.
    expect(covered('Two experimental drugs, larotrectinib and entrectinib, shrank the tumours.')).toEqual(
      expect.arrayContaining(['entrectinib', 'larotrectinib']),
    );
  });

  it('takes more evidence needed before clinical use for a limit on status (round 28)', () => {
    expect(covered('Ketamine eased depression. More data will be needed before broader clinical use.')).toEqual([
      'ketamine',
    ]);
  });

  it('takes a professional body’s recommendation for the status of what it recommends (issue #13)', () => {
    expect(
      covered(
        'Thrombectomy helps stroke patients. The American Stroke Association advises thrombectomy within six hours.',
      ),
    ).toEqual(['thrombectomy']);
    expect(covered('Liraglutide helped. The American Heart Association recommends regular exercise.')).toEqual([]);
    expect(covered('Liraglutide helped. The researchers recommend larger trials.')).toEqual([]);
  });

  it('takes the trial arm on standard therapy for no status (issue #13)', () => {
    expect(covered('Etanercept eased arthritis. Patients on standard therapy alone fared worse.')).toEqual([]);
  });

  it('takes a class word ("the antibiotic") for the article’s treatment when it states use (issue #13)', () => {
    const document = buildDocument(
      'Chemists made vancomycin more potent against infections. The antibiotic has been prescribed by doctors for 60 years.',
      'text',
    );
    const covered = treatmentsWithStatus(document, treatmentMentions(document), defaultRegulators['en-US']);
    expect([...covered]).toContain('vancomycin');
  });

  it('takes a treatment said to be well established for established use of that treatment only (issue #13)', () => {
    expect(covered('Thrombectomy is well established within six hours of a stroke. It helped.')).toEqual([
      'thrombectomy',
    ]);
    expect(
      covered('It is long established that warfarin thins the blood. An implanted device prevented strokes.'),
    ).toEqual(['warfarin']);
    expect(covered('It is well established that obesity harms the heart. Liraglutide helped.')).toEqual([]);
  });

  it('takes a treatment its researchers made themselves for research stage, of new treatments only (issue #13)', () => {
    expect(
      covered(
        'The team previously engineered a gene therapy for the disease. Gene therapy halted it in most children.',
      ),
    ).toEqual(['gene therapy']);
    expect(covered('Scientists have designed an implanted device that steadies the heartbeat.')).toEqual(['device']);
    expect(covered('A stent developed by engineers at the university kept arteries open.')).toEqual(['stent']);
    expect(covered('Researchers developed a questionnaire. Oxytocin eased anxiety in the study.')).toEqual([]);
    expect(covered('Oxytocin, a drug developed by Novartis, eased anxiety.')).toEqual([]);
    expect(covered('The care team designed a treatment plan for each child. Gene therapy halted the disease.')).toEqual(
      [],
    );
  });

  it('takes no designation for an approval, and a priority review for an application under review (issue #13)', () => {
    expect(states('The FDA granted the drug breakthrough therapy designation.', 'en-US')).toBe(false);
    expect(states('It has orphan drug designation in Europe and fast track designation in the US.', 'en-US')).toBe(
      false,
    );
    expect(states('The FDA granted the application priority review.', 'en-US')).toBe(true);
    expect(states('Currently there is no approved second-line therapy.', 'en-US')).toBe(false);
    expect(states('There are no FDA-approved drugs for the disease.', 'en-US')).toBe(false);
  });

  it('takes a cleared lesion, a business licence and a person available to the press for no status (issue #13)', () => {
    expect(states('The clearance rate was 68% for patients treated with the cream.', 'en-US')).toBe(false);
    expect(states('Lesions cleared completely in half of the patients.', 'en-US')).toBe(false);
    expect(states('The maker holds the commercial license for the treatment.', 'en-US')).toBe(false);
    expect(states('The surgeon lost his medical license in 2010.', 'en-US')).toBe(false);
    expect(states('The author will be available to the media at a briefing on Tuesday.', 'en-US')).toBe(false);
    expect(states('The device received 510(k) clearance last year.', 'en-US')).toBe(true);
    expect(states('It is a licensed medicine in the UK.', 'en-GB')).toBe(true);
    expect(states('The drug is licensed for adults.', 'en-GB')).toBe(true);
    expect(states('The treatment will be available in the UK next year.', 'en-GB')).toBe(true);
  });

  it('takes treatments said to be available, sold under a name or used today for status (issue #13)', () => {
    expect(states('Topical treatments are available for superficial skin cancers.', 'en-US')).toBe(true);
    expect(states('No effective treatments are available for the disease.', 'en-US')).toBe(false);
    expect(states('The drugs are sold under the names Viagra and Cialis.', 'en-US')).toBe(true);
    expect(states('Mild cases can be treated topically with a cream.', 'en-US')).toBe(true);
  });

  it('takes the professions that habitually give a treatment for who offers it, not those who gave it in a study (round 27)', () => {
    expect(states('Chiropractors often perform SMT on patients.', 'en-US')).toBe(true);
    expect(states('It is also administered by physical therapists and osteopaths.', 'en-US')).toBe(true);
    expect(states('Surgeons performed the procedure on 20 patients.', 'en-US')).toBe(false);
    expect(states('Doctors gave it twice a day.', 'en-US')).toBe(false);
  });
});
