import { describe, expect, it } from 'vitest';
import {
  findNamedAttributions,
  findVagueAttributions,
  namesBody,
  namesJournalStudy,
  namesSpeaker,
  namesSpeakerWithDegreeOrRole,
  namesStudy,
  personTitles,
  pointsBackPastAdjectives,
  speakersBySpeech,
} from '../../src/language/attribution.js';

const vague = (text: string): string[] => findVagueAttributions(text).map((found) => found.text);

describe('attribution', () => {
  it('finds claims credited to unnamed evidence or people', () => {
    expect(vague('Research has shown that symptoms ease.')).toEqual(['Research has shown']);
    expect(vague('Recent studies have also shown that it helps.')).toEqual(['Recent studies have also shown']);
    expect(vague('Many scientists claim that it works.')).toEqual(['Many scientists claim']);
    expect(vague('New evidence supports the idea.')).toEqual(['New evidence supports']);
    expect(vague('It is widely believed that sugar causes hyperactivity.')).toEqual(['It is widely believed']);
    expect(vague('Ketamine has been found to be effective.')).toEqual(['has been found to be']);
  });

  it('reads a wildcard verb as its inflections only, not a noun or participle made from it', () => {
    expect(vague('Some scientists suggested a link.')).toEqual(['Some scientists suggested']);
    expect(vague('Studies indicate a benefit.')).toEqual(['Studies indicate']);
    expect(vague('There is some suggestion from one small study that it helps.')).toEqual([]);
    expect(vague('The rules have slowed research supporting medicinal benefits.')).toEqual([]);
    expect(vague('Data backed by the company were used.')).toEqual(['Data backed']);
    // The object of a verb of receiving or giving is a noun phrase, not a subject (round 26).
    expect(vague('The authors have received research support from the makers of the drug.')).toEqual([]);
    expect(vague('Research supports the use of the drug.')).toEqual(['Research supports']);
    expect(vague('Some background is needed.')).toEqual([]);
  });

  it('reads “proven to” as a vague source only in a passive with “be”', () => {
    expect(vague('The cream is proven to heal scars.')).toEqual(['is proven to']);
    expect(vague('The two new forms have also proven to have identical potency.')).toEqual([]);
    expect(vague('It is the only drug proven to prolong survival.')).toEqual([]);
  });

  it('leaves named and definite sources alone', () => {
    expect(vague('The study shows a small benefit.')).toEqual([]);
    expect(vague('These researchers found no effect.')).toEqual([]);
    expect(vague('Researchers at Oxford found no effect.')).toEqual([]);
    expect(vague('Its effectiveness is found to be over 75%.')).toEqual([]);
    expect(vague('It may work, according to research conducted at Massachusetts General Hospital.')).toEqual([]);
    expect(vague('It may work, according to research.')).toEqual(['according to research']);
    expect(vague('Avoiding gluten will make some people feel better.')).toEqual([]);
  });

  it('finds a study cited by its journal, not the article’s own study named by where it appeared', () => {
    expect(namesJournalStudy('As one study in the Journal of Alternative and Complementary Medicine indicated.')).toBe(
      true,
    );
    expect(namesJournalStudy('A 2019 trial published in the journal Pain found a benefit.')).toBe(true);
    expect(namesJournalStudy('A study in The Lancet found it.')).toBe(true);
    expect(namesSpeakerWithDegreeOrRole('“We know it,” said Jane Roe, MD, head of allergy at City Hospital.')).toBe(
      true,
    );
    expect(namesSpeakerWithDegreeOrRole('“It helps,” says Ann Lee, a cardiologist at Mercy.')).toBe(true);
    expect(namesSpeakerWithDegreeOrRole('“It helps,” says Ann Lee, who has used it.')).toBe(false);
    expect(
      namesJournalStudy(
        'A study of 900 office workers published last year in the journal of the Spine Society found it.',
      ),
    ).toBe(true);
    expect(namesJournalStudy('The study is published in the journal Pediatrics.')).toBe(false);
    expect(namesJournalStudy('A study found it, the journal said.')).toBe(false);
  });

  it('reads possessives, conditions, named partners and the head of a noun phrase as specific (issue #13)', () => {
    expect(vague('Pamela’s doctors said her tubes were blocked.')).toEqual([]);
    // A contraction is no possessive: the research stays unnamed.
    expect(vague('There’s research showing that it helps.')).toEqual(['research showing that']);
    expect(vague('Surgery is advised when doctors feel the cancer will grow.')).toEqual([]);
    expect(vague('If studies show a benefit, it will be approved.')).toEqual([]);
    expect(vague('A new analysis of existing clinical trial evidence has found a benefit.')).toEqual([]);
    expect(vague('People die because of asthma attacks and research shows most are preventable.')).toEqual([
      'research shows',
    ]);
    expect(vague('Often, Efrati and others say, injured cells survive.')).toEqual([]);
    expect(vague('Doctors and others say it works.')).toEqual(['others say']);
    expect(vague('Years on, clinical trial evidence has found a benefit.')).toEqual(['evidence has found']);
  });

  it('reads evidence to come in a condition as no attribution, across a list of adjectives', () => {
    expect(vague('The drug could help if larger, longer studies prove it works.')).toEqual([]);
    expect(vague('Doctors will wait until trials show a benefit.')).toEqual([]);
    expect(vague('Studies prove it works, if you believe the makers.')).toEqual(['Studies prove']);
    expect(vague('Many follow-up studies showed the same effect.')).toEqual([]);
  });

  it('finds unnamed prior and other research, with a participle or a phrase before the verb', () => {
    expect(vague('They set out to extend prior studies showing that people had abnormal retinas.')).toEqual([
      'prior studies showing that',
    ]);
    expect(vague('Since every prior study has found reduced waves, it works.')).toEqual([
      'every prior study has found',
    ]);
    expect(vague('Other research about steroids taken over longer periods shows harms.')).toEqual([
      'Other research about steroids taken over longer periods shows',
    ]);
    expect(vague('Research into compounds found in plants is growing.')).toEqual([]);
    expect(vague('Research on the drug, which is cheap, shows promise.')).toEqual([]);
    expect(vague('Research from Harvard shows a benefit.')).toEqual([]);
  });

  it('reads the first finite verb after a phrase as the subject’s, so a call for studies credits nothing', () => {
    expect(vague('Bigger trials in younger women are needed to confirm the benefit.')).toEqual([]);
    expect(vague('Studies in other groups will be required to show it works.')).toEqual([]);
    expect(vague('Research on sleep has yet to show a link.')).toEqual([]);
    expect(vague('Studies in people who have diabetes show a benefit.')).toEqual([
      'Studies in people who have diabetes show',
    ]);
    expect(vague('Smaller studies in the past have suggested that yoga helps.')).toEqual([
      'studies in the past have suggested',
    ]);
  });

  it('finds a speaker named by surname or company with a verb of speech, not a group, pronoun or object', () => {
    expect(namesSpeaker('They cost a lot, Peipert said.')).toBe(true);
    expect(namesSpeaker('Data showed the drug worked, says Norton.')).toBe(true);
    expect(namesSpeaker('Acme reported a loss.')).toBe(true);
    expect(namesSpeaker('It works, doctors said Monday.')).toBe(false);
    expect(namesSpeaker('It works, he said.')).toBe(false);
    expect(namesSpeaker('Experts say it works.')).toBe(false);
    expect(namesSpeaker('A specialist who spoke to WebMD says more work is needed.')).toBe(false);
  });

  it('reads a name beside a verb of speech for whichever speakers its caller takes', () => {
    const verbs = /\b(?:said|says|notes|noted|continues)\b/gu;
    const known = new Set(['Hicks', 'Smith-Bindman', 'Sanchez']);
    const surnames = (text: string): string[] =>
      speakersBySpeech(text, verbs, (name) => known.has(name.split(' ').at(-1) as string)).map((found) => found.text);
    expect(surnames('It is rare, Hicks said.')).toEqual(['Hicks said']);
    expect(surnames('Hicks and his co-authors noted a rise.')).toEqual(['Hicks and his co-authors noted']);
    expect(surnames('Smith-Bindman says doses vary.')).toEqual(['Smith-Bindman says']);
    expect(surnames('“It works,” continues Jean-Charles Sanchez.')).toEqual(['continues Jean-Charles Sanchez']);
    expect(surnames('It is rare, Jones said.')).toEqual([]);
    // The object of a preposition is not the speaker.
    expect(surnames('A nurse who spoke to Hicks says it is rare.')).toEqual([]);
    const anyone = (text: string): boolean => speakersBySpeech(text, verbs, () => true).length > 0;
    expect(anyone('It is rare, doctors said.')).toBe(false);
  });

  it('knows a title with or without the full stop of its abbreviation', () => {
    expect(['Dr', 'Dr.', 'Prof.', 'Professor', 'Mrs', 'Sir'].every((word) => personTitles.has(word))).toBe(true);
    expect(personTitles.has('Professor.')).toBe(false);
    expect(personTitles.has('Doctor')).toBe(false);
  });

  it('reads a nationality as where the evidence comes from, not whose it is', () => {
    expect(vague('Though African studies have linked circumcision to lower rates, it is rare.')).toEqual([
      'studies have linked',
    ]);
    expect(vague('New Harvard research finds a benefit.')).toEqual([]);
    // Of people it points at the team of a study the article reports.
    expect(vague('Tens of thousands may benefit, U.S. doctors said on Monday.')).toEqual([]);
  });

  it('leaves people telling their own experience and the writers’ own evidence alone', () => {
    expect(vague('After surgery, people feel much fuller, faster.')).toEqual([]);
    expect(vague('Parents and doctors reported improvements that lasted eight weeks.')).toEqual([]);
    expect(vague('Many reported a profound sense of peace.')).toEqual([]);
    expect(vague('We found some evidence suggesting that probiotics may help.')).toEqual([]);
    expect(vague('Some people say it works.')).toEqual(['Some people say']);
  });

  it('finds a body of evidence credited without a verb, unless its source is named after it', () => {
    expect(vague('The data adds to the growing body of evidence that ablation may help.')).toEqual([
      'growing body of evidence',
    ]);
    expect(vague('A growing body of evidence shows that it helps.')).toEqual(['growing body of evidence']);
    expect(vague('This study builds on a large body of research by principal investigator Anil Sood.')).toEqual([]);
  });

  it('leaves novelty hedges and beliefs told as superseded alone', () => {
    expect(vague('These are believed to be the first documented cases of leg hair used this way.')).toEqual([]);
    expect(vague('For decades, doctors believed hormone pills helped prevent heart problems.')).toEqual([]);
    expect(vague('Long-term oxidative stress is believed to contribute to disease.')).toEqual(['is believed to']);
    expect(vague('Some scientists believe that it works.')).toEqual(['Some scientists believe']);
  });

  it('finds organisations and named studies', () => {
    expect(namesBody('Many groups, including the American Cancer Society, stress it.')).toBe(true);
    expect(namesBody('The Women’s Health Initiative found a higher risk.')).toBe(true);
    expect(namesBody('The FDA approved it.')).toBe(true);
    expect(namesBody('Many groups stress that the study found a higher risk.')).toBe(false);
    expect(namesBody('The trial in Leeds worked.')).toBe(false);
    expect(namesStudy('The Women’s Health Initiative found a higher risk.')).toBe(true);
    expect(namesStudy('The FDA has not approved it.')).toBe(false);
  });

  it('finds reported speech attributed to a named person with a role', () => {
    const named = (text: string): number => findNamedAttributions(text).length;
    expect(named('“It works,” said Dr Jane Smith, who led the trial.')).toBe(1);
    expect(named('“It works,” said lead author Jane Smith.')).toBe(1);
    expect(named('According to Professor Lee, the drug helps.')).toBe(1);
    expect(named('Jane Smith, a cardiologist at Leeds, said the results were clear.')).toBe(1);
    expect(named('“It cured my anxiety,” says Sarah.')).toBe(0);
  });
});

