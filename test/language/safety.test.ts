import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/prose/document.js';
import {
  findSafetyStatements,
  firstSafetyCaveat,
  isSafetyCaveat,
  isTitleLine,
  namesTreatmentFamily,
} from '../../src/language/safety.js';
import type { TreatmentKind } from '../../src/language/treatments.js';

const caveats = (sentence: string): string[] => {
  const statements = findSafetyStatements(sentence);
  return statements.filter((statement) => isSafetyCaveat(statement, sentence, statements)).map((found) => found.text);
};

describe('safety statements', () => {
  it('accepts named harms, specific classes of harm and concrete cautions', () => {
    expect(caveats('Side effects included nausea and dissociation.')).toEqual([
      'Side effects',
      'nausea',
      'dissociation',
    ]);
    expect(caveats('Complications occurred in 18 percent of patients.')).toEqual(['Complications']);
    expect(caveats('Talk to your doctor before starting or stopping it.')).toHaveLength(2);
    expect(caveats('It is addictive and can be misused.')).toEqual(['addictive', 'can be misused']);
  });

  it('rejects vague warnings, reassurance, negated harms and harms of the condition', () => {
    expect(caveats('Ketamine should not be taken lightly and ought to be monitored carefully.')).toEqual([]);
    expect(caveats('It was well tolerated and side effects were mild.')).toEqual([]);
    expect(caveats('The drug has no side effects.')).toEqual([]);
    expect(caveats('The risk of burnout is on the increase.')).toEqual([]);
    expect(caveats('Complications of diabetes include blindness.')).toEqual([]);
    expect(caveats('People with schizophrenia experience hallucinations.')).toEqual([]);
  });

  it('counts a class of harms said to happen, even when it does not say which (issue #13, round five)', () => {
    expect(caveats('Patients may have side effects.')).toEqual(['side effects']);
    expect(caveats('There is a side effect.')).toEqual(['side effect']);
    expect(caveats('The agency might approve the drug, despite the adverse events.')).toEqual(['adverse events']);
    expect(caveats('Side effects were similar in both groups.')).toEqual(['Side effects']);
    expect(caveats('Nine percent of those fitted with the stent suffered a major adverse cardiac event.')).toEqual([
      'adverse cardiac event',
    ]);
    // Harms no one has recorded name nothing; nor does one the treatment lessens.
    expect(caveats('No information on side effects was collected.')).toEqual([]);
    expect(caveats('The long-term complications remain unknown.')).toEqual([]);
    expect(caveats('The implant may lower the chance of a complication.')).toEqual([]);
  });

  it('counts deaths among the people in a study, not a population’s deaths or fewer deaths', () => {
    expect(caveats('The programme was halted after the deaths of two patients.')).toEqual(['deaths of two patients']);
    expect(caveats('Three participants died during the trial.')).toEqual(['Three participants died']);
    expect(caveats('Cervical cancer causes 274,000 deaths annually.')).toEqual([]);
    expect(caveats('Fewer patients died in the treated group.')).toEqual([]);
    expect(caveats('Two patients in the placebo group died.')).toEqual([]);
  });

  it('counts saying who it is not suitable for, or that it is not for everyone', () => {
    expect(caveats('The new device will not be suitable for many heart patients.')).toEqual(['not be suitable for']);
    expect(caveats('Acupuncture is not for everyone.')).toEqual(['not for everyone']);
    expect(caveats('Moxibustion shouldn’t be done on people with diabetes, therapists say.')).toEqual([
      'shouldn’t be done on',
    ]);
    expect(caveats('Caution should be used in people with fragile skin.')).toEqual(['Caution should be used']);
    expect(caveats('The drug can be used in children.')).toEqual([]);
  });

  it('recognises harms the ways writers state them (issue #13)', () => {
    expect(caveats('About 3% of patients stopped treatment because of stomach pain.')).not.toEqual([]);
    expect(caveats('There was a slight rise in cases of gout in the treated group.')).toEqual(['gout']);
    expect(caveats('The drug can cause fluid build-up in the brain, which was rarely fatal.')).not.toEqual([]);
    expect(caveats('Doctors should discuss the balance of benefits and side effects.')).not.toEqual([]);
    expect(caveats('Beta blockers can cause tiredness and dizziness.')).not.toEqual([]);
  });

  it('counts a harm after a contrast, a quantified complication rate and a caution in the third person (issue #13)', () => {
    expect(caveats('There were no serious adverse events, but two patients had wound infections.')).toEqual([
      'wound infections',
    ]);
    expect(caveats('It was well tolerated, although reports of nausea were common in the treated group.')).toEqual([
      'nausea',
    ]);
    expect(caveats('It was well tolerated and nausea was rare.')).toEqual([]);
    const rate = 'Patients who had the endoscopic procedure had lower complications (1 percent) than after surgery.';
    expect(firstSafetyCaveat(buildDocument(rate, 'text'))?.text).toBe(rate);
    expect(caveats('Kidney patients should talk to their doctor before drinking it.')).not.toEqual([]);
    expect(caveats('Do not extend its use without talking to your doctor.')).not.toEqual([]);
    expect(caveats('Whole-brain radiotherapy resulted in more memory loss.')).toEqual(['memory loss']);
  });

  it('counts the risk or rate of a harm put on the treatment, however small (round 10)', () => {
    expect(caveats('Doctors welcomed the very low risk of bleeding with the new pill.')).toEqual(['bleeding']);
    expect(caveats('The rate of serious infection after the implant was under one percent.')).toContain('infection');
    // The risk the treatment lowers, or a risk with no treatment after it, is not put on it.
    expect(caveats('People with diabetes have a higher risk of stroke with age.')).toEqual([]);
    const lowered = 'Warfarin cut the risk of stroke in older patients.';
    expect(firstSafetyCaveat(buildDocument(lowered, 'text'), 'warfarin')).toBeUndefined();
  });

  it('does not take benefits or lessened harms for harms', () => {
    expect(caveats('Migraine surgery can lead to dramatic improvements in functioning.')).toEqual([]);
    const lessened = 'The drug caused fewer treatment-related adverse events, including fatigue and nausea.';
    expect(firstSafetyCaveat(buildDocument(lessened, 'text'))).toBeUndefined();
    const eliminated = 'With the new device, side effects were eliminated or greatly reduced.';
    expect(firstSafetyCaveat(buildDocument(eliminated, 'text'))).toBeUndefined();
  });

  it('counts deaths put down to the treatment (issue #13)', () => {
    expect(caveats('Nearly 3 percent died, and those deaths were directly related to the transplant.')).toEqual([
      'deaths',
    ]);
    expect(caveats('Deaths from heart disease fell by a fifth in the decade.')).toEqual([]);
  });

  it('does not take the harms of another named treatment for those of the one asked about', () => {
    const document = buildDocument(
      'A urine test finds prostate cancer. A biopsy is invasive and can cause infection and bleeding.',
      'markdown',
    );
    expect(firstSafetyCaveat(document)?.text).toMatch(/^A biopsy/);
    expect(firstSafetyCaveat(document, 'urine test')).toBeUndefined();
    const aboutIt = buildDocument('Ketamine eases depression. The drug can cause nausea.', 'markdown');
    expect(firstSafetyCaveat(aboutIt, 'ketamine')?.text).toBe('The drug can cause nausea.');
  });

  it('counts harms named as a side effect or seen equally in each group, not plans to measure them (issue #13)', () => {
    expect(caveats('However, patients on nicotine did lose a few pounds, which is a known side effect.')).toEqual([
      'side effect',
    ]);
    expect(
      caveats('There were no differences among the groups in other serious side effects, such as nausea, Miller said.'),
    ).toEqual(['side effects', 'nausea']);
    expect(caveats('Side effects: nausea and headache.')).not.toEqual([]);
    expect(
      caveats('The study will measure seizure frequency and occurrence of stimulation-related adverse events.'),
    ).toEqual([]);
    expect(caveats('However, radiotherapy can cause adverse reactions.')).toEqual(['adverse reactions']);
    expect(caveats('The disease is well controlled and side effects are tolerable: patients do well.')).toEqual([]);
    expect(caveats('They study type 2 diabetes and related complications.')).toEqual([]);
    expect(caveats('Researchers have developed a vaccine that protects cancer patients from flu infections.')).toEqual(
      [],
    );
    const decreasing = 'The drug could be given in smaller doses, decreasing the side-effects of chemotherapy.';
    expect(firstSafetyCaveat(buildDocument(decreasing, 'text'))).toBeUndefined();
  });

  it('counts a treatment said to raise the risk of something, not a falling hormone (issue #13)', () => {
    expect(
      caveats(
        'The study reported that menopausal hormone therapy started in women 65 or older increased the risk of dementia.',
      ),
    ).toEqual(['increased the risk']);
    expect(
      caveats(
        'A rapid decline in estrogen with menopause may be associated with an increased risk of Alzheimer’s disease.',
      ),
    ).toEqual([]);
  });

  it('counts a list of risks after what they belong to, and who should not take it or for what (issue #13)', () => {
    expect(caveats('The risks of using bisphosphonates include, in rare cases, osteonecrosis of the jaw.')).not.toEqual(
      [],
    );
    expect(
      caveats('The first choice, except for women with a history of breast cancer, is hormone therapy.'),
    ).not.toEqual([]);
    expect(caveats('These drugs should not be taken for Alzheimer’s disease at this stage.')).not.toEqual([]);
    expect(caveats('Ketamine should not be taken lightly.')).toEqual([]);
  });

  it('does not take the harms of the condition for harms of the treatment (issue #13 harms)', () => {
    expect(caveats('The disease can cause strokes and liver damage.')).toEqual([]);
    expect(
      caveats(
        'They developed a vaccine against chlamydia, a common infection that often goes unnoticed but can result in infertility.',
      ),
    ).toEqual([]);
    expect(
      caveats('The medication also treats many of the symptoms associated with the disease such as tremors.'),
    ).toEqual([]);
    expect(
      caveats('Doctors would need less of the antibiotic to fight infection, which increases in the wards.'),
    ).toEqual([]);
    expect(caveats('Less than 20 percent of adults with hearing loss report hearing aid use.')).toEqual([]);
    // The treatment named before the condition, or right after the harm, still owns it.
    expect(caveats('The drug, used for depression, can cause nausea.')).toContain('nausea');
    expect(caveats('In patients with diabetes, the drug caused low blood sugar.')).toEqual(['low blood sugar']);
    expect(caveats('Diabetes patients developed seizures from the drug.')).toEqual(['seizures']);
    expect(caveats('In cancer patients, side effects included nausea.')).toContain('side effects');
  });

  it('reads harm classes with a rate, and one the treatment lessens (issue #13 harms)', () => {
    expect(caveats('Metformin may be used to lower Type 1 diabetic patients’ chance of this complication.')).toEqual(
      [],
    );
    // Round 26: "factors that affect … toxicity" is an outcome the study weighs, not harms it says happened
    // (HealthNewsReview: harms not satisfactory). "1,200" is still no rate of it.
    expect(
      caveats(
        'They have data on close to 1,200 such patients treated since 2003 and have identified medical and technical factors that affect tumor control and toxicity.',
      ),
    ).toEqual([]);
    expect(caveats('Grade 3 or 4 toxicity occurred in 20 percent of patients.')).toEqual(['toxicity']);
    expect(caveats('Significant hearing loss was seen in 12 percent after radiotherapy.')).toEqual(['hearing loss']);
  });

  it('does not take a report, or a plan to learn about harms, for a harm (issue #13 harms)', () => {
    expect(caveats('Surgeons reach the nerves behind chronic headache, according to the report.')).toEqual([]);
    expect(caveats('Larger studies are needed to learn more about possible adverse side effects of the drug.')).toEqual(
      [],
    );
  });

  it('gives a harm to the treatment it is said of, not the one asked about (issue #13 harms)', () => {
    const caveatOf = (text: string, key: string, kind?: TreatmentKind): string | undefined =>
      firstSafetyCaveat(buildDocument(text, 'text'), key, kind)?.text;
    const transplant =
      'Decitabine treats leukaemia. A bone-marrow transplant can follow, but only for some patients because the procedure can cause severe complications, even death.';
    expect(caveatOf(transplant, 'decitabine', 'drug')).toBeUndefined();
    expect(caveatOf(transplant, 'decitabine')).toBeDefined();
    const previous =
      'CBT treats insomnia. About 10 percent of soldiers take sleep medications. For them, the side effects such as grogginess can be dangerous.';
    expect(caveatOf(previous, 'cbt', 'psychotherapy')).toBeUndefined();
    const itself = 'Zolpidem treats insomnia. It is often prescribed. Side effects such as grogginess are common.';
    expect(caveatOf(itself, 'zolpidem', 'drug')).toBeDefined();
    const technique =
      'The new technique improves breast reduction. About 50% of patients who undergo the most commonly used breast reduction technique experience bottoming out as a long-term complication.';
    expect(caveatOf(technique, 'surgery', 'procedure')).toBeUndefined();
    const comparator =
      'The Watchman device prevents strokes, compared with warfarin, which raises the risk of bleeding.';
    expect(caveatOf(comparator, 'watchman device', 'device')).toBeUndefined();
  });

  it('takes a symptom for a harm only when the harm wording stands near it (issue #13 harms)', () => {
    expect(
      caveats(
        'In a study of civilians with sleep trouble and insomnia, the team found that their new programme of weekly sessions led to better sleep and less use of medication.',
      ),
    ).toEqual([]);
    expect(caveats('Patients taking the drug often experienced nausea.')).toEqual(['nausea']);
    expect(caveats('Nausea was reported by a third of patients on the drug.')).toEqual(['Nausea']);
  });

  it('counts harms told in counts of patients and falls brought by a treatment (issue #13 harms)', () => {
    expect(
      caveats(
        'Five patients needed the wires implanted again, and one had the device removed because of a complication.',
      ),
    ).toEqual(['complication']);
    expect(caveats('Those given higher doses of vitamin D saw an increase in falls.')).toEqual(['falls']);
    expect(caveats('The effect of melatonin falls between 3:00 and 8:00, the time of highest risk.')).toEqual([]);
  });

  it('does not take what a group of people live with, or a plan to spot harms, for a harm (issue #13 harms)', () => {
    expect(
      caveats('The drug improved measures of cognitive decline commonly experienced in menopausal women.'),
    ).toEqual([]);
    expect(caveats('Nausea commonly experienced by patients on the drug led many to stop.')).toContain('Nausea');
    expect(
      caveats(
        'Regulators monitor the database for increases in symptoms in order to spot potentially harmful drug side effects.',
      ),
    ).toEqual([]);
  });

  it('counts harms a class goes on to name, whatever the reassurance (tuning draw)', () => {
    expect(
      caveats(
        'Overall, the nasal spray was well tolerated and the most common adverse events were thirst, urination and constipation.',
      ),
    ).toEqual(['adverse events', 'constipation']);
    expect(caveats('A key side effect is thirst.')).toEqual(['side effect']);
    expect(caveats('The main side effect of aromatase inhibitors is an increase in bone loss.')).toEqual([
      'side effect',
      'bone loss',
    ]);
    expect(caveats('The most common side effects were mild.')).toEqual([]);
    expect(caveats('Blurry menus and small print are often side effects of getting old.')).toEqual([]);
    expect(caveats('Weight gain is often a side effect of the drug.')).toContain('side effect');
    expect(caveats('Early menopause is often a side effect for women treated with chemotherapy.')).toContain(
      'side effect',
    );
  });

  it('counts asking a health professional, who a treatment is not for, and harms a negation excepts (tuning draw)', () => {
    expect(caveats('She encourages women to speak to their health care providers about the dosage.')).toEqual([
      'their health care providers',
    ]);
    expect(caveats('Your physician may prescribe it.')).toEqual([]);
    expect(caveats('The drug is not for women whose prior premature births were of twins.')).not.toEqual([]);
    expect(caveats('It should be approached with caution in women with hormone-sensitive disease.')).not.toEqual([]);
    expect(
      caveats('No prior studies showed zinc lozenges might cause harm aside from bad taste or constipation.'),
    ).toContain('constipation');
    expect(caveats('The drug has no side effects.')).toEqual([]);
  });

  it('counts more deaths among those given a treatment, and fluid build-up it causes (tuning draw)', () => {
    expect(
      caveats('Older women who take multivitamins have slightly increased death rates compared to those who do not.'),
    ).toEqual(['increased death rates']);
    expect(caveats('People with diabetes have higher mortality.')).toEqual([]);
    expect(caveats('Patients who stopped taking statins had higher mortality.')).toEqual([]);
    expect(caveats('The procedure can cause a buildup of fluid in the area that has been treated.')).toContain(
      'buildup of fluid',
    );
    const rates =
      'Glargine resulted in a lower number of injection site reactions (1.8% of patients on detemir compared to 0.4% on glargine).';
    expect(firstSafetyCaveat(buildDocument(rates, 'text'))?.text).toBe(rates);
  });

  it('takes a class or second name the article gives the treatment for the treatment (issue #13 harms)', () => {
    const caveatOf = (text: string): string | undefined =>
      firstSafetyCaveat(buildDocument(text, 'text'), 'bisoprolol', 'drug')?.text;
    expect(
      caveatOf(
        'Bisoprolol eases heart failure. Bisoprolol, a beta blocker, is cheap. Beta blockers can cause dizziness.',
      ),
    ).toBe('Beta blockers can cause dizziness.');
    expect(caveatOf('Bisoprolol eases heart failure. It is cheap. Beta blockers can cause dizziness.')).toBeUndefined();
    expect(
      caveatOf(
        'Bisoprolol eases heart failure. Doctors use aspirin, bisoprolol or statins. Statins can cause muscle pain.',
      ),
    ).toBeUndefined();
  });

  it('reads a treatment said to kill or to be dangerous for some people as a harm (issue #13, round 8)', () => {
    expect(caveats('Her doctor warned that the drug could kill her.')).toContain('could kill her');
    expect(caveats('Aspirin can be dangerous for people with stomach ulcers.')).toContain('be dangerous for');
    expect(caveats('Without treatment, sepsis can kill within days.')).toEqual([]);
    expect(caveats('The cancer could kill her.')).toEqual([]);
    expect(caveats('New drugs which can kill cells in new ways.')).toEqual([]);
    expect(caveats('Experts once warned that beta blockers were too dangerous to use in heart failure.')).toEqual([]);
    expect(caveats('The drug is not dangerous for children.')).toEqual([]);
  });

  it('reads harms told in plain words with the treatment as the subject (issue #13, round 9)', () => {
    // A condition the treatment causes, a measure whose rise is a harm, the treatment able to hurt someone.
    expect(caveats('Regular cannabis use can cause depression and anxiety in teenagers.')).toContain(
      'can cause depression',
    );
    expect(caveats('In the trial, the drug raised blood pressure in older men.')).toContain('raised blood pressure');
    expect(caveats('Lithium is cheap and can harm the kidneys.')).toContain('can harm');
    expect(caveats('Warfarin is not for everyone and could hurt a patient who falls often.')).toContain('could hurt');
    expect(caveats('An earlier drug of its kind was dropped after trials found it raised blood pressure.')).toContain(
      'raised blood pressure',
    );
    // Not when something else is the subject, the rise is a benefit, or the harm is denied.
    expect(caveats('The virus can cause depression.')).toEqual([]);
    expect(caveats('Stress raises blood pressure.')).toEqual([]);
    expect(caveats('The new drug raised HDL cholesterol.')).toEqual([]);
    expect(caveats('In the trial, the drug did not raise blood pressure.')).toEqual([]);
    // A denied harm is no harm, but since round 17 it is read as that harm ruled out (a caution).
    expect(caveats('Metformin did not cause depression.')).toEqual(['did not cause depression']);
    expect(caveats('The company warns that products may harm recipients.')).toEqual([]);
  });

  it('names plain-prose harms of tests, creams and contraception (issue #13, round 8)', () => {
    expect(caveats('A negative home test may give false reassurance.')).toContain('false reassurance');
    expect(caveats('The cream can cause skin discoloration.')).toContain('skin discoloration');
    expect(caveats('Relying on the app carries the risk of unintended pregnancy.')).toContain('unintended pregnancy');
    expect(caveats('The pill prevents unintended pregnancy.')).toEqual([]);
  });

  it('keeps reassurance to its own clause, and reads a topic or a plan as naming no harm (tuning draw)', () => {
    expect(
      caveats(
        'No study showed zinc lozenges might cause harm aside from bad taste or constipation, he said, and the latest trial found no significant differences in adverse effects.',
      ),
    ).toContain('constipation');
    expect(
      caveats('As one of the largest analyses on the risks and benefits of ADHD medication, it drew on data.'),
    ).toEqual([]);
    expect(
      caveats(
        'Larger studies are needed to replicate the results and learn more about possible side effects of the drug.',
      ),
    ).toEqual([]);
  });

  it('recognises harms from the clinical vocabulary and lay words, framed on the treatment (issue #13, tuning2)', () => {
    expect(caveats('Because the device uses large electrical bursts, it can trigger fast heartbeats.')).toEqual([
      'fast heartbeats',
    ]);
    expect(caveats('Two patients taking the drug developed neutropenia.')).toEqual(['neutropenia']);
    expect(caveats('In the treated group, 12% had dyspepsia.')).toEqual(['dyspepsia']);
    expect(
      caveats('No significant side effects were reported during the trial, other than some arm soreness.'),
    ).toEqual(['soreness']);
    expect(caveats('After hip replacement somebody could develop a blood clot that goes to the lung.')).toEqual([
      'blood clot',
    ]);
    expect(caveats('Severe infections after stem cell treatments are also common.')).toEqual(['infections']);
    expect(caveats('Cannabidiol may interact badly with some anti-seizure medications.')).toEqual([
      'interact badly with',
    ]);
  });

  it('reads condition words as the condition unless the treatment is said to bring them (tuning2)', () => {
    expect(caveats('The drug led to improvements in neuropathy.')).toEqual([]);
    expect(caveats('Patients with neuropathy were given the drug.')).toEqual([]);
    expect(caveats('Luxturna corrects a genetic mutation that can lead to blindness and retinopathy.')).toEqual([]);
    expect(caveats('A vaccine designed to protect against bacteria that causes meningitis.')).toEqual([]);
    expect(caveats('Clot removal after stroke led to significantly reduced disability.')).toEqual([]);
    expect(caveats('The device shows whether a patient is experiencing a severe stroke.')).toEqual([]);
    expect(caveats('Melatonin works best at the time of the highest risk of heart attacks and strokes.')).toEqual([]);
    expect(caveats('Erectile dysfunction was linked to low levels of testosterone.')).toEqual([]);
    expect(caveats('He or she will still have infections after surgery.')).toEqual([]);
    expect(caveats('The drug raised the risk of stroke.')).toContain('raised the risk');
  });

  it('takes what the article offers the treatment for as the condition (tuning2)', () => {
    const document = buildDocument(
      'Statins may cut rheumatoid arthritis risk.\n\nStatin use was associated with a lower rate of rheumatoid arthritis, researchers report.',
      'markdown',
    );
    expect(
      firstSafetyCaveat(document, 'statin', 'drug', ['Statins may cut rheumatoid arthritis risk.']),
    ).toBeUndefined();
  });

  it('puts harms on the people given a treatment: dose groups, those taking it, a rise among the treated (issue #13)', () => {
    expect(caveats('Two of the high-dose patients developed hyponatremia.')).toEqual(['hyponatremia']);
    expect(caveats('Women taking the pill developed blood clots.')).toEqual(['blood clots']);
    expect(caveats('There was an increase in liver disease among patients taking the gel.')).toEqual(['increase in']);
    expect(
      caveats('The review found an increased risk of bladder cancer among men treated with pioglitazone.'),
    ).toEqual(['increased risk']);
    expect(caveats('Statins cut the risk, while people not taking statins had a higher risk of stroke.')).toEqual([]);
    // No rise is no harm; since round 17 it reads as that harm ruled out (a caution), not as a rise.
    expect(caveats('There was no increase in liver disease among patients taking the gel.')).toEqual([
      'no increase in liver disease',
    ]);
    expect(caveats('Two of the patients on placebo developed hyponatremia.')).toEqual([]);
  });

  it('counts risks said to outweigh the benefits and asking a GP as cautions', () => {
    expect(caveats('The trial was stopped because the risks seemed to outweigh the benefits.')).toHaveLength(1);
    expect(caveats('Patients may wish to consider discussing with their GP whether to start it.')).toEqual([
      'their GP',
    ]);
  });

  it('reads further treatment the patients needed as a harm of the treatment asked about', () => {
    const document = buildDocument('Fewer than 2 percent of patients needed a blood transfusion.', 'markdown');
    expect(firstSafetyCaveat(document, 'ketamine', 'drug')?.text).toBe(
      'Fewer than 2 percent of patients needed a blood transfusion.',
    );
  });

  it('reads people who had a treatment as given it, not as having a condition', () => {
    expect(caveats('Men who had open surgery developed infections.')).toEqual(['infections']);
    expect(caveats('Adults with hearing loss took the drug.')).toEqual([]);
  });

  it('reads a bare word for the treatment’s kind as the treatment', () => {
    const document = buildDocument('Other risks include pain after surgery and bleeding in 4 percent.', 'markdown');
    expect(firstSafetyCaveat(document, 'tonsillectomy', 'procedure')?.text).toBe(
      'Other risks include pain after surgery and bleeding in 4 percent.',
    );
  });

  it('counts asking a professional however the professional is named (tuning4)', () => {
    expect(caveats('Parents should consult their family physician before giving it.')).toHaveLength(1);
    expect(caveats('Ask your own pharmacist whether it suits you.')).toHaveLength(1);
    expect(caveats('Anyone with eczema should check with a dermatologist first.')).toHaveLength(1);
    expect(caveats('Researchers asked a panel of surgeons to rate the scans.')).toEqual([]);
    expect(caveats('Afterward, she consulted her cardiologist and was prescribed a low dose.')).toEqual([]);
  });

  it('counts a group named by its condition that the treatment is not for (tuning4)', () => {
    expect(caveats('Men with kidney disease may not be good candidates for the implant.')).toHaveLength(1);
    expect(caveats('People who have glaucoma might not be suitable for it.')).not.toEqual([]);
    expect(caveats('It is for use only in those aged 16 and over.')).toHaveLength(1);
    expect(caveats('The device helps patients who are not good surgical candidates.')).toEqual([]);
  });

  it('counts a rate of harms given, even a rate lower than the comparator’s (tuning4)', () => {
    const document = buildDocument(
      'The clip had a lower rate of complications (under 2% against 9% with open repair).',
      'markdown',
    );
    expect(firstSafetyCaveat(document, 'clip', 'device')).toBeDefined();
  });

  it('counts harms listed after a reassuring grade (tuning4)', () => {
    expect(caveats('Side effects were mild, mostly including a sore throat and hoarseness.')).not.toEqual([]);
    expect(caveats('Complications were rare, typically involving air leaking around the lung.')).toEqual([
      'Complications',
    ]);
    expect(caveats('Side effects were mild, with no serious events.')).toEqual([]);
  });

  it('counts pain only when the people given the treatment report it (tuning4)', () => {
    expect(caveats('Nine women who received the injections reported pain during the procedure.')).toEqual(['pain']);
    expect(caveats('Patients given the drug reported less pain.')).toEqual([]);
    expect(caveats('Women who experienced pain were given the drug.')).toEqual([]);
    expect(caveats('Patients taking the drug reported pain relief.')).toEqual([]);
  });

  it('reads resistance to the drugs as a harm of prescribing them (main sample)', () => {
    expect(caveats('Doctors worry that overuse is fuelling resistance to the drugs.')).toEqual([
      'resistance to the drugs',
    ]);
  });

  it('reads a rise at the start of a sentence', () => {
    expect(caveats('Increase in kidney disease among women given the gel was small.')).not.toEqual([]);
  });

  it('counts a rate of a symptom among a counted group of people, not the condition of a group named by it (tuning6)', () => {
    expect(caveats('About 15 percent of volunteers experience a mild rash, the team said.')).toEqual(['rash']);
    expect(caveats('Two of the 30 women developed nausea.')).toEqual(['nausea']);
    expect(caveats('Several participants reported dizziness after the first week.')).toEqual(['dizziness']);
    expect(caveats('About 40 percent of people with migraine have nausea.')).toEqual([]);
    expect(caveats('Four patients in the placebo group reported dizziness.')).toEqual([]);
  });

  it('counts a reaction to a treatment or to what is given with it, not to news (tuning6)', () => {
    expect(caveats('One woman reacted to the sedative and stayed overnight.')).toEqual(['reacted to']);
    expect(caveats('A few children had reactions to the injections.')).toEqual(['reactions to']);
    expect(caveats('Her reaction to the diagnosis was calm.')).toEqual([]);
    expect(caveats('No patient had a reaction to the contrast.')).toEqual([]);
  });
});

