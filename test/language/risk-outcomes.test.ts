import { describe, expect, it } from 'vitest';
import {
  absoluteRiskWords,
  findRelativeEffects,
  isContinuousMeasure,
  relativeOutcomeKeys,
} from '../../src/language/risk.js';

const keysOf = (text: string): string[] => {
  const figure = findRelativeEffects(text)[0];
  if (figure === undefined) throw new Error(`no relative figure in ${text}`);
  return relativeOutcomeKeys(text, figure);
};

describe('risk: the outcome a relative figure is a risk of (round 19)', () => {
  it('reads the outcome after the figure, the words for dying as one', () => {
    expect(keysOf('Those who ate the most were about 11 percent less likely to die.')).toEqual(['death']);
    expect(keysOf('Vaccinated adults were half as likely to develop shingles.')).toEqual(['shingle']);
  });

  it('reads the outcome a risk names before the figure, up to its verb of change', () => {
    expect(keysOf('The risk of death fell by 21% among those taking aspirin.')).toContain('death');
    expect(keysOf('Overall, the risk of strokes was reduced by 55%.')).toEqual(['stroke']);
    expect(keysOf('Their risk for Type 2 diabetes was reduced by 24 percent.')).toEqual(['type', 'diabete']);
  });

  it('reads an event counted as the subject before the figure', () => {
    expect(keysOf('Deaths due to all causes declined by 7 percent.')).toContain('death');
  });
});

describe('risk: absolute figures that count people, for the same outcome elsewhere (round 19)', () => {
  it('reads a share or rate of people with its outcome', () => {
    expect(absoluteRiskWords('Of the 444 women, 318 had died by 2010.')).toContain('died');
    expect(absoluteRiskWords('Each year, 6 in 1,000 vaccinated adults got shingles.')).toContain('shingle');
  });

  it('reads no bare count of events, no share of a difference and no sentence of relative figures', () => {
    expect(absoluteRiskWords('The researchers identified 576 cases of lethal prostate cancer.')).toEqual([]);
    expect(
      absoluteRiskWords('Genetic factors accounted for 35 percent of the difference in cataract progression.'),
    ).toEqual([]);
    expect(
      absoluteRiskWords(
        'Death risk dropped by 10 percent among prostate cancer patients; 30 percent among lung cancer patients.',
      ),
    ).toEqual([]);
  });
});

describe('risk: an improvement in a measure (round 19)', () => {
  const measured = (text: string): boolean[] =>
    findRelativeEffects(text).map((figure) => isContinuousMeasure(text, figure));

  it('reads an improvement in something that is no risk or outcome as a continuous measure', () => {
    expect(
      measured('They enjoyed a 54% improvement in sleep quality and were 27% more likely to return to work.'),
    ).toEqual([true, false]);
    expect(measured('Surgery led to an average 76 percent improvement in the migraine-specific MHI score.')).toEqual([
      true,
    ]);
  });

  it('keeps an improvement in survival, recurrence or a rate of remission a risk', () => {
    expect(measured('The drug was linked with a 32 percent improvement in survival.')).toEqual([false]);
    expect(measured('They had a 27 percent improvement in recurrence.')).toEqual([false]);
    expect(measured('The drug gave a 40 percent improvement in the rate of remission.')).toEqual([false]);
  });
});
