import { describe, expect, it } from 'vitest';
import { findNamedAttributions, findVagueAttributions } from '../../src/language/attribution.js';

const vague = (text: string): string[] => findVagueAttributions(text).map((found) => found.text);

describe('attribution', () => {
  it('finds claims credited to unnamed evidence or people', () => {
    expect(vague('Research has shown that symptoms ease.')).toEqual(['Research has shown']);
    expect(vague('Recent studies have also shown that it helps.')).toEqual(['Recent studies have also shown']);
    expect(vague('Many scientists claim that it works.')).toEqual(['Many scientists claim']);
    expect(vague('New evidence supports the idea.')).toEqual(['New evidence supports']);
    expect(vague('It is widely believed that sugar causes hyperactivity.')).toEqual(['It is widely believed']);
    expect(vague('Ketamine has been found to be effective.')).toEqual(['has been found to be']);
  });

  it('leaves named and definite sources alone', () => {
    expect(vague('The study shows a small benefit.')).toEqual([]);
    expect(vague('These researchers found no effect.')).toEqual([]);
    expect(vague('Researchers at Oxford found no effect.')).toEqual([]);
    expect(vague('Its effectiveness is found to be over 75%.')).toEqual([]);
  });

  it('finds reported speech attributed to a named person with a role', () => {
    const named = (text: string): number => findNamedAttributions(text).length;
    expect(named('“It works,” said Dr Jane Smith, who led the trial.')).toBe(1);
    expect(named('“It works,” said lead author Jane Smith.')).toBe(1);
    expect(named('According to Professor Lee, the drug helps.')).toBe(1);
    expect(named('Jane Smith, a cardiologist at Leeds, said the results were clear.')).toBe(1);
    expect(named('“It cured my anxiety,” says Sarah.')).toBe(0);
  });
});
