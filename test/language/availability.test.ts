import { describe, expect, it } from 'vitest';
import {
  findAvailabilityStatements,
  firstAvailabilityStatement,
  type AvailabilityKind,
} from '../../src/language/availability.js';
import { buildDocument } from '../../src/prose/document.js';

const kinds = (sentence: string): AvailabilityKind[] =>
  findAvailabilityStatements(sentence).map((statement) => statement.kind);

/** The sentence of the statement that establishes availability, if any. */
const establishing = (text: string): string | undefined =>
  firstAvailabilityStatement(buildDocument(text, 'markdown'))?.sentence.text;

describe('availability statements', () => {
  it('finds regulatory status through regulatory.ts', () => {
    expect(kinds('The drug was approved by the FDA in 2019.')).toContain('status');
    expect(kinds('Ketamine is not yet approved for depression.')).toContain('status');
    expect(kinds('It is sold over the counter.')).toContain('access');
  });

  it('finds when readers might get it', () => {
    expect(kinds('The test could be available by 2021.')).toContain('timeline');
    expect(kinds('A treatment based on the compound is years away.')).toContain('timeline');
    expect(kinds('The company expects to launch the device next spring.')).toContain('timeline');
    expect(kinds('The team is seeking a commercial partner.')).toContain('timeline');
  });

  it('finds what it costs or who pays', () => {
    expect(kinds('The scan is covered by insurance.')).toContain('cost');
    expect(kinds('Patients pay nothing out of pocket.')).toContain('cost');
    expect(kinds('The drug costs about $40 a month.')).toContain('cost');
    expect(kinds('The Medicare costs of the drugs are about $1960 per injection for aflibercept.')).toContain('cost');
  });

  it('finds where and how readers can get it', () => {
    expect(kinds('The procedure is offered at the university hospital.')).toContain('access');
    expect(kinds('The therapy is now offered in 30 clinics across the state.')).toContain('access');
    expect(kinds('Patients who are interested should ask their doctor about a referral.')).toContain('access');
    expect(kinds('Proton therapy is still not widely available in the U.S.')).toContain('access');
  });

  it('finds how far it is from patients', () => {
    expect(kinds('The device is a prototype.')).toContain('research-stage');
    expect(kinds('The vaccine is in a phase 2 trial.')).toContain('research-stage');
    expect(kinds('The implant has not yet been tested in people.')).toContain('status');
    expect(kinds('The drug is being evaluated in late-stage clinical trials.')).toContain('research-stage');
    expect(kinds('The study sets the stage for clinical trials in humans.')).toContain('research-stage');
    expect(kinds('The test is not currently recommended to diagnose gestational diabetes.')).toContain('status');
  });

  it('does not take the evidence for a word on availability (issue #13)', () => {
    // "More research is needed" and a study's size say how strong the finding is, not when a reader can get it.
    expect(findAvailabilityStatements('More research is needed to confirm the findings.')).toEqual([]);
    expect(findAvailabilityStatements('A larger trial is needed.')).toEqual([]);
    expect(findAvailabilityStatements('The study enrolled 24 patients.')).toEqual([]);
    expect(findAvailabilityStatements('A limitation was the small sample size.')).toEqual([]);
    expect(findAvailabilityStatements('In mice, the compound reversed memory loss.')).toEqual([]);
  });

  it('does not take preclinical evidence for the stage of the treatment (round 30)', () => {
    // "Preclinical studies" is the kind of evidence, as "in mice" is; "the vaccine is preclinical" is its stage.
    expect(findAvailabilityStatements('Preclinical studies showed the vaccine could eradicate tumors.')).toEqual([]);
    expect(findAvailabilityStatements('The team developed a preclinical model of the mutation.')).toEqual([]);
    expect(kinds('The vaccine is still in preclinical development.')).not.toEqual([]);
  });

  it('does not take a publication, a name or a missing alternative for the treatment’s availability', () => {
    expect(findAvailabilityStatements('The results are available online in the journal Aging.')).toEqual([]);
    expect(findAvailabilityStatements('The commentary is also available at the JAMA website.')).toEqual([]);
    expect(kinds('The Maryland Proton Treatment Center opened in 2016.')).not.toContain('access');
    expect(findAvailabilityStatements('There is no approved treatment for the disease.')).toEqual([]);
    expect(findAvailabilityStatements('Most patients die within five years of diagnosis.')).toEqual([]);
  });

  it('does not take a long-titled publication, a name or a clinician’s licence for the treatment’s (round 30)', () => {
    // The subject is the commentary, however long its title and byline before the cue.
    expect(
      findAvailabilityStatements(
        'Related material: The commentary, “Is It as Clear as It Seems?,” by Jane Roe, M.D., of the University of Illinois; and Editor, also is available at the website.',
      ),
    ).toEqual([]);
    expect(
      kinds('Dr. Lee, who leads the Experimental Therapeutics Program at the hospital, said the drug worked.'),
    ).toEqual([]);
    expect(kinds('The drug is experimental.')).toContain('status');
    expect(kinds('Once a licensed healthcare provider authorizes the treatment, patients use it at home.')).toEqual([]);
    expect(kinds('The device is licensed for use in Europe.')).toContain('status');
  });

  it('does not take the options readers already have for the treatment’s availability (round 30)', () => {
    expect(
      findAvailabilityStatements('Treatment options range from over-the-counter pain medications to injections.'),
    ).toEqual([]);
    expect(findAvailabilityStatements('Current FDA-approved treatments fail for millions of people.')).toEqual([]);
    expect(findAvailabilityStatements('The drug worked better than what has been available.')).toEqual([]);
    expect(findAvailabilityStatements('There is a lack of approved options for the disease.')).toEqual([]);
    expect(kinds('The pain medication is sold over the counter.')).toContain('access');
  });
});

describe('the statement that establishes availability', () => {
  it('takes a statement about the article’s treatments wherever it stands', () => {
    const text = 'Ketamine eased depression in a trial.\n\nThe drug could be available within three years.\n';
    expect(establishing(text)).toBe('The drug could be available within three years.');
  });

  it('does not take established use or the phase of a trial alone (issue #13)', () => {
    // "Commonly prescribed" is said of the comparator, or of another use: not whether readers can get it for this one.
    expect(
      establishing('Ketamine eased depression in a trial.\n\nSertraline is commonly prescribed for depression.\n'),
    ).toBeUndefined();
    expect(
      establishing('Ketamine eased depression in a trial.\n\nKetamine is already used to treat other conditions.\n'),
    ).toBeUndefined();
    // A phase 1 trial tells readers the drug is experimental, not whether or when they could get it.
    expect(establishing('Tucatinib shrank tumours in a phase 1 trial of breast cancer.\n')).toBeUndefined();
    expect(
      establishing('Tucatinib shrank tumours in a phase 1 trial.\n\nThe drug is not yet approved by the FDA.\n'),
    ).toBe('The drug is not yet approved by the FDA.');
  });

  it('does not take a statement about the treatments its sentence names, which it cannot see', () => {
    expect(
      establishing('Surgeons tested a new breast reduction.\n\nAt the clinic, we offer an improved technique.\n'),
    ).toBeUndefined();
    expect(findAvailabilityStatements('We offer pulsed radiofrequency to patients.')[0]?.namedOnly).toBe(true);
  });

  it('reads only the article’s own prose, not the company boilerplate', () => {
    const text = [
      'Ketamine eased depression in a trial.',
      '',
      '## About Acme',
      '',
      'Acme launched in 1998 and its products are sold in 40 countries.',
    ].join('\n');
    expect(establishing(text)).toBeUndefined();
  });
});
