import { describe, expect, it } from 'vitest';
import {
  citesTheirEvidence,
  continuesReportedWork,
  findVagueAttributions,
  namesInstitutionAfter,
  namesMakerAfter,
  saysScarce,
  standsForPeople,
} from '../../src/language/attribution.js';
import { reasonTellsRole, tellsPhysiology, tellsRole } from '../../src/language/claim-clause.js';

const vague = (text: string): string[] => findVagueAttributions(text).map((found) => found.text);
const first = (text: string) => {
  const found = findVagueAttributions(text)[0];
  if (!found) throw new Error(`no attribution in ${text}`);
  return found;
};

describe('evidence said to be thin', () => {
  it('reads “few”, “only a few” and “little” as denying support, not “a few”', () => {
    expect(saysScarce(['only', 'a', 'few'])).toBe(true);
    expect(saysScarce(['very', 'few'])).toBe(true);
    expect(saysScarce(['little'])).toBe(true);
    expect(saysScarce(['a', 'few', 'small'])).toBe(false);
    expect(saysScarce(['some'])).toBe(false);
    expect(vague('Only a few studies show that supplements help.')).toEqual([]);
    expect(vague('Few studies have found a benefit.')).toEqual([]);
    expect(vague('A few small studies suggest that it helps.')).toEqual(['studies suggest']);
  });
});

describe('what an attribution stands in for', () => {
  it('reads the short phrases about people as people, those about reports as written sources', () => {
    expect(standsForPeople(first('Many believe that old age is for resting.'))).toBe(true);
    expect(standsForPeople(first('Critics argue that it fails.'))).toBe(true);
    expect(standsForPeople(first('Experts say it works.'))).toBe(true);
    expect(standsForPeople(first('It works, according to research.'))).toBe(false);
    expect(standsForPeople(first('Studies show it works.'))).toBe(false);
  });
});

describe('people citing their evidence', () => {
  it('finds a study cited by its journal after a verb of citing', () => {
    expect(citesTheirEvidence(', pointing to a study in the Journal of Pain that found less use.')).toBe(true);
    expect(citesTheirEvidence(', citing a 2019 trial published in JAMA.')).toBe(true);
    expect(citesTheirEvidence(' the drug helps, and a study in the Journal of Pain agrees.')).toBe(false);
    expect(citesTheirEvidence(', pointing to anecdotes.')).toBe(false);
  });
});

describe('more of the work just told', () => {
  it('reads “further research … showed” as the same work, not the perfect of background', () => {
    const text = 'Although resistant, further research in the lab showed that the viruses were sensitive.';
    expect(continuesReportedWork(text, first(text))).toBe(true);
    const background = 'Further studies have shown that the virus mutates.';
    expect(continuesReportedWork(background, first(background))).toBe(false);
    const other = 'Other research showed that the virus mutates.';
    expect(continuesReportedWork(other, first(other))).toBe(false);
  });
});

describe('physiology told as background', () => {
  it('reads a verb of physiology on vessels or pathways, past an aside between dashes', () => {
    expect(tellsPhysiology(' that light influences serotonin and epinephrine pathways in the brain')).toBe(true);
    expect(
      tellsPhysiology(' that nitrites — also found in celery, cabbage and spinach — widen blood vessels, but'),
    ).toBe(true);
  });
  it('leaves a claim that ends on a health outcome', () => {
    expect(tellsPhysiology(' they negatively affect brain plasticity and memory')).toBe(false);
    expect(tellsPhysiology(' that the drug widens arteries and cuts heart attacks')).toBe(false);
    expect(tellsPhysiology(' that beta blockers inhibit molecular pathways that promote tumor growth')).toBe(false);
    expect(tellsPhysiology(' that stress may affect colon, lung and prostate cancers')).toBe(false);
  });
  it('reads one signalling structure set against another, whatever the verb (round 17)', () => {
    expect(
      tellsPhysiology(
        ' that the cannabinoid and opioid receptor systems rely on common signaling pathways in the brain, including the reward system',
      ),
    ).toBe(true);
    expect(tellsPhysiology(' that opioid receptors drive addiction in teenagers')).toBe(false);
    expect(tellsPhysiology(' that receptor blockers cut deaths, and pathways matter')).toBe(false);
  });
});

describe('the institution named after “according to …”', () => {
  it('reads a place of work or a body after “at” or “from” as naming the source, not a country or a count', () => {
    expect(namesInstitutionAfter(' at the University of Colorado, there is evidence')).toBe(true);
    expect(namesInstitutionAfter(' from the Mayo Clinic in Minnesota')).toBe(true);
    expect(namesInstitutionAfter(' at Washington University School of Medicine in St. Louis')).toBe(true);
    expect(namesInstitutionAfter(' from the CDC')).toBe(true);
    expect(namesInstitutionAfter(' from the UK.')).toBe(false);
    expect(namesInstitutionAfter(' at several medical centers who took part')).toBe(false);
    expect(namesInstitutionAfter(' in Britain')).toBe(false);
    expect(vague('Now, according to scientists at the University of Colorado, it helps.')).toEqual([]);
    expect(vague('It works, according to research from the UK.')).toEqual(['according to research']);
    expect(vague('It works, according to doctors at several medical centers.')).toEqual(['according to doctors']);
  });
});

describe('a role in how a disease comes about', () => {
  it('reads “plays a role in” as a mechanism or its hypothesis', () => {
    expect(tellsRole(' that inflammation plays a role in the development of breast and other cancers.')).toBe(true);
    expect(tellsRole(' it also plays a role in a range of chronic illnesses, including heart disease.')).toBe(true);
    expect(tellsRole(' that the gut microbes can also play a key role in mood disorders')).toBe(true);
    expect(tellsPhysiology(' that the drugs dampen inflammatory processes that can prompt plaque')).toBe(true);
  });
  it('leaves a role in treating or preventing, and a role told only after the first clause', () => {
    expect(tellsRole(' that the drug has a role in treating depression')).toBe(false);
    expect(tellsRole(' exercise may play a part in preventing falls')).toBe(false);
    expect(tellsRole(' that the drug cuts deaths; stress plays a role in heart disease')).toBe(false);
    expect(tellsRole(' that the drug cuts deaths by a third')).toBe(false);
  });
  it('reads a reason clause before the source that tells a role', () => {
    const text = 'Since magnesium may play a role in calming the nervous system, some researchers believe it helps.';
    expect(reasonTellsRole(text, text.indexOf('some'))).toBe(true);
    const plain = 'Since 2010, some researchers believe it helps.';
    expect(reasonTellsRole(plain, plain.indexOf('some'))).toBe(false);
  });
});

describe('a maker referred back to after “according to”', () => {
  it('reads “by the device’s maker” and “from the company”, not unnamed people', () => {
    expect(namesMakerAfter(' by the device’s maker.')).toBe(true);
    expect(namesMakerAfter(' from the company, which sells it')).toBe(true);
    expect(namesMakerAfter(' by experts')).toBe(false);
    expect(vague('About 400 centers use it, according to reports by the device’s maker.')).toEqual([]);
    expect(vague('About 400 centers use it, according to reports.')).toEqual(['according to reports']);
  });
});
