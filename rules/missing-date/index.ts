import { articleDates } from '../../src/language/dates.js';
import { isArticleFragment } from '../../src/language/article-body.js';
import { anchorOf, articleWordCount } from '../../src/language/metadata.js';
import { defineRule } from '../../src/rule/define-rule.js';

export interface Options {
  /** Report articles whose newest date is older than this many months; 0 turns the check off. */
  maxAgeMonths: number;
  /** The date to measure age against (ISO 8601); defaults to today. Set it to make results reproducible. */
  now?: string;
  /** Pages shorter than this many words are not articles (a bot check, an error page, a teaser). */
  minWords: number;
  /** Texts with fewer words of body prose than this are short: a missing date there is held back as tentative. */
  shortWords: number;
}

const monthMs = (365.25 / 12) * 24 * 60 * 60 * 1000;

export default defineRule<Options>({
  id: 'missing-date',
  scope: 'document',
  docs: {
    summary:
      'Flags an article with metadata that shows no date of publication or review, and optionally one whose newest date is older than a limit.',
    rationale:
      'Medical advice goes out of date: readers need to know when an article was written or last checked to judge whether it still holds. A text with no metadata at all (a plain-language summary lifted from its review, a snippet) is an excerpt whose date lives on the page it came from, so it is left alone.',
    guideline:
      'JAMA benchmarks of Silberg, Lundberg & Musacchio (JAMA 1997;277:1244), “currency”; DISCERN item 5; HONcode principle 4 (date medical pages).',
    howToFix:
      'Add `date:` (published) and `updated:` or `last_reviewed:` to the front matter, `article:published_time` or JSON-LD `datePublished`/`dateModified` to the page, or a visible “Last reviewed” line; review stale articles and update the date.',
  },
  messages: {
    missing: 'Missing date of publication or review, expected front matter `date:` or a visible “Last reviewed” line',
    stale: 'Unexpected date `{date}`, {months} months old, expected a review within `{max}` months',
  },
  tentative:
    'a text with fewer than `shortWords` (150) words of body prose, often a piece a page kept of a story whose date line may have gone with the rest.',
  optionsSchema: {
    type: 'object',
    properties: {
      maxAgeMonths: {
        type: 'integer',
        minimum: 0,
        description: 'Flag articles whose newest date is older than this many months (0: never).',
      },
      minWords: {
        type: 'integer',
        minimum: 0,
        description: 'Skip pages shorter than this many words: a bot check, an error page or a teaser is no article.',
      },
      shortWords: {
        type: 'integer',
        minimum: 0,
        description:
          'A text with fewer words of body prose than this (headlines, captions and furniture not counted) is short: a piece a page kept of a story, which may have lost its date line with the rest, so a finding on it is held back as tentative. Readers of real articles judged many such findings debatable (`truncated_text`).',
      },
      now: {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}',
        description: 'The date to measure age against; defaults to today.',
      },
    },
    additionalProperties: false,
  },
  defaults: { maxAgeMonths: 0, minWords: 50, shortWords: 150 },
  examples: [
    {
      title: 'No date anywhere',
      options: { minWords: 0, shortWords: 0 },
      input: '---\ntitle: Coffee and the heart\n---\n\nCoffee is popular.\n',
      flags: ['title: Coffee and the heart'],
    },
    {
      title: 'A short text with no date (a piece of a story): held back as tentative',
      options: { minWords: 0 },
      input: '---\ntitle: Coffee and the heart\n---\n\nCoffee is popular.\n',
      flags: [],
    },
    {
      title: 'The same text, with `tentative`',
      options: { minWords: 0, tentative: true },
      input: '---\ntitle: Coffee and the heart\n---\n\nCoffee is popular.\n',
      flags: ['title: Coffee and the heart'],
    },
    {
      title: 'A date in the front matter',
      input: '---\ntitle: Coffee\ndate: 2024-03-01\n---\n\nCoffee is popular.\n',
      flags: [],
    },
    {
      title: 'A visible review date',
      input: '---\ntitle: Coffee\n---\n\nCoffee is popular.\n\nLast reviewed: 3 March 2024\n',
      flags: [],
    },
    {
      title: 'A news agency dateline below the byline',
      input:
        '---\ntitle: Coffee\n---\n\n## By Amy Norton\n\n## HealthDay Reporter\n\nMONDAY, Jan. 21 (HealthDay News) -- Coffee is popular.\n',
      flags: [],
    },
    {
      title: 'An embargo line in capitals dates the release',
      input:
        '---\ntitle: Laser treatment for floaters\n---\n\nEMBARGOED FOR RELEASE: 11 A.M. (ET), THURSDAY, JULY 20, 2017\n\nPatients reported fewer floaters.\n',
      flags: [],
    },
    {
      title: 'An embargo line with the release time between the day and the year',
      options: { minWords: 0, shortWords: 0 },
      input:
        '---\ntitle: Sleep and the brain\n---\n\nNewswise — Stony Brook, NY – Embargoed for August 4 @ 5:00 PM EST, 2015 – Sleeping on one’s side may help.\n',
      flags: [],
    },
    {
      title: 'A release headline that ends on its date in figures',
      input:
        '---\ntitle: Heart scans outperform stress tests - 10/26/2015\n---\n\nResults of a head-to-head comparison show that scans of the heart’s vessels spot clogged arteries better than stress tests.\n',
      flags: [],
    },
    {
      title:
        'The only dates are a patient’s diagnosis and the paper’s, inside sentences: no date of the article (round 29)',
      options: { minWords: 0, shortWords: 0 },
      input:
        '---\ntitle: A new scan for prostate cancer\n---\n\nHe was diagnosed with prostate cancer in November 2016.\n\nThe scan found the tumour early. The study was published online March 3, 2017 in The Journal of Urology.\n',
      flags: ['title: A new scan for prostate cancer'],
    },
    {
      title: 'A correction’s date on its own at the foot dates the article',
      options: { minWords: 0, shortWords: 0 },
      input:
        '---\ntitle: A new scan for prostate cancer\n---\n\nThe scan found the tumour early.\n\nAn earlier version of this article misspelled a name. (Oct. 25, 2016)\n',
      flags: [],
    },
    {
      title: 'A date only in the page head',
      format: 'html',
      input:
        '<html><head><meta property="article:published_time" content="2024-03-01"></head><body><h1>Coffee</h1><p>Coffee is popular.</p></body></html>',
      flags: [],
    },
    {
      title: 'A stale article (options maxAgeMonths: 24, now: 2025-06-01)',
      options: { maxAgeMonths: 24, now: '2025-06-01', minWords: 0, shortWords: 0 },
      input: '---\ntitle: Coffee\nupdated: 2021-01-15\n---\n\nCoffee is popular.\n',
      flags: ['title: Coffee'],
    },
    {
      title: 'A page too short to be an article (option minWords)',
      input: '---\ntitle: Are you a robot?\n---\n\nPlease make sure your browser supports JavaScript and cookies.\n',
      flags: [],
    },
    {
      title: 'Plain text without metadata is out of scope',
      format: 'text',
      input: 'Coffee is popular.',
      flags: [],
    },
  ],
  check(document, { options, report }) {
    // A bot check or an error page (“Are you a robot?”) has no article whose date could be missing.
    if (!document.facts.hasMetadata || articleWordCount(document) < options.minWords) return;
    const dates = articleDates(document);
    // A date inside a sentence (a paper's, a study period's, a diagnosis) does not date the article.
    if (!dates.published && !dates.modified && !dates.visible && !dates.dateline) {
      report('missing', anchorOf(document), {}, { tentative: isArticleFragment(document, options.shortWords) });
      return;
    }
    if (options.maxAgeMonths <= 0 || dates.latest === undefined) return;
    const now = options.now ? Date.parse(options.now) : Date.now();
    const months = Math.floor((now - dates.latest) / monthMs);
    if (months > options.maxAgeMonths) {
      const date = new Date(dates.latest).toISOString().slice(0, 10);
      report('stale', anchorOf(document), { date, months, max: options.maxAgeMonths });
    }
  },
});
