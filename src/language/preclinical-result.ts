import { findDesignCues, isGroupWording } from './study-design.js';

/**
 * Settings of lab work that the study-design lexicon leaves to context: a model (“in lab models”,
 * “in complex models”, “in a disease model”), “in vitro”, a culture's growth (“curbs growth of
 * bacteria”, “reduce growth of C. difficile cells”), a dilution (“even at low dilutions”) and a
 * mutant strain of an organism (“neurons observed in pink1 mutants”; not “EGFR-mutant cancer”). A
 * benefit for people is told as what happens to them (“clears the infection”), not to cells.
 */
const labSetting =
  /\b(?:mutants\b|(?:lab(?:oratory)?|animal|mouse|rat|cell|cellular|complex|experimental|pre-?clinical|disease) models?\b|in vitro\b|(?:growth|proliferation|viability|activity)(?: and (?:growth|proliferation|viability|activity|virulence))? of (?:[\w.-]+ ){0,3}?(?:cells|bacteria|microbes|fungi|cultures)\b|(?:at|in) (?:\w+ )?dilutions?\b)/iu;

/**
 * Whether a sentence tells its result in cells, tissue or animals (JUDGING.md `animal_or_lab`): it
 * names mice, rats, cells in culture, a lab model or in vitro work. Only the sentence counts: a
 * present-tense claim that restates a mouse study without saying so is the overreach an editor
 * flags (a recall item, eval/judged/recall.jsonl), so the article's own design does not excuse it.
 */
export function namesCellsOrAnimals(text: string): boolean {
  if (labSetting.test(text)) return true;
  return findDesignCues(text).some(
    (cue) =>
      (cue.kind === 'animal' || cue.kind === 'laboratory') && !isGroupWording(cue) && !/^animals$/iu.test(cue.text),
  );
}

/** “In pre-clinical studies”, “preclinical testing showed”: work done before any test in people. */
const preclinicalWork =
  /\bpre-?clinical\s(?:studies|study|research|tests?|testing|trials?|work|experiments?|data|models?)\b/iu;

/**
 * Whether a figure's sentence tells a result of cells, animals or pre-clinical work (“In
 * pre-clinical studies, compounds in thyme and oregano have demonstrated a greater than 37 percent
 * increase in exercise tolerance”). In an article that reports a study, such a figure is that lab's
 * result, told to show what it found, not a background figure about people that wants a source.
 */
export function tellsLabResult(text: string): boolean {
  return preclinicalWork.test(text) || namesCellsOrAnimals(text);
}
