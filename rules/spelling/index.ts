import { spellCheckerFor } from '../../src/spelling/checker.js';
import { dictionaryProblem, personalDictionary } from '../../src/spelling/personal.js';
import { mixedScriptWord } from '../../src/spelling/mixed-scripts.js';
import { checkableWords } from '../../src/spelling/tokens.js';
import { oxfordToBritish } from '../../src/spelling/variants.js';
import { isSingleEdit } from '../../src/spelling/single-edit.js';
import { defineRule } from '../../src/rule/define-rule.js';
import type { Dialect, ReportExtras } from '../../src/rule/types.js';

export interface Options {
  /** Extra words to accept, exactly or in lower case ("esketamine", "Freudenberger"). */
  words?: string[];
  /** A word list or Hunspell `.dic` (with its `.aff`), or several, relative to the config file. */
  dictionary?: string | string[];
  /** Offer suggestions in `expected`; off saves time on very large runs. */
  suggestions?: boolean;
}

/**
 * Suggestions cost up to tens of milliseconds a word; a file with hundreds of unknown words
 * (a pasted table of gene names) gets them for its first words only. Cached words are free.
 */
const suggestionsPerFile = 50;

export default defineRule<Options>({
  id: 'spelling',
  scope: 'text',
  docs: {
    summary: 'Flags misspelled words, with suggestions, in the article’s dialect (en-US or en-GB).',
    rationale:
      'Misspellings cost a health article its credibility, and a misspelled drug or condition name can send a reader to the wrong search result.',
    guideline:
      'Hunspell dictionaries (dictionary-en, dictionary-en-gb) plus drug names from Drugs@FDA and reviewed health terms. `language: auto` picks the dialect from the article’s own spellings. Capitalised words no dictionary knows are taken for names unless a close known spelling exists (“Freundenberger” → “Freudenberger”). ALL-CAPS acronyms, words with digits, URLs, e-mail addresses and code are never checked.',
    howToFix:
      'Correct the word, or add it to the `words` option or a `dictionary` file when it is a name or term the dictionary lacks.',
  },
  messages: {
    misspelledWithSuggestion: 'Unexpected misspelling `{word}`, expected {suggestions}',
    misspelled: 'Unexpected unknown word `{word}`, check its spelling or add it to `words`',
    mixedScripts: 'Unexpected mixed scripts in `{word}`, expected Latin letters (`{reads}`)',
  },
  optionsSchema: {
    type: 'object',
    properties: {
      words: { type: 'array', items: { type: 'string', minLength: 1 } },
      dictionary: {
        oneOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { type: 'string', minLength: 1 } },
        ],
      },
      suggestions: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  defaults: { words: [], dictionary: [], suggestions: true },
  examples: [
    {
      title: 'A misspelled name and word',
      input: 'Burnout was named by Dr Herbert Freundenberger, who recieved many letters.',
      flags: ['Freundenberger', 'recieved'],
    },
    {
      title: 'Drug names, acronyms, names and British spellings',
      input: 'Esketamine and semaglutide were randomised against placebo in PTSD and COVID-19 by Dr Roulac.',
      language: 'en-GB',
      flags: [],
    },
    {
      title: 'Look-alike Cyrillic or Greek letters inside a Latin word',
      input: 'This tea \u0441ures colds. Greek letters in \u03b2-blockers, TNF\u03b1 and 5 \u00b5g doses are fine.',
      flags: ['\u0441ures'],
    },
    {
      title: 'Personal words',
      input: 'We tested the zorblax protocol.',
      options: { words: ['zorblax'] },
      flags: [],
    },
  ],
  checkOptionFiles: (options, baseDirectory) => dictionaryProblem(options.dictionary, baseDirectory),
  check(document, { options, dialect, dialectDetected, baseDirectory, report }) {
    const checker = spellCheckerFor(dialect);
    const personal = personalDictionary(options.words, options.dictionary, baseDirectory);
    let budget = options.suggestions === false ? 0 : suggestionsPerFile;
    for (const block of document.blocks) {
      // Checked apart from spelling: a word with letters of other scripts is never a checkable word.
      for (const sentence of block.sentences) {
        for (const word of sentence.words) {
          const reads = mixedScriptWord(word.text);
          if (reads === undefined) continue;
          const span = block.span(word.start, word.end);
          report('mixedScripts', span, { word: word.text, reads }, { actual: word.text, expected: [reads] });
        }
      }
      for (const word of checkableWords(block)) {
        if (checker.check(word.text, personal) === 'known') continue;
        if (word.joined && checker.check(word.joined.toLowerCase(), personal) === 'known') continue;
        if (
          dialectDetected &&
          dialect === 'en-GB' &&
          isOxfordSpelling(word.text, (variant) => checker.check(variant, personal))
        ) {
          continue;
        }
        const suggestions = budget-- > 0 ? checker.suggest(word.text) : [];
        const span = block.span(word.start, word.end);
        if (suggestions.length === 0) {
          report('misspelled', span, { word: word.text }, { actual: word.text });
          continue;
        }
        const extras = safeReport(word.text, suggestions, dialect, dialectDetected);
        report(
          'misspelledWithSuggestion',
          span,
          { word: word.text, suggestions: extras.expected!.map((candidate) => `\`${candidate}\``).join(', ') },
          extras,
        );
      }
    }
  },
});

/**
 * The report's suggestions, with the one `--fix` may apply unasked first: the only candidate one
 * letter away; or, where the dialect was configured rather than guessed, the one variant of a word
 * the other dialect spells that way ("randomized" in en-GB → "randomised", not also "colon" for "color").
 */
function safeReport(word: string, suggestions: string[], dialect: Dialect, dialectDetected: boolean): ReportExtras {
  const otherDialect = spellCheckerFor(dialect === 'en-GB' ? 'en-US' : 'en-GB');
  const otherDialectWord = otherDialect.check(word) === 'known';
  let fix: string | undefined;
  if (otherDialectWord) {
    const variants = suggestions.filter(
      (candidate) => isSingleEdit(word, candidate) && otherDialect.check(candidate) !== 'known',
    );
    if (!dialectDetected && variants.length === 1) fix = variants[0];
  } else if (suggestions.length === 1 && isSingleEdit(word, suggestions[0]!)) {
    fix = suggestions[0];
  }
  const expected = fix ? [fix, ...suggestions.filter((candidate) => candidate !== fix)] : suggestions;
  return { actual: word, expected, ...(fix ? { safeFix: true } : {}) };
}

/** An -ize word in an article detected as British is Oxford spelling when its -ise form is known. */
function isOxfordSpelling(word: string, check: (variant: string) => string): boolean {
  const british = oxfordToBritish(word);
  return british !== undefined && check(british) === 'known';
}
