import { describe, expect, it } from 'vitest';
import {
  articleNamesASpeaker,
  closedByNamedFrame,
  closedByPronounFrame,
  inNamedSpeakersReport,
} from '../../src/language/attribution-shapes.js';
import { citedByNamedDocument, publishedByNamedAuthor } from '../../src/language/attribution.js';
import { buildDocument } from '../../src/prose/document.js';

/** The attribution spanning `phrase` in `text`. */
function at(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  return { id: 'studies-show', kind: 'vague' as const, start, end: start + phrase.length, text: phrase };
}

describe('unnamed evidence in a paraphrase whose frame comes after it (round 23)', () => {
  it('reads a pronoun or the study team closing the sentence or set off by commas', () => {
    const closing = 'Previous research has suggested that the devices are underused, she says.';
    expect(closedByPronounFrame(closing, at(closing, 'Previous research has suggested').end)).toBe('person');
    const aside = 'While some studies have shown promise, he says, “the quality of the evidence is not strong.”';
    expect(closedByPronounFrame(aside, at(aside, 'some studies have shown').end)).toBe('person');
    const team = 'Previous studies suggest ginger helps nausea, the researchers said on Monday.';
    expect(closedByPronounFrame(team, at(team, 'Previous studies suggest').end)).toBe('team');
  });
  it('leaves a quote, a frame that does not close its clause and the article’s own voice', () => {
    const quote = '“Studies show it works,” he said.';
    expect(closedByPronounFrame(quote, at(quote, 'Studies show').end)).toBeUndefined();
    const clause = 'Studies show it works, he said that it was cheap and easy to give.';
    expect(closedByPronounFrame(clause, at(clause, 'Studies show').end)).toBeUndefined();
    const plain = 'Studies show that ginger helps nausea.';
    expect(closedByPronounFrame(plain, at(plain, 'Studies show').end)).toBeUndefined();
  });
});

describe('studies a named person found (round 23)', () => {
  it('reads a named person or pronoun finding or reviewing the evidence right before it', () => {
    expect(inNamedSpeakersReport('Charles J. Lockwood found ')).toBe(true);
    expect(inNamedSpeakersReport('She reviewed several ')).toBe(true);
  });
  it('leaves unnamed finders and a finding far from the evidence', () => {
    expect(inNamedSpeakersReport('Researchers found ')).toBe(false);
    expect(inNamedSpeakersReport('Lockwood found that patients did better, and other ')).toBe(false);
  });
});

describe('research cited with a definite document, told after the research (round 23)', () => {
  it('reads “according to research cited with the study”', () => {
    const cited = 'About 1.2 million abortions occur each year, according to research cited with the study.';
    expect(citedByNamedDocument(cited, at(cited, 'according to research'))).toBe(true);
    const report = 'Studies cited in the report show that half of patients relapse.';
    expect(citedByNamedDocument(report, at(report, 'Studies'))).toBe(true);
  });
  it('leaves research cited by unnamed people or cited nowhere', () => {
    const people = 'About 1.2 million abortions occur each year, according to research cited by experts.';
    expect(citedByNamedDocument(people, at(people, 'according to research'))).toBe(false);
    const bare = 'About 1.2 million abortions occur each year, according to research.';
    expect(citedByNamedDocument(bare, at(bare, 'according to research'))).toBe(false);
  });
});

describe('whether an article names anyone speaking (round 23)', () => {
  const names = (markdown: string) => articleNamesASpeaker(buildDocument(markdown, 'markdown'));
  it('reads a named speaker anywhere in the body', () => {
    expect(names('# Doctors say rest helps\n\nRest is cheap.\n\n“Rest helps,” said Dr. Ann Lee, a surgeon.')).toBe(
      true,
    );
  });
  it('leaves an article that names no one', () => {
    expect(names('# Doctors say rest helps\n\nRest is cheap. Many people rest.')).toBe(false);
  });
});

describe('studies a named person put out as their author (round 23)', () => {
  it('reads a named person or pronoun issuing or publishing the evidence', () => {
    const issued = 'He has since issued other studies finding that mercury raises testosterone.';
    expect(publishedByNamedAuthor(issued, at(issued, 'other studies finding that'))).toBe(true);
    const named = 'Dr. Roe published data showing that the drug works.';
    expect(publishedByNamedAuthor(named, at(named, 'data showing that'))).toBe(true);
  });
  it('leaves unnamed publishers', () => {
    const researchers = 'Researchers published studies showing that the drug works.';
    expect(publishedByNamedAuthor(researchers, at(researchers, 'studies showing that'))).toBe(false);
    const journals = 'They published data showing that the drug works.';
    expect(publishedByNamedAuthor(journals, at(journals, 'data showing that'))).toBe(false);
  });
});

describe('unnamed evidence in a paraphrase closed by a frame naming its speaker (round 24)', () => {
  it('reads a named frame that closes the sentence, with a setting or an appositive after it', () => {
    const role =
      'Previous research has shown that the brains of people with insomnia are "hyperaroused" and sleep badly, said study co-author Dr. Daniel Buysse, a professor of psychiatry.';
    expect(closedByNamedFrame(role, at(role, 'Previous research has shown').end)).toBe(true);
    const email =
      'Recent lab research has shown that vitamin D may play a role, Laaksi wrote in an email to Reuters Health.';
    expect(closedByNamedFrame(email, at(email, 'research has shown').end)).toBe(true);
    const company =
      'The study, and previous research linking a poor response to the variant, are enough, said Phil Febbo, its chief medical officer.';
    expect(closedByNamedFrame(company, at(company, 'previous research linking').end)).toBe(true);
  });

  it('leaves a frame that opens a new claim, unnamed people, and a frame inside an open quote alone', () => {
    const claim =
      'While some studies have found short-term benefits, Doraiswamy says there is no evidence that they last.';
    expect(closedByNamedFrame(claim, at(claim, 'some studies have found').end)).toBe(false);
    const that =
      'Though studies have linked it to lower rates of infection, Perera said that only future studies will tell.';
    expect(closedByNamedFrame(that, at(that, 'studies have linked').end)).toBe(false);
    const people = 'Studies show that naps help, Researchers said.';
    expect(closedByNamedFrame(people, at(people, 'Studies show').end)).toBe(false);
    const quote = '“Studies show that naps help, Roe said, and they are cheap.';
    expect(closedByNamedFrame(quote, at(quote, 'Studies show').end)).toBe(false);
  });
});
