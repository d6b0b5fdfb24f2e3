import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/prose/document.js';
import {
  attributedToProponents,
  claimsTestAccuracy,
  governedByCondition,
  limitedInDegree,
} from '../src/language/claim-context.js';
import { isTestimony, laySpeakers } from '../src/language/testimony.js';

/** Whether the first occurrence of `words` in the document is testimony. */
function testimonyAt(source: string, words: string): boolean {
  const document = buildDocument(source, 'markdown');
  for (const block of document.blocks) {
    const offset = block.text.indexOf(words);
    if (offset < 0) continue;
    const sentence = block.sentences.find((item) => item.start <= offset && offset < item.end)!;
    return isTestimony(document, sentence, offset);
  }
  throw new Error(`not found: ${words}`);
}

describe('testimony (issue #13, efficacy debatable: a participant’s or user’s own experience)', () => {
  it('knows people introduced as participants, patients, users or family', () => {
    const document = buildDocument(
      'Julian is one of about 100 autistic children participating in a study.\n\n“It has helped our son,” said Kristen Brown, Julian’s mother.\n\nJane Roe, a cardiologist who treats patients, agreed.\n',
      'markdown',
    );
    const names = laySpeakers(document);
    expect([...names].sort()).toEqual(['Brown', 'Julian', 'Kristen']);
  });

  it('reads a quotation closed by a lay speaker as testimony, and an expert’s as not', () => {
    const intro = 'Julian is one of about 100 children participating in the study.\n\n';
    expect(testimonyAt(`${intro}“This helps with the emotions,” Julian said.\n`, 'helps')).toBe(true);
    expect(testimonyAt(`${intro}“This helps with the emotions,” said Dr Jane Roe.\n`, 'helps')).toBe(false);
    // Outside the quotation, the writer speaks.
    expect(testimonyAt(`${intro}The device helps with emotions. “It is fun,” Julian said.\n`, 'helps')).toBe(false);
    // Nobody introduced as a participant: a named person's quote is judged like any other.
    expect(testimonyAt('“This helps with the emotions,” Julian said.\n', 'helps')).toBe(false);
  });

  it('reads first-person experience as testimony', () => {
    expect(testimonyAt('He tried it himself (“I found it helpful; it helps you finish the thought”).\n', 'helps')).toBe(
      true,
    );
    expect(testimonyAt('“We found that it helps patients,” the researchers said.\n', 'helps')).toBe(false);
  });
});

describe('a claim made conditional by an earlier sentence', () => {
  const sentences = (text: string) => buildDocument(text, 'markdown').blocks[0]!.sentences;
  it('reads “if we take this research at face value” as governing the paragraph after it', () => {
    const first = sentences('If we take this research at face value, we learn a few things. First, exercise helps.');
    expect(governedByCondition(first, 1)).toBe(true);
    const holds = sentences('If the findings hold up in larger trials, that would matter. The drug reduces pain.');
    expect(governedByCondition(holds, 1)).toBe(true);
  });

  it('leaves a condition about the reader, not the evidence, alone', () => {
    const reader = sentences('If you have diabetes, see a doctor. Metformin lowers blood sugar.');
    expect(governedByCondition(reader, 1)).toBe(false);
    const plain = sentences('The study was large. The drug reduces pain.');
    expect(governedByCondition(plain, 1)).toBe(false);
  });
});

describe('a test’s accuracy', () => {
  it('reads “superior to … for the identification of” and “more accurate than” as accuracy', () => {
    const score = 'a lab score that is superior to troponin alone for the identification of patients at risk';
    expect(claimsTestAccuracy(score, score.indexOf('superior to') + 11, 'superior to')).toBe(true);
    expect(claimsTestAccuracy('it is more accurate than standard analyses', 42, 'more accurate than')).toBe(true);
  });

  it('leaves a treatment’s comparison and a test’s benefit alone', () => {
    const drug = 'the pill is superior to surgery for most patients with back pain';
    expect(claimsTestAccuracy(drug, drug.indexOf('superior to') + 11, 'superior to')).toBe(false);
    const screening = 'the most effective screening tests prevent deaths';
    expect(claimsTestAccuracy(screening, 18, 'most effective')).toBe(false);
  });
});

describe('a benefit limited in size or time in its own sentence (issue #13, efficacy `hedged`)', () => {
  function limited(text: string, claim: string): boolean {
    return limitedInDegree(text, text.indexOf(claim), claim);
  }

  it('reads a word of size on a noun of benefit, a denied panacea and a limit in time', () => {
    expect(limited('The shots give moderate protection and can prevent many cases.', 'can prevent')).toBe(true);
    expect(limited('The gel brings a modest benefit and reduces itching.', 'reduces')).toBe(true);
    expect(limited('The diet is not a panacea, but it lowers blood pressure.', 'lowers')).toBe(true);
    expect(limited('Sham devices reduce pain, at least temporarily.', 'reduce')).toBe(true);
    expect(limited('The brace works for a while.', 'works')).toBe(true);
  });

  it('reads an adverb of degree right before the claim, and “moderately” only before “effective”', () => {
    expect(limited('The spray somewhat reduces congestion.', 'reduces')).toBe(true);
    expect(limited('The cream is moderately effective against acne.', 'effective')).toBe(true);
    expect(limited('Running moderately prolongs life more than walking does.', 'prolongs')).toBe(false);
  });

  it('leaves a size on something other than the benefit, and side effects, alone', () => {
    expect(limited('Moderate exercise reduces the risk of stroke.', 'reduces')).toBe(false);
    expect(limited('The pill cures the infection and has mild side effects.', 'cures')).toBe(false);
    expect(limited('The device is effective for people with limited options.', 'effective')).toBe(false);
  });
});

describe('a claim credited after it to the parties that sell or promote it (issue #13, efficacy `reported_claim`)', () => {
  it('reads “…, say companies that sell the pills” and “…, according to the makers”', () => {
    const sellers = 'Enzyme pills can relieve bloating after meals, say companies that sell the pills.';
    const start = sellers.indexOf('can relieve');
    expect(attributedToProponents(sellers, start, start + 'can relieve'.length)).toBe(true);
    const makers = 'The band cures motion sickness, according to the makers.';
    expect(attributedToProponents(makers, makers.indexOf('cures'), makers.indexOf(' motion'))).toBe(true);
  });

  it('leaves a claim credited to researchers, and a company named before the claim, alone', () => {
    const researchers = 'Surgery improves survival, researchers said Tuesday.';
    expect(attributedToProponents(researchers, researchers.indexOf('improves'), researchers.indexOf(' survival'))).toBe(
      false,
    );
    const issuer = 'Acme says its new patch cures warts.';
    expect(attributedToProponents(issuer, issuer.indexOf('cures'), issuer.indexOf(' warts'))).toBe(false);
  });
});
