import { describe, expect, it } from 'vitest';
import { presentsResultsAtMeeting, saysNoPaperYet } from '../../src/language/article-kind.js';
import { findTextCitations, isTitleCased, namesPaperInRunningText } from '../../src/prose/citations.js';
import { buildDocument } from '../../src/prose/document.js';

describe('a paper named in running text', () => {
  it('tells a title-cased title from a sentence-case quote', () => {
    expect(
      isTitleCased('The Sternum-Nipple Distance is Double the Nipple-Inframammary Fold Distance in Macromastia'),
    ).toBe(true);
    expect(
      isTitleCased('Capsaicinoids Enhance Metabolic Rate in Normal Healthy Individuals using a Novel Device'),
    ).toBe(true);
    expect(isTitleCased('This might also improve the efficiency of reporting')).toBe(false);
    expect(isTitleCased('Big News Today')).toBe(false);
  });

  it('reads a title after “paper,” or “study,”, quoted or with where it appears', () => {
    expect(
      namesPaperInRunningText(
        'A recent paper, Capsaicinoids Enhance Metabolic Rate in Normal Healthy Individuals, published in the journal Obesity Open Access discussed the findings.',
      ),
    ).toBe(true);
    expect(
      namesPaperInRunningText(
        'The paper, The Sternum-Nipple Distance is Double the Nipple-Inframammary Fold Distance in Macromastia, is published Ahead-of-Print online in the Annals of Plastic Surgery.',
      ),
    ).toBe(true);
    expect(
      namesPaperInRunningText(
        'For a copy of the study, "Impact of Sleep-Disordered Breathing Treatment on Quality of Life Measures in a Large Clinic-Based Cohort," or to arrange an interview, contact the AASM.',
      ),
    ).toBe(true);
  });

  it('leaves a titled talk, an untitled study and a quote alone', () => {
    expect(
      namesPaperInRunningText(
        'Dr. Lee will present data from the study, "Endoscopic Sleeve Gastroplasty and Laparoscopic Band for Weight Loss: How Do They Compare?" abstract 334, on Saturday.',
      ),
    ).toBe(false);
    expect(namesPaperInRunningText('The study, which followed 500 adults, was published in Radiology.')).toBe(false);
    expect(namesPaperInRunningText('In the study, "we found that the drug works," she said.')).toBe(false);
    expect(namesPaperInRunningText('The paper, Published Today in Our Newsletter, was popular.')).toBe(false);
  });

  it('reads a block opening on a quoted title-cased title, and “published in … under the title”', () => {
    expect(
      namesPaperInRunningText(
        '"Radiomics Based on Adapted Diffusion Kurtosis Imaging Helps to Clarify Most Mammographic Findings." Collaborating with Dr. Lee were Jane Roe and John Doe.',
      ),
    ).toBe(true);
    expect(
      namesPaperInRunningText(
        '"Inhibition of the Unfolded Protein Response Mechanism Prevents Cardiac Fibrosis," PLOS ONE, 2016.',
      ),
    ).toBe(true);
    expect(namesPaperInRunningText('"Pappardelle Magic Mushroom Truffles" prepared by chef Harlan Goldstein.')).toBe(
      false,
    );
    expect(namesPaperInRunningText('“Boyd Haley Should Be Man of the Year,” wrote one reader.')).toBe(false);
    expect(
      namesPaperInRunningText('It was published in Radiology under the title Radiomics Helps Clarify Findings.'),
    ).toBe(true);
  });

  it('reads an author–year parenthetical with a comma before “et al.”', () => {
    expect(findTextCitations('boosted metabolic rate (Chen, et al., 2017).').map((found) => found.text)).toEqual([
      '(Chen, et al., 2017)',
    ]);
    expect(findTextCitations('boosted metabolic rate (Chen et al., 2017).').map((found) => found.text)).toEqual([
      '(Chen et al., 2017)',
    ]);
  });
});

describe('results with no paper yet', () => {
  const noPaper = (text: string): boolean => saysNoPaperYet(buildDocument(text, 'text'));

  it('reads results said to be unpublished, not peer-reviewed, topline or from a press release', () => {
    expect(noPaper('The study is small and has not been peer-reviewed.')).toBe(true);
    expect(noPaper('The results were announced by a press release and have not been peer reviewed by experts.')).toBe(
      true,
    );
    expect(noPaper('Merck said in a release that included only summary “topline” information from the results.')).toBe(
      true,
    );
    expect(noPaper('The company has started two trials but has yet to publish any results.')).toBe(true);
    expect(noPaper('The study’s results will be submitted for publication in the coming weeks.')).toBe(true);
  });

  it('leaves a paper to come in a named journal, and results presented at a meeting', () => {
    expect(noPaper('The study will be published in the July issue of Radiology.')).toBe(false);
    expect(noPaper('The study, presented at the annual meeting, has not yet been published.')).toBe(false);
    expect(noPaper('The study was published in Radiology.')).toBe(false);
  });
});

describe('results presented at a meeting (round 30)', () => {
  const presented = (text: string): boolean => presentsResultsAtMeeting(buildDocument(text, 'text'));

  it('reads a study’s results, data or findings said to be presented at a meeting', () => {
    expect(presented('The data was presented at the American Surgical Association annual meeting in San Diego.')).toBe(
      true,
    );
    expect(presented('The findings were presented at the San Antonio Breast Cancer Symposium.')).toBe(true);
    expect(presented('Results of the trial will be presented Monday at a cardiology congress in Munich.')).toBe(true);
  });

  it('leaves a question or a case presented, and a meeting with nothing presented', () => {
    expect(presented('The question was presented in May at the yearly ACOG meeting.')).toBe(false);
    expect(presented('She presented her case at a town-hall meeting.')).toBe(false);
    expect(presented('The study was discussed at the annual meeting.')).toBe(false);
  });
});

describe('a title set directly after “paper” or “article” (round 21)', () => {
  it('reads a sentence-case or title-case title after the noun with no comma', () => {
    expect(
      namesPaperInRunningText(
        'The study described in the article "Effect of Foeniculum vulgare Mill. (fennel) on menopausal symptoms in postmenopausal women: a randomized, triple-blind, placebo-controlled trial" is one of the first clinical studies to examine fennel.',
      ),
    ).toBe(true);
    expect(
      namesPaperInRunningText(
        'Details of the cases are documented in the paper "Artemisia annua dried leaf tablets treated malaria resistant to ACT and i.v. artesunate: case reports" by an international team.',
      ),
    ).toBe(true);
  });

  it('leaves a speaker’s words after the noun alone', () => {
    expect(
      namesPaperInRunningText(
        'The paper “shows that the question of when a premature infant can survive is complex,” said Dr. Rogers, a pediatrics professor.',
      ),
    ).toBe(false);
    expect(
      namesPaperInRunningText(
        'The authors wrote in the paper "We found that the drug lowered blood pressure in most patients."',
      ),
    ).toBe(false);
    expect(
      namesPaperInRunningText('He called the article "Deeply Flawed And Misleading To Patients," Dr. Rogers said.'),
    ).toBe(false);
  });
});
