import { describe, expect, it } from 'vitest';
import { deviceFindsOut, isInformingGadget, opensOnTestInstead } from '../../src/language/test-led.js';
import { treatmentMentions } from '../../src/language/treatments.js';
import { buildDocument } from '../../src/prose/document.js';

const testLed = (markdown: string, key: string): boolean => {
  const document = buildDocument(markdown, 'markdown');
  return opensOnTestInstead(document, treatmentMentions(document), key);
};

describe('test-led articles', () => {
  it('reads an article that opens on a test and names a treatment only later as about the test (issue #13)', () => {
    const article = [
      '# A New Check for Heart Problems',
      'After her mother died, Patricia talked to her doctor about how to monitor her own heart health closely.',
      'Her doctor recommended a simple blood test called hs-CRP, a marker for inflammation in the body.',
      'The test is increasingly used as a routine screening tool for patients with one or two risk factors.',
      'In the Jupiter trial, statins cut heart attacks in people with high hs-CRP levels by a large margin.',
    ].join('\n\n');
    expect(testLed(article, 'statin')).toBe(true);
  });

  it('reads a headline that names a test and not the treatment as about the test', () => {
    const article = [
      '# Simple Electrocardiogram Can Tell Major Depression From Bipolar Disorder',
      'An electrocardiogram could help doctors tell the two apart, since treatment with an antidepressant can trigger mania.',
    ].join('\n\n');
    expect(testLed(article, 'antidepressant')).toBe(true);
  });

  it('leaves an article whose headline or lede names the treatment alone', () => {
    const article = [
      '# Statins cut heart attacks in people with inflammation',
      'Statins cut heart attacks in people whose blood test showed high levels of inflammation, a trial finds.',
    ].join('\n\n');
    expect(testLed(article, 'statin')).toBe(false);
    expect(
      testLed(
        '# Acupuncture eases hot flashes\n\nWomen who had acupuncture had fewer hot flashes in a trial.',
        'acupuncture',
      ),
    ).toBe(false);
  });

  it('reads a device that the article says detects or tells apart as a test', () => {
    const finds = (markdown: string, key: string): boolean =>
      deviceFindsOut(treatmentMentions(buildDocument(markdown, 'markdown')), key);
    expect(finds('# A Pocket Malaria Check\n\nThe device detects the parasite in a drop of blood.', 'device')).toBe(
      true,
    );
    expect(finds('# Relief for Tremor\n\nThe device stimulates nerves in the wrist and eases tremor.', 'device')).toBe(
      false,
    );
  });

  it('reads apps and wearables as products that inform rather than treat (round 13)', () => {
    expect(isInformingGadget('app')).toBe(true);
    expect(isInformingGadget('wearables')).toBe(true);
    expect(isInformingGadget('insulin pump')).toBe(false);
    expect(isInformingGadget('artificial pancreas')).toBe(false);
  });
});

describe('a headline whose subject is a test (round 15)', () => {
  it('reads "Test Aids Prostate Cancer Treatment" as about the test, not "Tests show" or a test of a drug', () => {
    const body =
      'A new blood test can help patients decide whether to try costly new drugs or rely on cheaper chemotherapy.';
    expect(testLed(`# Test Aids Prostate Cancer Treatment\n\n${body}`, 'chemotherapy')).toBe(true);
    expect(testLed(`# New Blood Test Guides Cancer Care\n\n${body}`, 'chemotherapy')).toBe(true);
    expect(
      testLed(`# Tests show chemotherapy helps older women\n\nChemotherapy helps older women.`, 'chemotherapy'),
    ).toBe(false);
    expect(testLed(`# Test of new drug shows promise\n\nChemotherapy helps older women.`, 'chemotherapy')).toBe(false);
  });
});
