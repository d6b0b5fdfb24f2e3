import { describe, expect, it } from 'vitest';
import { authorsSpeak, comparesWithStudyArm, ownedByAuthors, speaksAsAuthors } from '../../src/language/own-voice.js';
import { creditsTeamDiscovery, identifiesStudy, studyCreditTail } from '../../src/language/evidence.js';
import { namesCellsOrAnimals } from '../../src/language/preclinical-result.js';
import { buildDocument } from '../../src/prose/document.js';

const speaks = (markdown: string): boolean => authorsSpeak(buildDocument(markdown, 'markdown'));
const identifies = (markdown: string): boolean => identifiesStudy(buildDocument(markdown, 'markdown'));

describe('the authors’ own voice (round 21)', () => {
  it('is a first-person report of one’s own research', () => {
    expect(speaksAsAuthors('Using TMS, we show that synesthetes display 3-fold lower thresholds.')).toBe(true);
    expect(speaksAsAuthors('We find that recall is attenuated by ~60% in those given doxycycline.')).toBe(true);
    expect(speaksAsAuthors('Here we report that the drug halves relapses.')).toBe(true);
    expect(speaksAsAuthors('Our in vitro, in vivo and clinical data support a role for ERK5.')).toBe(true);
    expect(speaksAsAuthors('In the present study, 20% of patients relapsed.')).toBe(true);
  });

  it('is not any “we” or “our”', () => {
    expect(speaksAsAuthors('We know that diabetes affects 10% of adults.')).toBe(false);
    expect(speaksAsAuthors('We need better drugs for our patients.')).toBe(false);
    expect(speaksAsAuthors('Our bodies need vitamin D, and our understanding is growing.')).toBe(false);
  });

  it('speaks for the whole text only outside quotations and reported speech', () => {
    expect(speaks('We show that the diet halves the loss of neurons in mutant flies.\n')).toBe(true);
    expect(speaks('"We found that 20% had never been tested," said Dr. Jones.\n')).toBe(false);
    expect(speaks('The study was large. We found that it worked, Dr. Jones said.\n')).toBe(false);
    expect(speaks('# We found it\n\nDiabetes affects 10% of adults.\n')).toBe(false);
  });

  it('owns the evidence named just after “our”', () => {
    expect(ownedByAuthors('Our in vitro, in vivo and clinical ')).toBe(true);
    expect(ownedByAuthors('Taken together, our ')).toBe(true);
    expect(ownedByAuthors('Previous ')).toBe(false);
    expect(ownedByAuthors('Our results are new, but other ')).toBe(false);
  });
});

describe('a comparison with an arm of the study (round 21)', () => {
  const at = (text: string, claim: string): boolean =>
    comparesWithStudyArm(text, text.indexOf(claim), text.indexOf(claim) + claim.length);
  it('is a comparison with the controls or a group only one study had', () => {
    expect(at('Outcomes from thrombolysis are better than the controls among patients with DM.', 'better than')).toBe(
      true,
    );
    expect(at('Pain improved more than in the placebo group.', 'improved')).toBe(true);
    expect(at('The drug works better compared with healthy controls.', 'works better')).toBe(true);
  });
  it('is not a comparison with a treatment or with placebo as such', () => {
    expect(at('The drug works better than placebo.', 'works better')).toBe(false);
    expect(at('Surgery is better than physiotherapy for most people.', 'better than')).toBe(false);
  });
});

describe('research as the speaker of a trailing reporting clause (round 21)', () => {
  it('ends a sentence on described research and its verb, in either order', () => {
    expect(studyCreditTail.test('Obesity has doubled since 1980, major global analysis of risk factors reveals')).toBe(
      true,
    );
    expect(
      studyCreditTail.test(
        'This brings the absolute risk up to 1 in 10, reveals new UCL research funded by the Medical Research Council.',
      ),
    ).toBe(true);
    expect(studyCreditTail.test('Coffee cuts deaths, finds a new study in JAMA.')).toBe(true);
    expect(studyCreditTail.test('Drug cuts deaths by a third, a University of Leeds trial shows.')).toBe(true);
  });
  it('is not plural studies, an opening credit, or a clause that is no credit', () => {
    expect(studyCreditTail.test('Aspirin cuts cancer risk, studies find')).toBe(false);
    expect(studyCreditTail.test('A study finds that 2 out of 3 sufferers improve.')).toBe(false);
    expect(studyCreditTail.test('Obesity has doubled, which the research team finds worrying.')).toBe(false);
    expect(studyCreditTail.test('About 30% of adults have it, according to the report of the task force.')).toBe(false);
  });
  it('identifies the study a one-paragraph release reports', () => {
    expect(identifies('Obesity has doubled since 1980, major global analysis of risk factors reveals\n')).toBe(true);
    expect(identifies('Obesity has doubled since 1980.\n')).toBe(false);
  });
  it('reads a team’s discovery as its credit, but does not let it identify a study alone', () => {
    expect(creditsTeamDiscovery('Scientists have identified a diabetes drug which halves the death rate.')).toBe(true);
    expect(
      creditsTeamDiscovery('Scientists including those from Queen’s University have discovered that aspirin works.'),
    ).toBe(true);
    expect(creditsTeamDiscovery('Scientists say the drug halves the death rate.')).toBe(false);
    expect(identifies('Scientists have found that irradiating the polyethylene makes it last longer.\n')).toBe(false);
  });
});

describe('a mutant strain as a lab setting (round 21)', () => {
  it('is “mutants”, not a mutant cancer in people', () => {
    expect(namesCellsOrAnimals('The diet prevents the degeneration of neurons observed in pink1 mutants.')).toBe(true);
    expect(namesCellsOrAnimals('Osimertinib improves survival in EGFR-mutant lung cancer.')).toBe(false);
  });
});
