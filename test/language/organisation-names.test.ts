import { describe, expect, it } from 'vitest';
import {
  inAbbreviationList,
  insideOrganisationName,
  standsAsBrandOrCompany,
} from '../../src/language/organisation-names.js';

const inName = (text: string, word: string): boolean => {
  const start = text.indexOf(word);
  return insideOrganisationName(text, start, start + word.length);
};

const inList = (text: string, word: string, treatments: string[] = []): boolean => {
  const start = text.indexOf(word);
  return inAbbreviationList(text, start, start + word.length, (found) => treatments.includes(found));
};

describe('organisation names', () => {
  it('finds a treatment word inside the name of an institute, programme or department (issue #13)', () => {
    expect(
      inName(
        'says David Furman, professor at the Institute for Immunity, Transplantation and Infection at Stanford.',
        'Transplantation',
      ),
    ).toBe(true);
    expect(inName('a consortium with the Scottish Islet Transplant Programme and others', 'Transplant')).toBe(true);
    expect(inName('Jane Doe of the Department of Surgery said so.', 'Surgery')).toBe(true);
  });

  it('leaves a treatment named as one alone', () => {
    expect(inName('Transplantation can transform the lives of patients.', 'Transplantation')).toBe(false);
    expect(inName('Patients who had surgery at the hospital recovered.', 'surgery')).toBe(false);
    expect(inName('For Early Cancer, Lumpectomy Beats Mastectomy for Survival', 'Lumpectomy')).toBe(false);
    expect(inName('Statins were given. Institute staff counted the deaths.', 'Statins')).toBe(false);
  });

  it('reads an abbreviation listed with another field’s abbreviations as theirs, not a treatment', () => {
    expect(inList('the best measures of GDx, HRT and OCT would miss cases', 'HRT')).toBe(true);
    expect(inList('Women on HRT, SERMs or tibolone', 'HRT', ['SERMs'])).toBe(false);
    expect(inList('Women on HRT had fewer fractures.', 'HRT')).toBe(false);
    expect(inList('Women on hormone therapy, DHEA and more', 'hormone')).toBe(false);
  });
});

describe('standsAsBrandOrCompany', () => {
  const stands = (text: string, word: string): boolean => {
    const start = text.indexOf(word);
    return standsAsBrandOrCompany(text, start, start + word.length);
  };

  it('finds a brand before a product noun, and a company after "the company" or "purchased by"', () => {
    expect(stands('counsel patients about the Genecept test', 'Genecept')).toBe(true);
    expect(stands('its genetic test, Genecept Assay, at pharmacies', 'Genecept')).toBe(true);
    expect(stands('his company was purchased by Veracyte, which', 'Veracyte')).toBe(true);
    expect(stands('shares of the company Veracyte rose', 'Veracyte')).toBe(true);
  });

  it('leaves a word where a drug is named, or a lower-case word', () => {
    expect(stands('patients on a thinner like Cumadin bled', 'Cumadin')).toBe(false);
    expect(stands('patients were treated by Cumadin daily', 'Cumadin')).toBe(false);
    expect(stands('the genecept test', 'genecept')).toBe(false);
  });
});
