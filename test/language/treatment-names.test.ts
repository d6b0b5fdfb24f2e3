import { describe, expect, it } from 'vitest';
import {
  abbreviationAfter,
  generalWordIsNamed,
  nameOccurrences,
  namedProducts,
} from '../../src/language/treatment-names.js';
import { treatmentMentions } from '../../src/language/treatments.js';
import { buildDocument } from '../../src/prose/document.js';

const abbreviation = (text: string, treatment: string): string | undefined => {
  const start = text.indexOf(treatment);
  return abbreviationAfter(text, start, start + treatment.length)?.name;
};

describe('names an article gives its treatments', () => {
  it('takes an abbreviation in brackets whose capitals are the treatment’s initials', () => {
    expect(abbreviation('Spinal cord stimulation (SCS) eases pain.', 'Spinal cord stimulation')).toBe('SCS');
    expect(abbreviation('Platelet-rich plasma (PRP) heals tendons.', 'Platelet-rich plasma')).toBe('PRP');
    expect(abbreviation('High-intensity focused ultrasound (HIFU) works.', 'High-intensity focused ultrasound')).toBe(
      'HIFU',
    );
  });

  it('does not take a brand, a count or initials that reach past the treatment', () => {
    expect(abbreviation('Acetaminophen (Tylenol) eases fever.', 'Acetaminophen')).toBeUndefined();
    expect(abbreviation('Spinal cord stimulation (n=40) eases pain.', 'Spinal cord stimulation')).toBeUndefined();
    expect(abbreviation('Genicular artery embolization (GAE) eases pain.', 'embolization')).toBeUndefined();
  });

  it('takes a product named after a general word, with the kind the word gives it', () => {
    expect(namedProducts('In the study, a device called the MitraClip was used.')).toMatchObject([
      { name: 'MitraClip', kind: 'device' },
    ]);
    expect(namedProducts('The drug, known as 10-1074, may prevent HIV.')).toMatchObject([
      { name: '10-1074', kind: 'drug' },
    ]);
    expect(namedProducts('The new treatment, called HF10™ therapy, uses high frequencies.')).toMatchObject([
      { name: 'HF10', kind: 'procedure' },
    ]);
    expect(namedProducts('For infants, a treatment system called EarWell can reshape the ear.')).toMatchObject([
      { name: 'EarWell', kind: 'device' },
    ]);
  });

  it('does not take a phrase of several capitalised words, a number or a lower-case word', () => {
    expect(namedProducts('A form of treatment called Tinnitus Retraining Therapy is used.')).toEqual([]);
    expect(namedProducts('A drug called 911 is no drug.')).toEqual([]);
    expect(namedProducts('The drug called for caution.')).toEqual([]);
    expect(namedProducts('A marker called CRP rose.')).toEqual([]);
  });

  it('finds a name as a whole word, as written', () => {
    expect(nameOccurrences('SCS helps. The SCS-device and scs and SCSI do not.', 'SCS')).toEqual([
      { start: 0, end: 3 },
    ]);
  });

  it('links a general word to the named treatment said to be it', () => {
    const link = (text: string, general: string, named: string): boolean => {
      const g = text.indexOf(general);
      const n = text.indexOf(named);
      return generalWordIsNamed(text, { start: g, end: g + general.length }, { start: n, end: n + named.length });
    };
    expect(link('Patients who got the active drug, dupilumab, improved.', 'drug', 'dupilumab')).toBe(true);
    expect(
      link('Erenumab, a laboratory-made antibody, is the first drug to prevent migraine.', 'drug', 'Erenumab'),
    ).toBe(true);
    expect(link('Patients on warfarin who took the new drug had fewer strokes.', 'drug', 'warfarin')).toBe(false);
  });

  it('makes mentions of the names wherever the article uses them', () => {
    const keys = (text: string): string[] =>
      treatmentMentions(buildDocument(text, 'markdown')).map((mention) => `${mention.text}:${mention.key}`);
    expect(keys('Spinal cord stimulation (SCS) eases pain.\n\nSCS is reversible.')).toEqual([
      'Spinal cord stimulation:spinal cord stimulation',
      'SCS:spinal cord stimulation',
    ]);
    expect(keys('A device called the MitraClip helped.\n\nThe MitraClip was implanted.')).toEqual([
      'device:device',
      'MitraClip:mitraclip',
      'MitraClip:mitraclip',
    ]);
    // The list reads "PRP injections" itself, so the article's "PRP" keeps that reading.
    expect(keys('Platelet-rich plasma (PRP) is spun blood. PRP injections helped. PRP was safe.')).toEqual([
      'Platelet-rich plasma:platelet rich plasma',
      'PRP injections:prp injection',
    ]);
  });
});
