import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/prose/document.js';
import {
  carriesOnSentenceBefore,
  plainFactBoxItems,
  sourcedFactBoxItems,
  citationBesideParagraph,
  citationsOfSentence,
  clauseInPastTense,
  creditsDatedStudy,
  creditsSourceNamedBefore,
  identifiesStudy,
  isSupported,
  listsSources,
  namesStudy,
  reportsOwnResult,
  isOwnReviewSummary,
  reportsOwnReview,
  reportsOwnStudy,
  studyCreditTail,
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

  it('reads a marker after the full stop as the citation of the sentence it follows, not the next', () => {
    for (const gap of [' ', '']) {
      const markdown = `Around 38% of adults smoke.${gap}[11] About 20% of teenagers vape.\n`;
      const first = sentenceWith(markdown, '38%');
      const second = sentenceWith(markdown, '20%');
      expect(citationsOfSentence(first.document, first.sentence).map((citation) => citation.text)).toEqual(['[11]']);
      expect(isSupported(first.document, first.sentence, 'sentence')).toBe(true);
      expect(isSupported(second.document, second.sentence, 'sentence')).toBe(false);
      expect(isSupported(second.document, second.sentence, 'paragraph')).toBe(true);
    }
  });

  it('counts a source in the sentence just before or after the paragraph, but not one further away', () => {
    const before = sentenceWith(
      'The change is outlined in the American Heart Association 2017 Hypertension Practice Guidelines, a report.\n\nThe share of adults with high blood pressure will rise from 32 percent to 46 percent.\n',
      '32 percent',
    );
    expect(citationBesideParagraph(before.document, before.sentence)?.text).toBe(
      'the American Heart Association 2017 Hypertension Practice Guidelines',
    );
    const after = sentenceWith(
      'One in two women will break a bone.\n\nThat is according to the CDC. It has more.\n',
      'One in two',
    );
    expect(citationBesideParagraph(after.document, after.sentence)?.text).toBe('according to the CDC');
    const published = sentenceWith(
      'Heart disease affects 10 percent of adults.\n\nThe new study appears in Pediatrics.\n',
      '10 percent',
    );
    expect(citationBesideParagraph(published.document, published.sentence)).toBeUndefined();
    const ownFigure = sentenceWith(
      'About 1 in 5 adults has migraine [1].\n\nIt is three times more common in women.\n',
      'three',
    );
    expect(citationBesideParagraph(ownFigure.document, ownFigure.sentence)).toBeUndefined();
    const far = sentenceWith(
      'See [the review](https://example.org). It is long.\n\nOne in two women will break a bone.\n',
      'One in two',
    );
    expect(citationBesideParagraph(far.document, far.sentence)).toBeUndefined();
    const heading = sentenceWith(
      '## See [the review](https://example.org)\n\nOne in two women will break a bone.\n',
      'One',
    );
    expect(citationBesideParagraph(heading.document, heading.sentence)).toBeUndefined();
  });

  it('knows a figure credited to a study the sentence dates', () => {
    expect(creditsDatedStudy('Nearly 19% of women have knee pain, according to a large 2007 study.')).toBe(true);
    expect(creditsDatedStudy('A 2015 government survey found that 30% of adults smoke.')).toBe(true);
    expect(creditsDatedStudy('About 30% of adults smoke, according to a study.')).toBe(false);
    expect(creditsDatedStudy('In 2007, 30% of adults smoked.')).toBe(false);
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
    // A Cochrane summary may open with what the search found.
    expect(reportsOwnReview(buildDocument('We found 14 randomised controlled trials.\n', 'markdown'))).toBe(true);
    expect(reportsOwnReview(buildDocument('We found 3 genes that predict relapse.\n', 'markdown'))).toBe(false);
  });

  it('knows a review by what it pooled, without the word “review”', () => {
    const own = (text: string) =>
      reportsOwnReview(buildDocument(`${text}\n\nStudies found mixed results.\n`, 'markdown'));
    expect(own('The evidence was based on 45 studies, which in total included 9,000 people.')).toBe(true);
    expect(own('Based on nine studies of adults with asthma, the spray appeared to help.')).toBe(true);
    expect(own('This meta-analysis shows that the pill lowers blood pressure.')).toBe(true);
    expect(own('We judged the four included trials to be of low quality.')).toBe(true);
    expect(own('The evidence is current to March 2019.')).toBe(true);
    // One study, however large, pools nothing.
    expect(own('The trial was based on 400 patients at six hospitals.')).toBe(false);
    expect(own('A new study of 400 patients found the pill lowers blood pressure.')).toBe(false);
  });

  it('hears a review’s own summary speak for it', () => {
    const summary = (text: string) => isOwnReviewSummary(buildDocument(`${text}\n`, 'markdown'));
    expect(summary('The evidence was based on 45 studies. The cream worked better than placebo.')).toBe(true);
    expect(summary('This meta-analysis shows that the pill lowers blood pressure.')).toBe(true);
    expect(summary('We judged the four included trials to be of low quality.')).toBe(true);
    expect(summary('A meta-analysis published today found that the pill lowers blood pressure.')).toBe(false);
  });
});