describe('harms compared between arms', () => {
  it('counts a symptom said to be commoner with the treatment or among those given it, not with the placebo (tuning6)', () => {
    expect(caveats('Gout was rare but higher with the drug, 14 cases versus 6.')).toEqual(['Gout']);
    expect(caveats('Rashes were more common among women given the gel.')).toEqual(['Rashes']);
    expect(caveats('Rashes were more common in the placebo group.')).toEqual([]);
    expect(caveats('Headaches were more frequent in the morning.')).toEqual([]);
  });
});

describe('cited titles', () => {
  it('reads a line in title case as a title, whose harm classes are outcomes compared (tuning6)', () => {
    expect(isTitleLine('Association of Knee Surgery With Long-term Complications and Readmissions')).toBe(true);
    expect(isTitleLine('Knee surgery carries a risk of complications, the surgeon said.')).toBe(false);
    const markdown =
      '# Knee surgery helps runners\n\nKnee surgery lets runners race again.\n\n-- Association of Knee Surgery With Long-term Medical Complications and Readmissions';
    expect(firstSafetyCaveat(buildDocument(markdown, 'markdown'), 'knee surgery', 'procedure')).toBeUndefined();
  });
});

describe('treatment families', () => {
  it('reads a kind of treatment named by its purpose or site as a family', () => {
    expect(namesTreatmentFamily('bariatric surgery')).toBe(true);
    expect(namesTreatmentFamily('weight-loss surgery')).toBe(true);
    expect(namesTreatmentFamily('surgery')).toBe(false);
    expect(namesTreatmentFamily('sleeve gastrectomy')).toBe(false);
  });
});

