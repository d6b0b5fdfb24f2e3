import { describe, expect, it } from 'vitest';
import { boilerplateFrom, roleOfParagraph } from '../../src/prose/roles.js';

describe('an issuer’s “About X” section run into a paragraph', () => {
  it('finds where it starts after the paragraph’s last sentence, glued or not', () => {
    const glued =
      '“It is wonderful to have this option,” said Dr. Roe. About Leeds Medical CenterLeeds Medical Center, one of the premier academic medical centers in the nation, cares for 100,000 patients a year.';
    expect(boilerplateFrom(glued)).toBe(glued.indexOf('About'));
    const spaced = 'The trial goes on. About Acme Inc. Acme is a company that makes hearing aids.';
    expect(boilerplateFrom(spaced)).toBe(spaced.indexOf('About'));
    // A subject, not an issuer, and “about” as a word of the sentence, open no section.
    expect(boilerplateFrom('The trial goes on. About Alzheimer’s disease: it affects 5 million people.')).toBe(
      undefined,
    );
    expect(boilerplateFrom('The trial goes on. About 30 percent of adults snore.')).toBe(undefined);
    expect(boilerplateFrom('About Acme Inc. Acme is a company.')).toBe(undefined);
  });

  it('reads a heading glued to the paragraph it opens as a run-in lead', () => {
    expect(
      roleOfParagraph(
        'About Leeds Medical CenterLeeds Medical Center, one of the premier academic medical centers in the nation, integrates research and care with education for the region.',
      ),
    ).toBe('boilerplate');
    // A name with a capital inside a short first part is no glue.
    expect(
      roleOfParagraph('About McDonald’s new menu, nutritionists have many questions and few answers so far.'),
    ).toBe('body');
  });
});

describe('an issuer’s “About the …” section run into a paragraph (round 25)', () => {
  it('finds it when a lower-case word follows “About”, glued or not', () => {
    const glued =
      'For more on cataracts, visit the eye-health website. About the Northern Academy of OptometryThe Northern Academy of Optometry is the largest association of eye doctors.';
    expect(boilerplateFrom(glued)).toBe(glued.indexOf('About'));
    const spaced = 'The trial goes on. About the Salk Institute: the Salk Institute studies how cells age.';
    expect(boilerplateFrom(spaced)).toBe(spaced.indexOf('About'));
    const us = '“We are proud,” said Dr. Roe. About us: Acme makes hearing aids for children.';
    expect(boilerplateFrom(us)).toBe(us.indexOf('About'));
  });

  it('leaves a sentence that opens on “About the” about a subject or an amount', () => {
    expect(boilerplateFrom('The trial goes on. About the study: it enrolled 400 people.')).toBe(undefined);
    expect(boilerplateFrom('She recovered. About the same time, her second daughter was born early.')).toBe(undefined);
    expect(boilerplateFrom('The trial goes on. About the Fields Prize, the panel said little.')).toBe(undefined);
  });
});

describe('an issuer named with “and” or “of” (round 21)', () => {
  it('reads “About Massachusetts Eye and Ear” as an issuer, not a subject joined by “and”', async () => {
    const { buildDocument } = await import('../../src/prose/document.js');
    const document = buildDocument(
      '## About Massachusetts Eye and Ear\n\nIt offers life-changing care.\n\n## About Asthma and Allergy Treatment\n\nThe drug helps.\n',
      'markdown',
    );
    expect(document.blocks.map((block) => block.role)).toEqual(['boilerplate', 'boilerplate', 'body', 'body']);
  });

  it('reads a spaced end marker, plain or made a heading, as the end of the release', async () => {
    const { buildDocument } = await import('../../src/prose/document.js');
    for (const marker of ['# # #', '## # # #']) {
      const document = buildDocument(`The trial went on.\n\n${marker}\n\nAcme makes breakthroughs.\n`, 'markdown');
      expect(document.blocks.map((block) => block.role)).toEqual(['body', 'boilerplate']);
    }
  });
});
