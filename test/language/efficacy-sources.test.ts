import { describe, expect, it } from 'vitest';
import { judgedByNamedBody } from '../../src/language/attribution.js';
import { reportedInDoubt } from '../../src/language/claim-use.js';
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
