import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds `src/language/harm-vocabulary.generated.ts`, the words for signs, symptoms and adverse
 * events that the safety-caveat recogniser reads as harms when a sentence puts them on a
 * treatment ("can cause tachycardia", "two patients developed hemothorax"). They come from the
 * same permissive lists as the spelling vocabulary (MeSH and the Human Disease Ontology in
 * `../shared/corpora/medical-words/`, see its SOURCE.md), which hold single words without their
 * place in MeSH's tree: so a word is taken by what its form says it names. Clinical word
 * endings for a symptom, a sign or a disorder ("-algia" pain, "-itis" inflammation, "-emia" a
 * blood level, "-rrhage" bleeding, "-pathy" disease, "-toxicity", "-plegia" paralysis) and the
 * prefix "dys-" (a function gone wrong) are read as harms; the words with those endings that
 * name a process, a procedure, a therapy or a species are left out by name. Lay words ("nausea",
 * "hair loss", "a fast heartbeat") are in `safety.yml`, written by hand.
 */
export const harmVocabularySources = ['mesh-terms.txt', 'disease-ontology.txt'] as const;

/** Word endings that name a symptom, sign or disorder. */
const harmEnding =
  /(?:algias?|dynias?|itis|itides|a?emias?|penias?|rrhoeas?|rrheas?|rrhages?|rrhagias?|pathy|pathies|toxicity|toxicities|plegias?|pareses|paresis|spasms?|cardias?|rhythmias?|urias?|thorax|o?edemas?|oedemata|megaly|trophy|trophies|emesis|pnoeas?|pneas?|oses|osis|olysis)$/;

/** "Dysphagia", "dyskinesia", "dysfunction": a function gone wrong (not genes or species such as "dysferlin", "dysoxylum"). */
const dysfunctionWord = /^dys\p{Ll}{3,}(?:ias?|ions?|sis|ses|ity|ities|y|ies)$/u;

/**
 * Words with a harm's form that name something else: processes of the body ("apoptosis",
 * "glycolysis"), methods ("diagnosis", "dialysis", "analysis"), treatments and schools of
 * healing ("thrombolysis", "homeopathy", "osteopathy"), feelings ("empathy", "nostalgia"),
 * names of places, drugs and bacteria ("Manchuria", "Procardia", "Nocardia") and ways of
 * feeding ("autotrophy"). Harmless words, if left in, would only be read as harms where a
 * sentence says a treatment causes them; these are left out so that none ever is.
 */
const notHarms = new Set(
  `
  diagnosis diagnoses prognosis prognoses cytodiagnosis psychodiagnosis apoptosis meiosis mitosis osmosis
  endosmosis symbiosis antibiosis anaerobiosis hypnosis autohypnosis stereognosis anastomosis anastomoses
  reanastomosis metamorphosis aerobiosis parabiosis pyroptosis orthosis gomphosis syndesmosis entosis
  phagocytosis pinocytosis endocytosis exocytosis transcytosis dysphagocytosis
  analysis analyses autoanalysis microanalysis psychoanalysis urinalysis dialysis hemodialysis haemodialysis
  microdialysis cyclodialysis catalysis biocatalysis electrolysis hydrolysis photolysis pyrolysis radiolysis
  glycolysis glycogenolysis lipolysis proteolysis thrombolysis fibrinolysis tocolysis neurolysis
  chemonucleolysis nucleolysis discolysis pneumonolysis autolysis cytolysis bacteriolysis luteolysis
  zonulolysis chemolysis
  homeopathy homoeopathy naturopathy osteopathy allopathy empathy sympathy telepathy antipathy allelopathy
  nostalgia
  manchuria luria holothuria pasteuria procardia nocardia cardia myocardia
  autotrophy heterotrophy phototrophy lithotrophy chemolithotrophy chemoautotrophy chemolithoautotrophy
  diazotrophy
  dystopia dysman
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a lower-case word of the medical lists names a harm by its form. */
export function namesHarmByForm(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word) || word.length < 6 || /gnos[ei]s$/.test(word)) return false;
  if (notHarms.has(word) || notHarms.has(word.replace(/oses$/, 'osis'))) return false;
  return harmEnding.test(word) || dysfunctionWord.test(word);
}

/**
 * "-oses" is the plural of "-osis" ("keratoses") but also ends sugars and animals ("pentoses",
 * "mongooses"): a plural counts only when its singular is in the lists too.
 */
function pluralOfListed(word: string, listed: ReadonlySet<string>): boolean {
  return !word.endsWith('oses') || listed.has(`${word.slice(0, -2)}is`);
}

/** The harm words of the source lists, sorted and deduplicated. */
export function harmVocabulary(folder: string): string[] {
  const listed = new Set<string>();
  for (const source of harmVocabularySources) {
    for (const line of readFileSync(join(folder, source), 'utf8').split('\n')) listed.add(line.trim().toLowerCase());
  }
  return [...listed]
    .filter((word) => namesHarmByForm(word) && pluralOfListed(word, listed))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The generated module's text: the attribution the sources ask for, then the words. */
export function harmVocabularyModule(folder: string): string {
  const words = harmVocabulary(folder);
  const lines: string[] = [];
  for (let index = 0; index < words.length; index += 8) lines.push(words.slice(index, index + 8).join(' '));
  return [
    '// Generated by src/build/harm-vocabulary.ts (`npm run generate`) from ../shared/corpora/medical-words;',
    '// a test checks it matches them. Attribution and licences: dictionaries/NOTICE-vocabulary.md.',
    '//',
    '// Contains MeSH® (Medical Subject Headings) terms from the U.S. National Library of Medicine, MeSH',
    '// 2020/2021 as packaged in PubmedMTK 0.1.0 (© 2021 Jason Timm, MIT licence). Modified: split into single',
    '// words, lower-cased, filtered. This product is not endorsed by NLM and may not reflect the current MeSH.',
    '// Contains names and synonyms from the Human Disease Ontology (disease-ontology.org), release',
    '// 2016-09-01, CC BY 3.0; and labels from the Disease Ontology (2026 snapshot), CC0 1.0. Modified: split',
    '// into single words, filtered.',
    '',
    '/** Words for signs, symptoms and adverse events, by their clinical form ("tachycardia", "hemothorax"). */',
    'export const harmVocabulary: readonly string[] = `',
    ...lines,
    '`',
    '  .split(/\\s+/)',
    '  .filter(Boolean);',
    '',
  ].join('\n');
}
