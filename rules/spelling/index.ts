import { isClearlyDialect, isTellingSpelling } from '../../src/language/dialect.js';
import { isAuthorInReferenceLine, isInCitedTitle, isInMarkedAuthorList } from '../../src/language/cited-titles.js';
import { standsAsBrandOrCompany } from '../../src/language/organisation-names.js';
import type { SourceSpan } from '../../src/prose/types.js';
import {
  spellCheckerFor,
  type PersonalDictionary,
  type SpellChecker,
  type WordPlace,
} from '../../src/spelling/checker.js';
import {
  isForeignInContext,
  isInForeignPassage,
  isSpeciesName,
  isTaxonAbbreviation,
} from '../../src/spelling/foreign.js';
import { mixedScriptWord, otherScriptLetter } from '../../src/spelling/mixed-scripts.js';
import { NameSpellings, standsAsName, type PlacedWord } from '../../src/spelling/names.js';
import { personalDictionary } from '../../src/spelling/personal.js';
import { spellingOptionFiles } from '../option-files.js';
import { checkableWords, type CheckableWord } from '../../src/spelling/tokens.js';
import {
  isAgentNoun,
  isEverydayPrefixed,
  isMedicalSuffix,
  isNounAdjective,
  isPluralOfKnownNoun,
  isVerbedWord,
} from '../../src/spelling/derivation.js';
import { hunspellFor } from '../../src/spelling/hunspell.js';
import { lexicon as loanPhraseLexicon } from '../../src/language/loan-phrases.generated.js';
import { lexicon as unitSymbolLexicon } from '../../src/language/unit-symbols.generated.js';
import {
  acronymSplitJoins,
  isClippingAfterLetter,
  ArticleWords,
  bracketJoinedWord,
  hyphenatedPieces,
  isCompoundPiece,
  isLetterSlipOf,
  isPronunciationRespelling,
  isReduplication,
  isSpokenForm,
  isTransposedKnownWord,
  isRepeatedShortTerm,
  isStatisticNotation,
  isUnitAfterNumber,
  isUnknownCompound,
  endsInReferenceNumeral,
  isFollowedByPronunciation,
  isIdentifierLabel,
  isAppositiveToKindNoun,
  isDefinedByKindApposition,
  isNamedByPhrase,
  isReleaseSourceLine,
  isCreditAfterEchoedCaption,
  isShortFormBesideLongForm,
  LoanPhrases,
  otherListItems,
  isFollowedByMakerPredicate,
  isClippedTwinOfNeighbour,
  isParticleNounPlural,
  isStereodescriptorOfChemical,
} from '../../src/spelling/word-context.js';
import { agentNounInEr, oxfordToBritish } from '../../src/spelling/variants.js';
import { withoutLigatures } from '../../src/spelling/ligatures.js';
import { shortWordLength, showsSlip } from '../../src/spelling/slip-evidence.js';
import { latinLetters, oneEditApart } from '../../src/words/edits.js';
import { isTypingSlip } from '../../src/spelling/typing-slips.js';
import { defineRule } from '../../src/rule/define-rule.js';
import type { Dialect, ReportExtras } from '../../src/rule/types.js';

export interface Options {
  /** Extra words to accept, exactly or in lower case ("esketamine", "Freudenberger"). */
  words?: string[];
  /** A word list or Hunspell `.dic` (with its `.aff`), or several, relative to the config file. */
  dictionary?: string | string[];
  /**
   * Installed dictionary packages, by npm name, resolved from the config file's folder: a cspell
   * dictionary package (`@cspell/dict-medicalterms`) or a Hunspell one (`dictionary-en-au`).
   */
  packages?: string[];
  /** Offer suggestions in `expected`; off saves time on very large runs. */
  suggestions?: boolean;
  /** Also report the findings held back (`tentative` below): unknown words out of a typist's reach. */
  tentative?: boolean;
}

/**
 * Suggestions cost up to tens of milliseconds a word; a file with hundreds of unknown words
 * (a pasted table of gene names) gets them for its first words only. Cached words are free.
 */
const suggestionsPerFile = 50;

