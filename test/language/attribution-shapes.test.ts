import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/prose/document.js';
import { sentencesToNamedSpeaker, speaksInPast } from '../../src/language/attribution-shapes.js';
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
});
