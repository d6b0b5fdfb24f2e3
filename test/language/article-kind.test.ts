import { describe, expect, it } from 'vitest';
import { articleKinds } from '../../src/language/article-kind.js';
import { buildDocument } from '../../src/prose/document.js';

const kinds = (text: string): Record<string, string> =>
  Object.fromEntries(Object.entries(articleKinds(buildDocument(text, 'text'))).map(([kind, cue]) => [kind, cue.text]));

describe('article kind', () => {
  it('tells research reports and sales pages apart', () => {
    expect(kinds('Researchers followed 20,000 adults for ten years.')).toEqual({ research: 'Researchers' });
    expect(kinds('Book a consultation at our clinic today.')).toEqual({ sales: 'Book a consultation' });
  });

  it('does not read “more research is needed” or a plain description as either', () => {
    expect(kinds('Migraine is a headache disorder. More research is needed.')).toEqual({});
  });
});
