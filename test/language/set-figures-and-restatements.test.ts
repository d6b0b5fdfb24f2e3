import { describe, expect, it } from 'vitest';
import { identifiesStudy } from '../../src/language/evidence.js';
import { figureSourceOf } from '../../src/language/figure-sources.js';
import {
  describesStudyConduct,
  opensWithRestatement,
  spellsOutExampleFigure,
  tellsHypotheticalCase,
  tellsWorkedExample,
} from '../../src/language/figure-kinds.js';
import { buildDocument } from '../../src/prose/document.js';
import {
  findPopulationCounts,
  findStatistics,
  isNotAHealthFigure,
  isThreshold,
} from '../../src/language/statistics.js';

/** Round 25: figures someone sets rather than finds, counts that are no health figure, and restatements. */

const at = (text: string, figure: string): { start: number; end: number } => {
  const start = text.indexOf(figure);
  return { start, end: start + figure.length };
};
const threshold = (text: string, figure: string): boolean => isThreshold(text, at(text, figure));

describe('statistics: targets, cut-offs and steps (round 25)', () => {
  it('reads a level to be kept or reached as a target', () => {
    expect(threshold('People with diabetes are advised to maintain A1C levels below 7 percent.', '7 percent')).toBe(
      true,
    );
    expect(threshold('Doctors aim to keep the rate of infection under 2 percent.', '2 percent')).toBe(true);
    expect(threshold('About 30 percent of adults keep their weight below target.', '30 percent')).toBe(false);
    expect(threshold('Fewer than 7 percent of adults have diabetes.', '7 percent')).toBe(false);
  });

  it('reads a bound that is the predicate of a “when” clause as a cut-off, not a figure that follows such a clause', () => {
    expect(
      threshold('Aspirin does more good than harm when the 10-year risk is greater than 10 percent.', '10 percent'),
    ).toBe(true);
    expect(threshold('It helps once the risk exceeds 20 percent.', '20 percent')).toBe(true);
    expect(
      threshold(
        'It is common in countries where data is available and more than 2 million are done each year.',
        '2 million',
      ),
    ).toBe(false);
    expect(threshold('When people quit, their risk falls by half within a year.', 'half')).toBe(false);
  });

  it('reads a change that opens the sentence as the subject of its effect as a step', () => {
    expect(threshold('A drop of 1 percent in A1C levels can reduce the risk of complications.', '1 percent')).toBe(
      true,
    );
    expect(threshold('A drop of 30 percent in deaths was seen.', '30 percent')).toBe(false);
    expect(threshold('The drug brought a drop of 1 percent in A1C levels.', '1 percent')).toBe(false);
  });
});

describe('statistics: counts and shares that are no health figure (round 25)', () => {
  it('leaves a count of backers, an audience or sessions run', () => {
    const counts = (text: string): string[] => findPopulationCounts(text).map((found) => found.text);
    expect(counts('More than 3,000 crowdfunders from around the world have backed it.')).toEqual([]);
    expect(counts('The show reaches 2 million viewers in the U.S. each year.')).toEqual([]);
    expect(counts('The clinic runs more than 1,500 sessions per year in the U.S.')).toEqual([]);
    expect(counts('More than 3,000 Americans die of it each year.')).toEqual(['3,000']);
  });

  it('reads a share of one practitioner’s own patients as a caseload', () => {
    const text = 'About half of her patients are older than 65.';
    expect(isNotAHealthFigure(text, at(text, 'half'))).toBe(true);
    const theirs = 'About half of patients are older than 65.';
    expect(isNotAHealthFigure(theirs, at(theirs, 'half'))).toBe(false);
  });
});

describe('figure kinds: worked examples and restatements (round 25)', () => {
  it('reads a sentence that opens with a hypothetical setting its own figure as a worked example', () => {
    expect(
      tellsWorkedExample(
        'If there is a 10 in 1,000 chance you’ll die in the next year, exercising would reduce that chance to 9 in 1,000.',
      ),
    ).toBe(true);
    expect(tellsWorkedExample('Suppose 10 percent of the town catches flu, then 2 percent would need care.')).toBe(
      true,
    );
    expect(tellsWorkedExample('If you smoke, you are 20 times more likely to get lung cancer.')).toBe(false);
    expect(tellsWorkedExample('About 20 percent of adults smoke, if surveys are right.')).toBe(false);
  });

  it('reads a figure that spells out what an example number means', () => {
    const text = 'A hazard rate of 0.90, for example, means a 10 percent reduction in the risk of death.';
    expect(spellsOutExampleFigure(text, at(text, '10 percent'))).toBe(true);
    const plain = 'That means 10 percent of adults are at risk.';
    expect(spellsOutExampleFigure(plain, at(plain, '10 percent'))).toBe(false);
  });

  it('reads “That is,” and “In other words,” as a restatement of the sentence before', () => {
    expect(opensWithRestatement('That is, long-term users have a risk of about a tenth of 1 percent.')).toBe(true);
    expect(opensWithRestatement('In other words, one in three adults falls.')).toBe(true);
    expect(opensWithRestatement('That is a risk of 1 percent.')).toBe(false);
  });

  it('reads “That corresponds to” and “This amounts to” as the figures before worked out again (round 26)', () => {
    expect(opensWithRestatement('That corresponds to a 20 percent relative reduction in risk.')).toBe(true);
    expect(opensWithRestatement('This amounts to about one in 50 adults.')).toBe(true);
    // “That means” often goes on to a consequence with a figure of its own.
    expect(opensWithRestatement('That means 10 percent of adults need the drug.')).toBe(false);
  });
});

