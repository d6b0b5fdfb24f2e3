import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/prose/document.js';
import { overturnedNext, sentencesToNamedSpeaker, speaksInPast } from '../../src/language/attribution-shapes.js';
import type { ProseDocument, Sentence } from '../../src/prose/types.js';

function sentenceWith(markdown: string, phrase: string): { document: ProseDocument; sentence: Sentence } {
  const document = buildDocument(markdown, 'markdown');
  const sentence = document.blocks.flatMap((block) => block.sentences).find((item) => item.text.includes(phrase));
  if (!sentence) throw new Error(`no sentence with ${phrase}`);
  return { document, sentence };
}

describe('attribution shapes (what vague-attribution holds back as tentative)', () => {
  it('counts the sentences to the nearest other sentence naming a speaker, across paragraphs', () => {
    const markdown =
      '“It is a big step,” said Dr. Jane Roe, a surgeon at City Hospital.\n\nThe trial ran for a year.\n\nDoctors say the gel works.\n\nIt costs ten dollars. It is sold in shops. It comes in a tube. Experts say it is safe.';
    const near = sentenceWith(markdown, 'Doctors say');
    expect(sentencesToNamedSpeaker(near.document, near.sentence)).toBe(2);
    const far = sentenceWith(markdown, 'Experts say');
    expect(sentencesToNamedSpeaker(far.document, far.sentence)).toBe(Number.POSITIVE_INFINITY);
    expect(sentencesToNamedSpeaker(far.document, far.sentence, 6)).toBe(6);
  });

  it('finds no speaker in an article that names none', () => {
    const { document, sentence } = sentenceWith('Doctors say the gel works. It is cheap.', 'Doctors say');
    expect(sentencesToNamedSpeaker(document, sentence)).toBe(Number.POSITIVE_INFINITY);
  });

  it('reads unnamed people’s verb in the past tense, not a present state', () => {
    expect(speaksInPast('experts said')).toBe(true);
    expect(speaksInPast('doctors noted')).toBe(true);
    expect(speaksInPast('Experts thought')).toBe(true);
    expect(speaksInPast('experts say')).toBe(false);
    expect(speaksInPast('doctors are convinced')).toBe(false);
  });

  it('reads a view the next sentence overturns, not one it only qualifies or contrasts', () => {
    const overturned = sentenceWith(
      'Some doctors considered IBS a psychological disorder. But that could finally change with a new blood test.',
      'Some doctors',
    );
    expect(overturnedNext(overturned.document, overturned.sentence)).toBe(true);
    const myth = sentenceWith('Many think spurs cause heel pain. In fact, that is a myth.', 'Many think');
    expect(overturnedNext(myth.document, myth.sentence)).toBe(true);
    const qualified = sentenceWith(
      'Proponents say the surgery is more accurate. But that does not necessarily mean outcomes are better.',
      'Proponents',
    );
    expect(overturnedNext(qualified.document, qualified.sentence)).toBe(false);
    const unrelated = sentenceWith('Doctors say it works. The clinic has changed its hours.', 'Doctors');
    expect(overturnedNext(unrelated.document, unrelated.sentence)).toBe(false);
    const last = sentenceWith('Doctors say it works.', 'Doctors');
    expect(overturnedNext(last.document, last.sentence)).toBe(false);
  });
});
