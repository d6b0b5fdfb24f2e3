import { describe, expect, it } from 'vitest';
import {
  reportsOnlyAssociation,
  articleDesign,
  findDesignCues,
  namesAnyTrial,
  reportsPreclinicalWork,
  weakestDesign,
} from '../../src/language/study-design.js';
import { buildDocument } from '../../src/prose/document.js';

const kinds = (text: string): string[] => findDesignCues(text).map((cue) => `${cue.kind}:${cue.text}`);
const weakest = (text: string): string | undefined => weakestDesign(findDesignCues(text))?.kind;

describe('study design', () => {
  it('tells an article that names a trial, even a future one, from one that names none', () => {
    const cuesOf = (text: string) => buildDocument(text, 'markdown').blocks.map((block) => findDesignCues(block.text));
    expect(namesAnyTrial(cuesOf('Ketamine lifts mood.\n\nIn the trial, 40 patients took part.'))).toBe(true);
    expect(namesAnyTrial(cuesOf('Ketamine lifts mood.\n\nA placebo was given to half of them.'))).toBe(true);
    expect(namesAnyTrial(cuesOf('Ketamine lifts mood.\n\nLarger trials are needed.'))).toBe(true);
    expect(
      namesAnyTrial(cuesOf('Ketamine lifts mood, patients at a clinic say.\n\nA study of records found the same.')),
    ).toBe(false);
  });

  it('finds observational, animal, laboratory and experimental cues', () => {
    expect(kinds('In a prospective cohort of nurses surveyed in 2010')).toEqual([
      'observational:prospective cohort',
      'observational:surveyed',
    ]);
    expect(kinds('The compound worked in mice and in cell cultures.')).toEqual([
      'animal:in mice',
      'laboratory:cell cultures',
    ]);
    expect(kinds('A randomised, placebo-controlled trial')).toEqual([
      'experimental:randomised',
      'experimental:placebo-controlled',
      'experimental:trial',
    ]);
  });

  it('picks the weakest design, reading a trial beside observational wording as the trial', () => {
    expect(weakest('Coffee was linked to a longer life in a cohort study.')).toBe('observational');
    expect(weakest('Mice were randomly assigned to the diet.')).toBe('animal');
    expect(weakest('In the randomised trial, the effect was linked to dose.')).toBeUndefined();
    expect(weakest('The drug lowered blood pressure.')).toBeUndefined();
  });

  it('reads in vitro fertilisation as a treatment and laboratory dishes as laboratory work (issue #13)', () => {
    expect(kinds('Treatment before in vitro fertilisation increases the odds of pregnancy.')).toEqual([]);
    expect(kinds('Studies in laboratory dishes show that aspirin can inhibit growth.')).toEqual([
      'laboratory:laboratory dishes',
    ]);
    expect(kinds('The effects of THC on cognition in young animals')).toEqual(['animal:animals']);
    expect(findDesignCues('compared with a placebo drink').map((cue) => cue.id)).toEqual(['placebo']);
  });

  it('reads work on animal hearts as animal work (issue #13 harms)', () => {
    expect(kinds('The patch repaired damaged animal hearts.')).toEqual(['animal:animal hearts']);
    expect(kinds('It was tested on pig hearts.')).toEqual(['animal:pig hearts']);
  });

  it('does not read negated association wording as a design', () => {
    expect(kinds('The drug was not associated with harm.')).toEqual([]);
  });

  it('reads a trial’s arms as an experiment and a bare prospective study as no design (issue #13)', () => {
    expect(
      findDesignCues('Experimental groups drank the milk, while control groups did not.').map((cue) => cue.id),
    ).toEqual(['assigned-groups', 'assigned-groups']);
    expect(kinds('In a prospective study, every patient swallowed the balloon.')).toEqual([]);
    expect(kinds('In a prospective cohort study of nurses')).toEqual(['observational:prospective cohort']);
  });

  it('reads the one kind of evidence an article reports, once per document (issue #13)', () => {
    const design = (markdown: string): string | undefined => {
      const blocks = buildDocument(markdown, 'markdown').blocks;
      return articleDesign(
        blocks,
        blocks.map((block) => findDesignCues(block.text)),
      )?.text;
    };
    expect(design('People who drank coffee lived longer.\n\nIt was a cohort study of nurses.')).toBe('cohort study');
    expect(design('It worked in mice.\n\nThe mice lost weight. Clinical trials on humans could begin next year.')).toBe(
      'in mice',
    );
    expect(
      design('It worked in mice.\n\nThe mice lost weight. A clinical trial in 40 adults confirmed it.'),
    ).toBeUndefined();
    expect(design('Pets help people. Many animals comfort animals.')).toBeUndefined();
    expect(design('It worked in mice, once.')).toBeUndefined();
    expect(design('In a cohort study and in mice, it worked.')).toBeUndefined();
  });

  it('reads animal and cell work together as preclinical work, unless a trial in people is reported (issue #13)', () => {
    const preclinical = (markdown: string): boolean => {
      const blocks = buildDocument(markdown, 'markdown').blocks;
      return reportsPreclinicalWork(
        blocks,
        blocks.map((block) => findDesignCues(block.text)),
      );
    };
    const tooth = 'They grew stem cells in cell cultures.\n\nThe teeth of rodents healed.';
    expect(articleDesign(buildDocument(tooth, 'markdown').blocks, [])).toBeUndefined();
    expect(preclinical(tooth)).toBe(true);
    expect(preclinical(`${tooth} Clinical trials in people could begin next year.`)).toBe(true);
    expect(preclinical(`${tooth}\n\nA clinical trial in 40 adults confirmed it.`)).toBe(false);
    expect(preclinical('Twenty mice were given the drug or a placebo.\n\nThe mice remembered the maze.')).toBe(true);
    expect(preclinical('It worked in mice, once.')).toBe(false);
    expect(preclinical('Pets help people. Many animals comfort animals.')).toBe(false);
  });
});

describe('association-only evidence', () => {
  const onlyAssociation = (markdown: string): boolean => {
    const document = buildDocument(markdown, 'markdown');
    return reportsOnlyAssociation(
      document.blocks,
      document.blocks.map((block) => findDesignCues(block.text)),
    );
  };
  it('reads an article whose only evidence is an association (tuning6)', () => {
    expect(
      onlyAssociation('# Zinc tied to fewer colds\n\nChildren who ate more zinc had fewer colds, a survey found.'),
    ).toBe(true);
    expect(
      onlyAssociation('# Zinc tied to fewer colds\n\nIn a randomized trial, children given zinc had fewer colds.'),
    ).toBe(false);
    expect(
      onlyAssociation(
        '# Zinc tied to fewer colds\n\nZinc is linked to fewer colds.\n\nA clinical trial will be needed to confirm it.',
      ),
    ).toBe(true);
    expect(onlyAssociation('# Zinc eases colds\n\nChildren given zinc got better.')).toBe(false);
  });
});
