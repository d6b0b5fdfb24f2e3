import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/prose/document.js';
import {
  bodySpeaks,
  namesDatedBodyStudy,
  namesOccupationThenSpeaker,
  reviewWithinReach,
  sourceWithinReach,
  type Unnamed,
} from '../../src/language/source-reach.js';

/** Whether the sentence holding `phrase` has a followable source of the kind `unnamed` within reach. */
function reached(markdown: string, phrase: string, unnamed: Unnamed, definite = false): boolean {
  const document = buildDocument(markdown, 'markdown');
  const sentence = document.blocks.flatMap((block) => block.sentences).find((item) => item.text.includes(phrase));
  if (!sentence) throw new Error(`no sentence with ${phrase}`);
  return sourceWithinReach(document, sentence, unnamed, definite);
}

describe('sourceWithinReach (a followable source of the right kind next to an unnamed one)', () => {
  it('answers unnamed evidence with a publication next door, not with a person who mentions it', () => {
    const cited = 'Studies show the gel helps. A 2019 trial published in the journal Skin found a benefit.';
    expect(reached(cited, 'Studies show', 'evidence')).toBe(true);
    const spoken = 'Studies show the gel helps. “It is a good gel,” said Dr. Jane Roe, a dermatologist.';
    expect(reached(spoken, 'Studies show', 'evidence')).toBe(false);
  });

  it('answers unnamed people with a named person or a body saying it', () => {
    expect(reached('Experts say the gel helps. It is cheap, Hollis said.', 'Experts say', 'people')).toBe(true);
    expect(
      reached(
        'Experts say women should be screened. The Preventive Services Task Force recommends a test every two years.',
        'Experts say',
        'people',
      ),
    ).toBe(true);
    expect(reached('Experts say the gel helps. It costs ten dollars a tube.', 'Experts say', 'people')).toBe(false);
  });

  it('does not take the study the article reports as the source of the earlier studies set against it', () => {
    const markdown =
      'Earlier studies have found that the gel helps. A small new study published in the journal Skin tested it in older people.';
    expect(reached(markdown, 'Earlier studies', 'evidence')).toBe(false);
    const another =
      'Earlier studies have found that the gel helps. Another study, published in the journal Skin, found it does not.';
    expect(reached(another, 'Earlier studies', 'evidence')).toBe(false);
  });

  it('reaches across a paragraph break only for a publication or a person introduced by role', () => {
    const publication =
      'Many experts say the benefits outweigh the risks.\n\nAn analysis in the New England Journal of Medicine found 100 fractures prevented for each one caused.';
    expect(reached(publication, 'Many experts', 'people')).toBe(true);
    const patient = 'Many experts say the gel is not proven.\n\nThe gel helped her, Jane Hollis said.';
    expect(reached(patient, 'Many experts', 'people')).toBe(false);
    const expert = 'Many experts say the gel is not proven.\n\n“It is not proven,” said Dr. Jane Roe, a dermatologist.';
    expect(reached(expert, 'Many experts', 'people')).toBe(true);
    expect(reached(expert, 'Many experts', 'evidence')).toBe(false);
  });

  it('finds a review that gathered the studies in a sentence next door, in the paragraph or across its break', () => {
    const review = (markdown: string, phrase: string): boolean => {
      const document = buildDocument(markdown, 'markdown');
      const sentence = document.blocks.flatMap((block) => block.sentences).find((item) => item.text.includes(phrase));
      if (!sentence) throw new Error(`no sentence with ${phrase}`);
      return reviewWithinReach(document, sentence);
    };
    expect(
      review(
        'Newer evidence has shown it helps. The authors reviewed all of the available evidence and included 146 studies.',
        'Newer evidence',
      ),
    ).toBe(true);
    expect(review('Evidence suggests it helps.\n\nThe team analyzed 18 studies of coffee.', 'Evidence suggests')).toBe(
      true,
    );
    expect(review('Evidence suggests it helps. The team studied 18 people.', 'Evidence suggests')).toBe(false);
    expect(review('Evidence suggests it helps. A review found no benefit.', 'Evidence suggests')).toBe(false);
  });

  it('finds a review named by the evidence it weighed as a whole, not by the data of its own people', () => {
    const review = (markdown: string, phrase: string): boolean => {
      const document = buildDocument(markdown, 'markdown');
      const sentence = document.blocks.flatMap((block) => block.sentences).find((item) => item.text.includes(phrase));
      if (!sentence) throw new Error(`no sentence with ${phrase}`);
      return reviewWithinReach(document, sentence);
    };
    const panel = (next: string): boolean =>
      review(
        `After ${next}, the panel concluded that the benefits were unproven.\n\nEvidence also suggests harm.`,
        'Evidence also',
      );
    expect(panel('reviewing the data')).toBe(true);
    expect(panel('a review of the available evidence')).toBe(true);
    expect(panel('reviewing the published literature')).toBe(true);
    expect(panel('reviewing the data of 2,000 patients')).toBe(false);
    expect(panel('analyzing the data')).toBe(false);
    expect(panel('reviewing the plans')).toBe(false);
  });
});