describe('harms as writers count and put them (tuning6, holdout4)', () => {
  it('counts events of a symptom that happened, not a fall in their number', () => {
    expect(caveats('There were three episodes of severe vomiting during the trial.')).toEqual(['vomiting']);
    expect(caveats('Eight patients had an episode of acute rejection after the operation.')).toEqual(['rejection']);
    expect(caveats('Two instances of bleeding were seen in the first month.')).toEqual(['bleeding']);
    expect(caveats('Patients on the device had fewer episodes of hypoglycemia.')).toEqual([]);
  });

  it('counts a harm that people are said to risk', () => {
    expect(caveats('Take more than the dose and you risk kidney stones, the doctor said.')).toEqual(['kidney stones']);
    expect(caveats('Users could also risk nausea if they take it on an empty stomach.')).toEqual(['nausea']);
    expect(caveats('The risk of kidney stones is higher in hot countries.')).toEqual([]);
  });

  it('counts pain that a treatment named before it causes, not pain a condition causes', () => {
    expect(caveats('Acupuncture eases migraine, yet it causes pain in some.')).toEqual(['pain']);
    expect(caveats('The stem cell injections caused substantial pain in two volunteers.')).toEqual(['pain']);
    expect(caveats('Shingles causes pain that can last for months.')).toEqual([]);
  });

  it('gives the risks said of a treatment to that treatment, not to what a remedy spares (round 9)', () => {
    const article = (sentence: string): string =>
      [
        '# Clot-busting drug helps mild stroke',
        'The drug prevents disability after a mild stroke, a study finds.',
        sentence,
      ].join('\n\n');
    const caveatFor = (sentence: string): string | undefined =>
      firstSafetyCaveat(buildDocument(article(sentence), 'markdown'), 'drug', 'drug', [], true)?.text;
    expect(
      caveatFor('Doctors weigh the risk of alteplase treatment, which includes a small risk of bleeding.'),
    ).toMatch(/^Doctors weigh/);
    expect(caveatFor('Compared with warfarin, which raises the risk of bleeding, the drug is gentle.')).toBeUndefined();
  });

  it('reads a general word for a drug as standing for a biologic the article names', () => {
    const markdown = [
      "# Alzheimer's drug slows memory decline",
      'The drug slowed memory decline in patients with mild disease, a trial finds.',
      'The only side effect that happened more often in people on solanezumab than on placebo was chest pain.',
    ].join('\n\n');
    const sentence = firstSafetyCaveat(buildDocument(markdown, 'markdown'), 'drug', 'drug', [], true)?.text;
    expect(sentence).toMatch(/^The only side effect/);
    expect(firstSafetyCaveat(buildDocument(markdown, 'markdown'), 'drug', 'device', [], true)).toBeUndefined();
  });

  it('reads harms the ways writers state them: more among the treated, lists, injection sites, rates (round 12)', () => {
    expect(caveats('Patients taking briakinumab had more serious infections than those taking methotrexate.')).toEqual([
      'infections',
    ]);
    expect(caveats('At times, babies in the DHA group experienced longer duration of rashes and vomiting.')).toContain(
      'rashes',
    );
    expect(caveats('Patients in the placebo group had more infections.')).toEqual([]);
    expect(caveats('Patients taking the drug had fewer infections than before.')).toEqual([]);
    expect(
      caveats('Wearing a brace could lead to negative effects, such as skin lesions and muscle wasting.'),
    ).toContain('negative effects');
    expect(caveats('The negative effects of stress are well known.')).toEqual([]);
    expect(caveats('People felt pain or reddening at the injection site for a day.')).toContain('pain');
    expect(caveats('Operative mortality was 1 percent.')).toEqual(['Operative mortality']);
    expect(caveats('The operation lowered operative mortality.')).toEqual([]);
    const rated =
      'Fewer patients had serious side-effects from taking the drug than with conventional treatment - only 13 per cent compared with 35 per cent.';
    expect(firstSafetyCaveat(buildDocument(rated, 'text'))?.text).toBe(rated);
    const lessened = 'The drug had fewer side effects than conventional treatment.';
    expect(firstSafetyCaveat(buildDocument(lessened, 'text'))).toBeUndefined();
  });

  it('reads harms listed after a mild grade and risks raised by a word pointing back at the treatment (round 13)', () => {
    expect(
      caveats(
        'Side effects of the drug were mild, and included nausea in the first month and unintentional weight loss.',
      ),
    ).toEqual(['Side effects', 'nausea']);
    expect(caveats('Side effects were mild but included headache.')).toEqual(['Side effects', 'headache']);
    expect(caveats('Side effects were mild, and were similar in both groups.')).toEqual([]);
    expect(
      caveats(
        'A 2002 study found that such treatments can increase the risk of breast cancer, heart disease and stroke.',
      ),
    ).toEqual(['increase the risk']);
    expect(caveats('It found that the vaccine may also increase the risk of fever.')).toContain('increase the risk');
    expect(caveats('Obesity can increase the risk of breast cancer.')).toEqual([]);
    expect(caveats('Stress, which such treatments relieve, can increase the risk of stroke.')).toEqual([]);
  });
});

