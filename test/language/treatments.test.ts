import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  drugKindOf,
  findTreatments,
  innStemOf,
  interventionClassOf,
  isComparator,
  isControlledSubstance,
  isRegulatedKind,
  mayHaveFacts,
  presentsAsRemedy,
  remedyMentions,
  shortestFactWord,
  treatmentMentions,
} from '../../src/language/treatments.js';
import { lexicon as innStems } from '../../src/language/inn-stems.generated.js';
import { buildDocument } from '../../src/prose/document.js';

const names = (text: string): string[] => findTreatments(text).map((found) => `${found.key}:${found.kind}`);

describe('treatments', () => {
  it('finds drugs from Drugs@FDA, brands and INN stems', () => {
    expect(drugKindOf('lisinopril')).toBe('drug');
    expect(drugKindOf('Spravato')).toBe('drug');
    expect(innStemOf('zorbatinib')).toEqual({ stem: 'tinib', kind: 'drug' });
    expect(innStemOf('exampliximab')?.kind).toBe('biologic');
    expect(drugKindOf('april')).toBeUndefined();
    expect(drugKindOf('cholesterol')).toBeUndefined();
    expect(drugKindOf('copper')).toBeUndefined();
  });

  it('names one treatment for a drug and its infusion', () => {
    expect(names('A ketamine infusion, or ketamine tablets.')).toEqual(['ketamine:drug', 'ketamine:drug']);
  });

  it('does not take a practice or food word naming a condition or a purpose for the practice', () => {
    expect(names('Central sleep apnea and a peanut allergy.')).toEqual([]);
    expect(names('A weight loss drug and sleep problems.')).toEqual(['drug:drug']);
    expect(names('Better sleep and a healthy diet.')).toEqual(['sleep:lifestyle', 'diet:lifestyle']);
  });

  it('keys a class phrase by its class: statin therapy is statins', () => {
    expect(names('Statin therapy and statins.')).toEqual(['statin:drug', 'statin:drug']);
  });

  it('keys a plural in -es by its singular, so both mentions are one treatment', () => {
    expect(findTreatments('Nicotine patches work; one nicotine patch a day.').map((found) => found.key)).toEqual([
      'nicotine patch',
      'nicotine patch',
    ]);
  });

  it('tells lifestyle practices from treatments', () => {
    expect(names('Try exercise therapy and intermittent fasting.')).toEqual([
      'exercise:lifestyle',
      'intermittent fasting:lifestyle',
    ]);
    expect(isRegulatedKind('lifestyle')).toBe(false);
    expect(isRegulatedKind('supplement')).toBe(true);
  });

  it('finds supplements, biologics, devices and therapies', () => {
    expect(names('A vitamin D supplement, gene therapy, a TMS device and CBT.')).toEqual([
      'vitamin d:supplement',
      'gene therapy:biologic',
      'tms:device',
      'cbt:psychotherapy',
    ]);
  });

  it('finds manipulative and body-cooling treatments as procedures (round 27)', () => {
    expect(names('Osteopathic manipulative treatment, spinal manipulation and therapeutic hypothermia.')).toEqual([
      'osteopathic manipulative treatment:procedure',
      'spinal manipulation:procedure',
      'therapeutic hypothermia:procedure',
    ]);
  });

  it('does not make a treatment of "new therapy" or "this treatment"', () => {
    expect(names('The new therapy and this treatment help.')).toEqual([]);
  });

  it('does not take a verb with a substance ending before a head noun for a treatment', () => {
    expect(names('A Clinical Trial to Determine Therapies for Myeloma')).toEqual([]);
    expect(names('Doctors Examine Therapies and Combine Treatments.')).toEqual([]);
    expect(names('Hormone Therapies ease hot flushes.')).toEqual(['hormone therapy:drug']);
  });

  it('finds percutaneous coronary intervention, the procedure a heart trial adds to medication', () => {
    expect(names('Percutaneous coronary intervention (PCI) plus medication beat medication alone.')).toEqual([
      'percutaneous coronary intervention:procedure',
      'pci:procedure',
      'medication:drug',
      'medication:drug',
    ]);
  });

  it('tells a remedy from a passing mention', () => {
    expect(presentsAsRemedy('Many people now use ketamine for depression.')).toBe(true);
    expect(presentsAsRemedy('The drug relieves pain within hours.')).toBe(true);
    expect(presentsAsRemedy('Patients who had taken aspirin were excluded.')).toBe(false);
  });

  it('does not take measurements, address pieces, prefixed words or surnames for treatments (issue #13)', () => {
    expect(names('Men with low blood testosterone levels were tired.')).toEqual([]);
    expect(names('Their vitamin D levels and insulin resistance were measured.')).toEqual([]);
    expect(names('HDL-cholesterol rose in non-statin users.')).toEqual([]);
    expect(names('See latimes.com/health/boostershots/story for more.')).toEqual([]);
    expect(names('Ronald Evans, the lead author, said so.')).toEqual([]);
    expect(names('Testosterone gel eases fatigue.')).toEqual(['testosterone:drug']);
  });

  it('makes tests and scans a kind with no licence to state', () => {
    expect(names('A blood test and a CT scan.')).toEqual(['blood test:test', 'ct scan:test']);
    expect(isRegulatedKind('test')).toBe(false);
  });

  it('tells a remedy promoted from one described as research', () => {
    const keys = (text: string): string[] => remedyMentions(buildDocument(text, 'text')).map((found) => found.key);
    expect(keys('Olanzapine relieves psychosis.')).toEqual(['olanzapine']);
    expect(keys('Aripiprazole relieved schizophrenia better than haloperidol.')).toEqual(['aripiprazole']);
    expect(keys('The trial compared aripiprazole with haloperidol for schizophrenia.')).toEqual([]);
    expect(keys('The review found no evidence that folic acid prevents miscarriage.')).toEqual([]);
    expect(keys('In mice, the compound rapamycin reversed memory loss and treated dementia.')).toEqual([]);
    expect(keys('We included 12 trials. In this review, olanzapine relieved psychosis more than placebo.')).toEqual([]);
  });

  it('does not take a treatment the opening reports failing for one the article promotes (issue #13)', () => {
    const keys = (text: string): string[] => remedyMentions(buildDocument(text, 'markdown')).map((found) => found.key);
    const failing =
      '# Omega-3 margarines fail to help in heart study\n\nOmega-3 was shown in earlier studies to prevent heart disease.\n';
    expect(keys(failing)).toEqual([]);
    const later =
      '# Olanzapine eases psychosis\n\nIn another trial, haloperidol failed.\n\nOlanzapine relieved psychosis.\n';
    expect(keys(later)).toEqual(['olanzapine', 'olanzapine']);
    expect(keys('Studies have not shown that beta-carotene supplements prevent heart disease.')).toEqual([]);
  });

  it('sorts each mention into the class of intervention editors judge it by (issue #13 scope)', () => {
    expect(names('Tart cherries and green tea, or green tea extract.')).toEqual([
      'tart cherry:food',
      'green tea:food',
      'green tea extract:supplement',
    ]);
    // Inulin is a dietary fibre sold as a supplement (Drugs@FDA lists it only as a kidney test agent; issue #13).
    expect(names('A milkshake with inulin.')).toEqual(['inulin:supplement']);
    // Marijuana is in the dictionary, but its legal status is its status (issue #13).
    expect(names('Marijuana and ecstasy helped.')).toEqual(['marijuana:drug', 'ecstasy:drug']);
    expect(isControlledSubstance('marijuana')).toBe(true);
    expect(isControlledSubstance('aspirin')).toBe(false);
    const classes = (text: string): string[] =>
      treatmentMentions(buildDocument(text, 'text')).map((mention) => `${mention.key}:${interventionClassOf(mention)}`);
    expect(classes('Ketamine, CBT, melatonin, soy, yoga and a blood test.')).toEqual([
      'ketamine:medical',
      'cbt:medical',
      'melatonin:supplement',
      'soy:food',
      'yoga:lifestyle',
      'blood test:test',
    ]);
    // An article that opens on work in mice: its drug is a compound, not yet a treatment.
    expect(classes('Rapamycin regrows nerves in mice.\n\nThe injured nerves healed.')).toEqual([
      'rapamycin:animal-or-lab',
    ]);
  });

  it('marks standard procedures and long-prescribed therapies as established (issue #13)', () => {
    const established = (text: string): string[] =>
      findTreatments(text).map((found) => `${found.key}:${found.established}`);
    expect(established('Bariatric surgery, radiation therapy and HRT, or proton therapy.')).toEqual([
      'bariatric surgery:true',
      'radiation therapy:true',
      'hrt:true',
      'proton therapy:false',
    ]);
  });

  it('names a vaccine by what it protects against, and keeps the class generic (issue #13)', () => {
    const found = (text: string): string[] =>
      findTreatments(text).map((match) => `${match.key}:${match.generic ? 'class' : 'named'}`);
    expect(found('The human papillomavirus (HPV) vaccine protects older women.')).toEqual(['hpv vaccine:named']);
    expect(found('The flu jab and the vaccines.')).toEqual(['flu jab:named', 'vaccine:class']);
    expect(found('Patients received the p53 vaccine.')).toEqual(['p53 vaccine:named']);
    expect(found('Patients received the 2018 vaccine.')).toEqual(['vaccine:class']);
    expect(found('The shingles vaccine and an Ebola vaccine.')).toEqual([
      'shingles vaccine:named',
      'ebola vaccine:named',
    ]);
  });

  it('finds energy-based and catheter procedures and magnetic brain stimulation (round 25)', () => {
    expect(names('Pulsed radiofrequency relieves sciatica.')).toEqual(['pulsed radiofrequency:procedure']);
    expect(names('Irreversible electroporation and microwave ablation shrink tumours.')).toEqual([
      'irreversible electroporation:procedure',
      'microwave ablation:procedure',
    ]);
    expect(names('Genicular artery embolization eases knee pain.')).toEqual(['embolization:procedure']);
    expect(names('Focused ultrasound treats tremor.')).toEqual(['focused ultrasound:procedure']);
    expect(names('Electroacupuncture may ease depression.')).toEqual(['electroacupuncture:procedure']);
    expect(names('Magnetic stimulation of the brain may curb cravings.')).toEqual(['magnetic stimulation:device']);
  });

  it('does not take what a remedy spares patients, or its outcome, for the remedy (issue #13)', () => {
    const sentence = 'Tiny pellets could ease knee pain, delaying the need for knee replacement surgery.';
    expect(isComparator(sentence, { start: sentence.indexOf('knee replacement') })).toBe(true);
    const outcome = 'TXA cut the rate of blood transfusion by 40 percent.';
    expect(isComparator(outcome, { start: outcome.indexOf('blood') })).toBe(true);
    expect(isComparator(sentence, { start: 0 })).toBe(false);
    const needed = 'People seen by phone were less likely to need oral steroids for an asthma attack.';
    expect(isComparator(needed, { start: needed.indexOf('oral steroids') })).toBe(true);
    const prescribed = 'Oral steroids relieve an asthma attack within hours.';
    expect(isComparator(prescribed, { start: 0 })).toBe(false);
  });

  it('reads "did not find clear evidence" and "no beneficial effect" as failing (issue #13)', () => {
    const keys = (text: string): string[] => remedyMentions(buildDocument(text, 'text')).map((found) => found.key);
    expect(keys('These trials did not find clear evidence of a benefit of baclofen for pain.')).toEqual([]);
    expect(keys('The larger study showed no beneficial effect of trazodone on dementia.')).toEqual([]);
    expect(keys('Trazodone relieved agitation in dementia.')).toEqual(['trazodone']);
    expect(keys('There is an absence of evidence that tranexamic acid controls bleeding in cervical cancer.')).toEqual(
      [],
    );
  });

  it('takes the current regimen a new drug joins for the background, not the remedy (round 14)', () => {
    const sentence =
      'Adding one of the drugs to the current two-drug regimen of peginterferon and ribavirin will cure more people.';
    expect(isComparator(sentence, { start: sentence.indexOf('peginterferon') })).toBe(true);
    expect(isComparator(sentence, { start: sentence.indexOf('ribavirin') })).toBe(true);
    const standard = 'Patients on standard therapy with cisplatin lived longer when the vaccine was added.';
    expect(isComparator(standard, { start: standard.indexOf('cisplatin') })).toBe(true);
    const promoted = 'Ketamine could become a new therapy of choice; ketamine acts within hours.';
    expect(isComparator(promoted, { start: promoted.lastIndexOf('ketamine') })).toBe(false);
  });

  it('takes "unlike X" for a comparator (issue #13)', () => {
    const sentence = 'And unlike flu vaccines, far-UVC light is likely to be effective against all microbes.';
    expect(isComparator(sentence, { start: sentence.indexOf('flu vaccines') })).toBe(true);
  });

  it('takes the yardstick of an equality and what a remedy replaces for comparators (tuning2, holdout4)', () => {
    const equal = 'Chinese herbs equal to Tamiflu in reducing fever.';
    expect(isComparator(equal, { start: equal.indexOf('Tamiflu') })).toBe(true);
    const instead = 'Dry needling offers an alternative to cortisone injection for hip pain.';
    expect(isComparator(instead, { start: instead.indexOf('cortisone') })).toBe(true);
    const asWell = 'An herbal remedy may reduce fever just as well as the prescription medication Tamiflu.';
    expect(isComparator(asWell, { start: asWell.indexOf('Tamiflu') })).toBe(true);
    const promoted = 'Cortisone injection relieves hip pain, doctors say.';
    expect(isComparator(promoted, { start: 0 })).toBe(false);
  });

  it('finds operations by their ending, growth hormone, IV fluids, zinc lozenges and a named device (issue #13 harms)', () => {
    expect(names('Robotic nephrectomy, then a thrombectomy.')).toEqual([
      'nephrectomy:procedure',
      'thrombectomy:procedure',
    ]);
    expect(names('A dichotomy in the anatomy of the data.')).toEqual([]);
    expect(names('Growth hormone and more IV fluids.')).toEqual(['growth hormone:drug', 'iv fluid:drug']);
    expect(names('Zinc acetate lozenges shorten colds.')).toEqual(['zinc acetate:supplement']);
    expect(names('Dry needling eases hip pain.')).toEqual(['dry needling:procedure']);
    expect(names('Doctors implanted the Watchman device.')).toEqual(['watchman device:device']);
    expect(names('Medical devices help. Doctors like Portable devices.')).toEqual([
      'medical device:device',
      'device:device',
    ]);
  });

  it('does not take a first name for a drug (issue #13 harms)', () => {
    expect(names('Dr. Brian Healy said so.')).toEqual([]);
    expect(names('Brian Healy, who led the study, said so.')).toEqual([]);
    expect(names('“Early treatment helps,” said Brian C. Healy, PhD.')).toEqual([]);
    expect(names('Early treatment with interferon beta-1b helps.')).toEqual(['interferon:biologic']);
    expect(names('FDA Approves Keytruda.')).toEqual(['keytruda:drug']);
  });

  it('reads "no statistically significant difference" as failing (issue #13 harms)', () => {
    const keys = (text: string): string[] => remedyMentions(buildDocument(text, 'text')).map((found) => found.key);
    expect(keys('Ibuprofen relieved pain with no statistically significant difference from morphine.')).toEqual([]);
  });

  it('reads an earlier treatment that has failed as the setting of a second-line one, not a failure (issue #13 harms)', () => {
    const keys = (text: string): string[] => remedyMentions(buildDocument(text, 'text')).map((found) => found.key);
    expect(
      keys('Salvage prostatectomy improves survival when radiation therapy has failed to eradicate the cancer.'),
    ).toEqual(['prostatectomy']);
    expect(keys('Ketamine relieves depression in patients who failed two other antidepressants.')).toEqual([
      'ketamine',
    ]);
    expect(keys('Ketamine relieves depression if other antidepressants fail.')).toEqual(['ketamine']);
    // A failure told as what happened still counts, whatever clause it stands in.
    expect(keys('Ketamine relieved depression in mice, but after that the drug failed in people.')).toEqual([]);
    expect(keys('Ketamine failed to relieve depression.')).toEqual([]);
  });

  it('reads "no survival boost" and "no advantage" as failing (issue #13 harms)', () => {
    const keys = (text: string): string[] => remedyMentions(buildDocument(text, 'markdown')).map((found) => found.key);
    expect(
      keys(
        '# Gemcitabine gives no survival boost in pancreatic cancer\n\nGemcitabine treats pancreatic cancer, doctors say.\n',
      ),
    ).toEqual([]);
    expect(keys('Gemcitabine gave no advantage in pancreatic cancer.')).toEqual([]);
  });

  it('reads a headline that says a treatment may not help as failing (issue #13 harms)', () => {
    const keys = (text: string): string[] => remedyMentions(buildDocument(text, 'markdown')).map((found) => found.key);
    expect(
      keys('# Manual clot removal may not help\n\nClot removal treats heart attacks, some doctors say.\n'),
    ).toEqual([]);
    expect(keys('Clot removal is not beneficial as a routine therapy for heart attacks.')).toEqual([]);
  });

  it('does not take what patients can skip, or the standard treatment a remedy is added to, for the remedy (issue #13 harms)', () => {
    const skip = 'Many women with early breast cancer can skip chemotherapy, a gene test shows.';
    expect(isComparator(skip, { start: skip.indexOf('chemotherapy') })).toBe(true);
    const added = 'Alpelisib combined with hormone therapy fulvestrant boosted survival.';
    expect(isComparator(added, { start: added.indexOf('hormone therapy') })).toBe(true);
    expect(isComparator(added, { start: 0 })).toBe(false);
    const sensitising = 'PPF could help treat glioblastomas by sensitizing tumors to chemotherapy.';
    expect(isComparator(sensitising, { start: sensitising.indexOf('chemotherapy') })).toBe(true);
    expect(names('A gene test and a genomic test.')).toEqual(['gene test:test', 'genomic test:test']);
    const standard = 'PPF increases the effectiveness of a standard-of-care chemotherapy drug called temozolomide.';
    expect(isComparator(standard, { start: standard.indexOf('chemotherapy') })).toBe(true);
    const keys = (text: string): string[] => remedyMentions(buildDocument(text, 'text')).map((found) => found.key);
    expect(keys('Adding chemo would do little if any good for these women with breast cancer.')).toEqual([]);
  });

  it('takes the yardstick of an equivalence for the comparator, not a bare "as well as" (issue #13, round five)', () => {
    const works = 'Plain painkillers work as well as opioids for sprains.';
    expect(isComparator(works, { start: works.indexOf('opioids') })).toBe(true);
    const percent = 'The juice works 40 percent as well as sildenafil, its makers say.';
    expect(isComparator(percent, { start: percent.indexOf('sildenafil') })).toBe(true);
    const effective = 'Radiotherapy was as effective as surgery for small tumours.';
    expect(isComparator(effective, { start: effective.indexOf('surgery') })).toBe(true);
    const and = 'The clinic offers acupuncture as well as massage.';
    expect(isComparator(and, { start: and.indexOf('massage') })).toBe(false);
  });

  it('ties a healing cue to the treatment it is about, not to every treatment in the sentence (issue #13, round five)', () => {
    const at = (sentence: string, word: string): { start: number; end: number } => ({
      start: sentence.indexOf(word),
      end: sentence.indexOf(word) + word.length,
    });
    const setting = 'A low dose of melatonin given before surgery reduced delirium after surgery.';
    expect(presentsAsRemedy(setting, at(setting, 'melatonin'))).toBe(true);
    expect(presentsAsRemedy(setting, at(setting, 'surgery'))).toBe(false);
    const object = 'Numbing cream is best for relieving vaccination pain in babies.';
    expect(presentsAsRemedy(object, at(object, 'vaccination'))).toBe(false);
    const passive = 'Patients with gout benefit from allopurinol, unlike those on aspirin.';
    expect(presentsAsRemedy(passive, at(passive, 'allopurinol'))).toBe(true);
    const list = 'Aspirin, ibuprofen and naproxen relieve headaches.';
    expect(presentsAsRemedy(list, at(list, 'Aspirin'))).toBe(true);
    expect(presentsAsRemedy(list, at(list, 'naproxen'))).toBe(true);
  });

  it('reads a comparator in any case, and past the literal test that rules out most texts before a mention', () => {
    const comparators = [
      'COMPARED WITH surgery',
      'Rather Than statins',
      'As Opposed To aspirin',
      'in Combination With radiotherapy',
      'the NEED FOR dialysis',
      'VS. placebo',
      // The Kelvin sign and the long s match “k” and “s” under the patterns' `i` flag, which lower-casing does not give.
      'ſkipping chemotherapy',
      'the ri\u017Fk of dialysis',
    ];
    for (const text of comparators) expect(isComparator(`${text} x`, { start: text.length + 1 }), text).toBe(true);
    const others = ['Doctors gave patients', 'A new trial of', 'Researchers found that'];
    for (const text of others) expect(isComparator(`${text} x`, { start: text.length + 1 }), text).toBe(false);
  });

  it('finds nothing in a word shorter than any drug name or head noun, which skips the look-up', () => {
    // The skip is exact only while the lists hold it: every Drugs@FDA word and INN stem is longer.
    const listed = readFileSync(new URL('../../dictionaries/fda-drug-names.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('\t')[0] ?? '');
    expect(Math.min(...listed.map((word) => word.length))).toBeGreaterThanOrEqual(shortestFactWord);
    expect(Math.min(...innStems.map((entry) => entry.minLength))).toBeGreaterThanOrEqual(shortestFactWord);
    // The shortest head noun still names what is given before it.
    expect(names('A hormone jab.')).toEqual(['hormone jab:biologic']);
  });

  it('rules out by its letters only words that name no drug, head noun or operation', () => {
    // The filter is exact only if every word `findTreatments` looks up and finds something for passes it.
    const may = (word: string): boolean => mayHaveFacts(word, 0, word.length);
    const listed = readFileSync(new URL('../../dictionaries/fda-drug-names.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('\t')[0] ?? '');
    const written = listed.flatMap((word) => [
      word,
      `${word.charAt(0).toUpperCase()}${word.slice(1)}`,
      word.toUpperCase(),
    ]);
    expect(written.filter((word) => !may(word))).toEqual([]);
    for (const entry of innStems) {
      for (const suffix of entry.match) {
        const word = `${'o'.repeat(entry.minLength)}${suffix}`;
        expect(may(word), word).toBe(true);
        expect(may(`Anti-${word.toUpperCase()}`), word).toBe(true);
      }
    }
    for (const word of ['thrombectomy', 'Nephrectomies', 'colostomy', 'tracheotomy', 'kyphoplasty', 'ANGIOPLASTIES']) {
      expect(may(word), word).toBe(true);
      expect(names(`A ${word}.`).length, word).toBe(1);
    }
    for (const word of ['jab', 'Vaccines', 'INFUSION', 'supplement', 'Patches']) expect(may(word), word).toBe(true);
    // A letter beyond ASCII is lowered by `toLowerCase`, which the filter leaves to the look-up.
    expect(may('Ketamİne')).toBe(true);
    for (const word of ['the', 'patients', 'Study', 'researchers', 'said', 'Tuesday'])
      expect(may(word), word).toBe(false);
  });

  it('finds every INN stem after the quick check on word endings', () => {
    for (const entry of innStems) {
      for (const suffix of entry.match) {
        const word = `${'o'.repeat(entry.minLength)}${suffix}`;
        if ((entry.except as readonly string[]).includes(word)) continue;
        expect(innStemOf(word)?.stem, word).toBeDefined();
      }
    }
  });
});

describe('standard care named as the background (round 15)', () => {
  it('takes standard care and the drugs named as its examples for the background, not the remedy', () => {
    const sentence =
      'Standard heart attack medications, such as aspirin and anti-clotting drugs, prevent clotting, he says.';
    expect(isComparator(sentence, { start: sentence.indexOf('medications') })).toBe(true);
    expect(isComparator(sentence, { start: sentence.indexOf('aspirin') })).toBe(true);
    const current = 'Current HDL-boosting drugs, such as niacin, take years to work.';
    expect(isComparator(current, { start: current.indexOf('drugs') })).toBe(true);
    expect(isComparator(current, { start: current.indexOf('niacin') })).toBe(true);
    // A standard dose of a drug is still that drug; a remedy offered in a sentence without standard care is too.
    const dose = 'A standard dose of aspirin cut heart attacks by a fifth.';
    expect(isComparator(dose, { start: dose.indexOf('aspirin') })).toBe(false);
    const remedy = 'Drugs such as aspirin prevent clotting.';
    expect(isComparator(remedy, { start: remedy.indexOf('aspirin') })).toBe(false);
  });
});

describe('a treatment given to the people who have a condition (round 29)', () => {
  const span = (sentence: string, word: string, kind: 'biologic' | 'drug' | 'lifestyle') => ({
    start: sentence.indexOf(word),
    end: sentence.indexOf(word) + word.length,
    kind,
  });
  it('offers what is given "into patients with" or "in people with" a condition for it', () => {
    const injected = 'Doctors injected stem cells into patients with erectile dysfunction.';
    expect(presentsAsRemedy(injected, span(injected, 'stem cells', 'biologic'))).toBe(true);
    const trial = 'The team tested neratinib in women with breast cancer.';
    expect(presentsAsRemedy(trial, span(trial, 'neratinib', 'drug'))).toBe(true);
  });
  it('leaves a practice watched in people with a condition, and a drug taken before it, as background', () => {
    const watched = 'A survey tracked cycling in adults with asthma.';
    expect(presentsAsRemedy(watched, span(watched, 'cycling', 'lifestyle'))).toBe(false);
    const history = 'Patients with depression who had taken aspirin were excluded.';
    expect(presentsAsRemedy(history, span(history, 'aspirin', 'drug'))).toBe(false);
  });
});

describe('a treatment that helps named people get back a body function (round 30)', () => {
  const span = (sentence: string, word: string) => ({
    start: sentence.indexOf(word),
    end: sentence.indexOf(word) + word.length,
    kind: 'device' as const,
  });
  it('offers it as a remedy when it helped them walk, sleep or breathe', () => {
    const walked = 'Electrical stimulation significantly helped McGlynn and Bush to walk at the center.';
    expect(presentsAsRemedy(walked, span(walked, 'Electrical stimulation'))).toBe(true);
    const slept = 'A CPAP machine helped her sleep again.';
    expect(presentsAsRemedy(slept, span(slept, 'CPAP machine'))).toBe(true);
  });
  it('leaves helping with the work of a study alone', () => {
    const designed = 'Dr. Lee, who helped design the trial of the electrical stimulation device, spoke.';
    expect(presentsAsRemedy(designed, span(designed, 'electrical stimulation device'))).toBe(false);
    const planned = 'The electrical stimulation device team helped them to plan the study.';
    expect(presentsAsRemedy(planned, span(planned, 'electrical stimulation device'))).toBe(false);
  });
});
