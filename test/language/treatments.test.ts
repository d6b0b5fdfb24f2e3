import { describe, expect, it } from 'vitest';
import {
  drugKindOf,
  findTreatments,
  innStemOf,
  isRegulatedKind,
  presentsAsRemedy,
  remedyMentions,
} from '../../src/language/treatments.js';
import { buildDocument } from '../../src/prose/document.js';

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

  it('does not take measurements, address pieces, prefixed words or surnames for treatments (issue #13)', () => {
    expect(names('Men with low blood testosterone levels were tired.')).toEqual([]);
    expect(names('Their vitamin D levels and insulin resistance were measured.')).toEqual([]);
    expect(names('HDL-cholesterol rose in non-statin users.')).toEqual([]);
    expect(names('See latimes.com/health/boostershots/story for more.')).toEqual([]);
    expect(names('Ronald Evans, the lead author, said so.')).toEqual([]);
    expect(names('Testosterone gel eases fatigue.')).toEqual(['testosterone:drug']);
  });

  it('makes tests and scans a kind with no licence to state', () => {
    expect(names('A blood test and a CT scan.')).toEqual(['blood test:test', 'ct scan:test']);
    expect(isRegulatedKind('test')).toBe(false);
  });

  it('tells a remedy promoted from one described as research', () => {
    const keys = (text: string): string[] => remedyMentions(buildDocument(text, 'text')).map((found) => found.key);
    expect(keys('Olanzapine relieves psychosis.')).toEqual(['olanzapine']);
    expect(keys('Aripiprazole relieved schizophrenia better than haloperidol.')).toEqual(['aripiprazole']);
    expect(keys('The trial compared aripiprazole with haloperidol for schizophrenia.')).toEqual([]);
    expect(keys('The review found no evidence that folic acid prevents miscarriage.')).toEqual([]);
    expect(keys('In mice, the compound rapamycin reversed memory loss and treated dementia.')).toEqual([]);
    expect(keys('We included 12 trials. In this review, olanzapine relieved psychosis more than placebo.')).toEqual([]);
  });

  it('does not take a treatment the opening reports failing for one the article promotes (issue #13)', () => {
    const keys = (text: string): string[] => remedyMentions(buildDocument(text, 'markdown')).map((found) => found.key);
    const failing =
      '# Omega-3 margarines fail to help in heart study\n\nOmega-3 was shown in earlier studies to prevent heart disease.\n';
    expect(keys(failing)).toEqual([]);
    const later =
      '# Olanzapine eases psychosis\n\nIn another trial, haloperidol failed.\n\nOlanzapine relieved psychosis.\n';
    expect(keys(later)).toEqual(['olanzapine', 'olanzapine']);
    expect(keys('Studies have not shown that beta-carotene supplements prevent heart disease.')).toEqual([]);
  });
});
