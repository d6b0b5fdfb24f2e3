/**
 * Texts built to find work that grows faster than the text: the shapes that made the property
 * test's generated plain texts (`documents['text']`, test/property-arbitraries.ts) slow. The
 * slowest of 400 generated with seed 1 were each one long line of a trigger sentence said over
 * and over (the generator's “now and then one very long line”): a paragraph where every sentence
 * holds the same figures. A rule that, for each figure, reads the paragraph or every other sentence
 * again pays the square (or the cube) of that paragraph's length: on round 27's code a 14,000-
 * character text of this kind took 12.5 s in unsupported-statistic alone. Beside the long lines,
 * a list of figure-holding items and one long sentence of figures, the other shapes the generator
 * makes at length, and paragraphs that give one figure, some with a named source and some bare. `scale` multiplies every part, so that the text doubles when `scale` does.
 */
export function figureDenseText(scale: number): string {
  const repeated = (unit: string, times: number) => unit.repeat(times * scale);
  const parts = [
    'Ketamine infusions and the heart.',
    // Sentences taken from the slowest generated texts, zero-width spaces, ligatures and tabs kept.
    repeated(
      '38% patients doctors say \u200Brecieved \uFB01 Esketamine\tKetamine infusions the  patients\t38%  88133! ',
      40,
    ),
    repeated(
      '1 in 4 \u200B35% lower risk \u200B18792\tbreakthrough patients \u200Bthe the Many scientists claim ) cancer! ',
      40,
    ),
    repeated('depression breakthrough \u200BResearch has shown 38% trial the \u200BIn a cohort study. ', 40),
    // A list of items that each hold a figure, some the same one.
    Array.from(
      { length: 8 * scale },
      (_, i) =>
        `• ${i % 3 === 0 ? '38%' : `${10 + i} percent`} of patients with heart disease were twice as likely to die.`,
    ).join('\n'),
    // Paragraphs that give a figure with its named source, between others that give it bare: where
    // a figure is given again is looked up for each bare one.
    Array.from({ length: 8 * scale }, (_, i) =>
      i % 2 === 0
        ? '38% of patients with heart disease die each year.'
        : 'The World Health Organization estimates that 38% of adults with diabetes go blind.',
    ).join('\n\n'),
    // One long sentence of figures that never ends.
    `In the trial ${repeated('35% lower risk of cancer, 1 in 4 patients, 95% CI 1.2 to 3.4 and ', 6)}more`,
  ];
  return parts.join('\n\n');
}
