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
      !/\b(?:said|says|explained|explains|added|adds|noted|notes|told|writes|wrote|commented|comments|stated|states|cautioned|cautions|warned|warns|concluded|concludes|reported|reports|according to)\b/.test(
        block.text,
      )
    )
      continue;
    const attributions = [...findNamedAttributions(block.text), ...namedAccordingTo(block.text)];
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

/** The named source who says this sentence, or undefined. */
export function speakerOf(document: ProseDocument, sentence: Sentence): Attribution | undefined {
  return speakersOf(document).get(sentence);
}
