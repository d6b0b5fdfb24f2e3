import { describe, expect, it } from 'vitest';
import { creditSpans, isCreditLine } from '../src/prose/credits.js';
import { roleOfParagraph } from '../src/prose/roles.js';

/** The credited text of each span. */
function credits(text: string): string[] {
  return creditSpans(text).map(([start, end]) => text.slice(start, end));
}

describe('image credits', () => {
  it('reads a name or handle joined to a picture agency', () => {
    expect(credits('maria lopez / Getty Images')).toEqual(['maria lopez / Getty Images']);
    expect(credits('sunnyphotos/iStock/Thinkstock')).toEqual(['sunnyphotos/iStock/Thinkstock']);
    expect(credits('Enlarge this image toggle caption lenswork/Getty Images')).toEqual(['lenswork/Getty Images']);
    expect(credits('Enlarge this image toggle caption Ann Bell/Getty Images')).toEqual(['Ann Bell/Getty Images']);
    expect(credits('by kazuto ( STUDIO K )—Getty Images/Flickr RF')).toEqual([
      'by kazuto ( STUDIO K )—Getty Images/Flickr',
    ]);
  });

  it('stops at the sentence before the credit', () => {
    expect(credits('A nurse checks a chart. Ann Bell/Shutterstock')).toEqual(['Ann Bell/Shutterstock']);
  });

  it('reads the name after a credit lead', () => {
    expect(credits('(Photo by Jenna Marlowe)')).toEqual(['Photo by Jenna Marlowe']);
    expect(credits('Image credit: Tomasz Wrobel, Science Photo Library')).toEqual(['Image credit: Tomasz Wrobel']);
  });

  it('leaves agencies named without a credit, and other credits, alone', () => {
    expect(credits('LONDON (Reuters) - A blood test beat current methods.')).toEqual([]);
    expect(credits('A Reuters/Ipsos poll found most people agree.')).toEqual([]);
    expect(credits('Families can claim tax credits: a relief for many.')).toEqual([]);
    expect(credits('The patients were treated for 12 weeks.')).toEqual([]);
  });

  it('takes a paragraph of credits alone for a caption', () => {
    expect(isCreditLine('maria lopez / Getty Images')).toBe(true);
    expect(isCreditLine('Enlarge this image toggle caption lenswork/Getty Images lenswork/Getty Images')).toBe(true);
    expect(isCreditLine('A nurse checks a chart. Ann Bell/Shutterstock')).toBe(false);
    expect(roleOfParagraph('sunnyphotos/iStock/Thinkstock')).toBe('caption');
    expect(roleOfParagraph('The study enrolled 40 people, Ann Bell/Reuters reported.')).toBe('body');
  });
});
