import { describe, expect, it } from 'vitest';
import {
  drugKindOf,
  findTreatments,
  innStemOf,
  isRegulatedKind,
  presentsAsRemedy,
} from '../../src/language/treatments.js';

const names = (text: string): string[] => findTreatments(text).map((found) => `${found.key}:${found.kind}`);

describe('treatments', () => {
  it('finds drugs from Drugs@FDA, brands and INN stems', () => {
    expect(drugKindOf('lisinopril')).toBe('drug');
    expect(drugKindOf('Spravato')).toBe('drug');
    expect(innStemOf('zorbatinib')).toEqual({ stem: 'tinib', kind: 'drug' });
    expect(innStemOf('exampliximab')?.kind).toBe('biologic');
    expect(drugKindOf('april')).toBeUndefined();
    expect(drugKindOf('cholesterol')).toBeUndefined();
    expect(drugKindOf('copper')).toBeUndefined();
  });

  it('names one treatment for a drug and its infusion', () => {
    expect(names('A ketamine infusion, or ketamine tablets.')).toEqual(['ketamine:drug', 'ketamine:drug']);
  });

  it('tells lifestyle practices from treatments', () => {
    expect(names('Try exercise therapy and intermittent fasting.')).toEqual([
      'exercise:lifestyle',
      'intermittent fasting:lifestyle',
    ]);
    expect(isRegulatedKind('lifestyle')).toBe(false);
    expect(isRegulatedKind('supplement')).toBe(true);
  });

  it('finds supplements, biologics, devices and therapies', () => {
    expect(names('A vitamin D supplement, gene therapy, a TMS device and CBT.')).toEqual([
      'vitamin d:supplement',
      'gene therapy:biologic',
      'tms:device',
      'cbt:psychotherapy',
    ]);
  });

  it('does not make a treatment of "new therapy" or "this treatment"', () => {
    expect(names('The new therapy and this treatment help.')).toEqual([]);
  });

  it('tells a remedy from a passing mention', () => {
    expect(presentsAsRemedy('Many people now use ketamine for depression.')).toBe(true);
    expect(presentsAsRemedy('The drug relieves pain within hours.')).toBe(true);
    expect(presentsAsRemedy('Patients who had taken aspirin were excluded.')).toBe(false);
  });
});
