import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { articleDates, findDateline, findDates, findNumericDates, parseDate } from '../../src/language/dates.js';
import { buildDocument } from '../../src/prose/document.js';
import { threadCpuMs } from '../../src/pool/thread-cpu.js';

describe('dates', () => {
  it('parses ISO and written dates', () => {
    expect(parseDate('2024-03-01')).toBe(Date.UTC(2024, 2, 1));
    expect(new Date(parseDate('March 3rd, 2024') ?? 0).getFullYear()).toBe(2024);
    expect(parseDate('next week')).toBeUndefined();
  });

  it('finds dates with a month, not bare years', () => {
    expect(findDates('DUBLIN, Dec. 12, 2017 /PRNewswire/ and in 2016 a study').map((date) => date.text)).toEqual([
      'Dec. 12, 2017',
    ]);
    expect(findDates('Last reviewed: 3 March 2024').map((date) => date.text)).toEqual(['3 March 2024']);
  });

  it('finds dates set in capitals, as embargo lines and wire datelines often are', () => {
    const [date] = findDates('EMBARGOED FOR RELEASE: 11 A.M. (ET), THURSDAY, JULY 20, 2017');
    expect(date?.text).toBe('JULY 20, 2017');
    expect(date?.time).toBe(Date.UTC(2017, 6, 20));
    expect(findDates('DUBLIN, DEC. 12, 2017 /PRNewswire/')[0]?.time).toBe(Date.UTC(2017, 11, 12));
    expect(findDates('Results may 2017 differ')).toEqual([]);
  });

  it('takes the newest of the metadata and visible dates', () => {
    const document = buildDocument('---\ndate: 2020-01-01\n---\n\nText.\n\nUpdated 5 May 2022\n', 'markdown');
    const dates = articleDates(document);
    expect(dates.published).toContain('2020-01-01');
    expect(new Date(dates.latest ?? 0).toISOString().slice(0, 10)).toBe('2022-05-05');
  });

  it('shows as the article’s date only a date standing as a date line, not one inside a sentence', () => {
    const shown = (text: string): string | undefined =>
      articleDates(buildDocument(`---\ntitle: T\n---\n\n${text}\n`, 'markdown')).visible?.text;
    expect(shown('Newswise — HOUSTON – (Nov. 8, 2018) A small trial found less pain.')).toBe('Nov. 8, 2018');
    expect(shown('Text.\n\nAn earlier version misspelled a name. (Oct. 25, 2016)')).toBe('Oct. 25, 2016');
    expect(shown('Text.\n\nCorrection appended, Sept. 14, 2015')).toBe('Sept. 14, 2015');
    expect(
      shown('Newswise — Stony Brook, NY – Embargoed for August 4 @ 5:00 PM EST, 2015 – Side sleeping may help.'),
    ).toBe('August 4 @ 5:00 PM EST, 2015');
    // A patient's diagnosis, a regulator's deadline, another report, a study period, a paper's date.
    expect(shown('He was diagnosed with prostate cancer in November 2016.')).toBeUndefined();
    expect(shown('The FDA has assigned a target date of December 19, 2018.')).toBeUndefined();
    expect(shown('In January 2014, Medical News Today reported on a study.')).toBeUndefined();
    expect(shown('On April 9, 2013, James went to hospital.')).toBeUndefined();
    expect(shown('(JAMA Psychiatry. Published online August 5, 2015. doi:10.1001/x)')).toBeUndefined();
    expect(
      shown('Text.\n\n## References\n\nLee A. Scans. The New England Journal of Medicine. Nov. 24, 2016.'),
    ).toBeUndefined();
  });

  it('still counts a date inside a sentence at the top or bottom for `latest`', () => {
    const document = buildDocument('---\ntitle: T\n---\n\nHe was diagnosed in November 2016.\n', 'markdown');
    expect(articleDates(document).visible).toBeUndefined();
    expect(new Date(articleDates(document).latest ?? 0).toISOString().slice(0, 7)).toBe('2016-11');
  });

  it('reads a wire’s date line opening one of the first blocks after a title and highlights', () => {
    const document = buildDocument(
      '---\ntitle: T\n---\n\nHighlight one.\n\nHighlight two.\n\nHighlight three.\n\nNewswise — Washington, DC (December 8, 2016) — A diet may help.\n',
      'markdown',
    );
    expect(articleDates(document).visible?.text).toBe('December 8, 2016');
  });
});