describe('harms as the eleventh holdout stated them (round 15)', () => {
  it('reads blood-test abnormalities in lay words when the treatment caused them', () => {
    expect(caveats('Bisphosphonates caused low blood calcium levels for some people.')).toEqual(['low blood calcium']);
    expect(caveats('Patients with low blood calcium levels were excluded.')).toEqual([]);
  });

  it('reads symptoms a relative clause says come with a treatment, not with a condition', () => {
    expect(
      caveats(
        'The study asked whether texting could relieve some of the anxiety that comes with the fatigue, hair loss and other body changes that can accompany anticancer drugs.',
      ),
    ).toEqual(['fatigue', 'hair loss']);
    expect(caveats('The nausea that comes with chemotherapy is hard to bear.')).toEqual(['nausea']);
    expect(caveats('Fatigue and pain that often accompany arthritis improved.')).toEqual([]);
  });

  it('reads a product found to hold drugs, metals or germs as a harm, not one that holds what it is', () => {
    expect(
      caveats(
        'Various weight-loss supplements have been found to contain weight-loss drugs or other drugs at higher doses than a prescription dose.',
      ),
    ).toEqual(['have been found to contain weight-loss drugs or other drugs']);
    expect(caveats('Some herbal remedies sold online were contaminated with lead.')).toEqual([
      'were contaminated with lead',
    ]);
    expect(caveats('The pill contains two drugs.')).toEqual([]);
    expect(caveats('The supplements were found to contain vitamin D.')).toEqual([]);
    expect(caveats('The supplements were not found to contain drugs.')).toEqual([]);
    expect(caveats('Tap water in the town was found to contain lead.')).toEqual([]);
  });

  it('reads "the two drugs" and "the combination" as pointing back at the treatment', () => {
    const text =
      '# Immunotherapy combo promising in melanoma\n\nAn immunotherapy combination shrinks more tumours than ipilimumab alone.\n\nThe combination of the two drugs also led to more side effects, such as colitis, than ipilimumab alone.';
    expect(firstSafetyCaveat(buildDocument(text, 'markdown'), 'immunotherapy', 'biologic')?.text).toMatch(
      /^The combination/,
    );
  });
});

