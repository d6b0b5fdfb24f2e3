import {
  addCounts,
  countSentence,
  formulaNames,
  readingGrade,
  type ReadabilityFormula,
  type TextCounts,
} from '../../src/language/readability.js';
import type { Block } from '../../src/prose/types.js';
import { defineRule } from '../../src/rule/define-rule.js';

export interface Options {
  /** The highest acceptable reading grade (US school grade). */
  grade: number;
  formula: ReadabilityFormula;
  /** Paragraphs (and list items) shorter than this many words are not graded: formulas are unstable on them. */
  minWords: number;
}

/** Graded blocks: paragraphs, quotes and long list items; headings, table cells and short items are labels, not prose. */
const gradedKinds = new Set<Block['kind']>(['paragraph', 'quote', 'listItem']);

export default defineRule<Options>({
  id: 'readability',
  scope: 'text',
  docs: {
    summary:
      'Flags paragraphs whose reading grade (Flesch–Kincaid by default, or SMOG) is above a target: grade 8 by default, 6 in the `patient-education` preset.',
    rationale:
      'Health information only helps readers who can follow it; most adults read comfortably at grade 8 or below, and many patients need grade 6.',
    guideline:
      'NIH and AMA guidance on patient materials (grade 6–8); CDC Clear Communication Index; Kincaid et al. 1975 (Flesch–Kincaid grade); McLaughlin 1969 (SMOG).',
    howToFix:
      'Split long sentences, prefer short everyday words (“high blood pressure” for “hypertension”), and explain the medical terms you keep.',
  },
  messages: {
    grade:
      'Unexpected reading grade `{grade}` ({formula}) for this paragraph, expected `{target}` or lower; its hardest sentence is marked',
  },
  optionsSchema: {
    type: 'object',
    properties: {
      grade: { type: 'number', minimum: 1, maximum: 20, description: 'Highest acceptable reading grade.' },
      formula: { type: 'string', enum: ['flesch-kincaid', 'smog'], description: 'Readability formula.' },
      minWords: { type: 'integer', minimum: 1, description: 'Skip paragraphs with fewer words than this.' },
    },
    additionalProperties: false,
  },
  defaults: { grade: 8, formula: 'flesch-kincaid', minWords: 30 },
  examples: [
    {
      title: 'A dense paragraph',
      input:
        'Pharmacological management of hypertension frequently necessitates combination therapy with angiotensin-converting enzyme inhibitors and thiazide diuretics. Considerable interindividual variability in therapeutic response complicates standardised treatment algorithms, particularly in elderly populations with multimorbidity.',
      flags: [
        'Considerable interindividual variability in therapeutic response complicates standardised treatment algorithms, particularly in elderly populations with multimorbidity.',
      ],
    },
    {
      title: 'A plain paragraph',
      input:
        'High blood pressure often has no signs. Most people need two kinds of pills to bring it down. Your doctor will check how you feel and change the dose if you need it. Take your pills at the same time each day.',
      flags: [],
    },
    {
      title: 'Short paragraphs and headings are not graded',
      input:
        '# Antihypertensive pharmacotherapy considerations\n\nPharmacological management necessitates individualisation.',
      flags: [],
    },
    {
      title: 'Grade 7.8 passes the default target of 8',
      input:
        'Blood pressure medicine works best when you take it every day. Some people notice dizziness during the first weeks. Tell your doctor about any other medicines or supplements you are taking, because some of them interact.',
      flags: [],
    },
    {
      title: 'The same paragraph fails the patient-education target (option grade: 6)',
      options: { grade: 6 },
      input:
        'Blood pressure medicine works best when you take it every day. Some people notice dizziness during the first weeks. Tell your doctor about any other medicines or supplements you are taking, because some of them interact.',
      flags: [
        'Tell your doctor about any other medicines or supplements you are taking, because some of them interact.',
      ],
    },
  ],
  check(document, { options, report }) {
    for (const block of document.blocks) {
      if (!gradedKinds.has(block.kind) || block.sentences.length === 0) continue;
      const counts = block.sentences.map((sentence) => countSentence(sentence.text));
      const total = counts.reduce(addCounts);
      if (total.words < options.minWords) continue;
      const grade = readingGrade(total, options.formula);
      if (grade <= options.grade) continue;
      const hardest = hardestSentence(counts, options.formula);
      const sentence = block.sentences[hardest] ?? block.sentences[0];
      if (!sentence) continue;
      report('grade', block.span(sentence.start, sentence.end), {
        grade: grade.toFixed(1),
        formula: formulaNames[options.formula],
        target: options.grade,
      });
    }
  },
});

/** The sentence that adds most to the grade: the highest grade, weighted by its length. */
function hardestSentence(counts: TextCounts[], formula: ReadabilityFormula): number {
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  counts.forEach((count, index) => {
    const score = readingGrade(count, formula) * Math.sqrt(count.words);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
