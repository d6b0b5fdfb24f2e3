import { describe, expect, it } from 'vitest';
import { limitedAfter } from '../../src/language/claim-context.js';

/** The end offset of `cue` in `sentence`. */
const endOf = (sentence: string, cue: string) => sentence.indexOf(cue) + cue.length;

describe('a claim weighed later in its sentence', () => {
  it('reads a cost set against the benefit as a limit, as it reads a harm', () => {
    for (const sentence of [
      "New drugs for hepatitis C can cure, but they're expensive, so insurers check that patients take them.",
      'The implant can cure the condition, but it is costly.',
      'The pill eases pain, but it costs a lot.',
    ])
      expect(limitedAfter(sentence, endOf(sentence, sentence.includes('eases') ? 'eases' : 'cure')), sentence).toBe(
        true,
      );
  });

  it('does not read a further benefit or an unrelated clause as a limit', () => {
    const further = 'The pill eases pain, but also lowers the risk of falls.';
    expect(limitedAfter(further, endOf(further, 'eases'))).toBe(false);
    const plain = 'New drugs for hepatitis C can cure the infection in most people.';
    expect(limitedAfter(plain, endOf(plain, 'cure'))).toBe(false);
  });
});
