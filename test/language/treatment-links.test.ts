import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/prose/document.js';
import { linkedTreatmentKeys } from '../../src/language/treatment-links.js';

const linked = (text: string, key: string): string[] => [...linkedTreatmentKeys(buildDocument(text, 'text'), key)];

describe('treatments the article says are one', () => {
  it('links a treatment to its class or second name by apposition or example', () => {
    expect(linked('Bisoprolol, a beta blocker, eases heart failure.', 'bisoprolol')).toEqual(['beta blocker']);
    expect(linked('Statins such as simvastatin lower cholesterol.', 'simvastatin')).toEqual(['statin']);
    expect(linked('Lipitor is one of a class of drugs called statins.', 'lipitor')).toEqual(['statin']);
  });

  it('does not link a list, a comparison or a general word', () => {
    expect(linked('Doctors use aspirin, bisoprolol or statins.', 'bisoprolol')).toEqual([]);
    expect(linked('Bisoprolol worked better than statins.', 'bisoprolol')).toEqual([]);
    expect(linked('Bisoprolol, a drug for the heart, is cheap.', 'bisoprolol')).toEqual([]);
  });

  it('links a treatment to what it is a part or a form of (main sample)', () => {
    expect(linked('Cannabidiol is a major chemical component of marijuana, she said.', 'marijuana')).toEqual([
      'cannabidiol',
    ]);
    expect(linked('The estradiol patch is a form of hormone therapy.', 'estradiol')).toEqual(['hormone therapy']);
    expect(linked('Cannabidiol helped more than marijuana did.', 'marijuana')).toEqual([]);
  });

  it('links a name to its other name given after a description (tuning6)', () => {
    expect(linked('Zoloft, a daily pill known chemically as sertraline, is cheap.', 'sertraline')).toEqual(['zoloft']);
    expect(linked('Zoloft (generic name: sertraline) eases anxiety.', 'sertraline')).toEqual(['zoloft']);
    expect(linked('Zoloft, a pill known to ease anxiety, beat sertraline.', 'sertraline')).toEqual([]);
  });

  it('links a name given in brackets after "sold as" and the new one a headline calls new (round 13)', () => {
    expect(linked('Doctors approved adalimumab (sold as Humira) for uveitis.', 'humira')).toEqual(['adalimumab']);
    expect(linked('Doctors approved adalimumab (brand name Humira) for uveitis.', 'humira')).toEqual(['adalimumab']);
    const newOne = (headline: string): string[] => [
      ...linkedTreatmentKeys(
        buildDocument(`# ${headline}\n\nThe new drug is rivaroxaban.\n\nIt was tested against warfarin.`, 'markdown'),
        'blood thinner',
      ),
    ];
    expect(newOne('New blood thinner works as well as warfarin')).toEqual(['rivaroxaban']);
    expect(newOne('Blood thinner use rises among older people')).toEqual([]);
  });
});

describe('two names for one class of medicines (round 24)', () => {
  it('links a therapy named by what it gives to the medicines it gives, and a class to its lay name', () => {
    expect(
      linked(
        'Estrogen eased hot flushes. An earlier study of menopausal hormone therapy found more dementia.',
        'estrogen',
      ),
    ).toEqual(['menopausal hormone therapy']);
    expect(linked('Anticoagulants prevent strokes. Blood thinners can cause bleeding.', 'anticoagulant')).toEqual([
      'blood thinner',
    ]);
  });

  it('reads its names from same-class-names.yml, in every form listed there (round 25: the table became data)', () => {
    expect(linked('Oestrogen eased hot flushes. HRT raised the risk of clots.', 'oestrogen')).toEqual(['hrt']);
    expect(linked('Blood-thinners prevent strokes. Anticoagulants can cause bleeding.', 'blood thinner')).toEqual([
      'anticoagulant',
    ]);
  });

  it('does not link a hormone therapy to a medicine it does not give', () => {
    expect(linked('Metformin lowers sugar. Hormone therapy eases hot flushes.', 'metformin')).toEqual([]);
  });
});