describe('datelines', () => {
  it('finds the datelines of agencies, wire services and newspapers at the start of a block', () => {
    expect(findDateline('TUESDAY, Jan. 11, 2011 (HealthDay News) -- Jane Adrian, 61, saw her parents')?.text).toBe(
      'Jan. 11, 2011',
    );
    expect(findDateline('BOSTON, March 3, 2015 /PRNewswire/ -- A new test')?.text).toBe('March 3, 2015');
    expect(findDateline('10:25 AM PST, November 14, 2010')?.time).toBe(Date.UTC(2010, 10, 14));
    expect(findDateline('Published: 3 March 2024')?.text).toBe('3 March 2024');
    expect(findDateline('Oct. 5, 2010 -- Doctors said')?.text).toBe('Oct. 5, 2010');
  });

  it('reads a release time between the day and the year', () => {
    const [date] = findDates('Stony Brook, NY – Embargoed for August 4 @ 5:00 PM EST, 2015 – Sleeping');
    expect(date?.text).toBe('August 4 @ 5:00 PM EST, 2015');
    expect(date?.time).toBe(Date.UTC(2015, 7, 4));
    expect(findDates('EMBARGOED UNTIL JULY 20 at 11 A.M. ET, 2017')[0]?.time).toBe(Date.UTC(2017, 6, 20));
    expect(findDates('On May 5 he walked 3 miles, 2019 steps')).toEqual([]);
  });

  it('takes an agency dateline without a year, with no time', () => {
    const dateline = findDateline('MONDAY, Jan. 21 (HealthDay News) -- Coffee is popular.');
    expect(dateline?.text).toBe('Jan. 21');
    expect(dateline?.time).toBeUndefined();
  });

  it('leaves dates inside sentences alone', () => {
    expect(findDateline('On April 9, 2013, James Mason was an accident waiting to happen.')).toBeUndefined();
    expect(findDateline('Published online in the journal on Nov. 3, 2015 (with a commentary)')).toBeUndefined();
    expect(findDateline('The study was published on August 5th in the journal.')).toBeUndefined();
    expect(findDateline('In June 2016 (the latest figures) rates fell')).toBeUndefined();
    expect(findDateline('May 3 patients (of 40) had side effects')).toBeUndefined();
  });

  it('counts a dateline below the title, language link, byline and reporter line', () => {
    const source =
      '---\ntitle: Shots\n---\n\n## En Español\n\n## By Amy Norton\n\n## HealthDay Reporter\n\nWEDNESDAY, April 5, 2017 (HealthDay News) -- Text.\n';
    const dates = articleDates(buildDocument(source, 'markdown'));
    expect(dates.dateline?.text).toBe('April 5, 2017');
    expect(new Date(dates.latest ?? 0).toISOString().slice(0, 10)).toBe('2017-04-05');
  });

  it('reads a date in figures with a four-digit year at the article’s top, month first unless it cannot be (round 16)', () => {
    expect(findNumericDates('Heart CT Scans Outperform Stress Tests - 10/26/2015').map((date) => date.time)).toEqual([
      Date.UTC(2015, 9, 26),
    ]);
    expect(findNumericDates('Posted 26/10/2015').map((date) => date.time)).toEqual([Date.UTC(2015, 9, 26)]);
    expect(findNumericDates('Corrected 5/8/15 and 13/13/2015')).toEqual([]);
    const release = buildDocument(
      '---\ntitle: Heart scans outperform stress tests - 10/26/2015\n---\n\nScans spotted clogged arteries.\n',
      'markdown',
    );
    expect(articleDates(release).latest).toBe(Date.UTC(2015, 9, 26));
  });
});

describe("the article's dates in a long paragraph", () => {
  // Finding a block's dates compared each with every date found before it, and each date of an edge
  // block read back from the block's start to ask whether it stands as a date line: both the square
  // of the block's length (a 432 KB paragraph of 8,000 dates took 37 s).
  const paragraphOf = (dates: number) => 'The patient was seen in March 2015 and treated later. '.repeat(dates);
  const cpu = (): number => threadCpuMs() ?? performance.now();
  const fastest = (text: string): number => {
    const document = buildDocument(text, 'text');
    let best = Number.POSITIVE_INFINITY;
    // Thirty readings a run: the thread's CPU clock ticks every 10 ms.
    for (let run = 0; run < 3; run++) {
      const started = cpu();
      for (let reading = 0; reading < 30; reading++) expect(articleDates(document).visible).toBeUndefined();
      best = Math.min(best, cpu() - started);
    }
    return best;
  };

  it('are read in time linear in its length', { timeout: 180_000 }, () => {
    const short = paragraphOf(2000);
    const long = paragraphOf(8000);
    fastest(short);
    const ratio = fastest(long) / fastest(short);
    // Four times the text: linear work takes about four times as long, the square sixteen (the old
    // reading took 24 times as long).
    expect(ratio, `four times the paragraph multiplied the time by ${ratio.toFixed(2)}`).toBeLessThan(8);
  });
});
