import { describe, expect, it } from 'vitest';
import { namesTarget } from '../../src/language/mention-role.js';
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

  it('takes a capitalised word before a company suffix for part of its name', () => {
    expect(inCompanyName(mention('Seamus Kennedy of Hersco Ortho Labs said orthotics help.', 'ortho'))).toBe(true);
    expect(inCompanyName(mention('Ketamine eased depression, said Acme Labs.', 'ketamine'))).toBe(false);
  });
});
