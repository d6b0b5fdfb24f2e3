import { describe, expect, it } from 'vitest';
import { disclosuresOf, findCompany, findDisclosures, sponsorCue } from '../../src/language/disclosure.js';
import { buildDocument } from '../../src/prose/document.js';

const cues = (text: string): string[] => findDisclosures(text).map((cue) => `${cue.kind}:${cue.text}`);

describe('disclosure', () => {
  it('finds funding statements in the passive, the active and as labels', () => {
    expect(cues('The study was funded in part by the NIH.')).toEqual(['funding:funded in part by']);
    expect(cues('The Wellcome Trust funded the study.')).toEqual(['funding:funded the study']);
    expect(cues('Funding: Cancer Research UK.')).toEqual(['funding:Funding:']);
    expect(cues('The study was funded, in part, by a foundation.')).toEqual(['funding:funded, in part, by']);
    expect(cues('The authors received no external funding.')).toEqual(['funding:no external funding']);
  });

  it('finds a public funder named as the study’s own attribute', () => {
    expect(cues('A major government study found the scans saved lives.')).toEqual(['funding:government study']);
    expect(cues('An NIH trial of the drug ended early.')).toEqual(['funding:NIH trial']);
  });

  it('finds funders named with help, money received and the maker as funder, in any voice', () => {
    expect(cues('Jeremy Farrar of the Wellcome Trust, which helped fund the trial, said so.')).toEqual([
      'funding:helped fund',
    ]);
    expect(cues('The charity helped to finance the work.')).toEqual(['funding:helped to finance']);
    expect(cues('Dr Bhatnagar, who receives research funds from Xoft, said so.')).toEqual(['funding:funds from']);
    expect(cues('A foundation underwrote the trial.')).toEqual(['funding:underwrote the trial']);
    expect(cues('Sage Therapeutics is the developer of the drug and sponsor of the trials.')).toEqual([
      'funding:sponsor of the trials',
    ]);
    expect(cues('The study, funded in part by manufacturers of CT scanners, found more cancers.')).toEqual([
      'funding:funded in part by',
    ]);
  });

  it('finds conflict-of-interest statements and financial ties', () => {
    expect(cues('The authors declare no competing interests.')).toEqual([
      'interests:declare no',
      'interests:competing interests',
    ]);
    expect(cues('Dr Lee is a paid consultant to Acme.')).toEqual(['interests:is a paid consultant']);
  });

  it('does not take evidence, institutional boasts or pointers elsewhere for disclosure', () => {
    expect(cues('The idea is supported by previous studies.')).toEqual([]);
    expect(cues('The symposium is co-sponsored by ASCO.')).toEqual([]);
    expect(cues('The school is among the top recipients of funding from the NIH.')).toEqual([]);
    expect(cues('Please see the article for financial disclosures and funding.')).toEqual([]);
  });

  it('finds funders named in compounds and in the active voice', () => {
    expect(cues('In the 24-week Acme-funded studies, few side effects were reported.')).toEqual([
      'funding:funded studies',
    ]);
    expect(cues('The taxpayer-funded trial tested chelation.')).toEqual(['funding:funded trial']);
    expect(cues('Researchers of the company-sponsored trial said so.')).toEqual(['funding:sponsored trial']);
    expect(cues('The National Institutes of Health paid for most of the study.')).toEqual([
      'funding:paid for most of the study',
    ]);
    expect(cues('Federal grants helped pay for the work.')).toEqual(['funding:helped pay for the work']);
    expect(cues('Acme, which provided funding for the new study, makes the drug.')).toEqual([
      'funding:provided funding',
    ]);
    expect(cues('Acme agreed to provide the drug free of charge.')).toEqual(['funding:provide the drug free']);
  });

  it('finds a funder of research named with an active verb, a denial of outside money and an equity position', () => {
    expect(cues('The industry-backed organization funds research on the topic.')).toEqual(['funding:funds research']);
    expect(cues('This work received no outside or corporate support, the researchers noted.')).toEqual([
      'funding:received no outside',
    ]);
    expect(cues('Dr Chuttani holds an equity position in Allurion Technologies.')).toEqual([
      'interests:equity position',
    ]);
  });

  it('finds advisory and consulting ties, but not clinical consultations', () => {
    expect(cues('Dr Roe, who previously served as an adviser to Acme, was not involved.')).toEqual([
      'interests:served as an adviser to',
    ]);
    expect(cues('He is an adviser to Acme and serves on its speakers’ bureau.')).toEqual([
      'interests:speakers’ bureau',
      'interests:adviser to',
    ]);
    expect(cues('Hicks consults for a company that hopes to market the test.')).toEqual(['interests:consults for']);
    expect(cues('Palliative care consults for patients reduce hospital stays.')).toEqual([]);
  });

  it('names a funder that makes the product studied', () => {
    expect(findCompany('It was funded by Acme, the maker of the pill.')?.text).toBe('maker of');
    expect(findCompany('It was funded by the National Institutes of Health.')).toBeUndefined();
  });

  it('skips “About <organisation>” sections when reading an article', () => {
    const document = buildDocument(
      '# Study\n\nCoffee drinkers lived longer.\n\n## About the university\n\nIt receives funding from the NIH.\n',
      'markdown',
    );
    expect(disclosuresOf(document)).toEqual({});
  });

  it('finds a company announcing, or a story reporting, its own product or trial', () => {
    const sponsor = (text: string) => sponsorCue(buildDocument(text, 'markdown'));
    expect(sponsor('Johnson & Johnson said its drug, Tremfya, worked better than a rival.')).toEqual({
      text: 'said its drug',
      announcement: false,
    });
    expect(sponsor('The treatment is being developed by French drugmaker Sanofi.')).toEqual({
      text: 'drugmaker',
      announcement: false,
    });
    expect(sponsor('Researchers at Leeds found that the drug helped; the NIH paid for the trial.')).toBeUndefined();
  });

  it('reads a large maker’s product named in the headline as a story on its own product, not one in the body (issue #13)', () => {
    const sponsor = (text: string) => sponsorCue(buildDocument(text, 'markdown'));
    expect(
      sponsor("---\ntitle: Crohn's patients respond to J&J's Stelara in study\n---\n\nThe drug helped.\n"),
    ).toEqual({
      text: "J&J's",
      announcement: false,
    });
    expect(sponsor('# A new Crohn’s drug\n\nIt helped more than drugs such as Abbott’s Humira.\n')).toBeUndefined();
  });

  it('tells a company’s own announcement (a ticker, forward-looking statements, itself in “About”) from a story', () => {
    const sponsor = (text: string) => sponsorCue(buildDocument(text, 'markdown'));
    expect(sponsor('## Forward-looking statements\n\nThis release contains forward-looking statements.')).toEqual({
      text: 'Forward-looking statements',
      announcement: true,
    });
    expect(sponsor('Acme Inc. (NYSE: ACME) today said its drug worked.')?.announcement).toBe(true);
    expect(sponsor('# Trial\n\nThe drug worked.\n\n## About Acme\n\nAcme is a biotech company in Boston.\n')).toEqual({
      text: 'biotech company',
      announcement: true,
    });
    expect(sponsor('Acme, a biotech company in Boston, said its drug worked.')?.announcement).toBe(false);
  });

  it('finds a licensing tie between the researchers and a business, not a professional licence', () => {
    expect(cues('Auxogyn said it had acquired an exclusive license from Stanford University.')).toEqual([
      'interests:exclusive license',
    ]);
    expect(cues('The researchers are licensing development of a commercial test.')).toEqual([
      'interests:are licensing',
    ]);
    expect(cues('The therapy was developed at the NCI and licensed to the company.')).toEqual([
      'interests:licensed to',
    ]);
    expect(cues('Any health care provider who is licensed to prescribe medicine can prescribe it.')).toEqual([]);
    expect(cues('Ask whether your acupuncturist is qualified and licensed.')).toEqual([]);
    expect(cues('The universities have a patent on the test.')).toEqual(['interests:have a patent on']);
    // A company licensing technology in says nothing of the researchers' ties.
    expect(cues('The company has licensed some of its technology from academic centers.')).toEqual([]);
  });

  it('reads a business story on how a company’s shares moved as a story on its own product, and an exchange in a story as no ticker', () => {
    const sponsor = (text: string) => sponsorCue(buildDocument(text, 'markdown'));
    expect(sponsor('The drug cut deaths. Lilly shares jumped as much as 9 percent after the data.')).toEqual({
      text: 'shares jumped',
      announcement: false,
    });
    expect(sponsor('The antibiotic met its goal. The stock closed at $22.89 on the Nasdaq on Friday.')).toEqual({
      text: 'stock closed',
      announcement: false,
    });
    expect(sponsor('Amgen (NASDAQ:AMGN) today announced results.')?.announcement).toBe(true);
    expect(sponsor("The company's share is listed on Nasdaq Stockholm.")?.announcement).toBe(true);
  });
});
