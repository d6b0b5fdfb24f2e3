import { describe, expect, it } from 'vitest';
import { judgedByNamedBody } from '../../src/language/attribution.js';
import { describesPicture, limitedInDegree } from '../../src/language/claim-context.js';
import { conditionOfUse, helpsNonHealthTask, reportedInDoubt } from '../../src/language/claim-use.js';
import { reportedStudyFinding } from '../../src/language/study-finding.js';

const at = (text: string, claim: string): number => text.indexOf(claim);

describe('judgedByNamedBody (a benefit given as a named body’s judgement)', () => {
  it('finds a body as the subject of a verb of judgement or speech before the claim', () => {
    const deemed = 'That’s because the FDA has deemed that Prozac has demonstrated benefits that outweigh the risk.';
    expect(judgedByNamedBody(deemed, at(deemed, 'benefits'))).toBe(true);
    const accepts = 'Even the USPSTF accepts the fact that beginning screening at age 40 saves lives.';
    expect(judgedByNamedBody(accepts, at(accepts, 'saves lives'))).toBe(true);
    const saying = 'An approval is the FDA saying, “this drug is safe and effective.”';
    expect(judgedByNamedBody(saying, at(saying, 'effective'))).toBe(true);
    const position =
      'The American Academy of Dermatology’s official position is that surgery is the most effective treatment.';
    expect(judgedByNamedBody(position, at(position, 'most effective'))).toBe(true);
  });
  it('leaves a claim whose sayer is no named body', () => {
    const doctors = 'Doctors say the drug is highly effective.';
    expect(judgedByNamedBody(doctors, at(doctors, 'highly effective'))).toBe(false);
    const approved = 'Approved by the FDA in 2019, the drug cures hepatitis C.';
    expect(judgedByNamedBody(approved, at(approved, 'cures'))).toBe(false);
    const after = 'The drug cures hepatitis C, the FDA said.';
    expect(judgedByNamedBody(after, at(after, 'cures'))).toBe(false);
  });
});

describe('reportedInDoubt (a clause someone doubts)', () => {
  it('reads words of doubt before the claim', () => {
    const sceptical =
      'He says he is skeptical that the lice-prevention products are any more effective than regular shampoos.';
    const start = at(sceptical, 'more effective than');
    expect(reportedInDoubt(sceptical, start, start + 19)).toBe(true);
    const doubts = 'She doubts that the supplement works.';
    expect(reportedInDoubt(doubts, at(doubts, 'works'), at(doubts, 'works') + 5)).toBe(true);
  });
  it('leaves a claim with no doubt before it', () => {
    const plain = 'He says the products are more effective than regular shampoos.';
    const start = at(plain, 'more effective than');
    expect(reportedInDoubt(plain, start, start + 19)).toBe(false);
  });
});

describe('reportedStudyFinding (researchers speaking of their own result)', () => {
  it('takes “we found that …” with a past-tense claim as the study’s result', () => {
    const text = '"Interestingly, we found that neoadjuvant chemotherapy actually reversed these trends," Wright said.';
    expect(reportedStudyFinding(text, { start: at(text, 'reversed'), text: 'reversed' })).toBe(true);
  });
  it('leaves a present-tense claim and a finding with no researcher as its subject', () => {
    const present = 'We found that the drug reverses the disease.';
    expect(reportedStudyFinding(present, { start: at(present, 'reverses'), text: 'reverses' })).toBe(false);
    const they = 'Patients found that the drug reversed their symptoms.';
    expect(reportedStudyFinding(they, { start: at(they, 'reversed'), text: 'reversed' })).toBe(false);
  });
});

describe('limitedInDegree (an adverb of frequency right before the claim)', () => {
  it('reads “often” and “usually” as a limit', () => {
    const often = 'Gastric bypass surgery often improves type 2 diabetes.';
    expect(limitedInDegree(often, at(often, 'improves'), 'improves')).toBe(true);
    const usually = 'The procedure usually relieves pain.';
    expect(limitedInDegree(usually, at(usually, 'relieves'), 'relieves')).toBe(true);
  });
  it('leaves a frequency adverb elsewhere in the sentence', () => {
    const elsewhere = 'It is commonly used there and the drug relieves pain.';
    expect(limitedInDegree(elsewhere, at(elsewhere, 'relieves'), 'relieves')).toBe(false);
  });
});

describe('helpsNonHealthTask (“help” with a task of knowing or a process)', () => {
  it('finds a verb of knowing, recording or conveying after “helps”', () => {
    const credibility = 'Getting studies published helps to bring credibility to parental reports.';
    expect(helpsNonHealthTask(credibility, at(credibility, 'helps') + 5, 'helps')).toBe(true);
    const track = 'It helps "track and learn which doses work best."';
    expect(helpsNonHealthTask(track, at(track, 'helps') + 5, 'helps')).toBe(true);
  });
  it('leaves help towards health', () => {
    const breathe = 'The device helps you breathe easier.';
    expect(helpsNonHealthTask(breathe, at(breathe, 'helps') + 5, 'helps')).toBe(false);
    const avoid = 'Embryo screening helps couples avoid genetic diseases.';
    expect(helpsNonHealthTask(avoid, at(avoid, 'helps') + 5, 'helps')).toBe(false);
    const identify = 'New tool helps identify risk for dislocations.';
    expect(helpsNonHealthTask(identify, at(identify, 'helps') + 5, 'helps')).toBe(false);
  });
});

describe('describesPicture (a photo caption)', () => {
  it('finds a caption', () => {
    expect(describesPicture('Workers are seen taking samples at the Aspirin protect press in a handout photo.')).toBe(
      true,
    );
    expect(describesPicture('Dr Lee is pictured with the device.')).toBe(true);
  });
  it('leaves ordinary prose', () => {
    expect(describesPicture('The drug is shown to reduce pain in most patients.')).toBe(false);
    expect(describesPicture('The scan gives a clearer picture of the heart.')).toBe(false);
  });
});

describe('conditionOfUse (which way of using it works better)', () => {
  it('reads “for X to be most effective”', () => {
    const forEither = 'For either drug to be most effective, it needs to be given as soon as possible.';
    const most = at(forEither, 'most effective');
    expect(conditionOfUse(forEither, most, most + 14, 'most effective')).toBe(true);
  });
  it('leaves a comparison with no condition and a raised claim', () => {
    const plain = 'The vaccine is more efficacious than the old one.';
    const start = at(plain, 'more efficacious');
    expect(conditionOfUse(plain, start, start + 16, 'more efficacious')).toBe(false);
    const shown = 'The drug was shown to be more effective than placebo.';
    const more = at(shown, 'more effective');
    expect(conditionOfUse(shown, more, more + 14, 'more effective')).toBe(false);
  });
});
