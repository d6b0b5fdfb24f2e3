import { describe, expect, it } from 'vitest';
import {
  certainInWording,
  namesInterventionOnlyBefore,
  plainEffective,
  presupposedInPassing,
  spokenByNamedSpeaker,
  toldInIndirectSpeech,
} from '../../src/language/claim-sureness.js';

/** The claim range of `cue` in `sentence`. */
const claimOf = (sentence: string, cue: string) => {
  const start = sentence.indexOf(cue);
  return { start, end: start + cue.length, text: cue };
};

describe('claim sureness', () => {
  it('reads a speaker named in the sentence, not research before a verb of speech', () => {
    expect(spokenByNamedSpeaker('"Running prolongs life more than walking does," said Peter Schnohr.')).toBe(true);
    expect(spokenByNamedSpeaker('Vitamin D also reduces inflammation, says Raed.')).toBe(true);
    expect(spokenByNamedSpeaker('Study reports that vitamin D supplements reduce risk of infections')).toBe(false);
    expect(spokenByNamedSpeaker('Fish oil capsules reduce the risk of gout.')).toBe(false);
  });

  it('reads a treatment named only in an earlier sentence, outside a quotation', () => {
    const before = ['The implant is placed under the skin of the arm.'];
    const sentence = 'It also reduces cramping and heavy bleeding.';
    expect(namesInterventionOnlyBefore(sentence, claimOf(sentence, 'reduces'), before)).toBe(true);
    // Named in its own clause, or with no earlier sentence to name it.
    const named = 'The implant also reduces cramping.';
    expect(namesInterventionOnlyBefore(named, claimOf(named, 'reduces'), before)).toBe(false);
    expect(namesInterventionOnlyBefore(sentence, claimOf(sentence, 'reduces'), [])).toBe(false);
    // Inside a quotation that opened in an earlier sentence of the paragraph.
    const paragraph = `"The implant is placed under the skin. ${sentence}"`;
    const offset = paragraph.indexOf('reduces');
    expect(namesInterventionOnlyBefore(sentence, claimOf(sentence, 'reduces'), before, paragraph, offset)).toBe(false);
  });

  it('reads a plain “effective” with no comparison, pairing or evidence', () => {
    const plain = 'Bisphosphonates are highly effective.';
    expect(plainEffective(plain, claimOf(plain, 'highly effective'))).toBe(true);
    const compared = 'The pill is more effective than surgery.';
    expect(plainEffective(compared, claimOf(compared, 'effective'))).toBe(false);
    const equal = 'Both drugs are equally effective.';
    expect(plainEffective(equal, claimOf(equal, 'effective'))).toBe(false);
    const paired = 'Metal stents are safe and effective in relieving dysphagia.';
    expect(plainEffective(paired, claimOf(paired, 'effective'))).toBe(false);
    const evidenced = 'Ketamine has been found to be a highly effective treatment.';
    expect(plainEffective(evidenced, claimOf(evidenced, 'highly effective'))).toBe(false);
    const verb = 'The drug reduces pain.';
    expect(plainEffective(verb, claimOf(verb, 'reduces'))).toBe(false);
  });

  it('reads comparisons, superlatives and absolute claims as certain in wording', () => {
    const most = 'It is the most effective drug we have.';
    expect(certainInWording(most, claimOf(most, 'effective'))).toBe(true);
    const cured = '"It cured my anxiety," says Sarah.';
    expect(certainInWording(cured, claimOf(cured, 'cured my'))).toBe(true);
    const proven = 'It is clinically proven to work.';
    expect(certainInWording(proven, claimOf(proven, 'clinically proven'))).toBe(true);
    const plain = 'It also reduces cramping.';
    expect(certainInWording(plain, claimOf(plain, 'reduces'))).toBe(false);
  });

  it('reads an efficacy adjective on a noun in passing, not one said of a treatment or naming one', () => {
    const passing = (sentence: string, cue: string) => presupposedInPassing(sentence, claimOf(sentence, cue));
    expect(passing('Patients taking more effective inhalers had fewer attacks.', 'more effective')).toBe(true);
    expect(passing('More women are eligible for highly effective laser therapy.', 'highly effective')).toBe(true);
    // At the head of its clause, the subject the sentence says something about: an editor's recall item.
    expect(passing('The most effective screening tests available are based on PSA.', 'most effective')).toBe(false);
    // Said of a treatment, past a noun phrase's lead or a paired quality.
    expect(passing('It is also the single most effective drug we have.', 'most effective')).toBe(false);
    expect(passing('Lithium remains the most effective long-term treatment.', 'most effective')).toBe(false);
    expect(passing("It's also the most effective one.", 'most effective')).toBe(false);
    expect(passing('Acupuncture is a safe and effective alternative to painkillers.', 'effective')).toBe(false);
    // Naming the treatment, or no noun after the adjective.
    expect(passing('The most effective treatment is laser therapy.', 'most effective')).toBe(false);
    expect(passing('The spray is more effective than the cream.', 'more effective')).toBe(false);
    expect(passing('A novel, highly effective, non-hormonal method.', 'highly effective')).toBe(false);
    // Round 26: after a comma, a quality listed with another or a subject after a subordinate clause.
    expect(passing('We offer patients the highest quality, most effective options.', 'most effective')).toBe(true);
    expect(passing('As dentists learned more, more effective preventive techniques followed.', 'more effective')).toBe(
      true,
    );
    // A fronted predicate before a pronoun is on no noun: an editor's recall item.
    expect(passing('The earlier the vaccine is given, the more efficacious it can be.', 'more efficacious')).toBe(
      false,
    );
  });

  it('reads a claim passed on in indirect speech by a pronoun, a group or “according to” a person', () => {
    for (const [sentence, cue] of [
      ['He said the surgery is often done with laparoscopes, which shortens recovery time.', 'shortens'],
      ['However, researchers stress the drugs are effective at preventing fractures.', 'are effective'],
      ['Both companies say research from older treatments shows that radiation is safe and effective.', 'effective'],
      ['According to the researchers, the study demonstrated that the cells restore blood flow.', 'restore'],
      ['A unique thing about the drug, according to Meanwell, is that it is effective against all types.', 'effective'],
    ] as const)
      expect(toldInIndirectSpeech(sentence, claimOf(sentence, cue)), sentence).toBe(true);
    // In the article's voice, or a speaker's own words inside a quotation.
    const own = 'The surgery shortens recovery time.';
    expect(toldInIndirectSpeech(own, claimOf(own, 'shortens'))).toBe(false);
    const quoted = 'He said, "The surgery shortens recovery time."';
    expect(toldInIndirectSpeech(quoted, claimOf(quoted, 'shortens'))).toBe(false);
    const research = 'According to new research, the pill eases pain.';
    expect(toldInIndirectSpeech(research, claimOf(research, 'eases'))).toBe(false);
  });

  it('reads a fragment quoted inside the reported clause as passed on, not a direct quote (round 27)', () => {
    const fragment = 'They conclude that storing eggs is “the most effective option for fertility preservation.”';
    expect(toldInIndirectSpeech(fragment, claimOf(fragment, 'most effective'))).toBe(true);
    const straight = 'They conclude that storing eggs is "the most effective option."';
    expect(toldInIndirectSpeech(straight, claimOf(straight, 'most effective'))).toBe(true);
    // A quote opened after a colon or a comma is the speaker's own words; so is one before any verb of speech.
    const colon = 'He said: “Storing eggs is the most effective option.”';
    expect(toldInIndirectSpeech(colon, claimOf(colon, 'most effective'))).toBe(false);
    const comma = 'He said, “Storing eggs is the most effective option.”';
    expect(toldInIndirectSpeech(comma, claimOf(comma, 'most effective'))).toBe(false);
    const unreported = 'Storing eggs is “the most effective option,” they say.';
    expect(toldInIndirectSpeech(unreported, claimOf(unreported, 'most effective'))).toBe(false);
  });
});
