import { describe, expect, it } from 'vitest';
import { articleDates, findDates, parseDate } from '../../src/language/dates.js';
import { buildDocument } from '../../src/prose/document.js';

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

  it('takes the newest of the metadata and visible dates', () => {
    const document = buildDocument('---\ndate: 2020-01-01\n---\n\nText.\n\nUpdated 5 May 2022\n', 'markdown');
    const dates = articleDates(document);
    expect(dates.published).toContain('2020-01-01');
    expect(new Date(dates.latest ?? 0).toISOString().slice(0, 10)).toBe('2022-05-05');
  });
});
