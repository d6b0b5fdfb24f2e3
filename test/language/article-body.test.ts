import { describe, expect, it } from 'vitest';
import {
  bodyProseWords,
  carriesReleaseMarks,
  fragmentWords,
  isArticleFragment,
  isLongFeature,
  longFeatureWords,
  opensMidArticle,
} from '../../src/language/article-body.js';
import { buildDocument } from '../../src/prose/document.js';

const sentence = 'The researchers followed four hundred adults with asthma for two years in the new trial.'; // 15 words
const article = (paragraphs: number, extra = ''): string =>
  `---\ntitle: Asthma and exercise\n---\n\n${extra}${Array.from({ length: paragraphs }, () => sentence).join('\n\n')}\n`;

describe('article-body', () => {
  it('tells a release by its marks: media contacts, an “About” section on the issuer, an end mark (round 13)', () => {
    const marks = (text: string): boolean => carriesReleaseMarks(buildDocument(text, 'markdown'));
    expect(marks(article(2, 'Media contact: Jo Bloggs, press office\n\n'))).toBe(true);
    expect(marks(`${article(2)}\n## About Acme Therapeutics\n\nAcme makes medicines for the gut.\n`)).toBe(true);
    expect(marks(`${article(2)}\n###\n`)).toBe(true);
    expect(marks(`${article(2)}\n# # #\n`)).toBe(true);
    expect(marks(`${article(2)}\n-30-\n`)).toBe(true);
    // A story or column: no contacts, no issuer's section, no end mark; “About the study” is the subject.
    expect(marks(article(2))).toBe(false);
    expect(marks(`${article(2)}\n## About the study\n\nIt ran for two years.\n`)).toBe(false);
    expect(marks(`${article(2)}\nShe said #3 was her favourite.\n`)).toBe(false);
  });

  it('counts the words of body sentences only', () => {
    expect(bodyProseWords(buildDocument(article(2), 'markdown'))).toBe(30);
  });

  it('leaves out headings, captions, furniture and lines of fewer than four words', () => {
    const extra = '## A long heading about asthma and the lungs of adults\n\nAD\n\nRead more here.\n\n';
    expect(bodyProseWords(buildDocument(article(2, extra), 'markdown'))).toBe(30);
  });

  it('takes a few paragraphs for a fragment and a news story for an article', () => {
    const short = buildDocument(article(Math.floor((fragmentWords - 1) / 15)), 'markdown');
    const whole = buildDocument(article(Math.ceil(fragmentWords / 15) + 1), 'markdown');
    expect(isArticleFragment(short)).toBe(true);
    expect(isArticleFragment(whole)).toBe(false);
  });

  it('takes a long feature to run to longFeatureWords words of body prose', () => {
    const news = buildDocument(article(Math.floor((longFeatureWords - 1) / 15)), 'markdown');
    const feature = buildDocument(article(Math.ceil(longFeatureWords / 15)), 'markdown');
    expect(isLongFeature(news)).toBe(false);
    expect(isLongFeature(feature)).toBe(true);
  });

  it('reads an empty text as a fragment', () => {
    expect(isArticleFragment(buildDocument('', 'markdown'))).toBe(true);
  });
});

describe('opensMidArticle', () => {
  const opening = (first: string): boolean =>
    opensMidArticle(buildDocument(`---\ntitle: Asthma and exercise\n---\n\n${first}\n\n${sentence}\n`, 'markdown'));

  it('reads a text that opens mid-sentence as the later part of a story', () => {
    expect(opening('and the patients who walked every day needed their inhalers less often.')).toBe(true);
  });

  it('reads a first sentence that links to one before it as the later part of a story', () => {
    expect(opening('Also, the inhaler would suit only about a tenth of the patients with asthma.')).toBe(true);
    expect(opening('However, the trial was too small to tell the two groups apart.')).toBe(true);
    expect(opening('But the patients who walked every day needed their inhalers less.')).toBe(true);
  });

  it('reads a first quotation from a speaker met before as the later part of a story', () => {
    expect(opening('“It is hard to treat, and these results are a real step,” he added. “We were surprised.”')).toBe(
      true,
    );
    expect(opening('“Adapting to asthma is part of life,” said Dr. Shear, who directs the clinic.')).toBe(true);
  });

  it('takes an ordinary lede, a quotation with its speaker named in full and a lower-case brand as an opening', () => {
    expect(opening('Adults with asthma who walk every day need their inhalers less, a new study finds.')).toBe(false);
    expect(opening('“There is no precedent for this,” said Dr. Anna R. Shear, a lung specialist.')).toBe(false);
    expect(opening('iPhone apps that track inhaler use helped adults with asthma in a small trial.')).toBe(false);
    expect(opening('Andrew Lee, who has asthma, walks every day before work in the city.')).toBe(false);
  });

  it('reads a text whose dateline lede follows a few blocks down as whole, only out of order', () => {
    expect(
      opening('“But the trial was small,” she says.\n\nOct. 8, 2012 (Boston) -- An asthma drug eased attacks.'),
    ).toBe(false);
  });

  it('skips headings and short furniture before the first sentence of body prose', () => {
    expect(opening('## A deck about asthma\n\nAD\n\nMeanwhile, the inhaler group did no better than the others.')).toBe(
      true,
    );
  });
});
