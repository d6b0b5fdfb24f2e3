import { describe, expect, it } from 'vitest';
import { namesHarmByForm } from '../../src/build/harm-vocabulary.js';
import { harmVocabulary } from '../../src/language/harm-vocabulary.generated.js';

describe('harm vocabulary (signs, symptoms and adverse events by their clinical form)', () => {
  it('takes words whose ending or prefix names a symptom, sign or disorder', () => {
    for (const word of [
      'tachycardia',
      'hemothorax',
      'neuropathy',
      'hepatotoxicity',
      'arthralgia',
      'thrombocytopenia',
      'hyperkalemia',
      'rhabdomyolysis',
      'dysphagia',
      'keratoses',
    ]) {
      expect(namesHarmByForm(word), word).toBe(true);
    }
  });

  it('leaves out processes, methods, therapies, feelings and names that share those forms', () => {
    for (const word of [
      'diagnosis',
      'prognoses',
      'apoptosis',
      'dialysis',
      'analysis',
      'thrombolysis',
      'homeopathy',
      'osteopathy',
      'empathy',
      'nostalgia',
      'procardia',
      'dysferlin',
      'Tachycardia',
      'itis',
    ]) {
      expect(namesHarmByForm(word), word).toBe(false);
    }
  });

  it('ships the generated words, sorted and distinct', () => {
    expect(harmVocabulary.length).toBeGreaterThan(1000);
    expect(harmVocabulary).toContain('hemothorax');
    expect([...new Set(harmVocabulary)].sort()).toEqual(harmVocabulary);
  });
});
