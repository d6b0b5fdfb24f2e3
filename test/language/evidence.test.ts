import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/prose/document.js';
import {
  identifiesStudy,
  isSupported,
  reportsOwnReview,
  reportsOwnStudy,
  supportFor,
} from '../../src/language/evidence.js';
import type { Sentence } from '../../src/prose/types.js';

function sentenceWith(
  markdown: string,
  phrase: string,
): { document: ReturnType<typeof buildDocument>; sentence: Sentence } {
  const document = buildDocument(markdown, 'markdown');
  const sentence = document.blocks.flatMap((block) => block.sentences).find((item) => item.text.includes(phrase));
  if (!sentence) throw new Error(`no sentence with ${phrase}`);
  return { document, sentence };
}

describe('evidence', () => {
  it('finds a citation in the sentence, paragraph or section', () => {
    const markdown =
      '# Results\n\nIt helped 38% of patients. See [the trial](https://example.org).\n\nIt helped 40% of adults.\n';
    const first = sentenceWith(markdown, '38%');
    expect(isSupported(first.document, first.sentence, 'sentence')).toBe(false);
    expect(isSupported(first.document, first.sentence, 'paragraph')).toBe(true);
    const second = sentenceWith(markdown, '40%');
    expect(isSupported(second.document, second.sentence, 'paragraph')).toBe(false);
    expect(isSupported(second.document, second.sentence, 'section')).toBe(true);
  });

  it('accepts a sentence that refers back to a study cited earlier', () => {
    const markdown =
      'A 2021 trial published in The Lancet tested the drug.\n\nIn the trial, 38% of participants improved.\n';
    const { document, sentence } = sentenceWith(markdown, '38%');
    expect(supportFor(document, sentence)?.kind).toBe('earlier-study');
  });

  it('does not accept a reference back when nothing was cited', () => {
    const { document, sentence } = sentenceWith('In the trial, 38% of participants improved.\n', '38%');
    expect(isSupported(document, sentence)).toBe(false);
  });

  it('finds a study the article identifies anywhere in its body, not only in its lead', () => {
    const story = (last: string): ReturnType<typeof buildDocument> =>
      buildDocument(
        `Jo almost skipped the screening.\n\nToday she is glad.\n\nHer son plays six sports.\n\nIt could become the norm, researchers say.\n\n${last}\n`,
        'markdown',
      );
    const published = story('As they report Thursday in the journal Science, more work is needed.');
    expect(reportsOwnStudy(published)).toBe(false);
    expect(identifiesStudy(published)).toBe(true);
    expect(identifiesStudy(story('The new study is small.'))).toBe(true);
    expect(identifiesStudy(story('More work is needed.'))).toBe(false);
  });

  it('tells a review from the studies it included', () => {
    expect(
      reportsOwnReview(buildDocument('This review included 12 trials.\n\nStudies found mixed results.\n', 'markdown')),
    ).toBe(true);
    expect(
      reportsOwnReview(buildDocument('A new trial tested the drug.\n\nStudies found mixed results.\n', 'markdown')),
    ).toBe(false);
  });
});
