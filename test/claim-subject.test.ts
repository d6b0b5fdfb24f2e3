import { describe, expect, it } from 'vitest';
import { claimLeadIn, claimNamesIntervention } from '../src/language/claim-subject.js';

/** Whether the first occurrence of `claim` in `text` is about an intervention. */
function names(text: string, claim: string, before: string[] = []): boolean {
  const start = text.indexOf(claim);
  if (start < 0) throw new Error(`not found: ${claim}`);
  return claimNamesIntervention(text, { start, end: start + claim.length, text: claim }, before);
}

describe('claim subject (issue #13: an efficacy claim needs an intervention as its subject)', () => {
  it('finds a named treatment, a class noun or a short product name in the lead-in', () => {
    expect(names('Ginger tea relieves nausea.', 'relieves')).toBe(true);
    expect(names('The new device reduces seizures in children.', 'reduces')).toBe(true);
    expect(names('Women who take aspirin cut their risk of stroke.', 'cut')).toBe(true);
    expect(names('Bisphosphonates, sold under several brand names, are highly effective.', 'highly effective')).toBe(
      true,
    );
    expect(names('XR44 improves sleep in shift workers.', 'improves')).toBe(true);
  });

  it('takes an act named by a gerund as a practice', () => {
    expect(names('Extending the interval between doses reduces the risk of infection.', 'reduces')).toBe(true);
    expect(names('We have evidence that lowering inflammation lowers rates of stroke.', 'lowers rates')).toBe(true);
    expect(names('Automatic texting helps ease the stress of chemotherapy.', 'helps')).toBe(true);
  });

  it('reads what an adjective cue praises after it', () => {
    expect(names('This is the single most effective drug we have had.', 'most effective')).toBe(true);
    expect(names('Children benefit from mindfulness training.', 'benefit from')).toBe(true);
  });

  it('resolves a pronoun through the sentences just before', () => {
    expect(names('It works.', 'works', ['The hospital gave the patient the new blood substitute drug.'])).toBe(true);
    expect(names('It works.', 'works', ['The patient walked in on a Tuesday.'])).toBe(false);
    expect(names('It slows body functions.', 'slows', ['Hypothyroidism is common in older women.'])).toBe(false);
  });

  it('finds none for a person, a lifestyle, the body, a disease, criteria or an organisation', () => {
    expect(names('A girl helps herself to a buffet.', 'helps')).toBe(false);
    expect(names('A music legend fights the disease on his farewell tour.', 'fights')).toBe(false);
    expect(names('They have strong muscles, and their lifestyle helps to keep them that way.', 'helps')).toBe(false);
    expect(names('We know that saliva helps us wash away bacteria.', 'helps')).toBe(false);
    expect(names('The new criteria are almost guaranteed to prompt confusion.', 'guaranteed')).toBe(false);
    expect(names('The USPSTF improves care across the country.', 'improves')).toBe(false);
  });

  it('reads the lead-in from the last clause mark, not from a comma', () => {
    const text = 'Fatigue differs; it is temporary, and can be relieved by rest.';
    expect(claimLeadIn(text, text.indexOf('relieved')).text).toBe(' it is temporary, and can be ');
  });
});

describe('claim subject: contractions and quotation marks', () => {
  it('reads “it’s” as a pronoun and a subject inside a closed quotation', () => {
    expect(
      names(
        'A Mediterranean diet helps the heart – and it’s even more effective than a low-fat diet.',
        'more effective than',
      ),
    ).toBe(true);
    expect(names('“Most of the medication options are well tolerated” and effective, she says.', 'effective,')).toBe(
      true,
    );
  });
});

describe('claim subject: the claim’s own words and a subject left out', () => {
  it('reads a class noun inside the claim and takes a claim that opens its sentence as about the article’s topic', () => {
    expect(names('Laughter really is the best medicine', 'the best medicine')).toBe(true);
    expect(names('Reduces pain and improves function, say researchers', 'Reduces pain')).toBe(true);
    expect(names('A girl helps herself to a buffet.', 'helps')).toBe(false);
  });
});

describe('claim subject: a means named after the claim', () => {
  it('takes the means people act through as the intervention', () => {
    expect(names('Individuals can prevent that from happening through a simple solution.', 'can prevent')).toBe(true);
    expect(names('Patients reduce their risk of stroke by taking aspirin daily.', 'reduce')).toBe(true);
    expect(names('Patients reduce their stress by the time they leave the clinic.', 'reduce')).toBe(false);
  });
});

describe('claim subject: a passive claim', () => {
  it('takes a passive claim with no agent as about the article’s intervention, and reads an agent', () => {
    expect(names('Symptoms can be alleviated within minutes.', 'be alleviated')).toBe(true);
    expect(names('Their pain is relieved by the time the bus comes.', 'relieved')).toBe(false);
  });
});