describe('a specific harm looked for and ruled out (round 17)', () => {
  it('reads a named harm the treatment or its study is said not to worsen, raise or cause', () => {
    expect(caveats('Giving acetaminophen for fever does not worsen asthma in young children.')).toEqual([
      'does not worsen asthma',
    ]);
    expect(caveats('The study did not detect any worsening of asthma in the children treated.')).toEqual([
      'did not detect any worsening of asthma',
    ]);
    expect(caveats('Patients achieved better glucose control without an increase in hypoglycemia.')).toEqual([
      'without an increase in hypoglycemia',
    ]);
    expect(caveats('There were no issues with hypoglycemia, the company said.')).toEqual([
      'no issues with hypoglycemia',
    ]);
  });

  it('needs a named harm and a treatment or study before a verb', () => {
    expect(caveats('There were no serious side effects.')).toEqual([]);
    expect(caveats('The drug did not reduce the risk of stroke.')).toEqual([]);
    expect(caveats('Where the arteries narrow slowly and do not cause a heart attack, chest pain follows.')).toEqual(
      [],
    );
  });
});

describe('harms the round-23 reading found told or misread (round 23)', () => {
  it('reads deaths from the treatment itself, whose word pointing back names the owner', () => {
    expect(caveats('But 8 percent of the patients died from the treatment itself.')).toEqual([
      'died from the treatment',
    ]);
    expect(caveats('There were two deaths from the procedure.')).toEqual(['deaths from the procedure']);
    const text =
      '# Heated chemotherapy helps some patients\n\nHeated chemotherapy helps some patients live longer.\n\nBut 8 percent who got the surgery and the heated chemotherapy died from the treatment itself.';
    expect(firstSafetyCaveat(buildDocument(text, 'markdown'), 'chemotherapy', 'drug')?.text).toMatch(/^But 8 percent/);
  });

  it('does not take a class of harms inside a capitalised name for harms', () => {
    expect(caveats('Researchers mined the FDA Adverse Event Reporting System for reports on the drug.')).toEqual([]);
    expect(caveats('The Serious Adverse Events Committee met twice during the trial of the drug.')).toEqual([]);
    expect(caveats('Common Side Effects of the drug were nausea and dizziness.')).toEqual(
      expect.arrayContaining(['Side Effects']),
    );
  });

  it('does not take the disease a treatment makes die or shrink for a condition it causes', () => {
    expect(caveats('By cutting off its fuel, the drug causes the cancer cell to die.')).toEqual([]);
    expect(caveats('The drug causes tumours to shrink within weeks.')).toEqual([]);
    expect(caveats('The drug can cause depression in some patients.')).toEqual(['can cause depression']);
  });
});

