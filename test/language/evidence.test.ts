import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/prose/document.js';
import { isSupported, supportFor } from '../../src/language/evidence.js';
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
});
