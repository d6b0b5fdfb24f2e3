import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { alignToSource } from '../src/prose/offset-map.js';

describe('alignToSource', () => {
  it('ties a line feed a parser made from CR or CRLF to that CR, not to a later line feed', () => {
    // The HTML parser turns "\r\n\r" into "\n\n" and drops a stray </b>; the second LF used to be
    // tied to the LF after </b>, and every word after it with it (found by the property test).
    const raw = '\r\n\rFreundenberger &amp;</b>\n';
    const { starts } = alignToSource('\n\nFreundenberger &\n', raw, 0);
    expect([...starts.slice(0, 3)]).toEqual([0, 2, 3]);
    expect(raw.slice(starts[2]!, starts[2]! + 14)).toBe('Freundenberger');
  });

  it('gives findings in such HTML the range of their own words', () => {
    const source = '\n<p>\r\n\rFreundenberger &amp;</b>\n<p>';
    const file = lintText(source, { format: 'html', config: { rules: { spelling: 'warn' } } });
    const spelling = file.messages.find((message) => message.ruleId === 'spelling')!;
    const place = spelling.place as { start: { offset: number }; end: { offset: number } };
    expect(source.slice(place.start.offset, place.end.offset)).toBe('Freundenberger');
  });
});