describe('findVagueAttributions: a named person joined to the subject', () => {
  const found = (text: string) => findVagueAttributions(text).map((attribution) => attribution.text);

  it('leaves a group led by a named person alone, at the sentence start or after it', () => {
    expect(found('Chapin and other critics argue that the evidence is weak.')).toEqual([]);
    expect(found('Holick and others say there is little downside.')).toEqual([]);
    expect(found('Often, Efrati and others say, injured cells survive.')).toEqual([]);
    expect(found('For now, Dr. Kryger and others say that the mask is the gold standard.')).toEqual([]);
  });

  it('still flags a group joined to another group or a word opening the sentence', () => {
    expect(found('Doctors and other experts say the gel works.')).toEqual(['experts say']);
    expect(found('Nurses and doctors say the gel works.')).toEqual(['doctors say']);
  });
});

describe('findVagueAttributions: whose work, a denial and a forecast told as history (issue #13)', () => {
  const found = (text: string) => findVagueAttributions(text).map((attribution) => attribution.text);

  it('reads a possessive anywhere in the noun phrase as naming whose work it is', () => {
    expect(found('Although Zamboni’s original research suggests a vascular cause, others disagree.')).toEqual([]);
    expect(found('The NIH’s own studies show the gel works.')).toEqual([]);
    expect(found('Patients’ doctors say the gel works.')).toEqual([]);
  });

  it('still flags a possessive of time or a contraction', () => {
    expect(found('Last year’s studies show the gel works.')).toEqual(['studies show']);
    expect(found('Today’s research suggests the gel works.')).toEqual(['research suggests']);
    expect(found('There’s research showing that the gel works.')).toEqual(['research showing that']);
  });

  it('leaves a denied passive alone and still flags the affirmed one', () => {
    expect(found('Whether it helps is still not scientifically proven.')).toEqual([]);
    expect(found('The cream isn’t clinically proven to work.')).toEqual([]);
    expect(found('The cream is clinically proven to work.')).toEqual(['clinically proven']);
    expect(found('Two drugs are approved, but neither has been shown to treat every cancer.')).toEqual([]);
    expect(found('No drug has been shown to treat every cancer.')).toEqual([]);
    expect(found('The drug has been shown to treat every cancer.')).toEqual(['has been shown to']);
  });

  it('reads a past forecast as what was once held, and a present one as a claim', () => {
    expect(found('In 1991 experts predicted that cures were in the offing.')).toEqual([]);
    expect(found('Experts predict that cures are in the offing.')).toEqual(['Experts predict']);
  });

  it('reads a plural demonstrative across a comma between adjectives, not one that has its noun', () => {
    expect(found('The results from these two small, early-stage studies show the gel works.')).toEqual([]);
    expect(found('In these cases, studies show the gel works.')).toEqual(['studies show']);
    expect(found('The claims on these products are odd, yet studies show the gel works.')).toEqual(['studies show']);
    expect(pointsBackPastAdjectives(['both', 'large', ',', 'randomised'])).toBe(true);
    expect(pointsBackPastAdjectives(['these', 'patients', ','])).toBe(false);
  });

  it('finds knowledge credited by “from” to unnamed earlier or other work (round 30)', () => {
    expect(found('We know from previous research that most patients recover.')).toEqual([
      'We know from previous research',
    ]);
    expect(found('But from other research “we know it is safe to stimulate it.')).toEqual([
      'from other research “we know',
    ]);
    expect(found('The results differ from previous research on the drug.')).toEqual([]);
    expect(found('We know from the trial that most patients recover.')).toEqual([]);
  });

  it('finds a result credited to unnamed studies as a passive’s agent, not a comparison or a denial (round 30)', () => {
    expect(found('The results confirm the benefit previously seen in small studies.')).toEqual([
      'previously seen in small studies',
    ]);
    expect(found('Fish oil, which has been shown in previous studies to protect the heart, is cheap.')).toEqual([
      'has been shown in previous studies',
    ]);
    expect(found('Rates were lower than those previously seen in small studies.')).toEqual([]);
    expect(found('The drug has not been proven in clinical trials to work.')).toEqual([]);
    expect(found('The drug hasn’t been proven in clinical trials to work.')).toEqual([]);
    expect(found('The effect has been shown in previous studies.')).toEqual([]);
  });
});