export default defineRule<Options>({
  id: 'spelling',
  scope: 'text',
  tentative:
    'an unknown word out of a typist’s reach, which readers judged correct in about one finding of seven: no known word is spelled with its consonants in their order within half its letters in edits (a typist who cannot spell “literature” writes “litriture”, keeping the consonants and guessing the vowels), the search for suggestions finds none, and it is no two words run together. Such a word is most often a term no list holds: a new drug’s name (“relamorelin”, “mibampator”), a chemical, an herb, a brand or a coinage (“exergaming”). Also the other dialect’s telling spelling (“centre”, “metre”, “orthopaedics”, “behavior”, “randomised”: the -re, -our, -ise, ae and oe spellings the dialect guess counts) in an article whose dialect `language: auto` guessed rather than the configuration set, which readers judged correct in one finding of seven: a quote’s, a department’s or a house style’s spelling more often than a slip.',
  docs: {
    summary: 'Flags misspelled words, with suggestions, in the article’s dialect (en-US or en-GB).',
    rationale:
      'Misspellings cost a health article its credibility, and a misspelled drug or condition name can send a reader to the wrong search result.',
    guideline:
      'Hunspell dictionaries (dictionary-en, dictionary-en-gb) plus drug names from Drugs@FDA, reviewed health terms, MeSH and Disease Ontology words, and places, sponsors, companies and first names (accepted only capitalised; notices in `dictionaries/NOTICE-vocabulary.md`). `language: auto` picks the dialect from the article’s own spellings, and an article that is not clearly one dialect accepts both (the other dialect’s words the check finds count against the article’s own: “analog” beside two “randomised” makes a mixed text; an agent noun in “-or” whose “-er” form the British list holds, “advisor” beside “adviser”, is both dialects’).\n\nA capitalised word inside a sentence that no list knows is taken for a name unless a drug’s name is one edit away (“Cumadin”) where the article names no brand or company by that spelling (“the Genecept test”, “the Progensa PCA3 test”, “purchased by Veracyte”), a long one is a slip from a listed surname (“Freundenberger” → “Freudenberger”) that is no listed surname with a family-name ending (“Hadley Johnsonbaugh”: “Johnson” + “-baugh”), or the article spells it another way elsewhere; at a sentence’s start or in a title-case headline, a dictionary word one edit away makes it a misspelling, unless the sentence says what a company or a product does or is (“Ainsulin has made peanut flour into a medicine”, “Activix is one of a number of yogurts”) and the word reads as no slip of a known word: only its first letter sets it apart from an everyday word, or a key far from the other from a rarer one (“Reserch has made progress” is a slip). Words run together with a capital (“CenterThe”, “ContactDorothy Hornbeck”) are flagged, unless the article writes the same spelling again, as a brand that joins a word and a name does (“ExcelVite Sdn. Bhd.” beside “ExcelVite”).\n\nLower-case words English builds (closed compounds such as “jumpstart”, “bleedings”), also capitalised by a sentence’s start, and a term the article writes three times alike are accepted unless a known word is one edit away or it splits into two words (“fourmonths”); a closed compound of two common words English compounds freely, each heading or ending many compounds of the dictionary (“bloodwork”: “bloodstream”, “homework”), also when only a rarer known word is one edit away (“bloodworm”) and no everyday one (“keyhold”) unless the article writes it, but not a part English compounds little with or a suffix (“bearword”, “severless”); a clipping of a known word the article writes in full (“glute” beside “gluteus”) unless the article writes a word one edit from it; “re-”, “pre-”, “co-”, “un-”, “post-”, “over-”, “non-”, “mid-”, “tele-” words on a known word (“cofounded”, “postrace”, “nonskin”, “midchildhood”, “teledermatology”), “-ist” specialists named after a known word in “-al” or “-ive” (“hospitalists”, “intensivists”), “-er” nouns of a known “-ing” word (“bedwetters”), “-ment” nouns of a known verb (“engraftment”), a known word used as a verb (“lasering”, not a typist’s slip of a known word: “refering”), also in place of a final “e” where no known word is one edit away (“imbalancing”, not “advicing”), and pieces of hyphenated words beside known words or in a hyphenated name (“cath-lab”, “anti-vaxxers”, “Kim Jong-su”) or rhyming with the piece beside them (“wham-bam”, “flip-flop”) unless two letters are swapped from a known word (“well-knwon”), a piece is an everyday word with a letter dropped or doubled (“well-knwn”) that the article does not write in full (“cath-lab” beside “catheters” is a clipping) and, as the last piece, ends no everyday word (“middle-agers”: “agers” ends “managers”), or the article writes a word one edit away; so are contractions and dropped-g forms of everyday words (“there’ll”, “breathin’”), a term after “called” or “also known as” or in the list they open (“also known as lipolysis, lipozap and mesotherapy”) or alone between commas after a noun of its kind (“a similar drug, vilaprisan, …”; but “the drug, metfromin,”, one edit from a known word) or before an apposition saying what kind of thing it is (“viniyoga, a style of hatha yoga”) or alone in quotes (a misspelling too when the text quotes the word it misspells: “the” came out as “hte”), a name followed by its pronunciation with its stress in capitals (“emocha (ee-MOH-kuh)”, whatever word is one edit away), a short form defined beside its long form of two words or more in parentheses (“electronic cigarettes (ecigs)”, and the same short form elsewhere in the article, unless it is one edit from a word of the long form), a pronunciation written out after “pronounced” (“eye va kaf tor”) or quoted alone in parentheses after its word (“qi (‘chee’)”), a medical suffix named with its hyphen (“the suffix -itis”), a listed name in lower case before “syndrome” or “disease”, lists of three unknown names, and two after “such as” or “including” joined by “and” or “or”, neither one edit from a known word (“such as cafestol and kahweol”), an unknown word of six letters or more listed among two known words or more, half of them drugs or health terms, no known word one edit away (“furosemide, cicletanine, pramidosin and etozolin”; but “etozolinn”), a unit’s symbol after a number (“500 ng”), statistical notation beside its value (“df = 2”, “1 df”, “2 sd below the norm”), a taxonomic abbreviation after a genus (“Astragalus spp.”), “olds” after a unit of age (“5 year olds”), a word an editor completed in square brackets when the whole is a word (“pharma[ceutical]”), the words of a loan phrase or Latin medical phrase dictionaries list, written whole (“tour de force”, “en masse”, “vena cava”, “do’s and don’ts”, the German degree “Dr. rer. nat.”), and real words of the large English lists one edit from a common word by an edit no typist makes (a letter added, a key far from the other, the first letter: “crawfish” beside “crayfish”, “wonton” beside “wanton”; or another regular ending on the same known stem: “speeded” beside “speeder”, “gummies” beside “gummiest”, “designee” beside “designer”), unless the article writes a word one edit from them other than another ending of the same stem (“focussed” beside “focusses”). Rare and informal words of SCOWL’s size 80 that read as no typist’s slip of a common word are accepted as written (“backcountry”, “toolbag”), where an everyday word is one edit away only if the article writes no word one edit from them (“smooshes” beside no “smooches”), and never offered as a suggestion. So are a hyphen piece clipping a known word that ends as the piece beside it does (“morbi-mortality”: “morbidity”), a stereodescriptor before a chemical’s name (“dl-ornithine”, “dl-α-tocopherol”), the plural of a particle ending a noun after its verb (“add-ons”), a Latin neuter epithet after a genus (“Foeniculum vulgare”) and a word split around the capitals of an acronym (“co G nitive H e A lth”). Medical word formation is accepted: a decimal prefix written on a unit’s name (“milligray”, unless it reads as a typist’s slip) and a medical suffix on a known term of six letters or more, after a prefix or none (“hypothyroxinemia”, unless a known word is one edit away), and a word of eight letters or more opening with a WHO INN prefix stem that no English word of that length opens with (nal-, cef-, rifa-, nifur-, guan-, perfl-, salazo-: “nalfurafine”, unless a known word is one edit away). So are a word with three foreign words or more within three words either side (“Centre de recherche interdisciplinaire en réadaptation du Montréal”) and an author’s surname in a reference line that opens with two authors given as surname and initials (“Paulsen AJ, Cruickshanks KJ, …”; the words of its title are still checked), and the words of an author list whose items end in affiliation marks (“James Swain Scottsdale Arizona2, mark noar towson md8, …”).\n\nA lower-case word of four letters or fewer that no list holds is flagged only with a sign of a slip, since such words sit one edit from some listed word by chance (“qi”, “neti”, “choy”): a typist’s slip (letters swapped, dropped, doubled, struck on a neighbouring key, the first letter too) of a common word (“ws” for “was”, “qith” for “with”), or a word broken by a space (“cen ter”, “afte rthe”).\n\nTypeset ligatures are read as the letters they join (“signiﬁcantly”); the plural in -ies of a listed term is accepted (“vertebroplasties”); so is a capitalised word after a person’s first name, in a title-case credit line too (“Photo: Anna Brucello/The Daily Ledger”), unless an everyday word is one edit away. Words with letters English does not write that are no English word with an accent added (“zélio”, “Jyväskylä”; but “débilitated”) are foreign words or names. Name particles before a name or inside a foreign one (“de”, “van”, “Centre de recherche”, “Alphen aan den Rijn”), Latin and foreign phrases (“et al.”, “in vivo”, “de novo”), accented words among foreign words or alone on a line (“Español”, a link to the page in another language), ALL-CAPS acronyms, words with digits, URLs (also with a space before “.com”), e-mail addresses, @handles, hashtags, DOIs (and the label “doi” before one, and “pii” or “pmid” before an identifier), a wire release’s “SOURCE” line naming its issuer (“SOURCE kaleo”), a reference numeral run into a known word when more follow (“womeni,ii”), words holding an HTML character reference in plain text (“B&#246;sner”), image credits (the name or handle before a picture agency: “maria lopez / Getty Images”, “warrenlens/iStock”; after “Photo by” or “Credit:”; between a slideshow’s caption and the text that repeats it: “Beans Ana Ruiz Beans are cheap”) and code are never flagged.\n\nA word that is two everyday words run together is offered as those two words (“fourmonths” → “four months”, “whichis” → “which is”), after an everyday word one edit away (“acount” → “account”, then “a count”).\n\n`packages` adds installed cspell or Hunspell dictionary packages; some (`@cspell/dict-medicalterms`) are GPL: you install them in your project, healthlint does not ship them.',
    howToFix:
      'Correct the word, or add it to the `words` option, a `dictionary` file or an installed dictionary package (`packages`) when it is a name or term the dictionaries lack.',
  },
  messages: {
    misspelledWithSuggestion: 'Unexpected misspelling `{word}`, expected {suggestions}',
    misspelled: 'Unexpected unknown word `{word}`, check its spelling or add it to `words`',
    mixedScripts: 'Unexpected mixed scripts in `{word}`, expected Latin letters (`{reads}`)',
    nameSpelledTwoWays: 'Unexpected `{word}`: the article also spells it `{other}`',
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
      packages: { type: 'array', items: { type: 'string', minLength: 1 } },
      suggestions: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  defaults: { words: [], dictionary: [], packages: [], suggestions: true },
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
      title: 'Foreign words, name particles, addresses and handles',
      input:
        'Smith et al. grew the cells in vitro at the Université de Montréal (jamanetworkopen .com/fullarticle, @utmbnews, #hearthealth).',
      flags: [],
    },
    {
      title: 'Loan phrases, units after a number, ages and words an editor completed in brackets',
      input:
        'A tour de force, said the pharma[ceutical] firm: 500 ng a day of a racetam for 3 to 5 year olds. The pharma[cuetical] firm left en masse.',
      flags: ['cuetical'],
    },
    {
      title: 'Real words one edit from a common word by an edit no typist makes, unless the article writes that word',
      input: 'A realtor brought crawfish and wonton soup. Nobody wanted crayfish, then crawfish.',
      flags: ['crawfish', 'crawfish'],
    },
    {
      title:
        'A closed compound of two words English compounds freely beside a rarer known word, unless the article writes that word',
      input: 'Her bloodwork came back normal. A bearword and a backtic slipped into the next page.',
      flags: ['bearword', 'backtic'],
      language: 'en-US',
    },
    {
      title: 'The same compound where the article writes the rarer word one edit away',
      input: 'The bait shop sold bloodworm by the tub, and the owner’s bloodwork came back normal.',
      flags: ['bloodwork'],
      language: 'en-US',
    },
    {
      title: 'Real words of the large English lists with another regular ending than a common word on the same stem',
      input: 'The drug speeded recovery; the chief’s designee handed out gummies. A speeded test.',
      flags: [],
      language: 'en-US',
    },
    {
      title: 'Words built from known words: a prefix, an adjective of a condition, adjectives used as nouns',
      input:
        'The deconditioned patients used topicals and biologicals; two were dysmorphophobic after their infarctions.',
      flags: [],
    },
    {
      title:
        'Words on the prefixes uni-, acu- and ethno-, and drug names or classes on an INN stem no listed drug is one edit from',
      input:
        'Unifocal lesions were treated with acustimulation, the gene therapy neparvovec or piretanide; keyhold surgery followed. Its ethnomedical uses differ from fibrates.',
      flags: ['keyhold'],
    },
    {
      title: 'Rhyming compounds, accented words, prefixes and doers the dictionaries leave out',
      input:
        'The wham-bam décor of the clinic suited its bedwetters and their caregivers; postrace checks were a flip-flop. It is a well-knwn fact that the beginers came. A bedwetter came too.',
      flags: ['knwn', 'beginers'],
    },
    {
      title:
        'The head of a compound after a known word, one letter longer than an everyday word, unless that letter doubles its neighbour',
      input: 'The quiz-meister read out the well-knoown rules to the middle-agers and a tomatoe-based recipe.',
      flags: ['knoown', 'tomatoe'],
    },
    {
      title: 'A clipping of a word the article writes in full, not a compound one edit from a known word',
      input: 'Squeeze your glute muscles: the gluteus medius steadies the hip. Her keyhold scar healed.',
      flags: ['keyhold'],
    },
    {
      title: 'No clipping: an everyday word with its last letter dropped, beside a longer word it opens',
      input: 'The drug was effective, but the effec wore off as the dose kept increasing. Each week it would increas.',
      flags: ['effec', 'increas'],
    },
    {
      title: 'An agent noun in “-or” whose “-er” form the British list holds, in a British article',
      input: 'The medical advisor to the charity said the colour of the tumour changed.',
      flags: [],
      language: 'en-GB',
    },
    {
      title:
        'A term between commas after a noun naming its kind, two unknown examples after “such as”, unless a known word is one edit away',
      input:
        'Bayer tested a similar drug, zelvaprisan, last year; the drug, metfromin, came next. Coffee holds compounds such as quorvanol and tezhweol, and others such as metfromin and insulin.',
      flags: ['metfromin', 'metfromin'],
    },
    {
      title: 'Real words of the large lists one edit apart by another ending of one stem',
      input: 'She focussed on sleep and focusses on diet. The drug was resistent to heat.',
      flags: ['resistent'],
      language: 'en-GB',
    },
    {
      title: 'A real word of the large lists beside its own singular or plural one edit away',
      input: 'The senator was no demagogue, but demagogs thrive on fear, said one demagog.',
      flags: ['demagogs', 'demagog'],
      language: 'en-US',
    },
    {
      title:
        'A known word used as a verb (also in place of its final “e”), “-ment” nouns of “en-” verbs, “non” on a short word, a respelling in parentheses',
      input:
        'Lasering the scar helped; engraftment was quick in nonskin cancers. The refering doctor agreed. Qi ("chee") flows. The diuretic kept imbalancing his salts. Nurses kept advicing rest.',
      flags: ['refering', 'advicing'],
    },
    {
      title:
        'A word and a name run together that the article writes twice (a brand as it styles itself), a term defined by the apposition after it',
      input:
        'The oil came from HealthVite. A manager at HealthVite Sdn. Bhd. agreed. The class taught drovinyoga, a style of hatha yoga.',
      flags: [],
      language: 'en-US',
    },
    {
      title: 'The same shapes written once, or one edit from a known word',
      input:
        'A manager at HealthVite Sdn. Bhd. agreed. The class taught yogga, a style of exercise, and drovinyoga daily.',
      flags: ['HealthVite', 'yogga', 'drovinyoga'],
      language: 'en-US',
    },
    {
      title:
        'An unknown word listed among drugs the lists know, a name opening a sentence that says what a company or product does or is',
      input:
        'Trials compared furosemide, cicletanine, pramidosin and etozolin. Ainsulin has made peanut flour into a medicine. Activix is one of a number of yogurts.',
      flags: [],
      language: 'en-US',
    },
    {
      title:
        'The same words elsewhere, a slip of a listed drug, a list of everyday words, slips of known words before the same predicates',
      input:
        'Patients took pramidosin daily; others took furosemide, cicletanine, etozolinn and piretanide, or had fever, cough, pramidosin and nausea. Ainsulin helps. Emotiva is one of a number of yogurts. Reserch has made progress.',
      flags: ['pramidosin', 'etozolinn', 'pramidosin', 'Ainsulin', 'Emotiva', 'Reserch'],
      language: 'en-US',
    },
    {
      title:
        'Rare and informal words of the large English lists, a hyphen piece clipping a word that ends as its neighbour does, a stereodescriptor before a chemical',
      input:
        'Officials bloviated about the fourteener and the catface. The hikers smoosh their food. Rates of morbi-mortality fell. Patients took dl-ornithine and dl-α-tocopherol.',
      flags: [],
      language: 'en-US',
    },
    {
      title:
        'A rare word where the article writes the everyday word one edit away, a clipped piece beside a word it does not end like',
      input: 'The hikers smoosh their food and smooch. The morbi-weather was bad.',
      flags: ['smoosh', 'morbi'],
      language: 'en-US',
    },
    {
      title: 'A name spelled two ways in one article',
      input: 'Dr Anna Kowalczyk led the trial. Patients of Dr Kowalcyzk improved.',
      flags: ['Kowalcyzk'],
    },
    {
      title:
        'Ligatures of typeset text, words with letters English does not write, plurals of listed terms, credit lines',
      input:
        'The ﬁrst dose was eﬀective, said the head of the start-up zélio. Surgeons did 40 vertebroplasties.\n\nPhoto: Anna Brucello/The Daily Ledger\n\nwarrenlens/iStock/Thinkstock\n\nThe eﬀect was signiﬁcanlty larger in débilitated patients.',
      flags: ['signiﬁcanlty', 'débilitated'],
    },
    {
      title: 'Short words the lists lack, unless they show a slip or a broken word',
      input: 'Move your qi, zzz and npj with a gyno; it ws kind, said the cen ter.',
      flags: ['ws', 'cen', 'ter'],
    },
    {
      title:
        'A short term the article writes three times alike, a term it introduced, a hyphenated term of unknown pieces, a cited title’s spelling',
      input:
        'Corn masa is ground; masa flour keeps; fortified masa lasts. A protein called trowaglerix helps, and trowaglerix blocks GPVI. Steam baths, chai-yok, are rare. The paper, “A double-blind, randomised controlled study of the vaccine,” was published in June.',
      flags: [],
      language: 'en-US',
    },
    {
      title:
        'The same words once, beside a known piece, or outside a title (with the tentative option, which shows the lone term out of a typist’s reach)',
      input:
        'Corn masa is ground. Designing a molecule on trowaglerix worked. It is a well-knwn fact. We randomised them.',
      options: { tentative: true },
      flags: ['masa', 'trowaglerix', 'knwn', 'randomised'],
      language: 'en-US',
    },
    {
      title:
        'Plurals of known nouns the article writes in the singular, “-y” adjectives of everyday nouns, open compounds the dictionaries list',
      input:
        'Colds and flus spread as the flu does; a few sneezy days; a pluggy look. We ate bok choy and chia seed with a cup of joe, then used a neti pot. The womens ward was abrupty shut; we ate bok.',
      flags: ['womens', 'abrupty', 'bok'],
    },
    {
      title:
        'Word formation: a prefix on a known word, two medical words joined by “o”, a drug by its INN stem, a clipping after a capital',
      input:
        'Deworming programs cut the underuse of care. The zygomaticotemporal branch was cut; holotranscobalamin rose. A similar drug, dalcetrapib, failed. It raises T regulatory cells; T regs calm the immune system.',
      flags: [],
      language: 'en-US',
    },
    {
      title: 'The same shapes as slips: a stem word one edit from a known drug, a prefix on a slip, a lone clipping',
      input: 'Patients took ipilumumab or ancetrapib. The overal rate fell in the undergound clinic. T regs calm it.',
      flags: ['ipilumumab', 'ancetrapib', 'overal', 'undergound', 'regs'],
      language: 'en-US',
    },
    {
      title:
        'A decimal prefix on a unit’s name, a medical suffix on a known term, a foreign passage, an author in a reference line',
      input:
        'The scan delivers 8.8 milligray; transient hypothyroxinemia is common. She works at the Centre de recherche interdisciplinaire en réadaptation du Montréal métropolitain.\n\nPaulsen AJ, Cruickshanks KJ, Fischer ME, et al. Relation between congnitive activity and mortality.',
      flags: ['congnitive'],
      language: 'en-US',
    },
    {
      title: 'A listed surname with a family-name ending after a first name, gene therapies by their INN stem',
      input: 'Co-authors included Hadley Johnsonbaugh of UCLA. The study used onasemnogene and voretigene.',
      flags: [],
      language: 'en-US',
    },
    {
      title: 'The same words as slips, alone in English prose, or a surname outside a reference line',
      input:
        'The scan delivers 8.8 milligrey; hypothyroxinemai is common. The interdisciplinaire team met, Dr Cruickshanks said.',
      flags: ['milligrey', 'hypothyroxinemai', 'interdisciplinaire', 'Cruickshanks'],
      language: 'en-US',
    },
    {
      title: 'Care at a distance, a point in a span, a specialist named after a word in -al or -ive',
      input:
        'Hospitalists and intensivists now offer teledermatology and telerehabilitation. Growth slowed in midchildhood and at midgestation.',
      flags: [],
      language: 'en-US',
    },
    {
      title: 'The same prefixes on a typist’s slip, and the specialist’s base word misspelled',
      input: 'The telephoen rang at the midel of the night. The hospitolist came.',
      flags: ['telephoen', 'midel', 'hospitolist'],
      language: 'en-US',
    },
    {
      title: 'The label “doi” without its colon before a DOI',
      input: 'Snakebite calls to a poisons service. Online First doi 10.1136/emermed-2012-201587',
      flags: [],
      language: 'en-US',
    },
    {
      title: 'A name holding an HTML character reference, in plain text scraped from a page',
      input: 'Stefan B&#246;sner and his colleagues write in the Deutsches &#196;rzteblatt.',
      format: 'text',
      flags: [],
      language: 'en-US',
    },
    {
      title: 'Statistical notation beside its value, and a taxonomic abbreviation after a genus',
      input:
        'Heterogeneity was low (Chi² = 4.90, df = 2; 1 df for the model), scores fell 2 sd below the norm, and extracts of Astragalus spp. were used.',
      flags: [],
      language: 'en-US',
    },
    {
      title: 'The same letters away from a number or a genus',
      input: 'The df was large and the sd was not; the spp grew.',
      flags: ['df', 'sd', 'spp'],
      language: 'en-US',
    },
    {
      title: 'A drug’s name by its INN prefix stem, unless a known word is one edit away',
      input: 'Patients took nalfurafine or rifalazil; others took naloxome.',
      flags: ['naloxome'],
      language: 'en-US',
    },
    {
      title:
        'A slideshow’s picture credit between its caption and the text that repeats it, and the same handle in prose',
      input:
        'Leafy greens fotolinne Leafy greens are rich in folate.\n\nBeans Ana Ruiz Beans are cheap.\n\nRed meat, says fotolinne, is fine.',
      flags: ['fotolinne'],
      language: 'en-US',
    },
    {
      title: 'Held back: unknown words out of a typist’s reach (with the tentative option)',
      input: 'Patients took relamorelin or mibampator, and some tried exergaming.',
      options: { tentative: true },
      flags: ['relamorelin', 'mibampator', 'exergaming'],
      language: 'en-US',
    },
    {
      title: 'Held back: unknown words out of a typist’s reach',
      input: 'Patients took relamorelin or mibampator, and some tried exergaming.',
      flags: [],
      language: 'en-US',
    },
    {
      title: 'Shown: a slip that keeps a known word’s consonants, with no suggestion',
      input: 'The litriture on it was perminantly unessasarily long.',
      flags: ['litriture', 'perminantly', 'unessasarily'],
      language: 'en-US',
    },
    {
      title:
        'A name followed by its pronunciation, a short form defined beside its long form, the names “also known as” lists',
      input:
        'Patients used an app called plivoria (plih-VOR-ee-uh) daily. Smokers tried electronic cigarettes (ecigs), and ecigs helped. The method is also known as fat melting, lipozap, and mesotherapy.',
      flags: [],
      language: 'en-US',
    },
    {
      title:
        'The same words without their pronunciation, long form or naming phrase, and a word mistyped beside its long form',
      input:
        'Patients used the app plivoria daily, and emocha too. Smokers tried ecigs. The method, like lipozap, failed. The treatmnet (treatment plan) worked.',
      flags: ['plivoria', 'emocha', 'ecigs', 'lipozap', 'treatmnet'],
      language: 'en-US',
    },
    {
      title:
        'A brand named once before its product’s noun, a reference line’s “pii”, a release’s SOURCE line, run-in reference numerals, degrees and idioms',
      input:
        'The Xarelta DX2 test is new. Doctors tested Xarelta in 900 men; it is common in womeni,ii. A list of do’s and don’ts, a cup o’ joe, and a Dr. rer. nat. degree.\n\nEur Urol Focus. 2017. pii: S2405-4569(17)30160-8\n\nSOURCE kaleo',
      flags: [],
      language: 'en-US',
    },
    {
      title: 'The same words where no brand, identifier or further numeral is named',
      input: 'Doctors tested Xarelta in 900 men. The pii was kind. It is common in womeni.',
      flags: ['Xarelta', 'pii', 'womeni'],
      language: 'en-US',
    },
    {
      title: 'An author list whose items end in affiliation marks, in whatever case, and the same names in prose',
      input:
        'Ann Lee Boston MA1, Raj Patel Austin TX2, Wu Chen Dallas TX3, lena sorvik tampa fl4, Omar Ali Reno NV5.\n\nWe met lena sorvik in tampa.',
      flags: ['lena', 'sorvik', 'tampa'],
      language: 'en-US',
    },
    {
      title:
        'The other dialect’s telling spelling in an article whose dialect was guessed: held back (shown with the tentative option)',
      input:
        'The center measured the color of each tumor. Tumors changed behavior in the theatre of the center, and the team recieved the data.',
      flags: ['recieved'],
    },
    {
      title: 'The same spelling where the configuration sets the dialect',
      input:
        'The center measured the color of each tumor. Tumors changed behavior in the theatre of the center, and the team recieved the data.',
      flags: ['theatre', 'recieved'],
      language: 'en-US',
    },
    {
      title: 'The plural of a particle ending a noun after its verb, and the same letters alone',
      input: 'Molecular add-ons absorb blue light; the ons of the trial were few.',
      flags: ['ons'],
      language: 'en-US',
    },
    {
      title: 'Personal words',
      input: 'We tested the zorblax protocol.',
      options: { words: ['zorblax'] },
      flags: [],
    },
  ],
  checkOptionFiles: spellingOptionFiles,
  check(document, { options, dialect, dialectDetected, baseDirectory, report }) {
    const checker = spellCheckerFor(dialect);
    // With `language: auto`, a document that is not clearly one dialect accepts both dialects' spellings.
    const otherDialectChecker = spellCheckerFor(dialect === 'en-GB' ? 'en-US' : 'en-GB');
    const otherDialect = dialectDetected && !isClearlyDialect(document, dialect) ? otherDialectChecker : undefined;
    // In an article taken for clearly one dialect, the other dialect's spellings are flagged only if
    // they leave it clearly that dialect once counted: they are evidence too ("analog" in a summary
    // that writes "randomised" twice is a mixed text, not a British one with a slip).
    const otherDialectWords = new Set<CheckableWord>();
    // The other dialect's telling spellings ("centre", "metre", "behavior") in an article whose
    // dialect was guessed (`language: auto`), not configured: held back (see `tentative`), since
    // readers judged them a house style's, a quote's or a name's far more often than a slip.
    const guessedDialectSpellings = new Set<CheckableWord>();
    const personal = personalDictionary(options.words, options.dictionary, baseDirectory, options.packages);
    let budget = options.suggestions === false ? 0 : suggestionsPerFile;
    const flagged: PlacedWord[] = [];
    // Capitalised words inside sentences, by spelling: a name spelled two ways in one article.
    const names = new NameSpellings();
    // How often the article writes each flagged spelling: a name or a term is spelled the same each time.
    const timesWritten = new Map<string, number>();
    // Terms the article introduces ("a protein called trowaglerix"), in lower case: the same term
    // written again later is the term, not a slip.
    const introducedTerms = new Set<string>();

    // A word known wherever it stands needs nothing more, unless it is a capitalised one inside a
    // sentence, which the name check below takes note of.
    const isSettled = (text: string, sentenceStart: boolean): boolean =>
      (sentenceStart || !startsWithCapital(text)) && checker.isKnownAnywhere(text, personal);
    const articleWords = new ArticleWords(document.blocks);
    for (const block of document.blocks) {
      // Checked apart from spelling: a word with letters of other scripts is never a checkable word.
      // Only a block holding Greek or Cyrillic letters can have one, and skipping the rest spares
      // building every sentence's words a second time (checkableWords builds them again).
      for (const sentence of otherScriptLetter.test(block.text) ? block.sentences : []) {
        for (const word of sentence.words) {
          const reads = mixedScriptWord(word.text);
          if (reads === undefined) continue;
          const span = block.span(word.start, word.end);
          report('mixedScripts', span, { word: word.text, reads }, { actual: word.text, expected: [reads] });
        }
      }
      for (const written of checkableWords(block, isSettled)) {
        const word = withLigaturesWrittenOut(written);
        // In a headline in title case a capital says no more than at a sentence's start.
        const place = {
          sentenceStart: word.sentenceStart || word.inTitleCase,
          beforeName: word.next !== undefined && /^\p{Lu}\p{Ll}/u.test(word.next),
        };
        const known =
          checker.check(word.text, personal, place) === 'known' ||
          isBrandRunTogether(word, place, checker, articleWords);
        if (!word.sentenceStart) names.add(word, block, known);
        if (known) continue;
        if (word.joined && checker.check(word.joined.toLowerCase(), personal) === 'known') continue;
        if (otherDialect?.check(word.text, personal, place) === 'known') continue;
        if (
          dialectDetected &&
          dialect === 'en-GB' &&
          isOxfordSpelling(word.text, (variant) => checker.check(variant, personal))
        ) {
          continue;
        }
        if (isForeignInContext(word, (text) => checker.check(text, personal) === 'known')) continue;
        if (isInForeignPassage(block.text, word.start, word.end, (text) => checker.isKnownAnywhere(text, personal))) {
          continue;
        }
        // A reference line's authors are the cited work's ("Paulsen AJ, Cruickshanks KJ, …"), as are
        // an author list's marked with affiliations ("James Swain Scottsdale Arizona2, …"). "pii"
        // before its identifier is a label, as "doi" is; a release's "SOURCE" line names its issuer
        // as it styles itself ("SOURCE kaleo"); "womeni,ii" is "women" with references i and ii.
        if (isAuthorInReferenceLine(block.text, word.start, word.end)) continue;
        if (isInMarkedAuthorList(block.text, word.start, word.end)) continue;
        if (isIdentifierLabel(block.text, word.start, word.end) || isReleaseSourceLine(block.text)) continue;
        // A slideshow's picture credit, between its caption and the text that repeats the caption.
        if (isCreditAfterEchoedCaption(block.text, word.start, word.end)) continue;
        if (endsInReferenceNumeral(block.text, word.start, word.end, (lower) => checker.isDictionaryWord(lower))) {
          continue;
        }
        if (isIntroducedTerm(word, block.text, checker)) {
          introducedTerms.add(word.text.toLowerCase());
          continue;
        }
        if (isAcronymLetterSplit(word, block.text, checker)) continue;
        const hyphenated = hyphenatedPieces(block.text, word.start, word.end);
        if (hyphenated && isUnknownCompound(hyphenated.pieces, (lower) => checker.check(lower, personal) === 'known')) {
          continue;
        }
        if (isPronunciationRespelling(block.text, word.start) || isNamedSuffix(word, block.text)) continue;
        if (isBracketedCompletion(word, block.text, (joined) => checker.check(joined, personal) === 'known')) continue;
        if (loanPhrases.holds(block.text, word.start, word.end) || isAgeNoun(word)) continue;
        if (isUnitAfterNumber(block.text, word.start, word.end, (lower) => unitSymbols.has(lower))) continue;
        if (isStatisticNotation(block.text, word.start, word.end)) continue;
        if (isTaxonAbbreviation(word, block.text.slice(word.end, word.end + 1))) continue;
        if (isLowerCaseEponym(word, (name) => checker.isListedName(name))) continue;
        if (isSpeciesName(word, (genus) => checker.isDictionaryWord(genus) || checker.isUnlistedName(genus))) continue;
        if (isFormedInContext(word, block.text, checker, articleWords)) continue;
        // "dl-ornithine", "rac-ibuprofen": which mirror form of a chemical, not a word.
        if (isStereodescriptorOfChemical(block.text, word.start, word.end, (lower) => isChemicalName(lower, checker))) {
          continue;
        }
        if (isInflectedKnownWord(word, checker, articleWords)) continue;
        if (isCloseWordInContext(word, checker, articleWords)) continue;
        if (isClippingOfWrittenWord(word, checker, articleWords)) continue;
        if (isShortWordWithoutSlip(word, checker)) continue;
        const otherDialectSpelling = otherDialectChecker.check(word.text, personal, place) === 'known';
        // "advisor" in a British article: agent nouns in "-or" and "-er" are standard in either
        // dialect; Hunspell's British list just holds the one ("adviser").
        const agentInEr = otherDialectSpelling ? agentNounInEr(word.text) : undefined;
        if (agentInEr !== undefined && checker.check(agentInEr, personal) === 'known') continue;
        // A cited paper's title keeps its own spelling ("randomised" in a Lancet title in a US release).
        if (otherDialectSpelling && isInCitedTitle(block.text, word.start, word.end)) continue;
        if (dialectDetected && !otherDialect && otherDialectSpelling) {
          if (isTellingSpelling(word.text)) guessedDialectSpellings.add(word);
          else otherDialectWords.add(word);
        }
        flagged.push({ word, block });
        timesWritten.set(word.text, (timesWritten.get(word.text) ?? 0) + 1);
      }
    }
    const listed = namesInLists(flagged, (lower) => checker.isOneEditFromKnown(lower));
    // A spelling the article writes once where a brand is named ("the Progensa test") is that
    // brand wherever else it writes it ("tested Progensa in 1,900 men").
    const brands = new Set(
      flagged.filter(({ word, block }) => isBrandOrCompany(word, block.text, checker)).map(({ word }) => word.text),
    );
    const mixedDialects = otherDialectWords.size > 0 && !isClearlyDialect(document, dialect, otherDialectWords.size);
    for (const { word, block } of flagged) {
      if (listed.has(word) || (mixedDialects && otherDialectWords.has(word))) continue;
      if (isUnknownAmongHealthTerms(word, block.text, checker, personal)) continue;
      if (introducedTerms.has(word.text.toLowerCase())) continue;
      // "Allergan" opening a sentence, one edit from "allergen": a name if the article writes it inside a sentence too.
      if ((word.sentenceStart || word.inTitleCase) && names.accepted(word.text)) continue;
      const times = timesWritten.get(word.text) ?? 0;
      if (isNameInArticle(word, times, checker.nameEvidenceNeeded(word.text), checker)) continue;
      if (times === 1 && isNameOpeningSentence(word, block.text, checker)) continue;
      // Even one edit from a drug's name ("Vercyte"), a capitalised word where brands and companies
      // are named is one: "purchased by Veracyte", "the Genecept test", and so elsewhere in the article.
      if (brands.has(word.text)) continue;
      const alike = termSpelling(word);
      if (alike && isArticleTerm(alike, articleWords.timesWritten(alike), checker, articleWords)) continue;
      const suggestions = budget-- > 0 ? checker.suggest(word.text) : [];
      const span = block.span(word.start, word.end);
      const variant = names.variantOf(word.text);
      const related = variant ? { related: [relatedSpelling(variant)] } : {};
      const guessedDialect = guessedDialectSpellings.has(word);
      if (suggestions.length === 0) {
        // Out of a typist's reach: no known word sounds like it, it splits into no two words and
        // the suggestion search finds none. Mostly a term no list holds, so held back.
        const tentative = guessedDialect || checker.isOutOfReach(word.text);
        report(
          'misspelled',
          span,
          { word: word.text },
          { actual: word.text, ...related, ...(tentative ? { tentative } : {}) },
        );
        continue;
      }
      const extras = {
        ...safeReport(word.text, suggestions, dialect, dialectDetected),
        ...related,
        ...(guessedDialect ? { tentative: true } : {}),
      };
      report(
        'misspelledWithSuggestion',
        span,
        { word: word.text, suggestions: extras.expected!.map((candidate) => `\`${candidate}\``).join(', ') },
        extras,
      );
    }
    // A name no list holds, spelled another way elsewhere in the article ("Freundenberger" beside
    // "Freudenberger"): the rarer unlisted spelling is the misspelling.
    for (const { word, block, variant } of names.misspelledNames((text) => checker.isUnlistedName(text))) {
      report(
        'nameSpelledTwoWays',
        block.span(word.start, word.end),
        { word: word.text, other: variant.word.text },
        { actual: word.text, expected: [variant.word.text], related: [relatedSpelling(variant)] },
      );
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
    // Two words a lost space would make are no dialect's spelling of the word ("clam our" for "clamour").
    const variants = suggestions.filter(
      (candidate) =>
        !candidate.includes(' ') && isSingleEdit(word, candidate) && otherDialect.check(candidate) !== 'known',
    );
    if (!dialectDetected && variants.length === 1) fix = variants[0];
  } else if (suggestions.length === 1 && isSingleEdit(word, suggestions[0]!)) {
    fix = suggestions[0];
  }
  const expected = fix ? [fix, ...suggestions.filter((candidate) => candidate !== fix)] : suggestions;
  return { actual: word, expected, ...(fix ? { safeFix: true } : {}) };
}

/** One edit apart, ignoring case: the suggestion is the writer's slip, not another word. */
function isSingleEdit(word: string, candidate: string): boolean {
  return oneEditApart(word.toLowerCase(), candidate.toLowerCase());
}

function relatedSpelling({ word, block }: PlacedWord): { span: SourceSpan; message: string } {
  return { span: block.span(word.start, word.end), message: `Spelled \`${word.text}\` here` };
}

/**
 * A capitalised word one edit from a dictionary word ("Permanente", "Plichta") is a name where the
 * article writes it twice alike or where names stand (see `standsAsName`); a long one next to a
 * listed surname only when written twice alike.
 */
function isNameInArticle(
  word: CheckableWord,
  times: number,
  needed: 'context' | 'repetition' | undefined,
  checker: SpellChecker,
): boolean {
  if (needed === undefined) return false;
  return times > 1 || (needed === 'context' && (standsAsName(word) || isSurnameAfterGivenName(word, checker)));
}

/**
 * A capitalised word opening a sentence that says what a company or a product does or is
 * ("Aimmune has made peanut into a product", "Activia is one of a number of yogurts", see
 * `isFollowedByMakerPredicate`), when it reads as no slip of a known word: no typist's slip and
 * no edit after its first letter makes one (see `isSlipOfKnownWord`). Only rarer words are one
 * edit away by edits typists do not make ("activin"), or an everyday one at the first letter
 * ("immune"): a name's closeness to some word by chance. "Reserch has made …" stays flagged.
 */
function isNameOpeningSentence(word: CheckableWord, text: string, checker: SpellChecker): boolean {
  if (!word.sentenceStart || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return false;
  if (checker.isSlipOfKnownWord(word.text.toLowerCase())) return false;
  return isFollowedByMakerPredicate(text, word.end);
}

/**
 * A capitalised word after a person’s first name ("Tony Cenicola/The New
 * York Times", a photo credit; a name in a title-case headline, where capitals prove nothing else):
 * the surname, unless an everyday word is one edit from it ("Tony Recieves" is a slip).
 */
function isSurnameAfterGivenName(word: CheckableWord, checker: SpellChecker): boolean {
  const given = word.previous;
  if (given === undefined || !/^\p{Lu}\p{Ll}+$/u.test(given)) return false;
  if (!checker.isPersonName(given)) return false;
  return !checker.isOneEditFromEverydayWord(word.text.toLowerCase());
}

/**
 * A word and a name run together before another name ("ExcelVite Sdn. Bhd."), which the article
 * writes more than once: a brand joining a word and a name as it styles itself ("ExcelVite" alone
 * elsewhere), not a label run into the name after it, which a page writes once ("ContactDorothy
 * Hornbeck").
 */
function isBrandRunTogether(
  word: CheckableWord,
  place: WordPlace,
  checker: SpellChecker,
  articleWords: ArticleWords,
): boolean {
  if (!place.beforeName || articleWords.timesWritten(word.text) < 2) return false;
  return checker.check(word.text, undefined, { ...place, beforeName: false }) === 'known';
}

/** A capitalised word no list knows, inside a sentence, where a brand or company is named (see `standsAsBrandOrCompany`). */
function isBrandOrCompany(word: CheckableWord, text: string, checker: SpellChecker): boolean {
  if (word.sentenceStart || word.inTitleCase || !checker.mayBeName(word.text)) return false;
  return standsAsBrandOrCompany(text, word.start, word.end);
}

/** Phrases English borrowed whole: "tour de force", "en masse" (see `loan-phrases.yml`). */
const loanPhrases = new LoanPhrases(loanPhraseLexicon.flatMap((entry) => entry.match));

/** Units' symbols in lower case, accepted after a number: "500 ng" (see `unit-symbols.yml`). */
const unitSymbols = new Set<string>(unitSymbolLexicon.flatMap((entry) => entry.match));

/**
 * A word an editor completed in square brackets ("pharma[ceutical]", "[s]he"): the piece inside or
 * beside the brackets is no word, the whole is (see `bracketJoinedWord`).
 */
function isBracketedCompletion(word: CheckableWord, text: string, isKnown: (joined: string) => boolean): boolean {
  const joined = bracketJoinedWord(text, word.start, word.end);
  return joined !== undefined && isKnown(joined);
}

/** Units of age before "olds", the noun English makes of "old": "3 to 5 year olds", "six month olds". */
const ageUnits = new Set(['year', 'month', 'week', 'day']);

/**
 * "Olds" after a unit of age ("60 year olds"): the noun of "40-year-olds" written open, which the
 * dictionaries lack only because they list "old" as an adjective.
 */
function isAgeNoun(word: CheckableWord): boolean {
  return word.text === 'olds' && word.previous !== undefined && ageUnits.has(word.previous.toLowerCase());
}

/** Shorter words sit one edit from some word of any article by chance ("vera", "very"). */
const minimumEvidenceLength = 5;

/**
 * A word English builds, judged with the article: speech as spoken ("there’ll", "breathin’"), a piece of a hyphenated compound or name
 * ("cath-lab", "anti-vaxxers", "Kim Jong-su", see `isCompoundPiece`; "wham-bam", see `isReduplication`), or an everyday prefix on a
 * known word ("cofounded", "unsimulated", "preorder"), or the "-er" noun of a known "-ing" word
 * ("bedwetters", see `isAgentNoun`), or a known word used as a verb ("lasering", also capitalised by a
 * sentence's start, see `isVerbedWord`), unless two letters of it are swapped
 * from a known word ("well-knwon"), a hyphenated piece is an everyday word with a letter dropped
 * or doubled ("well-knwn", "tomatoe-based") and no clipping of a word the article writes ("cath"
 * beside "catheters", though "catch" is a letter away), or the article writes a word one edit from it: a writer who writes "known" and "well-knwon" or "confounded" and "cofounded"
 * mistyped the one. Without that sign, a known word one edit away ("confounded") is no evidence:
 * most formations sit one edit from some dictionary word.
 */
function isFormedInContext(
  word: CheckableWord,
  text: string,
  checker: SpellChecker,
  articleWords: ArticleWords,
): boolean {
  const isKnown = (lower: string): boolean => checker.isDictionaryWord(lower);
  const everyday = hunspellFor(checker.dialect);
  if (isSpokenForm(word, text, (lower) => everyday.has(lower))) return true;
  const hyphenated = hyphenatedPieces(text, word.start, word.end);
  // "wham-bam", "flip-flop": a piece rhyming with its neighbour, which is one edit from it, so the
  // article's other words are no evidence either.
  if (hyphenated && rhymesWithNeighbour(hyphenated.pieces, hyphenated.index)) {
    return !isTransposedKnownWord(word.text, isKnown);
  }
  // "add-ons": a noun of a verb and its particle, in the plural.
  if (hyphenated && isParticleNounPlural(hyphenated.pieces, hyphenated.index, isKnown)) return true;
  // "morbi-mortality": a clipping of "morbidity", the ending left off that its neighbour shows.
  if (hyphenated && isClippedTwinOfNeighbour(hyphenated.pieces, hyphenated.index, isKnown)) {
    return !isTransposedKnownWord(word.text, isKnown) && !articleWords.writesOneEditFrom(word.text);
  }
  const formed = hyphenated
    ? isCompoundPiece(hyphenated.pieces, hyphenated.index, isKnown, (lower) => checker.isOneEditFromKnown(lower)) &&
      (!isLetterSlipOf(word.text, (lower) => everyday.has(lower), {
        addedLetter: isHeadAfterKnownWord(hyphenated.pieces, hyphenated.index, isKnown) ? 'doubled' : 'any',
      }) ||
        articleWords.writesWordClippedAs(word.text) ||
        (isHeadAfterKnownWord(hyphenated.pieces, hyphenated.index, isKnown) &&
          endsEverydayWord(word.text.toLowerCase(), (lower) => everyday.has(lower))))
    : (/^\p{Ll}+$/u.test(word.text) && (isEverydayPrefixed(word.text, isKnown) || isAgentNoun(word.text, isKnown))) ||
      isVerbedWord(termSpelling(word) ?? '', isKnown);
  if (!formed || isTransposedKnownWord(word.text, isKnown)) return false;
  // The same term in the other number ("bedwetter" beside "bedwetters") shows a slip only when a
  // known word is one edit away too ("coleague", "coleagues" beside "colleague").
  const ownNumberCounts = checker.isOneEditFromKnown(word.text.toLowerCase());
  return word.text.length < minimumEvidenceLength || !articleWords.writesOneEditFrom(word.text, ownNumberCounts);
}

/**
 * A lower-case word English inflects from a known one the dictionaries list without that form: the
 * plural of a noun the article writes in the singular too ("flus" beside "flu", "glutens" beside
 * "gluten"), or the "-y" adjective of an everyday noun ("sneezy", "pluggy") that is no typist's slip
 * of an everyday word ("sumary" is "summary" with a letter dropped, "tooty" "tooth" struck beside);
 * never when two of its letters are swapped from a known word (see `isPluralOfKnownNoun`,
 * `isNounAdjective`).
 */
function isInflectedKnownWord(word: CheckableWord, checker: SpellChecker, articleWords: ArticleWords): boolean {
  if (!/^\p{Ll}+$/u.test(word.text)) return false;
  const isKnown = (lower: string): boolean => checker.isDictionaryWord(lower);
  if (isTransposedKnownWord(word.text, isKnown)) return false;
  if (isPluralOfKnownNoun(word.text, isKnown)) return articleWords.timesWritten(word.text.slice(0, -1)) > 0;
  const everyday = hunspellFor(checker.dialect);
  const isEveryday = (lower: string): boolean => everyday.has(lower);
  return isNounAdjective(word.text, isEveryday) && !isTypingSlip(word.text, isEveryday);
}

/**
 * Whether a lower-case word names a chemical: a drug or health term, or a known word with a
 * chemical's ending ("ornithine", "tocopherol", "glucose"), which Hunspell lists among everyday words.
 */
function isChemicalName(lower: string, checker: SpellChecker): boolean {
  return checker.isHealthTerm(lower) || (chemicalEnding.test(lower) && checker.isDictionaryWord(lower));
}

const chemicalEnding = /(?:ine|ol|ose|ate|ide|in)$/;

/**
 * Whether a hyphenated piece is the last, after a known word: the head of a compound ("game-meister",
 * "well-knwn"), often a combining word of its own ("-meister", "-monger") one letter longer than an
 * everyday word, which a typist's added letter would double ("well-knoown"; see `isLetterSlipOf`).
 */
function isHeadAfterKnownWord(pieces: readonly string[], index: number, isKnown: (lower: string) => boolean): boolean {
  const before = pieces[index - 1];
  return index === pieces.length - 1 && before !== undefined && isKnown(before.toLowerCase());
}

/**
 * Whether a lower-case piece of five letters or more ends an everyday word after two or three
 * letters ("agers" of "managers", as in "middle-agers"): a word's own ending, the head English
 * compounds with ("teen-agers"), where a letter slip of another everyday word ("angers") is chance.
 * A slip seldom happens to spell the end of a word.
 */
function endsEverydayWord(piece: string, isEveryday: (lower: string) => boolean): boolean {
  if (piece.length < minimumWordEnding || !/^[a-z]+$/.test(piece)) return false;
  for (const first of latinLetters) {
    for (const second of latinLetters) {
      if (isEveryday(first + second + piece)) return true;
      for (const third of latinLetters) if (isEveryday(first + second + third + piece)) return true;
    }
  }
  return false;
}

const minimumWordEnding = 5;

/** Whether a hyphenated piece rhymes or alternates with the piece beside it ("wham-bam", "flip-flop"). */
function rhymesWithNeighbour(pieces: readonly string[], index: number): boolean {
  const piece = pieces[index]!.toLowerCase();
  return [pieces[index - 1], pieces[index + 1]].some(
    (other) => other !== undefined && isReduplication(piece, other.toLowerCase()),
  );
}

/**
 * A real word that sits one edit from a common one by an edit typists do not make ("crawfish"
 * beside "crayfish", "wonton" beside "wanton", see `isCloseWord`), unless the article writes a word
 * one edit from it: a writer who writes "wanton" and "wonton" mistyped the one. Another ending on
 * the same stem is no such word ("focussed" beside "focusses" are both the writer's). So is a closed
 * compound of two words English compounds freely with only rarer words one edit away ("bloodwork"
 * beside "bloodworm"; see `isCompoundBesideRarerWord`). Inside a sentence a capitalised one is left
 * to the name checks.
 */
function isCloseWordInContext(word: CheckableWord, checker: SpellChecker, articleWords: ArticleWords): boolean {
  if (!word.sentenceStart && !word.inTitleCase && startsWithCapital(word.text)) return false;
  // "bloodwork" beside the rarer "bloodworm": a compound of two words English compounds freely.
  const real = checker.isCloseWord(word.text) || checker.isCompoundBesideRarerWord(word.text.toLowerCase());
  return real && !articleWords.writesOneEditFrom(word.text, true, { otherEndingsCount: false });
}

/**
 * A clipped form of a known word the article writes in full ("glute" beside "gluteus", "ortho"
 * beside "orthopedic"): a lower-case word of five letters or more that opens a known word at least
 * two letters longer, where the article writes no word one edit from it and swaps no two of its
 * letters from a known word. Typists drop one letter, not a syllable, and one who drops the end
 * of "treatment" writes "treatment" elsewhere, one edit away.
 */
function isClippingOfWrittenWord(word: CheckableWord, checker: SpellChecker, articleWords: ArticleWords): boolean {
  if (!/^\p{Ll}{5,}$/u.test(word.text)) return false;
  const isKnown = (lower: string): boolean => checker.isDictionaryWord(lower);
  if (isTransposedKnownWord(word.text, isKnown) || articleWords.writesOneEditFrom(word.text)) return false;
  // A typist who drops the last letter of "effect" or "increase" leaves the start of a word the
  // article writes longer ("effective", "increasing"); a clipping leaves off more than one letter.
  const dropsOneLetter = (written: string): boolean =>
    isKnown(word.text + written.charAt(word.text.length)) || isKnown(`${word.text}e`);
  return articleWords.writesWordClippedAs(word.text, {
    clippedLetters: minimumClippedEnding,
    isWord: (written) => isKnown(written) && !dropsOneLetter(written),
  });
}

/** The fewest letters a clipping leaves off a word written in full: "-us" of "gluteus". */
const minimumClippedEnding = 2;

/**
 * A short word in lower case (or capitalised only by its place) with no sign of a slip: no typist's
 * slip of a common word ("ws" for "was", "qith" for "with"), no edit of one of the commonest words
 * ("witk"), and no word broken by a space ("cen ter"). Short words no list holds sit one edit from
 * some listed word by chance ("neti" from "nevi", "qi" from "q"); without a slip they are
 * clippings, loanwords and sounds the lists lack (see `showsSlip`).
 */
function isShortWordWithoutSlip(word: CheckableWord, checker: SpellChecker): boolean {
  const lower = termSpelling(word);
  if (lower === undefined || lower.length > shortWordLength) return false;
  return !showsSlip(
    lower,
    word,
    (candidate) => checker.isCommonShortWord(candidate),
    (candidate) => checker.isDictionaryWord(candidate),
    (candidate) => checker.isCommonestShortWord(candidate),
  );
}

/**
 * A medical suffix written on its own after its hyphen ("the suffix “-itis” means inflammation"):
 * the suffix named, not a word misspelled. After a letter the hyphen joins a compound instead.
 */
function isNamedSuffix(word: CheckableWord, text: string): boolean {
  if (text.charAt(word.start - 1) !== '-' || /\p{L}/u.test(text.charAt(word.start - 2))) return false;
  return isMedicalSuffix(word.text);
}

const openingQuotes = new Set(['"', '“', '‘', "'"]);
const closingQuotes = new Set(['"', '”', '’', "'"]);

/**
 * A word the writer names rather than uses: after "called", "dubbed" or "also known as", or in
 * the list such words open ("a protein called trowaglerix", "also known as lipolysis, lipozap and
 * mesotherapy"), or alone in quotation marks ("limit “incidentaloporosis”"): a coinage or a new
 * term, when no known word is one edit away. A word followed by its pronunciation ("emocha
 * (ee-MOH-kuh)") or defined beside its long form ("electronic cigarettes (ecigs)") is one whatever
 * word is near.
 */
function isIntroducedTerm(word: CheckableWord, text: string, checker: SpellChecker): boolean {
  // Spelled out how to say, or defined beside its long form: named on purpose, whatever word is near.
  if (isFollowedByPronunciation(text, word.end) || isShortFormBesideLongForm(text, word.start, word.end)) return true;
  const after = /^[.,!?]/.test(text.charAt(word.end)) ? word.end + 1 : word.end;
  const introduced =
    isNamedByPhrase(text, word.start, word.end) ||
    isAppositiveToKindNoun(text, word.start, word.end) ||
    isDefinedByKindApposition(text, word.start, word.end) ||
    (openingQuotes.has(text.charAt(word.start - 1)) && closingQuotes.has(text.charAt(after)));
  if (!introduced || isOtherDialectWord(word.text, checker)) return false;
  // A quoted misspelling or the other dialect's spelling ("anesthesia" in a British article) is still
  // one, unless the text quotes the word it misspells too: it discusses the slip as a word
  // ("“the” always came out as “hte”", "write “receive”, not “recieve”").
  const lower = word.text.toLowerCase();
  if (!checker.isOneEditFromKnown(lower)) return true;
  return quotedWords(text).some(
    (quoted) => quoted !== lower && oneEditApart(quoted, lower) && checker.isDictionaryWord(quoted),
  );
}

/** A single word in quotation marks, a full stop or comma allowed inside the closing mark: “the”, "hte." */
const quotedWord = /["“‘'](\p{L}+)[.,!?]?["”’']/gu;

/** The lower-case words a text quotes one by one. */
function quotedWords(text: string): string[] {
  return [...text.matchAll(quotedWord)].map((match) => match[1]!.toLowerCase());
}

function isOtherDialectWord(word: string, checker: SpellChecker): boolean {
  return spellCheckerFor(checker.dialect === 'en-GB' ? 'en-US' : 'en-GB').check(word) === 'known';
}

/** How often an article writes an unknown lower-case word alike for it to be the article's own term. */
const timesForTerm = 3;

/**
 * A word's spelling in lower case, when its only capital is one a sentence's start or a title gives
 * it ("Hijiki contains arsenic"); nothing for a word with a capital of its own (a name's).
 */
function termSpelling(word: CheckableWord): string | undefined {
  const lower = word.text.toLowerCase();
  if (word.text === lower) return lower;
  const capitalOnlyFirst = word.text.slice(1) === lower.slice(1);
  return capitalOnlyFirst && (word.sentenceStart || word.inTitleCase) ? lower : undefined;
}

/**
 * A lower-case word no list holds that the article writes three times or more alike, whatever the
 * case a sentence's start gives it, with no known word one edit away, no two words run together and
 * no word one edit away written elsewhere ("urumin", a peptide the story is about; "nidotherapy"):
 * a term the article uses on purpose. A misspelling written as often sits one edit from what was
 * meant ("ancetrapib", "treament") or is two words that lost their space ("fourmonths"). Twice is
 * too few: consistent misspellings of long terms are written twice ("benzodiazapenes", "guiaic").
 */
function isArticleTerm(lower: string, times: number, checker: SpellChecker, articleWords: ArticleWords): boolean {
  if (isRepeatedShortTerm(lower, times, (word) => articleWords.writesOneEditFrom(word))) return true;
  if (times < timesForTerm || checker.isOneEditFromKnown(lower) || checker.isTwoWordsRunTogether(lower)) return false;
  return !articleWords.writesOneEditFrom(lower);
}

/** Lists of three unknown words or more in one paragraph, to skip. */
const minimumListedNames = 3;

/**
 * Unknown words that are items of a list with other unknown words ("12 herbs: ephedrae, zhimu,
 * qinghao … and gancao", "spelt, kamut and farro"): names of things a dictionary lacks, listed;
 * misspellings do not come three to a list. Two do as the examples "such as" opens, when neither
 * is one edit from a known word (see `isExamplePair`).
 */
function namesInLists(
  flagged: readonly PlacedWord[],
  isOneEditFromKnown: (lower: string) => boolean,
): Set<CheckableWord> {
  const items = new Map<PlacedWord['block'], CheckableWord[]>();
  for (const { word, block } of flagged) {
    if (!isListItem(word, block.text)) continue;
    const inBlock = items.get(block);
    if (inBlock) inBlock.push(word);
    else items.set(block, [word]);
  }
  const listed = new Set<CheckableWord>();
  for (const words of items.values()) {
    if (words.length >= minimumListedNames) for (const word of words) listed.add(word);
  }
  for (let index = 1; index < flagged.length; index++) {
    const [before, after] = [flagged[index - 1]!, flagged[index]!];
    if (before.block !== after.block || !isExamplePair(before.word, after.word, after.block.text)) continue;
    if ([before, after].some(({ word }) => isOneEditFromKnown(word.text.toLowerCase()))) continue;
    listed.add(before.word).add(after.word);
  }
  return listed;
}

/** The shortest word taken for a term listed among terms: shorter ones sit one edit from some word by chance. */
const minimumListedTermLength = 6;

/**
 * A lower-case word no list holds, listed among drugs or other terms of medicine the lists know
 * ("furosemide, cicletanine, piretanide, indacrinone and etozolin"; "laevadosin, naftidrofuryl or
 * L-arginine"): one more name of the kind, which the lists lack. The other items are at least two,
 * all known, and half or more drugs or health terms (see `isHealthTerm`), not everyday words. A
 * misspelling of a listed drug sits one edit from it ("furosemide, piretanide, etozolinn"), and so
 * does a slip of an everyday word; neither is taken, nor two words run together.
 */
function isUnknownAmongHealthTerms(
  word: CheckableWord,
  text: string,
  checker: SpellChecker,
  personal: PersonalDictionary,
): boolean {
  if (word.text.length < minimumListedTermLength || !/^\p{Ll}+$/u.test(word.text)) return false;
  if (checker.isOneEditFromKnown(word.text) || checker.isTwoKnownWordsRunTogether(word.text)) return false;
  const others = otherListItems(text, word.start, word.end);
  if (others === undefined || others.length < minimumOtherTerms) return false;
  // "L-arginine", "5-fluorouracil": an item is judged by its last piece.
  const pieces = others.map((item) => item.slice(item.lastIndexOf('-') + 1).toLowerCase());
  if (!pieces.every((piece) => /^\p{Ll}+$/u.test(piece) && checker.check(piece, personal) === 'known')) return false;
  return pieces.filter((piece) => checker.isHealthTerm(piece)).length * 2 >= pieces.length;
}

/** How many other items a list needs for an unknown word among them to be one more of their kind. */
const minimumOtherTerms = 2;

/** What introduces examples: "such as", "including". */
const examplesOpener = /\b(?:such as|including)\s$/iu;

/**
 * Two unknown words paired as the examples "such as" or "including" opens ("such as cafestol and
 * kahweol"): a writer naming two compounds, herbs or brands the lists lack, as a list of three
 * names is. A misspelling beside a known word ("such as metfromin and insulin") stays alone, and
 * the caller keeps a pair either of which is one edit from a known word ("such as recieve and teh").
 */
function isExamplePair(first: CheckableWord, second: CheckableWord, text: string): boolean {
  if (first.next === undefined || !listJoiners.has(first.next)) return false;
  // Only the joiner between them: "cafestol and kahweol".
  if (text.slice(first.end, second.start).trim() !== first.next) return false;
  return examplesOpener.test(text.slice(Math.max(0, first.start - 12), first.start));
}

const listJoiners = new Set(['and', 'or']);

/** Whether a word stands as an item of a list: after a comma, colon or "and", and before a comma, "and" or the end. */
function isListItem(word: CheckableWord, text: string): boolean {
  const before = text.slice(Math.max(0, word.start - 2), word.start).trimEnd();
  const opens = /[,:(]$/.test(before) || (word.previous !== undefined && listJoiners.has(word.previous));
  const closes = /^[,;.)]/.test(text.charAt(word.end)) || (word.next !== undefined && listJoiners.has(word.next));
  return opens && closes;
}

/** Nouns an eponym names: "Aarskog syndrome", "Blount disease", "Epley manoeuvre". */
const eponymHeads = new Set(['syndrome', 'disease', 'sign', 'test', 'reflex', 'manoeuvre', 'maneuver', 'procedure']);

/**
 * A listed name written in lower case before the noun it names ("aarskog syndrome", "blount
 * disease"), as some house styles and lists write eponyms: the name, not a misspelling.
 */
function isLowerCaseEponym(word: CheckableWord, isListedName: (name: string) => boolean): boolean {
  if (word.next === undefined || !eponymHeads.has(word.next.toLowerCase()) || !/^\p{Ll}/u.test(word.text)) return false;
  return isListedName(word.text.charAt(0).toUpperCase() + word.text.slice(1));
}

/**
 * "F urther Cardiovascular OU tcomes R esearch", "high cardiovasc U lar risk": a word whose letters,
 * set in capitals to spell an acronym, were split from it when the emphasis was lost. Joined with
 * them (and the piece beyond them), it is a known word. Or "T regs" where the paragraph writes
 * "T regulatory cells": a clipping after a lone capital, as its long form is written.
 */
function isAcronymLetterSplit(word: CheckableWord, text: string, checker: SpellChecker): boolean {
  if (isClippingAfterLetter(text, word.start, word.end)) return true;
  return acronymSplitJoins(text, word.start, word.end).some((joined) => checker.check(joined) === 'known');
}

/**
 * The word as a reader sees it: typeset ligatures written out ("signiﬁcantly" is checked as
 * "significantly"), its offsets those of the text. The same object when it has none.
 */
function withLigaturesWrittenOut(word: CheckableWord): CheckableWord {
  const text = withoutLigatures(word.text);
  return text === word.text ? word : { ...word, text };
}

/** Whether a word starts with a capital letter (`/^\p{Lu}/u`), without a regular expression for the ASCII letters most words start with. */
function startsWithCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(text);
}

/** An -ize word in an article detected as British is Oxford spelling when its -ise form is known. */
function isOxfordSpelling(word: string, check: (variant: string) => string): boolean {
  const british = oxfordToBritish(word);
  return british !== undefined && check(british) === 'known';
}
