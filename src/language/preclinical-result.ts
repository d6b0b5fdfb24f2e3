import type { ProseDocument } from '../prose/types.js';
import { oncePer } from '../memo.js';
import { creditsResearch } from './evidence.js';
import { findDesignCues, isGroupWording, reportsPreclinicalWork } from './study-design.js';

/**
 * Settings of lab work that the study-design lexicon leaves to context: a model (“in lab models”,
 * “in complex models”, “in a disease model”), “in vitro”, a culture's growth (“curbs growth of
 * bacteria”, “reduce growth of C. difficile cells”) and a dilution (“even at low dilutions”). A
 * benefit for people is told as what happens to them (“clears the infection”), not to cells.
 */
const labSetting =
  /\b(?:(?:lab(?:oratory)?|animal|mouse|rat|cell|cellular|complex|experimental|pre-?clinical|disease) models?\b|in vitro\b|(?:growth|proliferation|viability|activity)(?: and (?:growth|proliferation|viability|activity|virulence))? of (?:[\w.-]+ ){0,3}?(?:cells|bacteria|microbes|fungi|cultures)\b|(?:at|in) (?:\w+ )?dilutions?\b)/iu;

/** What lab and animal work is measured on: cells, tissue, microbes and animals themselves. */
const labMaterial = /\b(?:cells?|tissues?|bacteria|microbes|cultures?|organoids|mice|rats|rodents)\b/iu;

/** People as those a result is told of: then the sentence is about people, whatever the article's work. */
const namesPeople =
  /\b(?:people|patients|humans|participants|volunteers|women|men|children|adults|in (?:a |an )?(?:human|clinical) trials?)\b/iu;

/** Whether the article as a whole reports animal or lab work (`reportsPreclinicalWork` over its blocks). */
const articleReportsPreclinicalWork = oncePer((document: ProseDocument): boolean =>
  reportsPreclinicalWork(
    document.blocks,
    document.blocks.map((block) => findDesignCues(block.text)),
  ),
);

/** Whether a sentence itself names animal or lab work: mice, rats, cells in culture, a lab model, in vitro. */
export function namesCellsOrAnimals(text: string): boolean {
  if (labSetting.test(text)) return true;
  return findDesignCues(text).some(
    (cue) =>
      (cue.kind === 'animal' || cue.kind === 'laboratory') && !isGroupWording(cue) && !/^animals$/iu.test(cue.text),
  );
}

/**
 * Whether a sentence tells a result in cells, tissue or animals rather than a benefit for people
 * (JUDGING.md `animal_or_lab`): the sentence names such work (“prevents scars forming in a mouse
 * model”), or the article reports animal or lab work and the sentence restates it, by naming what
 * the work was done on (“relieves inflammation of cells”) or by crediting it (“this research shows
 * the smallest compounds are the most effective”), without naming people.
 */
export function resultInCellsOrAnimals(document: ProseDocument, text: string): boolean {
  if (namesCellsOrAnimals(text)) return true;
  if (namesPeople.test(text)) return false;
  return (labMaterial.test(text) || creditsResearch(text)) && articleReportsPreclinicalWork(document);
}
