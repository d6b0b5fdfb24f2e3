import { describe, expect, it } from 'vitest';
import { headlineDoubts, headlineReportsFailure, questionsIntervention } from '../../src/language/sceptical-verdict.js';
import { treatmentMentions } from '../../src/language/treatments.js';
import { buildDocument } from '../../src/prose/document.js';

const questions = (markdown: string, key: string): boolean => {
  const document = buildDocument(markdown, 'markdown');
  return questionsIntervention(
    document,
    treatmentMentions(document).filter((mention) => mention.key === key),
  );
};

describe('sceptical verdict', () => {
  it('reads a story that reports the treatment failing as questioning it (issue #13)', () => {
    expect(
      questions(
        '# Do Probiotics Relieve Constipation in Children?\n\nA dairy product containing a probiotic did not relieve constipation in children, researchers say.',
        'probiotic',
      ),
    ).toBe(true);
    expect(
      questions('# Ginkgo Won’t Slow Decline of Aging Brain\n\nA new study of older adults finds no effect.', 'ginkgo'),
    ).toBe(true);
  });

  it('reads a doubting headline as questioning the treatment it names', () => {
    expect(questions('# How Much Does Knee Surgery Really Help?\n\nA study raises questions.', 'surgery')).toBe(true);
    expect(
      questions(
        '# The Healthy Skeptic: Seeing through skin supplements’ claims\n\nMany products promise.',
        'supplement',
      ),
    ).toBe(true);
    expect(
      questions(
        '# Manual Clot Removal May Not Help\n\nA new study calls into question the value of removing blood clots during angioplasty, a procedure to open arteries.',
        'angioplasty',
      ),
    ).toBe(true);
    expect(
      // A capitalised name before "device" names the product (treatments.ts), so its key is the product's.
      questions(
        '# Penn study questions Lariat device to prevent stroke\n\nDoctors used it in ten patients.',
        'lariat device',
      ),
    ).toBe(true);
    expect(questions('# Surgery for migraines: Help or hokum?\n\nSurgeons say it brings relief.', 'surgery')).toBe(
      true,
    );
  });

  it('reads a headline whose news is a failure as promoting nothing, whatever it names', () => {
    const failing = (markdown: string): boolean => headlineReportsFailure(buildDocument(markdown, 'markdown'));
    expect(failing('# Margarine with added oils fails to help in heart study\n\nPatients took pills too.')).toBe(true);
    expect(failing('# Hopeful new stroke treatment no better than older one\n\nThree trials report.')).toBe(true);
    expect(failing('# New knee injection is no more useful than rest\n\nA trial finds.')).toBe(true);
    // Advice, not a failure: the failure word has no subject.
    expect(failing('# Having surgery? Don’t stop your statins\n\nStatins help.')).toBe(false);
    // The patients failed, not the treatment.
    expect(failing('# Drug helps patients who did not improve on statins\n\nIt helps.')).toBe(false);
    // Only a headline decides.
    expect(failing('A margarine fails to help, a study finds.\n\nMore follows.')).toBe(false);
    expect(failing('# Acupuncture may ease hot flashes\n\nIt did not help everyone.')).toBe(false);
  });

  it('leaves a story that promotes the treatment alone', () => {
    expect(
      questions('# Acupuncture May Ease Hot Flashes\n\nAcupuncture reduced hot flashes in a new study.', 'acupuncture'),
    ).toBe(false);
    // The patients, not the treatment, did not improve before.
    expect(
      questions(
        '# Ketamine relieves depression\n\nKetamine helped patients who did not improve on other drugs.',
        'ketamine',
      ),
    ).toBe(false);
    // A failure further down than the opening does not undo the headline's promotion.
    expect(
      questions(
        '# Statins cut heart attacks\n\nStatins cut heart attacks in a large trial.\n\nThey lowered cholesterol.\n\nIn an earlier trial, statins did not help.',
        'statin',
      ),
    ).toBe(false);
  });

  it('reads a summary that finds no reliable evidence for the treatment as questioning it (tuning draw)', () => {
    expect(
      questions(
        'The evidence is of very low quality and does not provide any reliable evidence for corticosteroids for treating dengue shock.',
        'corticosteroid',
      ),
    ).toBe(true);
    expect(
      questions(
        'Data were insufficient to be sure whether corticosteroids have an effect on the course of the disease.',
        'corticosteroid',
      ),
    ).toBe(true);
    expect(questions('There is good evidence for corticosteroids in dengue shock.', 'corticosteroid')).toBe(false);
  });

  it('reads an opening that calls whether it works an open question as questioning it (issue #13)', () => {
    expect(
      questions('# Cold Remedies\n\nWhether echinacea really shortens a cold is still an open question.', 'echinacea'),
    ).toBe(true);
    expect(
      questions('# Cold Remedies\n\nIt remains unclear whether melatonin helps shift workers sleep.', 'melatonin'),
    ).toBe(true);
    expect(questions('# Cold Remedies\n\nEchinacea shortens colds, a trial finds.', 'echinacea')).toBe(false);
  });

  it('reads a paragraph labelled as the verdict as the article’s verdict wherever it stands (tuning4)', () => {
    const column = (verdict: string): string =>
      `# Can a Pill Stop Night Cramps?\n\nPhoto: a bottle of pills.\n\nThe Ache: cramps at night.\n\nThe Claim: makers say the pills stop cramps.\n\n${verdict}`;
    expect(
      questions(column('The Verdict: Fish oil is cheap, but there isn’t proof fish oil stops cramps.'), 'fish oil'),
    ).toBe(true);
    expect(questions(column('The Verdict: Fish oil stopped cramps in two trials, scientists say.'), 'fish oil')).toBe(
      false,
    );
  });

  it('reads a failure that comes before the treatment it was had with as questioning it (tuning6)', () => {
    expect(
      questions(
        '# Chemo Comparison\n\nPatients with pancreatic cancer don’t see improved survival with the drug gemcitabine, compared with another regimen, a study finds.',
        'gemcitabine',
      ),
    ).toBe(true);
    expect(
      questions('# Heart Pills\n\nPatients saw no benefit from aspirin in the trial, researchers say.', 'aspirin'),
    ).toBe(true);
    expect(
      questions(
        '# Heart Pills\n\nPatients whose pain did not ease were given aspirin, which relieved it within hours.',
        'aspirin',
      ),
    ).toBe(false);
  });

  it('reads a headline that doubts, and one that does not', () => {
    expect(
      headlineDoubts(buildDocument('# The Healthy Skeptic: telomerase activators\n\nA vial costs $250.', 'markdown')),
    ).toBe(true);
    expect(
      headlineDoubts(buildDocument('# Steam baths find a place among spa options\n\nA session costs $50.', 'markdown')),
    ).toBe(false);
    expect(headlineDoubts(buildDocument('A vial costs $250.', 'markdown'))).toBe(false);
  });

  it('reads a headline denying the treatment is a cure-all as questioning it (round 14)', () => {
    expect(
      questions(
        '# Major study finds testosterone therapy is no fountain of youth\n\nPrescribing testosterone took off in 2000.',
        'testosterone',
      ),
    ).toBe(true);
    expect(questions('# Vitamin D isn’t a magic bullet for bones\n\nVitamin D is cheap.', 'vitamin d')).toBe(true);
    // Another treatment denied the title, before the promoted one is named, does not doubt it.
    expect(
      questions('# Statins are no panacea, but ketamine relieves depression\n\nKetamine acts fast.', 'ketamine'),
    ).toBe(false);
    expect(
      questions('# Testosterone therapy restores energy\n\nPrescribing testosterone took off.', 'testosterone'),
    ).toBe(false);
  });
});

describe('a headline that weakens the case for a treatment (round 24)', () => {
  it('reads it as questioning the treatment', () => {
    expect(
      questions(
        '# Study Weakens Case for Preventive Mastectomy\n\nWomen who test negative need not consider mastectomy.',
        'mastectomy',
      ),
    ).toBe(true);
    expect(questions('# Study strengthens case for mastectomy\n\nWomen who carry BRCA benefit.', 'mastectomy')).toBe(
      false,
    );
  });
});
