import { describe, expect, it } from 'vitest';
import { hasReferenceList } from '../../src/language/reference-list.js';
import { citationsOfSentence } from '../../src/language/evidence.js';
import { buildDocument } from '../../src/prose/document.js';

const article = (body: string) => buildDocument(`---\ntitle: Test\n---\n\n${body}\n`, 'markdown');
const markers = (body: string): string[] =>
  article(body)
    .facts.citations.filter((citation) => citation.kind === 'numeric-marker')
    .map((citation) => citation.text);

const notes =
  '1 Patterns of Glaucoma Medication Adherence over Four Years of Follow-Up, Newman-Casey, et al. Ophthalmology, 2015.\n\n' +
  '2 Adherence and persistence with glaucoma therapy, Schwartz, et al, Survey of Ophthalmology, Nov. 2008';

describe('bare note numbers that flattened superscripts leave', () => {
  const body =
    'But studies show that many patients do not take eye drops as directed due to factors such as arthritis. 1 Some studies show that half of patients stop after a year. 2';

  it('reads a bare number after a full stop as a marker when the article numbers a note with it', () => {
    expect(markers(`${body}\n\n${notes}`)).toEqual(['1', '2']);
    const document = article(`${body}\n\n${notes}`);
    expect(hasReferenceList(document)).toBe(true);
    const first = document.blocks.find((block) => block.text.startsWith('But'))!.sentences[0]!;
    expect(citationsOfSentence(document, first).map((citation) => citation.text)).toEqual(['1']);
  });

  it('reads none without the notes, or for a number the notes do not hold', () => {
    expect(markers(body)).toEqual([]);
    expect(markers(`Most were treated. 3 Patients died within a year.\n\n${notes}`)).toEqual([]);
  });

  it('reads no count that opens a sentence or a number inside one', () => {
    expect(markers(`Some had surgery. 2 patients left the trial, and 1 died.\n\n${notes}`)).toEqual([]);
    expect(markers(`The dose was raised to 2 tablets. It helped.\n\n${notes}`)).toEqual([]);
  });
});
