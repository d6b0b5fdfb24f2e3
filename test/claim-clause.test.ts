import { describe, expect, it } from 'vitest';
import {
  actsOnTheBody,
  antecedentOf,
  claimFrame,
  complementIsBenefit,
  gerundOfPastResult,
  opensWithGerund,
  gerundNamedAsGoal,
  readClaimClause,
  statesTreatmentBenefit,
  tellsMechanism,
} from '../src/language/claim-clause.js';

/** The clause around the first occurrence of `claim` in `text`. */
function clause(text: string, claim: string) {
  const start = text.indexOf(claim);
  if (start < 0) throw new Error(`not found: ${claim}`);
  return readClaimClause(text, { start, end: start + claim.length, text: claim });
}

function frame(text: string, claim: string) {
  return claimFrame(text, text.indexOf(claim));
}

function states(text: string, claim: string): boolean {
  return statesTreatmentBenefit(clause(text, claim));
}

describe('claim clause (issue #13: decide an efficacy claim from its frame, subject and object)', () => {
  it('reads a condition that the claim stands in, until a comma closes it', () => {
    const text =
      'He predicted that even if deep brain stimulation turns out to be an effective treatment for depression, it will not be first.';
    expect(frame(text, 'effective treatment')).toBe('condition');
    expect(frame('If taken daily, the pill cures migraine.', 'cures')).toBe('stated');
    // A condition not yet met: the claim is what is waited for.
    expect(frame('Experts argued against the tests until they are proven to be useful.', 'proven to')).toBe(
      'condition',
    );
    expect(frame('Until recently, surgery was the only treatment that works.', 'works')).toBe('stated');
  });

  it('reads an aim: a hope of, an effort to, a verb of purpose', () => {
    expect(
      frame('He got stem cells in the hopes of stopping or even reversing some of the scarring.', 'reversing'),
    ).toBe('aim');
    expect(frame('The device was designed to help reduce falls.', 'reduce')).toBe('aim');
    // “Hope for” names who is helped, not what is sought.
    expect(frame('Hope for patients as new drug cures hepatitis C', 'cures')).toBe('stated');
  });

  it('reads a time or condition the claim is inside, and making sure as an aim', () => {
    expect(frame('When it works, the therapy offers hope.', 'it works')).toBe('condition');
    expect(frame('When taken properly, Truvada cuts new cases by 92%.', 'cuts')).toBe('stated');
    expect(frame('Eating fish at least once a week helps protect the brain.', 'helps')).toBe('stated');
    expect(frame('To make sure it works, doctors need to do a number of things.', 'it works')).toBe('aim');
    expect(frame('Nurses check that the pump works.', 'works')).toBe('aim');
    expect(frame('Doctors are sure it works.', 'it works')).toBe('stated');
  });

  it('reads a paraphrase: a participle of saying, or a verb of saying with “that”, through commas', () => {
    expect(frame('The group gives children Lupron, saying the drug helps expel toxic mercury.', 'helps')).toBe(
      'reported',
    );
    expect(
      frame(
        'Zinman noted that Jardiance, like other SGLT2 drugs, causes weight loss, and also reduces swelling.',
        'reduces',
      ),
    ).toBe('reported');
    // Research credited with a present-tense claim still states it.
    expect(frame('Studies show that the procedure works better than sham treatment.', 'works')).toBe('stated');
  });

  it('reads a claim put in others’ mouths by a passive verb of proposing or refuting', () => {
    const text =
      'All kinds of medical benefits have been proposed as resulting from cutting off the foreskin, and they have all been disproven.';
    expect(clause(text, 'benefits').frame).toBe('reported');
    expect(clause('Its benefits are touted online.', 'benefits').frame).toBe('reported');
    expect(clause('The drug is effective against migraine.', 'effective').frame).toBe('stated');
  });

  it('reads a requirement: what has to be shown before a claim can be made', () => {
    expect(frame('Safety and effectiveness have to be proven to the FDA.', 'proven')).toBe('requirement');
    expect(frame('The drug must be proven effective first.', 'proven effective')).toBe('requirement');
  });

  it('takes a person at work as no treatment, unless the object is a health outcome', () => {
    expect(states('Barrow neurosurgeon helps pave way for deep brain stimulation', 'helps')).toBe(false);
    expect(states('Nudging doctors in intensive care units reduces deaths', 'reduces')).toBe(true);
  });

  it('takes work or thought as no health outcome (“helps decide”, “helps ensure”)', () => {
    expect(states('The best treatment for laryngeal cancer? This approach helps decide', 'helps')).toBe(false);
    expect(states('Mandating fortification helps ensure that women are getting enough folic acid.', 'helps')).toBe(
      false,
    );
  });

  it('reads the act after the people a “help” cue holds (“helps patients decide”)', () => {
    expect(states('Prostate-Cancer Gene Test Helps Patients Decide on Treatment', 'Helps Patients')).toBe(false);
    expect(states('A new app helped patients plan their week.', 'helped patients')).toBe(false);
    expect(states('The brace helps patients walk again.', 'helps patients')).toBe(true);
  });

  it('reads how a treatment acts on the body: an action at a target, then a part of the body as object', () => {
    const body = (text: string, claim: string): boolean => {
      const start = text.indexOf(claim);
      return actsOnTheBody(text, { start, end: start + claim.length, text: claim });
    };
    expect(body('The enzyme dissolves clots and restores blood flow to the brain.', 'restores')).toBe(true);
    expect(
      body('One antibody blocks a receptor on tumour cells, and the other boosts the immune system.', 'boosts'),
    ).toBe(true);
    // A disease or symptom as object is still a benefit; a body part without an action at a target is not read here.
    expect(body('The antibody blocks a pain pathway and prevents migraine attacks.', 'prevents')).toBe(false);
    expect(body('Vitamin D strengthens bones.', 'strengthens')).toBe(false);
  });

  it('reads some unnamed members of a kind as no intervention, but not a quantity of a practice', () => {
    expect(clause('Some drugs more effective than others', 'more effective than').subjectKind).toBe('unspecified');
    expect(clause('Certain newer therapies relieve pain within days.', 'relieve').subjectKind).toBe('unspecified');
    expect(clause('Some exercise reduces your risk of death.', 'reduces').subjectKind).toBe('other');
    expect(clause('Statins reduce the risk of stroke.', 'reduce').subjectKind).toBe('other');
  });

  it('reads help with watching or finding as no health outcome (“helps people track”)', () => {
    expect(states('Wearable technology helps people track their calories and heart rate.', 'helps')).toBe(false);
  });

  it('keeps work or thought about a health outcome (“helps identify risk”)', () => {
    expect(states('New tool helps identify risk for post-surgical dislocations', 'helps')).toBe(true);
  });

  it('reads the subject after a verb of proof (“researchers prove that eating fruit is the most effective way”)', () => {
    expect(
      states(
        'The team of researchers prove that eating plenty of fruit is by far the most effective way to a healthy glow.',
        'most effective',
      ),
    ).toBe(true);
  });

  it('reads a claim limited to early or preclinical evidence', () => {
    expect(
      clause('This approach has been shown effective in early trials against bladder cancer.', 'effective').frame,
    ).toBe('early-evidence');
    expect(clause('The compound cures diabetes in mice.', 'cures').frame).toBe('early-evidence');
    expect(clause('The drug cuts deaths in phase 3 trials.', 'cuts').frame).toBe('stated');
    // A setting with one word before it.
    expect(clause('The mask is very effective in the sleep lab.', 'very effective').frame).toBe('early-evidence');
    expect(clause('The extract relieves arthritis in older mice.', 'relieves').frame).toBe('early-evidence');
    expect(clause('The drug cuts deaths in older patients.', 'cuts').frame).toBe('stated');
  });

  it('takes the level of a substance as a marker, not an outcome', () => {
    expect(states('The new drugs boost levels of good cholesterol (HDL).', 'boost')).toBe(false);
    expect(states('The drug reduces PSA levels.', 'reduces')).toBe(false);
    expect(states('The drug reduces the level of pain after surgery.', 'reduces')).toBe(true);
    // An amount measures a substance as a level does: how a drug acts on body chemistry.
    expect(states('The other two pills reduce the amount of sodium reaching nerve cells.', 'reduce')).toBe(false);
    expect(states('The gel reduces the amount of pain after surgery.', 'reduces')).toBe(true);
  });

  it('reads a claim inside a noun of belief as held or examined, not asserted', () => {
    expect(frame('The notion that vitamin C cures colds has been tested many times.', 'cures')).toBe('reported');
    expect(frame('Her theory that fasting reverses ageing drew critics.', 'reverses')).toBe('reported');
    expect(frame('The myth that cold showers boost immunity persists.', 'boost')).toBe('reported');
    // A noun that is not a belief leaves the claim stated.
    expect(frame('A new pill that cures gout went on sale.', 'cures')).toBe('stated');
  });

  it('reads a gerund named as a goal as an aim', () => {
    const goal = (text: string, claim: string) => {
      const start = text.indexOf(claim);
      return gerundNamedAsGoal(text, { start, end: start + claim.length, text: claim });
    };
    expect(goal('Curing type 1 diabetes remains the holy grail of the field.', 'Curing')).toBe(true);
    expect(goal('Preventing falls in care homes is a key aim of the new plan.', 'Preventing')).toBe(true);
    expect(goal('Lowering blood pressure is easy with this pill.', 'Lowering')).toBe(false);
    expect(goal('The drug is aimed at reversing scars, which is a goal.', 'reversing')).toBe(false);
  });

  it('reads people, the body, a disease or an idea as a subject that is no intervention', () => {
    expect(
      clause('Nine women who had had the disease for years improved their mobility.', 'improved').subjectKind,
    ).toBe('recipient');
    expect(clause('Volunteers in the second group reduced their sugar intake.', 'reduced').subjectKind).toBe(
      'recipient',
    );
    expect(clause('The liver protects the body from many toxins.', 'protects').subjectKind).toBe('body');
    expect(clause('Saliva from the glands protects the teeth from acid.', 'protects').subjectKind).toBe('body');
    expect(clause('Healthy cartilage protects the joint from wear.', 'protects').subjectKind).toBe('body');
    expect(clause('The hypothesis improves on older models.', 'improves').subjectKind).toBe('idea');
    // Still an intervention: people as a verb's object, people who take something, or a modal.
    expect(clause('Treating patients early improves their survival.', 'improves').subjectKind).toBe('other');
    expect(clause('Men who take the pill cut their risk of gout.', 'cut').subjectKind).toBe('other');
    expect(clause('With this drug, patients can reverse their symptoms.', 'can reverse').subjectKind).toBe('other');
    expect(clause('A skin cream heals burns faster.', 'heals').subjectKind).toBe('other');
    expect(clause('Raising good cholesterol levels reduces stroke risk.', 'reduces').subjectKind).toBe('other');
    expect(clause('Once it is woken using light, the follicle restores growth.', 'restores').subjectKind).toBe('body');
    expect(frame('Clear evidence, Smith said, that the pill lowers risk.', 'lowers')).toBe('reported');
  });

  it('reads a relative pronoun subject through its antecedent, and the word before the claim', () => {
    const gene = 'Carriers of the faulty gene – which is proven to raise the risk of gout – did worse.';
    expect(antecedentOf(gene, gene.indexOf('proven to'))).toBe('gene');
    expect(clause(gene, 'proven to').subjectKind).toBe('body');
    expect(clause('She has a rare syndrome, which also reverses with age.', 'reverses').subjectKind).toBe('body');
    expect(clause('The ministry also improves access to clinics.', 'improves').subjectKind).toBe('organisation');
    expect(clause('Oestrogen helps protect the bones.', 'helps protect').subjectKind).toBe('body');
    // A treatment before the pronoun is still one.
    expect(clause('They tested a cream, which relieves itching in a day.', 'relieves').subjectKind).toBe('other');
  });

  it('reads a gerund that opens its sentence as a topic with nothing said to do it', () => {
    const heading = 'Curing hepatitis C';
    expect(opensWithGerund(heading, { start: 0, end: 6, text: 'Curing' })).toBe(true);
    expect(clause(heading, 'Curing').subjectKind).toBe('none');
    expect(clause('“Reversing the damage is what we want,” she said.', 'Reversing').subjectKind).toBe('none');
    const after = 'The balm is strong, not only soothing but curing the rash.';
    expect(
      opensWithGerund(after, { start: after.indexOf('curing'), end: after.indexOf('curing') + 6, text: 'curing' }),
    ).toBe(false);
  });

  it('asks “proven to” and “shown to” for a benefit after them', () => {
    const proof = (text: string, claim: string) => {
      const start = text.indexOf(claim);
      return complementIsBenefit(text, { start, end: start + claim.length, text: claim });
    };
    expect(proof('The spray is proven to relieve hay fever.', 'proven to')).toBe(true);
    expect(proof('The patch is clinically proven to be safe and effective.', 'clinically proven to')).toBe(true);
    expect(proof('The salts have proven to have the same potency in the dish.', 'proven to')).toBe(false);
    expect(proof('The disorder is proven to be a result of a faulty gene.', 'proven to')).toBe(false);
    expect(proof('Smoking is proven to increase the risk of stroke.', 'proven to')).toBe(false);
    expect(proof('The vaccine is proven to increase survival.', 'proven to')).toBe(true);
    // “The only treatment” claims superiority only with what it alone does.
    expect(proof('It is the only treatment proven to protect the brain.', 'the only treatment')).toBe(true);
    expect(proof('Surgery is the only treatment that works for it.', 'the only treatment')).toBe(true);
    expect(proof('The only treatment is a skin graft.', 'The only treatment')).toBe(false);
    expect(proof('Rest is the only treatment the patient gets.', 'the only treatment')).toBe(false);
    // Not an open infinitive: the claim names its benefit itself.
    expect(proof('The pill is superior to aspirin.', 'superior to')).toBe(true);
  });

  it('reads a gerund after “in” in the tense of the verb that governs it', () => {
    const past = (text: string, claim: string) => {
      const start = text.indexOf(claim);
      return gerundOfPastResult(text, { start, end: start + claim.length, text: claim });
    };
    expect(past('The new gel outperformed the old spray in easing itch.', 'easing')).toBe(true);
    expect(past('In the trial the patch was better in relieving pain.', 'relieving')).toBe(true);
    expect(past('The patch is better in relieving pain.', 'relieving')).toBe(false);
    expect(past('An approved gel helps in easing itch.', 'easing')).toBe(false);
    expect(past('A licensed cream in easing itch.', 'easing')).toBe(false);
    expect(past('It has properties in not only easing but curing the rash.', 'easing')).toBe(false);
  });

  it('keeps a treatment’s benefit stated as fact', () => {
    expect(states('The drug cuts the risk of stroke by half.', 'cuts')).toBe(true);
    expect(states('Effective sleep apnea treatment lowers diabetes risk', 'lowers')).toBe(true);
  });
});

describe('tellsMechanism', () => {
  it('reads how something acts in the body as a mechanism, and an outcome as a claim', () => {
    expect(tellsMechanism(' the gel works by reducing swelling.')).toBe(true);
    expect(tellsMechanism(' help keep blood from clotting, which prevents strokes.')).toBe(true);
    expect(tellsMechanism(' stops cells from dividing.')).toBe(true);
    expect(tellsMechanism(' prevent strokes in older adults.')).toBe(false);
    expect(tellsMechanism(' keep people from smoking.')).toBe(false);
  });
});