describe('harms the round-24 reading found told or misread (round 24)', () => {
  it('reads a raised risk whose subject has an aside in brackets before its verb', () => {
    expect(
      caveats('Gastric bypass [a form of weight-loss surgery] increases the risk of iron deficiency, she said.'),
    ).toEqual(['increases the risk']);
  });

  it('reads the main adverse effects named after "of", despite reassurance', () => {
    expect(
      caveats('The medication was well tolerated, with the main adverse effects of appetite loss and insomnia.'),
    ).toEqual(expect.arrayContaining(['insomnia']));
    expect(caveats('The medication was well tolerated.')).toEqual([]);
  });

  it('reads a favourable side-effect profile as reassurance, which names no harm', () => {
    expect(caveats('The drug has a very favorable side effect profile.')).toEqual([]);
  });

  it('does not count a harm whose owner, named after "of", is no treatment (round 29)', () => {
    expect(caveats('Smoking reflects the highly addictive nature of nicotine, said Dr. Lee.')).toEqual([]);
    expect(caveats('The enzyme plays a central role in the harmful effects of the amyloid oligomers.')).toEqual([]);
    expect(caveats('Doctors worry about the addictive potential of the drug.')).toEqual(['addictive']);
    expect(caveats('The addictive nature of opioids worries doctors.')).toEqual(['addictive']);
  });

  it('reads what a patient died of as the cause of a death, not its owner (round 30)', () => {
    expect(caveats('One patient died of a stroke after a heart injury during implantation.')).toEqual([
      'One patient died',
    ]);
    expect(caveats('Smoking reflects the highly addictive nature of nicotine, said Dr. Lee.')).toEqual([]);
  });

  it('does not count the condition the headline says the drug prevents, in either number (round 30)', () => {
    const about = (sentence: string): string | undefined =>
      firstSafetyCaveat(
        buildDocument(
          `# Cancer drug can prevent reactions to pollen

${sentence}`,
          'markdown',
        ),
        'ibrutinib',
        'drug',
        ['Cancer drug can prevent reactions to pollen'],
      )?.text;
    expect(about('Mast cells are responsible for immediate allergic reactions.')).toBe(undefined);
    expect(about('The hope is that ibrutinib will protect people with allergies from having anaphylaxis.')).toBe(
      undefined,
    );
    expect(about('Side effects of ibrutinib include bleeding and diarrhoea.')).toMatch(/^Side effects/);
  });

  it('does not count the side effects of the care people get for their condition (round 30)', () => {
    const about = (sentence: string): string | undefined =>
      firstSafetyCaveat(
        buildDocument(`Lactoferrin supplements ease taste loss in cancer patients.\n\n${sentence}`, 'markdown'),
        'lactoferrin',
        'supplement',
      )?.text;
    expect(about('Patients undergoing cancer treatment confront a number of well-documented side effects.')).toBe(
      undefined,
    );
    expect(about('Patients taking lactoferrin reported side effects such as diarrhoea.')).toMatch(/^Patients taking/);
  });

  it('does not take "surgery" for a therapy given by rays or beams (round 30)', () => {
    const about = (sentence: string): string | undefined =>
      firstSafetyCaveat(
        buildDocument(
          `Proton therapy treats chordoma.\n\nHe learned surgery is the most common treatment. ${sentence}`,
          'markdown',
        ),
        'proton therapy',
        'procedure',
      )?.text;
    expect(about('A surgeon told him he should prepare for possible complications.')).toBe(undefined);
  });

  it('reads deaths among the people who took the treatment as its harm', () => {
    expect(caveats('Most deaths did occur in people who used kratom with other drugs.')).toEqual(['deaths']);
    expect(caveats('There were 274,000 deaths annually among people with diabetes.')).toEqual([]);
  });

  it('does not count the harms of the options patients have now, nor of drugs taken alongside', () => {
    const promoted = (sentence: string): string | undefined =>
      firstSafetyCaveat(
        buildDocument(`Abiraterone slows prostate cancer, a trial finds.\n\n${sentence}`, 'markdown'),
        'abiraterone',
        'drug',
      )?.text;
    expect(promoted('Options for these patients are few, and they come with substantial adverse effects.')).toBe(
      undefined,
    );
    expect(promoted('Most deaths occurred in people who took abiraterone with other drugs.')).toMatch(/^Most deaths/);
  });

  it('reads a bare word for the target’s kind listed with another treatment as that other one (round 25)', () => {
    const about = (sentence: string): string | undefined =>
      firstSafetyCaveat(
        buildDocument(`Acupuncture eases hot flashes in women with breast cancer.\n\n${sentence}`, 'markdown'),
        'acupuncture',
        'procedure',
      )?.text;
    expect(about('The early menopause that results from chemotherapy and surgery brings hot flashes.')).toBe(undefined);
    expect(about('Some women had bruising and pain after the surgery.')).toMatch(/^Some women/);
  });

  describe('round 26: how writers state harms', () => {
    it('reads a loss of a body function counted among patients, and not one the treatment slows', () => {
      expect(caveats('Twenty-seven patients reported a transient reduction of erectile function.')).toEqual([
        'transient reduction of erectile function',
      ]);
      expect(caveats('Deficits in any hormone level were seen in 63 percent of participants given the drug.')).toEqual([
        'Deficits in any hormone level',
      ]);
      expect(caveats('Patients given the drug reported a slower decline in kidney function.')).toEqual([]);
    });

    it('reads a death rate of the treated with its figure, not a disease’s or a change', () => {
      expect(caveats('Mortality in the hospital was 0.3 percent.')).toEqual([
        'Mortality in the hospital was 0.3 percent',
      ]);
      expect(caveats('Pancreatic cancer has a mortality rate of 90 percent.')).toEqual([]);
      expect(caveats('In-hospital mortality rates were 11 percent lower with the drug.')).toEqual([]);
    });

    it('reads complaints that list symptoms and a treatment said to impair a function', () => {
      expect(caveats('Women using the device sent 5,000 complaints, ranging from pain to bleeding.')).toContain('pain');
      expect(caveats('MDMA eases talking, but it also might impair judgement.')).toEqual(['might impair']);
    });

    it('treats minimal symptoms and harms a study weighs as no harm named', () => {
      expect(caveats('Doctors report that patients feel minimal discomfort during the procedure.')).toEqual([]);
      expect(
        caveats('The team identified factors that affect tumour control and toxicity after the treatment.'),
      ).toEqual([]);
    });
  });
});