describe('named people and bodies that answer unnamed people', () => {
  it('reads a person introduced by an occupation and a full name who then speaks', () => {
    expect(
      namesOccupationThenSpeaker(
        'New Jersey podiatrist Anas Khoury, who has no affiliation with any laser company, says it works.',
      ),
    ).toBe(true);
    expect(namesOccupationThenSpeaker('Physical therapist Jane Roe says it helps.')).toBe(true);
    expect(namesOccupationThenSpeaker('The tourist Paris Hilton went home.')).toBe(false);
    expect(namesOccupationThenSpeaker('Podiatrists say it works.')).toBe(false);
    expect(
      reached(
        'Results have varied, according to doctors who have used the laser. New Jersey podiatrist Anas Khoury says it works.',
        'according to doctors',
        'people',
      ),
    ).toBe(true);
  });

  it('reads a named body as the subject of a verb of view or advice, not of a figure or a place of publication', () => {
    expect(
      bodySpeaks('So when the panel — the U.S. Preventive Services Task Force — recommends against it, it judges.'),
    ).toBe(true);
    expect(bodySpeaks('This year alone, the CDC estimates that 64,000 people have died.')).toBe(false);
    expect(bodySpeaks('The findings, reported in the Canadian Medical Association Journal, give it weight.')).toBe(
      false,
    );
    const across = (next: string): boolean =>
      reached(`Many health experts think that is too much treatment.\n\n${next}`, 'Many health experts', 'people');
    expect(
      across('So when the U.S. Preventive Services Task Force recommends against routine testing, it judges.'),
    ).toBe(true);
    expect(across('This year alone, the CDC estimates that 64,000 people have died.')).toBe(false);
  });
});

describe('a dated study credited to a named body', () => {
  it('reads the year, the study and the body it is credited to', () => {
    expect(
      namesDatedBodyStudy(
        'A 2002 analysis of depression trials conducted by the Agency for Healthcare Research and Quality found a benefit.',
      ),
    ).toBe(true);
    expect(namesDatedBodyStudy('A 2010 study funded by the National Institute of Mental Health found relief.')).toBe(
      true,
    );
    expect(namesDatedBodyStudy('A 2002 analysis of depression trials found a benefit.')).toBe(false);
    expect(namesDatedBodyStudy('An analysis by the Agency for Healthcare Research and Quality found a benefit.')).toBe(
      false,
    );
  });
  it('answers unnamed studies next door', () => {
    const markdown =
      'Other studies have suggested that SAMe can relieve depression. A 2002 analysis of trials conducted by the Agency for Healthcare Research and Quality found a benefit.';
    expect(reached(markdown, 'Other studies', 'evidence')).toBe(true);
  });
});

describe('“the experts” referring back', () => {
  it('answers definite unnamed people with a person named by surname in the paragraph before', () => {
    const markdown =
      '“It dulls the receptors,” Wurtman says. “You respond less.”\n\nThe bottom line, according to the experts? Go slow.';
    expect(reached(markdown, 'The bottom line', 'people', true)).toBe(true);
    expect(reached(markdown, 'The bottom line', 'people', false)).toBe(false);
    const unnamed = 'It dulls the receptors. You respond less.\n\nThe bottom line, according to the experts? Go slow.';
    expect(reached(unnamed, 'The bottom line', 'people', true)).toBe(false);
  });
});
