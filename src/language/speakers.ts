import type { ProseDocument, Sentence } from '../prose/types.js';
import { findNamedAttributions, namedMatches, type Attribution } from './attribution.js';

/**
 * Who says each sentence: a named source with a title or role (“…,” said Dr Jane Roe, director of
 * …; according to Professor Lee), found once per document. A sentence is spoken by that source
 * when it holds the attribution, or sits inside a quotation in the same paragraph as it (a quote
 * runs over several sentences before its “she said”).
 */
const spokenByDocument = new WeakMap<ProseDocument, Map<Sentence, Attribution>>();

/** Quotations in a block's text: straight or curly double quotes, within one paragraph. */
const quotation = /[“"]([^“”"]{1,3000})(?:[”"]|$)/gu;

function speakersOf(document: ProseDocument): Map<Sentence, Attribution> {
  let found = spokenByDocument.get(document);
  if (found) return found;
  found = new Map();
  for (const block of document.blocks) {
    // Most paragraphs hold no speech verb: test cheaply before running the patterns.
    if (
      !/\b(?:said|says|explained|explains|added|adds|noted|notes|told|writes|wrote|commented|comments|stated|states|cautioned|cautions|warned|warns|concluded|concludes|reported|reports|estimates|estimated|according to)\b/.test(
        block.text,
      )
    )
      continue;
    const attributions = [
      ...findNamedAttributions(block.text),
      ...namedAccordingTo(block.text),
      ...organisationSays(block.text),
    ];
    if (attributions.length === 0) continue;
    const quotes: { start: number; end: number }[] = [];
    quotation.lastIndex = 0;
    for (let match = quotation.exec(block.text); match; match = quotation.exec(block.text)) {
      quotes.push({ start: match.index, end: match.index + match[0].length });
    }
    for (const sentence of block.sentences) {
      const own = attributions.find((item) => item.start < sentence.end && item.end > sentence.start);
      const inQuote = quotes.some((quote) => quote.start < sentence.end && quote.end > sentence.start);
      const speaker = own ?? (inQuote ? attributions[0] : undefined);
      if (speaker) found.set(sentence, speaker);
    }
  }
  spokenByDocument.set(document, found);
  return found;
}

/** “According to the SpermCheck instructions”, “according to Anderson”: a source a reader can look up. */
const accordingToName = /\baccording to (?:the |a |an )?(?:[\p{Ll}\d-]+ ){0,2}?\p{Lu}[\p{L}&.'’-]+/gu;

function namedAccordingTo(text: string): Attribution[] {
  return namedMatches(accordingToName, text, 'named-source');
}

/** A verb an organisation reports a figure with: “the CDC says”, “the Foundation estimates that”. */
const organisationVerb = /\b(?:says|said|estimates|estimated|reports|reported|notes|warns|recommends)\b/gu;
/** Words that make a run of capitalised words an organisation's name. */
const organisationWords = new Set([
  'Center',
  'Centers',
  'Centre',
  'Centres',
  'Foundation',
  'Association',
  'Institute',
  'Institutes',
  'Society',
  'Agency',
  'Organization',
  'Organisation',
  'College',
  'Administration',
  'Department',
  'Council',
  'Academy',
  'Federation',
  'Commission',
  'Ministry',
  'Office',
  'Service',
  'Alliance',
  'Coalition',
  'Registry',
]);
/** Lower-case words allowed inside a name (“Centers for Disease Control and Prevention”). */
const nameJoiners = new Set(['of', 'for', 'and', 'on', 'the', '&']);

/**
 * “The CDC says …”, “The U.S. Centers for Disease Control and Prevention estimates that …”: an
 * organisation a reader can look up, named right before its verb. Read word by word back from the
 * verb (at most eight words), so nothing backtracks: the run must be capitalised words and joiners,
 * and hold an acronym or an organisation word.
 */
function organisationSays(text: string): Attribution[] {
  const found: Attribution[] = [];
  organisationVerb.lastIndex = 0;
  for (let match = organisationVerb.exec(text); match; match = organisationVerb.exec(text)) {
    const words = text
      .slice(Math.max(0, match.index - 120), match.index)
      .split(/\s+/u)
      .filter(Boolean)
      .slice(-8);
    let start = match.index;
    let named = false;
    let cursor = match.index;
    for (let index = words.length - 1; index >= 0; index--) {
      const word = words[index] as string;
      const bare = word.replace(/^[(“"]+|[,”")]+$/gu, '');
      const capitalised = /^\p{Lu}/u.test(bare);
      if (!capitalised && !nameJoiners.has(bare)) break;
      // The end of the sentence before (“… in 2015. The CDC says”), but not an abbreviation (“U.S.”).
      if (/[.!?]$/u.test(bare) && !/^(?:\p{Lu}\.)+$/u.test(bare)) break;
      if (word !== bare && index < words.length - 1) break;
      cursor = text.lastIndexOf(word, cursor - 1);
      if (capitalised) start = cursor;
      if (/^\p{Lu}{2,}$/u.test(bare.replace(/['’]s$/u, '')) || organisationWords.has(bare)) named = true;
    }
    if (named)
      found.push({
        id: 'named-organisation',
        kind: 'named',
        start,
        end: match.index + match[0].length,
        text: text.slice(start, match.index + match[0].length),
      });
  }
  return found;
}

/** The named source who says this sentence, or undefined. */
export function speakerOf(document: ProseDocument, sentence: Sentence): Attribution | undefined {
  return speakersOf(document).get(sentence);
}

/**
 * A named source that says this sentence or the one right before or after it in the same
 * paragraph: a figure with its source one sentence away is sourced (JUDGING.md: “a named source
 * in the same or adjacent sentence”).
 */
export function speakerNear(document: ProseDocument, sentence: Sentence): Attribution | undefined {
  const { sentences } = sentence.block;
  return (
    speakerOf(document, sentence) ??
    neighbourSpeaker(document, sentences[sentence.index - 1]) ??
    neighbourSpeaker(document, sentences[sentence.index + 1])
  );
}

function neighbourSpeaker(document: ProseDocument, sentence: Sentence | undefined): Attribution | undefined {
  return sentence ? speakerOf(document, sentence) : undefined;
}
