import { describe, expect, it } from 'vitest';
import { evidenceToCome, findVagueAttributions, pointsAtPapers } from '../../src/language/attribution.js';
import { tellsPhysiology } from '../../src/language/claim-clause.js';
import { buildDocument } from '../../src/prose/document.js';

const first = (text: string) => findVagueAttributions(text)[0]!;

describe('evidence still to come (round 20)', () => {
  it('reads a future verb or work still to be done', () => {
    const hope = 'She is hopeful further studies will confirm these early results.';
    expect(evidenceToCome(hope, first(hope))).toBe(true);
    const future = 'Future studies may show a benefit for the heart.';
    const found = findVagueAttributions(future)[0];
    if (found) expect(evidenceToCome(future, found)).toBe(true);
  });
  it('leaves evidence that exists', () => {
    const past = 'Further studies have shown a benefit for the heart.';
    expect(evidenceToCome(past, first(past))).toBe(false);
    const present = 'Studies suggest the drug helps.';
    expect(evidenceToCome(present, first(present))).toBe(false);
  });
});

describe('a sentence that points at the particular papers (round 20)', () => {
  it('reads a demonstrative standing for a linked paper', () => {
    const coffee =
      'Fewer studies link coffee to dying early, but this classic found a link, while this 2013 paper concluded otherwise.';
    expect(pointsAtPapers(coffee, first(coffee))).toBe(true);
    const list = 'Other studies have found lower risks, like this on stroke and this on heart failure.';
    expect(pointsAtPapers(list, first(list))).toBe(true);
  });
  it('leaves the reported study and unnamed studies alone', () => {
    const own = 'Studies show coffee helps, and this study confirms it.';
    expect(pointsAtPapers(own, first(own))).toBe(false);
    const bare = 'Studies link coffee to dying early.';
    expect(pointsAtPapers(bare, first(bare))).toBe(false);
  });
});

describe('physiology told as background (round 20)', () => {
  it('reads a verb of physiology further into the claim, and a clause ending on a signalling structure', () => {
    expect(
      tellsPhysiology(
        ' that chemicals in green tea called polyphenols are absorbed and alter the energy metabolism in the liver.',
      ),
    ).toBe(true);
    expect(tellsPhysiology(' that SUDs and PTSD share overlapping neurobiological pathways, Back hypothesized …')).toBe(
      true,
    );
  });
  it('leaves a health outcome and a treatment opening arteries', () => {
    expect(tellsPhysiology(' that green tea lowers blood pressure.')).toBe(false);
    expect(tellsPhysiology(' the drug opens blocked arteries.')).toBe(false);
    expect(tellsPhysiology(' that opioid receptors drive addiction.')).toBe(false);
  });
});

describe('page text that is not the article (round 20)', () => {
  it('reads the blocks after a bare “Read more:” as page furniture', () => {
    const document = buildDocument(
      '# Drug eases PTSD\n\nThe drug helped, she said.\n\nRead more:\n\n## Party drug hailed as miracle\n\nAnother story’s dek\n',
      'markdown',
    );
    const roles = document.blocks.map((block) => [block.text, block.role]);
    expect(roles).toContainEqual(['The drug helped, she said.', 'body']);
    expect(roles).toContainEqual(['Read more:', 'furniture']);
    expect(roles).toContainEqual(['Party drug hailed as miracle', 'furniture']);
    expect(roles).toContainEqual(['Another story’s dek', 'furniture']);
  });
  it('leaves “Read more: …” with its link in place as one furniture paragraph', () => {
    const document = buildDocument(
      '# Drug\n\nRead more: Party drug hailed\n\nThe drug helped, she said.\n',
      'markdown',
    );
    expect(document.blocks.find((block) => block.text.startsWith('The drug'))?.role).toBe('body');
  });
  it('marks where an issuer’s “About” section starts inside a body paragraph', () => {
    const document = buildDocument(
      '# Drug\n\n“It’s wonderful,” said Dr. Khera. About UT Southwestern Medical CenterUT Southwestern, one of the premier centers, does groundbreaking work.\n',
      'markdown',
    );
    const block = document.blocks.find((item) => item.text.startsWith('“It'))!;
    expect(block.role).toBe('body');
    expect(block.text.slice(block.boilerplateFrom)).toMatch(/^About UT Southwestern/u);
  });
});