describe('own-study results told in the past tense', () => {
  const figure = (text: string, value: string) => {
    const start = text.indexOf(value);
    return { start, end: start + value.length };
  };

  it('reads the tense of the clause that holds the figure', () => {
    const died = '21 percent of stented patients had died after four years.';
    expect(clauseInPastTense(died, ...(Object.values(figure(died, '21 percent')) as [number, number]))).toBe(true);
    const affects = 'Depression affects about 20 percent of people.';
    expect(clauseInPastTense(affects, ...(Object.values(figure(affects, '20 percent')) as [number, number]))).toBe(
      false,
    );
    // Another clause's past tense is not the figure's.
    const split = 'The trial was small; heart defects account for 30% of deaths.';
    expect(clauseInPastTense(split, ...(Object.values(figure(split, '30%')) as [number, number]))).toBe(false);
    // A relative clause says who is counted, not when.
    const relative = 'People who had a stroke are 30% more likely to fall.';
    expect(clauseInPastTense(relative, ...(Object.values(figure(relative, '30%')) as [number, number]))).toBe(false);
    // The present perfect tells how things stand now, as background is told.
    const perfect = 'Taxes have resulted in a 14 percent decrease in smoking.';
    expect(clauseInPastTense(perfect, ...(Object.values(figure(perfect, '14 percent')) as [number, number]))).toBe(
      false,
    );
    // A figure glossed in parentheses belongs to the clause around it.
    const gloss = "Nine children (22 percent) didn't respond to the diet.";
    expect(clauseInPastTense(gloss, ...(Object.values(figure(gloss, '22 percent')) as [number, number]))).toBe(true);
    // What occurred in each arm, what a device proved or failed to do, and what the team concluded are observed too.
    for (const [text, value] of [
      ['Two or more falls occurred in 12 and 15 percent, respectively.', '15 percent'],
      ['The new splint proved to have 40 percent fewer slips than the old one.', '40 percent'],
      ['They concluded that early surgery is linked to a 20% lower risk of relapse.', '20%'],
      ['In about one in 250 operations, the pump failed to work.', 'one in 250'],
    ] as const) {
      expect(clauseInPastTense(text, ...(Object.values(figure(text, value)) as [number, number]))).toBe(true);
    }
  });

  it('are results when the article introduces a study anywhere in its body', () => {
    const markdown =
      'Tea is popular.\n\nMany people drink it.\n\nSome drink it cold.\n\nOthers add milk.\n\n' +
      'About 10 percent of the students had an abnormal EKG.\n\nHeart disease affects 10 percent of adults.\n\n' +
      'The new study was published in Pediatrics.\n';
    const past = sentenceWith(markdown, 'abnormal EKG');
    expect(reportsOwnResult(past.document, past.sentence, figure(past.sentence.text, '10 percent'))).toBe(true);
    const present = sentenceWith(markdown, 'affects');
    expect(reportsOwnResult(present.document, present.sentence, figure(present.sentence.text, '10 percent'))).toBe(
      false,
    );
  });

  it('are results when their block continues a sentence about the study', () => {
    const markdown =
      'The study of a million patients found that those taking statins had:\n\n' +
      'a 22 percent lower risk of dying from lung cancer,\n\nand a 30 percent lower risk of dying from colon cancer.\n\n' +
      'Heart disease affects 10 percent of adults.\n';
    const item = sentenceWith(markdown, '22 percent');
    expect(reportsOwnResult(item.document, item.sentence, figure(item.sentence.text, '22 percent'))).toBe(true);
    const later = sentenceWith(markdown, '30 percent');
    expect(reportsOwnResult(later.document, later.sentence, figure(later.sentence.text, '30 percent'))).toBe(true);
    const background = sentenceWith(markdown, 'affects');
    expect(
      reportsOwnResult(background.document, background.sentence, figure(background.sentence.text, '10 percent')),
    ).toBe(false);
  });

  it('are results when their sentence adds to one about the study (“Also, …”)', () => {
    const markdown =
      'A new study followed 165 cooled infants.\n\n' +
      'In this cohort, poor outcomes are lower (34 per cent). Also, the palsy is milder and seven out of ten can walk.\n\n' +
      'Epilepsy is common. Also, one in ten adults has a seizure.\n';
    const added = sentenceWith(markdown, 'seven out of ten');
    expect(added.sentence.text).toMatch(/^Also,/u);
    expect(reportsOwnResult(added.document, added.sentence, figure(added.sentence.text, 'seven out of ten'))).toBe(
      true,
    );
    const background = sentenceWith(markdown, 'one in ten');
    expect(
      reportsOwnResult(background.document, background.sentence, figure(background.sentence.text, 'one in ten')),
    ).toBe(false);
  });

  it('are results when their sentence carries on one about the study (“And for 78% of those patients”)', () => {
    const markdown =
      'A new trial tested the drug.\n\n' +
      'In the trial, the drug shrank tumours in 40% of patients. And for 78% of those patients, the response held.\n\n' +
      'Doctors were pleased. And 20% of adults smoke.\n\n' +
      'The authors speculate that use fell. Counselling has brought a 14 percent decrease in smoking.\n';
    const same = sentenceWith(markdown, '78%');
    expect(reportsOwnResult(same.document, same.sentence, figure(same.sentence.text, '78%'))).toBe(true);
    const unrelated = sentenceWith(markdown, '20% of adults');
    expect(reportsOwnResult(unrelated.document, unrelated.sentence, figure(unrelated.sentence.text, '20%'))).toBe(
      false,
    );
    // A story's relative figure beside its study's may be a background trend.
    const trend = sentenceWith(markdown, '14 percent');
    expect(
      reportsOwnResult(trend.document, trend.sentence, {
        ...figure(trend.sentence.text, '14 percent'),
        relative: true,
      }),
    ).toBe(false);
  });

  it('are results when a review summary gives a relative effect beside its result', () => {
    // The background that opens a review's summary, before the review speaks for itself, is not its result.
    const markdown =
      'Heart disease is common. Smoking increases the risk by about 50%.\n\n' +
      'This updated review of 13 trials found the pair worked better. Adding aspirin increases bleeding by about 50%.\n';
    const relative = sentenceWith(markdown, 'Adding aspirin');
    expect(
      reportsOwnResult(relative.document, relative.sentence, {
        ...figure(relative.sentence.text, '50%'),
        relative: true,
      }),
    ).toBe(true);
    const background = sentenceWith(markdown, 'Smoking increases');
    expect(
      reportsOwnResult(background.document, background.sentence, {
        ...figure(background.sentence.text, '50%'),
        relative: true,
      }),
    ).toBe(false);
  });

  it('are results when their sentence introduces the study and its finding, whatever its tense', () => {
    const markdown =
      'People who eat walnuts are 20 percent less likely to die, a new study in JAMA finds.\n\n' +
      'Heart disease kills 1 in 4 Americans.\n\n' +
      'Researchers at McMaster have developed a vaccine against chlamydia, which affects 113 million people.\n';
    const disease = sentenceWith(markdown, 'chlamydia');
    expect(reportsOwnResult(disease.document, disease.sentence, figure(disease.sentence.text, '113 million'))).toBe(
      false,
    );
    const lede = sentenceWith(markdown, 'walnuts');
    expect(reportsOwnResult(lede.document, lede.sentence, figure(lede.sentence.text, '20 percent'))).toBe(true);
    const background = sentenceWith(markdown, '1 in 4');
    expect(reportsOwnResult(background.document, background.sentence, figure(background.sentence.text, '1 in 4'))).toBe(
      false,
    );
  });

  it('read a list item glossed in parentheses after a colon with the clause before the colon', () => {
    const list = 'The fall in deaths broke down by cancer: oesophageal cancer (60%), stomach cancer (58%)';
    const at = list.indexOf('60%');
    expect(clauseInPastTense(list, at, at + 3)).toBe(true);
    const unglossed = 'The trial was small: heart defects account for 30% of deaths.';
    const at30 = unglossed.indexOf('30%');
    expect(clauseInPastTense(unglossed, at30, at30 + 3)).toBe(false);
  });

  it('read a verbless elaboration after a colon with the clause before it', () => {
    const range =
      'Hospital stays shortened only a little, however: from 6.1 days in 2001 to 5.8 in 2009, or 5 percent.';
    const at = range.indexOf('5 percent');
    expect(clauseInPastTense(range, at, at + 9)).toBe(true);
    const own = 'The survey was large: most adults report 20% more screen time than a decade ago.';
    const at20 = own.indexOf('20%');
    expect(clauseInPastTense(own, at20, at20 + 3)).toBe(false);
  });

  it('know more past-tense verbs of outcome, but not inside a relative clause', () => {
    const ended = 'Of 500,000 men, 3 percent ended up with heart failure.';
    expect(clauseInPastTense(ended, ended.indexOf('3 percent'), ended.indexOf('3 percent') + 9)).toBe(true);
    const included = 'Side effects included headache (21 percent) and rash (9 percent).';
    expect(clauseInPastTense(included, included.indexOf('21 percent'), included.indexOf('21 percent') + 10)).toBe(true);
    const trying = 'About 35 percent of smokers are trying to quit.';
    expect(clauseInPastTense(trying, trying.indexOf('35 percent'), trying.indexOf('35 percent') + 10)).toBe(false);
    const who = 'Smokers who got counselling are 40 percent less likely to die early.';
    expect(clauseInPastTense(who, who.indexOf('40 percent'), who.indexOf('40 percent') + 10)).toBe(false);
  });

  it('are results when the study’s researchers are credited in the sentence, or the study demonstrated them', () => {
    const markdown =
      'A new study of hip fractures appears in the journal Bone.\n\n' +
      'Falls at home will cause 40,000 fractures a year, the researchers estimated.\n\n' +
      'The trial, run at six clinics in Ohio, also demonstrated a 30% drop in falls.\n\n' +
      'Hip fractures affect 1 in 3 older women, experts say.\n';
    const team = sentenceWith(markdown, '40,000');
    expect(reportsOwnResult(team.document, team.sentence, figure(team.sentence.text, '40,000'))).toBe(true);
    const shown = sentenceWith(markdown, '30% drop');
    expect(reportsOwnResult(shown.document, shown.sentence, figure(shown.sentence.text, '30%'))).toBe(true);
    const condition = sentenceWith(
      markdown + '\nResearchers say the drug is a step forward for a condition that affects 8 million Britons.\n',
      '8 million',
    );
    expect(reportsOwnResult(condition.document, condition.sentence, figure(condition.sentence.text, '8 million'))).toBe(
      false,
    );
    const relative = sentenceWith(
      markdown + '\nAround 9 million Britons have hair loss, which U.K.-based researchers said can cause distress.\n',
      '9 million',
    );
    expect(reportsOwnResult(relative.document, relative.sentence, figure(relative.sentence.text, '9 million'))).toBe(
      false,
    );
    const experts = sentenceWith(markdown, '1 in 3');
    expect(reportsOwnResult(experts.document, experts.sentence, figure(experts.sentence.text, '1 in 3'))).toBe(false);
  });

  it('are results when the next sentence goes on from them and credits the study’s team', () => {
    const markdown =
      'A new study of knee surgery appears in the journal Joint.\n\n' +
      'Keyhole repair can restore full movement in 64 percent of patients. However, it fails in some, researchers report.\n\n' +
      'Knee pain affects 1 in 4 adults. The researchers report that surgery helped.\n';
    const lede = sentenceWith(markdown, '64 percent');
    expect(reportsOwnResult(lede.document, lede.sentence, figure(lede.sentence.text, '64 percent'))).toBe(true);
    const background = sentenceWith(markdown, '1 in 4');
    expect(reportsOwnResult(background.document, background.sentence, figure(background.sentence.text, '1 in 4'))).toBe(
      false,
    );
  });

  it('are results when the team speaks of its own findings', () => {
    const markdown =
      'A new study of knee surgery appears in the journal Joint.\n\n' +
      '"Our findings show that keyhole repair restores movement in 64 percent of patients," said Jo Bloggs.\n';
    const quote = sentenceWith(markdown, '64 percent');
    expect(reportsOwnResult(quote.document, quote.sentence, figure(quote.sentence.text, '64 percent'))).toBe(true);
  });

  it('are results when a sentence gives the next row of the result before it (the same measure)', () => {
    const markdown =
      'A new study of walking speed appears in the journal Gait.\n\n' +
      'People walking faster than 1.2 metres a second had a 91% chance of living ten years, the researchers found. ' +
      'Those walking slower than 0.6 metres a second have a 52% chance of living ten years. ' +
      'Heart disease kills 1 in 4 adults.\n';
    const row = sentenceWith(markdown, '52%');
    expect(reportsOwnResult(row.document, row.sentence, figure(row.sentence.text, '52%'))).toBe(true);
    const background = sentenceWith(markdown, '1 in 4');
    expect(reportsOwnResult(background.document, background.sentence, figure(background.sentence.text, '1 in 4'))).toBe(
      false,
    );
  });

  it('read a sentence cut after “vs.” with the head it was cut from', () => {
    const markdown =
      'A new study compared two operations.\n\nMore banded patients needed repeat surgery (13 percent vs. 2 percent).\n';
    const tail = sentenceWith(markdown, '2 percent)');
    expect(tail.sentence.text).toBe('2 percent).');
    expect(reportsOwnResult(tail.document, tail.sentence, figure(tail.sentence.text, '2 percent'))).toBe(true);
  });

  it('are not results in an article that reports no study', () => {
    const markdown = 'Tea is popular.\n\nAbout 10 percent of the students had an abnormal EKG.\n';
    const { document, sentence } = sentenceWith(markdown, 'abnormal EKG');
    expect(reportsOwnResult(document, sentence, figure(sentence.text, '10 percent'))).toBe(false);
  });
});