describe('evidence: a study published “last week in” a journal (round 25)', () => {
  it('identifies the article’s study by where and when it was published', () => {
    const story = (text: string) => buildDocument(`Jo was ill.\n\n${text}\n`, 'markdown');
    expect(identifiesStudy(story('The results were published last week in Science Translational Medicine.'))).toBe(
      true,
    );
    expect(identifiesStudy(story('The results were published on Monday in Blood.'))).toBe(true);
    expect(identifiesStudy(story('Her book was published last week.'))).toBe(false);
  });
});

describe('figure sources: a relative change said again (round 25)', () => {
  const sourceOf = (markdown: string, needle: string) => {
    const document = buildDocument(markdown, 'markdown');
    const sentence = document.blocks.flatMap((block) => block.sentences).find((found) => found.text.includes(needle));
    if (!sentence) throw new Error(`no sentence with ${needle}`);
    const [figure] = findStatistics(sentence.text);
    if (!figure) throw new Error(`no figure in ${needle}`);
    return figureSourceOf(document, sentence, figure)?.kind;
  };
  const story =
    'A new trial of the scan appears in the journal Radiology.\n\nPeople screened with the scan were 20 percent less likely to die of lung cancer, the researchers reported.\n\n';

  it('reads the study’s relative change said again as its result', () => {
    expect(
      sourceOf(
        `${story}So although a 20 percent reduction in deaths sounds impressive, few lives are saved.\n`,
        'So although',
      ),
    ).toBe('own-study');
  });

  it('does not read a share that repeats the number, or background, as that result', () => {
    expect(sourceOf(`${story}About 20 percent of adults smoke.\n`, 'adults smoke')).toBeUndefined();
    expect(
      sourceOf(`${story}Worldwide, smokers are 20 percent more likely to die each year.\n`, 'Worldwide'),
    ).toBeUndefined();
  });
});

describe('figure kinds: a case imagined for one person (round 25)', () => {
  it('reads an example of one imagined person, or what a report may show them, as imagined', () => {
    expect(tellsHypotheticalCase('For example, she might be 4.4 times more likely to have the condition.')).toBe(true);
    expect(tellsHypotheticalCase('So a patient may see a table showing that she is twice as likely to miscarry.')).toBe(
      true,
    );
    expect(tellsHypotheticalCase('Smokers may be twice as likely to have a stroke.')).toBe(false);
    expect(tellsHypotheticalCase('For example, smokers are twice as likely to have a stroke.')).toBe(false);
  });
});

describe('statistics: a physical quantity in the body (round 25)', () => {
  const notHealth = (text: string, figure: string): boolean => isNotAHealthFigure(text, at(text, figure));
  it('reads a load on a joint, the work of a muscle and the oxygen taken in as no figure about people', () => {
    expect(
      notHealth(
        'The load on their knee joints can be up to five times greater than when walking.',
        'five times greater',
      ),
    ).toBe(true);
    expect(notHealth('It makes muscles work as much as 50 percent harder.', '50 percent')).toBe(true);
    expect(notHealth('The lungs take in about 10 times as much oxygen as usual.', '10 times as')).toBe(true);
    expect(notHealth('Runners are twice as likely to hurt their knees.', 'twice as')).toBe(false);
  });
});

describe('statistics and figure kinds: schedules and screening (round 25)', () => {
  it('reads a schedule compared with the standard as no figure about people', () => {
    const text = 'A once-a-year mammogram, twice as often as the current standard, is best.';
    expect(isNotAHealthFigure(text, at(text, 'twice as'))).toBe(true);
    const people = 'Smokers see a doctor twice as often as non-smokers.';
    expect(isNotAHealthFigure(people, at(people, 'twice as'))).toBe(false);
  });

  it('reads how many of those screened qualified as how a study was run', () => {
    expect(describesStudyConduct('Only about half the patients who were screened qualified for treatment.')).toBe(true);
    expect(describesStudyConduct('Only about half of adults qualified for treatment.')).toBe(false);
  });
});
