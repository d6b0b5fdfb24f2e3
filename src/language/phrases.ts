/**
 * Phrase lexicons compiled to one case-insensitive regular expression each, matched on word
 * boundaries. Phrases are literal text: a space matches any run of white space or a hyphen, `*`
 * at the end of a word matches any word ending ("reverse*" → reverses, reversing).
 */
export interface PhraseMatch<Entry> {
  entry: Entry;
  start: number;
  end: number;
  text: string;
}

export interface PhraseEntry {
  id: string;
  match: readonly string[];
}

export class PhraseMatcher<Entry extends PhraseEntry> {
  private readonly pattern: RegExp;
  private readonly entries: Entry[] = [];

  constructor(entries: readonly Entry[]) {
    // Longest phrase first, so that "most effective treatment" wins over "most effective".
    const phrases = entries
      .flatMap((entry) => entry.match.map((phrase) => ({ entry, phrase })))
      .sort((a, b) => b.phrase.length - a.phrase.length);
    const alternatives = phrases.map(({ phrase }) => `(${phraseSource(phrase)})`);
    for (const { entry } of phrases) this.entries.push(entry);
    this.pattern = new RegExp(
      alternatives.length > 0 ? `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])` : '(?!)',
      'giu',
    );
  }

  matchAll(text: string): PhraseMatch<Entry>[] {
    const found: PhraseMatch<Entry>[] = [];
    this.pattern.lastIndex = 0;
    for (let match = this.pattern.exec(text); match; match = this.pattern.exec(text)) {
      const group = match.findIndex((value, index) => index > 0 && value !== undefined);
      const entry = this.entries[group - 1];
      if (entry) found.push({ entry, start: match.index, end: match.index + match[0].length, text: match[0] });
      if (match[0].length === 0) this.pattern.lastIndex++;
    }
    return found;
  }
}

function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => {
      const wildcard = word.endsWith('*');
      const literal = (wildcard ? word.slice(0, -1) : word)
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/['’]/g, "['’]");
      return wildcard ? `${literal}\\p{L}*` : literal;
    })
    .join('[\\s-]+');
}