describe('source lists in a paragraph', () => {
  it('are a “Source:” label followed by a name', () => {
    const box = buildDocument(
      '• 11% of adults take antidepressants. • Only 30% get well. Sources: CDC; NIMH\n',
      'markdown',
    );
    expect(listsSources(box.blocks[0]!)).toBe(true);
    const prose = buildDocument('The sources: of stress are many, and 30% of adults feel it.\n', 'markdown');
    expect(listsSources(prose.blocks[0]!)).toBe(false);
  });
});

describe('named studies and sources named just before', () => {
  it('name a study by its title or acronym, not by a kind of study', () => {
    expect(namesStudy('The European Randomized Study of Screening for Prostate Cancer suggested a 20% fall.')).toBe(
      true,
    );
    expect(namesStudy("In the Nurses' Health Study, 20% of women smoked.")).toBe(true);
    expect(namesStudy('In the PLCO trial, 20% of men were screened.')).toBe(true);
    expect(namesStudy('A New Study Finds 20% Fewer Deaths')).toBe(false);
    expect(namesStudy('A large Phase III Trial found 20% fewer deaths.')).toBe(false);
    expect(namesStudy('An HIV study found 20% fewer infections.')).toBe(false);
  });

  it('credit a figure to the study or journal the sentence before names (“It says …”)', () => {
    const markdown =
      'A review in the January issue of Archives of Pediatrics took a different tack. It says that risks are less than 1 percent.\n\n' +
      'Doctors disagree. It says that risks are less than 1 percent.\n';
    const document = buildDocument(markdown, 'markdown');
    expect(creditsSourceNamedBefore(document.blocks[0]!.sentences[1]!)).toBe(true);
    expect(creditsSourceNamedBefore(document.blocks[1]!.sentences[1]!)).toBe(false);
  });
  it('reads a sentence that takes a part of the figure before it as going on with it', () => {
    expect(carriesOnSentenceBefore('Of that, CMA alone can detect 7 percent of those.')).toBe(true);
    expect(carriesOnSentenceBefore('Among them, a third had surgery.')).toBe(true);
    expect(carriesOnSentenceBefore('The test finds 7 percent of those.')).toBe(true);
    expect(carriesOnSentenceBefore('The test finds 7 percent of those who have autism.')).toBe(false);
    expect(carriesOnSentenceBefore('Of course, 7 percent of adults smoke.')).toBe(false);
  });

  it('sources a fact box whose items are each a heading with the sources line that closes it', () => {
    const document = buildDocument(
      'A long paragraph.\n\n## Heart Facts Number of adults with heart failure: 5.7 million\n\n## Deaths each year: 292,000\n\n## Lifetime risk at age 40: 20%\n\n## Patients waiting:3,000\n\nPrice of the device: $80,000 Sources: UNOS; American Heart Association\n\n## Survival at two years: 58%\n\nMore prose.\n',
      'markdown',
    );
    expect([...sourcedFactBoxItems(document)].sort()).toEqual([1, 2, 3, 4]);
    // Headings that are no labelled figure, or a run not closed by a sources line, are no such box.
    const plain = buildDocument(
      '## Deaths each year: 292,000\n\n## Lifetime risk at age 40: 20%\n\nPrice of the device: $80,000\n\n## How the pump works\n\nSources: UNOS; American Heart Association\n',
      'markdown',
    );
    expect(sourcedFactBoxItems(plain).size).toBe(0);
  });

  it('reads “this small, ongoing study” as the reported study, but not “the conclusion of several studies”', () => {
    const markdown =
      'A new study of a migraine treatment appears in the journal Headache.\n\n' +
      'Early findings suggest a single treatment can cut migraine pain by about 35 percent, according to this small, ongoing study.\n\n' +
      'There is little dispute over the conclusion of several studies that statins can lower the risk by as much as 50 percent.\n\n' +
      'The new trial looked at a type of lung cancer, which accounts for about 20% of lung cancers.\n';
    const figure = (text: string, value: string) => ({
      start: text.indexOf(value),
      end: text.indexOf(value) + value.length,
    });
    const own = sentenceWith(markdown, 'ongoing');
    expect(reportsOwnResult(own.document, own.sentence, figure(own.sentence.text, '35 percent'))).toBe(true);
    const several = sentenceWith(markdown, 'several studies');
    expect(reportsOwnResult(several.document, several.sentence, figure(several.sentence.text, '50 percent'))).toBe(
      false,
    );
    const condition = sentenceWith(markdown, 'accounts for');
    expect(reportsOwnResult(condition.document, condition.sentence, figure(condition.sentence.text, '20%'))).toBe(
      false,
    );
  });

  it('finds a fact box of short plain paragraphs closed by a sources line, apart from bullet boxes', () => {
    const document = buildDocument(
      'A long paragraph about bone health that runs on, and on, with many words in it, more than a fact box item would ever hold, so that it is clearly the body of the article rather than the box that follows it. It has several sentences. It goes on.\n\nAbout half of women over 50 will break a bone.\n\nMen are twice as likely to die after a hip fracture.\n\nBone density declines with age. Sources: National Osteoporosis Foundation\n\nAbout 30% of adults walk daily.\n',
      'markdown',
    );
    expect([...plainFactBoxItems(document)].sort()).toEqual([1, 2]);
    expect(sourcedFactBoxItems(document).size).toBe(0);
    // A sources label inside a sentence, with prose running on after it, closes no box.
    const running = buildDocument(
      'About half of women over 50 will break a bone.\n\nThe report, whose sources: Many, were listed in a long appendix that nobody read, and which went on for a long while about methods, data, caveats and limitations of every kind, came out in May and was widely cited.\n',
      'markdown',
    );
    expect(plainFactBoxItems(running).size).toBe(0);
  });
});

describe('a sentence that ends by crediting a study (round 20)', () => {
  it('reads “…, study finds” at the end as a credit to one study', () => {
    expect(studyCreditTail.test('Peanut allergy treatment helps 2 out of 3 sufferers, study finds')).toBe(true);
    expect(studyCreditTail.test('Drug cuts deaths by a third, a new trial shows.')).toBe(true);
    expect(studyCreditTail.test('Aspirin cuts cancer risk, studies find')).toBe(false);
    expect(studyCreditTail.test('A study finds that 2 out of 3 sufferers improve.')).toBe(false);
  });
});
