import { describe, expect, it } from 'vitest';
import { namedAsBlockedMolecule, namesTarget } from '../../src/language/mention-role.js';
import { inCompanyName } from '../../src/language/organisation-names.js';
import { treatmentMentions } from '../../src/language/treatments.js';
import { buildDocument } from '../../src/prose/document.js';

const mention = (text: string, key: string) => {
  const found = treatmentMentions(buildDocument(text, 'text')).find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no mention of ${key}`);
  return found;
};

describe('words that name something other than a treatment (issue #13: not_a_treatment)', () => {
  it('takes the molecule a drug blocks for its target', () => {
    expect(namesTarget(mention('Drugs that block the protein angiotensin may help.', 'angiotensin'))).toBe(true);
    expect(namesTarget(mention('Medicines that block cell receptors for angiotensin helped.', 'angiotensin'))).toBe(
      true,
    );
    expect(namesTarget(mention('Angiotensin eased the symptoms of shock.', 'angiotensin'))).toBe(false);
  });

  it('takes a word the article names as what a drug blocks for that molecule in every mention (issue #13)', () => {
    const mentionsOf = (text: string, key: string) =>
      treatmentMentions(buildDocument(text, 'text')).filter((candidate) => candidate.key === key);
    expect(
      namedAsBlockedMolecule(
        mentionsOf(
          'Drugs that block the protein angiotensin may help. Combined angiotensin medication therapy reduced admissions.',
          'angiotensin',
        ),
      ),
    ).toBe(true);
    // A hormone given as the treatment is named as a hormone too, and its levels are measured.
    expect(
      namedAsBlockedMolecule(
        mentionsOf('Inhaling the hormone oxytocin eased symptoms. Levels of oxytocin rose.', 'oxytocin'),
      ),
    ).toBe(false);
  });

  it('takes a capitalised word before a company suffix for part of its name', () => {
    expect(inCompanyName(mention('Seamus Kennedy of Hersco Ortho Labs said orthotics help.', 'ortho'))).toBe(true);
    expect(inCompanyName(mention('Ketamine eased depression, said Acme Labs.', 'ketamine'))).toBe(false);
  });
});
