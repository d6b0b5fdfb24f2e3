import { describe, expect, it } from 'vitest';
import { focalIntervention, namedOnlyInPassing } from '../../src/language/focal-intervention.js';
import { buildDocument } from '../../src/prose/document.js';

const focal = (markdown: string): string | undefined => {
  const found = focalIntervention(buildDocument(markdown, 'markdown'));
  return found && `${found.key}:${found.interventionClass}`;
};
/** The focal intervention only when the article's top introduces it, as missing-regulatory-status asks. */
const focalAtTop = (markdown: string): string | undefined => {
  const found = focalIntervention(buildDocument(markdown, 'markdown'));
  return found?.introducedAtTop ? `${found.key}:${found.interventionClass}` : undefined;
};

describe('focal intervention', () => {
  it('is the treatment the headline promotes, not a setting the article repeats', () => {
    expect(
      focal(
        [
          '# Statins cut deaths after aneurysm repair',
          'Statins taken before surgery helped patients survive the repair, a new study finds.',
          'Surgery is risky. After surgery, patients stay in hospital. Surgery teams were told.',
        ].join('\n\n'),
      ),
    ).toBe('statin:medical');
  });

  it('is the general word of a headline that names no treatment, not a class named as the background', () => {
    expect(
      focal(
        [
          '# New drug promising against cholesterol',
          'People who cannot control cholesterol with statin drugs could soon have a new option, a study finds.',
          'All of the volunteers were taking statins to lower their cholesterol.',
          'The new drug lowers cholesterol further, the researchers said.',
        ].join('\n\n'),
      ),
    ).toBe('drug:medical');
  });

  it('is the specific treatment a general headline word stands for', () => {
    expect(
      focal(
        [
          '# Experimental drug eases asthma',
          'Dupilumab, an experimental antibody, reduces asthma attacks, a trial finds.',
          'Dupilumab was given by injection every week.',
        ].join('\n\n'),
      ),
    ).toBe('dupilumab:medical');
  });

  it('is not a comparator', () => {
    expect(
      focal('Ketamine relieves depression compared with haloperidol. Compared with haloperidol, ketamine acts fast.'),
    ).toBe('ketamine:medical');
  });

  it('is a test or a diet when that is what the article offers, not the drug it mentions on the way', () => {
    expect(
      focal(
        [
          '# New imaging test helps to treat kidney cancer without surgery',
          'A new imaging test helps doctors treat small kidney tumours for cancer patients.',
          'Some patients take a drug for their blood pressure.',
        ].join('\n\n'),
      ),
    ).toBe('imaging test:test');
  });

  it('does not take a practice word naming a condition or a purpose for the practice', () => {
    expect(
      focal('Implanted neurostimulation eases central sleep apnea. Neurostimulation relieves sleep apnea symptoms.'),
    ).toBe('neurostimulation:medical');
    expect(focal('# Weight loss drug topiramate helps obese patients\n\nTopiramate helps with obesity.')).toBe(
      'topiramate:medical',
    );
  });

  it('prefers a named treatment to a general word, but lets a class of medicines compete', () => {
    expect(focal('The drug, bisoprolol, treats heart failure. The drug works. The drug is cheap.')).toBe(
      'bisoprolol:medical',
    );
    expect(focal('Statins reduce heart attacks. Statins are cheap and statins help.')).toBe('statin:medical');
  });

  it('is missing when the article promotes nothing or its headline offers a remedy it does not name', () => {
    expect(focal('Burnout is rising. Aspirin was excluded from the study.')).toBeUndefined();
    expect(
      focal(
        [
          '# Chest protectors guard against deadly blows',
          'A blow to the chest can stop the heart, and survival relies on defibrillators to treat cardiac arrest.',
        ].join('\n\n'),
      ),
    ).toBeUndefined();
  });

  it('is not a treatment word inside an institute’s name or listed with another field’s abbreviations (issue #13)', () => {
    expect(
      focal(
        [
          '# Caffeine may curb inflammation',
          '“Caffeine protects against inflammation,” says David Furman of the Institute for Immunity, Transplantation and Infection, which treats patients for immune disease.',
        ].join('\n\n'),
      ),
    ).toBeUndefined();
    expect(focal('For glaucoma, the best measures of GDx, HRT and OCT would miss about 60 cases.')).toBeUndefined();
  });

  it('takes a treatment named once, below the opening, for a side remark (issue #13: not_promoted)', () => {
    const inPassing = (markdown: string): boolean | undefined => {
      const document = buildDocument(markdown, 'markdown');
      const found = focalIntervention(document);
      return found && namedOnlyInPassing(document, found);
    };
    const opening = [
      '# This test can tell whether a child has outgrown a food allergy',
      'Children with food allergies were given small amounts of the food in a clinic, and most of them had no reaction at all, the researchers report.',
      'The test took a day.',
    ];
    expect(
      inPassing([...opening, 'Mild reactions were treated with just Benadryl, which relieves itching.'].join('\n\n')),
    ).toBe(true);
    // Named again, or in the headline, it is what the article is about.
    expect(
      inPassing(
        [...opening, 'Mild reactions were treated with Benadryl, which relieves itching.', 'Benadryl worked.'].join(
          '\n\n',
        ),
      ),
    ).toBe(false);
    expect(inPassing(['# Benadryl relieves itching', 'Benadryl relieves itching in children.'].join('\n\n'))).toBe(
      false,
    );
  });

  it('is not the procedure that is the setting or what the remedy spares, nor the practice it achieves', () => {
    expect(
      focal(
        [
          '# Dexamethasone before surgery eases confusion in older patients',
          'A small dose of dexamethasone given before surgery reduced confusion after surgery, a trial found.',
          'Confusion after surgery is common. During surgery, anaesthesia was kept light.',
        ].join('\n\n'),
      ),
    ).toBe('dexamethasone:medical');
    expect(
      focal(
        [
          '# Magnetic stimulation causes weight loss',
          'Transcranial magnetic stimulation causes weight loss and treats obesity, a pilot trial found.',
          'Transcranial magnetic stimulation helped patients with obesity.',
        ].join('\n\n'),
      ),
    ).toBe('transcranial magnetic stimulation:medical');
  });

  it('keeps a procedure patients received as a candidate, after a verb of receiving', () => {
    expect(
      focal(
        'Psoriasis improved after undergoing bariatric surgery for obesity. Psoriasis improved after having bariatric surgery for obesity.',
      ),
    ).toBe('bariatric surgery:medical');
    expect(
      focal(
        'Psoriasis improved after bariatric surgery for obesity. Psoriasis improved after bariatric surgery for obesity.',
      ),
    ).toBeUndefined();
  });

  it('is not a substance the study measures in the body', () => {
    expect(
      focal(
        '# Higher folic acid levels tied to better grades\n\nTeens with high levels of folic acid did better at school, which may help with depression.',
      ),
    ).toBeUndefined();
  });

  it('is not introduced at the top when the top names no treatment of its sort (issue #13: not_promoted)', () => {
    const top = [
      '# You’ve got mail about quitting smoking',
      'The road to quitting smoking can be a long one.',
      'Tailored e-mails helped smokers quit in a randomised trial, researchers report.',
      'The e-mails were written for each smoker.',
    ];
    const below = [
      'Some e-mails asked whether smokers planned to use nicotine replacement therapy, which relieves cravings.',
      'Nicotine replacement therapy was used by half of them. Nicotine replacement therapy is cheap.',
    ];
    expect(focalAtTop([...top, ...below].join('\n\n'))).toBeUndefined();
    // Still the article's treatment, whose harms a reader should hear of, but not introduced at its top.
    expect(focal([...top, ...below].join('\n\n'))).toBe('nicotine replacement:medical');
    // The same treatment named at the top, or an implanted device the article later names, is what it is about.
    expect(focalAtTop([top[0], below[0], ...top.slice(1), below[1]].join('\n\n'))).toBe('nicotine replacement:medical');
    expect(
      focalAtTop(
        [
          '# Implanted device treats central sleep apnea',
          'An implanted device eased central sleep apnea in a randomised trial of 151 patients, researchers report.',
          'Patients slept better. They were followed for a year. Most kept the device.',
          'The trial tested remedē, a system for sleep apnea.',
          'Neurostimulation treats sleep apnea: all patients received the neurostimulation treatment.',
        ].join('\n\n'),
      ),
    ).toBe('neurostimulation:medical');
  });

  it('is not a treatment the headline names only as the yardstick of a comparison (round 14)', () => {
    const article = (headline: string): string =>
      [
        `# ${headline}`,
        'A traditional herbal formula may reduce fever from flu just as well as the prescription medication Tamiflu, a new study suggests.',
        'Tamiflu was the treatment of choice, where it was available.',
        'The results: both the formula and Tamiflu were effective at eliminating fever.',
      ].join('\n\n');
    expect(focal(article('Chinese Herbs Equal to Tamiflu in Reducing Flu Fever'))).toBeUndefined();
    expect(focal(article('Chinese Herbs Work as Well as Tamiflu'))).toBeUndefined();
    // Named in the headline as the remedy as well, it stays a candidate.
    expect(focal(article('Tamiflu Eases Flu Fever, and Herbs Equal to Tamiflu'))).toBe('tamiflu:medical');
    expect(focal(article('Tamiflu Eases Flu Fever'))).toBe('tamiflu:medical');
  });
});
