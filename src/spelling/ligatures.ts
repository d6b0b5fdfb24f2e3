/**
 * Typographic ligatures of Latin letters (U+FB00–U+FB06: “ﬁ”, “ﬂ”, “ﬀ”, “ﬃ”, “ﬄ”, “ﬅ”, “ﬆ”), which text
 * copied from a typeset PDF keeps: a reader sees the letters they join, so “signiﬁcantly” is
 * checked as “significantly”, and a ligature inside a misspelling still leaves it one.
 */
const ligature = /[\uFB00-\uFB06]/u;
const ligatures = /[\uFB00-\uFB06]/gu;

/** The text with each ligature written out as its letters (NFKC: “ﬁ” → “fi”); the text itself when it has none. */
export function withoutLigatures(text: string): string {
  return ligature.test(text) ? text.replace(ligatures, (joined) => joined.normalize('NFKC')) : text;
}
