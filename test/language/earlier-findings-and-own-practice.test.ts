import { describe, expect, it } from 'vitest';
import { scopedToPartOfPeople, toldAsEarlierFinding, toldAsOwnExperience } from '../../src/language/claim-context.js';
import { benefitWordAsNoun } from '../../src/language/claim-use.js';

/** The claim range of `cue` in `sentence`. */
const claimOf = (sentence: string, cue: string) => {
  const start = sentence.indexOf(cue);
  return { start, end: start + cue.length, text: cue };
};

/** Round 27: three ways a benefit is told as a report rather than claimed by the article. */
describe('a benefit told as an earlier finding, a finding seen, or one speaker’s practice', () => {
  it('reads a verb of finding in the past perfect before the claim as earlier work reported', () => {
    for (const [sentence, cue] of [
      ['Earlier research had also concluded that the two procedures are similarly effective.', 'effective'],
      ['Studies had shown that the drug reduces pain.', 'reduces'],
      ['The gel had previously been found to ease itching.', 'ease'],
    ] as const)
      expect(toldAsEarlierFinding(sentence, claimOf(sentence, cue).start), sentence).toBe(true);
    for (const [sentence, cue] of [
      ['Studies have shown that the drug reduces pain.', 'reduces'],
      ['Patients who had surgery found the drug reduces pain.', 'reduces'],
      ['The drug reduces pain, and earlier research had concluded the same.', 'reduces'],
    ] as const)
      expect(toldAsEarlierFinding(sentence, claimOf(sentence, cue).start), sentence).toBe(false);
  });

  it('reads benefits found or seen in the simple past as a report, not those a treatment has', () => {
    const noun = (sentence: string): boolean => {
      const claim = claimOf(sentence, sentence.includes('benefits') ? 'benefits' : 'benefit');
      return benefitWordAsNoun(sentence, claim.start, claim.end, claim.text);
    };
    expect(noun('Dr. Twells and colleagues found major long-lasting benefits to the patients’ health.')).toBe(true);
    expect(noun('The team reported clear benefits in the treated group.')).toBe(true);
    expect(noun('Studies have found benefits to EMDR.')).toBe(false);
    expect(noun('Trials have also found benefits for older women.')).toBe(false);
    expect(noun('We found that the diet has benefits for the heart.')).toBe(false);
    expect(noun('Surgery brings lasting benefits to patients.')).toBe(false);
  });

  it('reads a sentence opened by the speaker’s own practice as one person’s experience', () => {
    const own = (sentence: string, cue: string): boolean => {
      const claim = claimOf(sentence, cue);
      return toldAsOwnExperience(sentence, claim.start, claim.end);
    };
    expect(
      own(
        '"In my pain practice and career, nerve stimulation has been one of the most effective technologies available," Patel said.',
        'most effective',
      ),
    ).toBe(true);
    expect(own('In my experience, the brace works.', 'works')).toBe(true);
    expect(own('The brace is the most effective tool in my practice and in others.', 'most effective')).toBe(false);
    expect(own('In clinical practice, the brace is the most effective tool.', 'most effective')).toBe(false);
  });

  it('reads a claim scoped before it to the patients it suits', () => {
    const scoped = (sentence: string, cue: string): boolean => {
      const claim = claimOf(sentence, cue);
      return scopedToPartOfPeople(sentence, claim.end, claim.start);
    };
    expect(scoped('For the right patient, hormone therapy is safe and effective.', 'effective')).toBe(true);
    expect(scoped('In carefully selected patients, surgery relieves the pain.', 'relieves')).toBe(true);
    expect(scoped('Surgery relieves the pain for patients.', 'relieves')).toBe(false);
    expect(scoped('The right drug relieves the pain.', 'relieves')).toBe(false);
  });
});
