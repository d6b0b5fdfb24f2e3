import type { ProseDocument } from '../prose/types.js';
import { anyLiteralOf, lowerCaseForLiteralTests } from './literals.js';

/** The spelling an article is written in; language detects it, rules and spelling read it. */
export type Dialect = 'en-US' | 'en-GB';

const ourStems =
  'colo|behavio|favo|hono|labo|tumo|humo|neighbo|flavo|vapo|odo|rumo|harbo|savo|endeavo|armo|clamo|paralo';
const stems = ourStems.split('|');

/**
 * Each pattern with strings a block must hold (in lower case) for it to match, so that most
 * blocks skip most patterns; the strings are necessary for a match, so counts do not change.
 */
interface SpellingPattern {
  pattern: RegExp;
  /** Literals, one of which the lower-case text must hold. */
  needs: RegExp;
  /** A cheaper pattern the text must match too, where a literal alone passes in most blocks. */
  holds?: RegExp;
}

const britishPatterns: SpellingPattern[] = [
  // `{3,30}`, not `{3,}`: \b falls inside runs of non-ASCII letters, and each start rescanned the run.
  {
    pattern: /\b\p{L}{3,30}is(?:e|es|ed|ing|ation|ations)\b/giu,
    needs: anyLiteralOf(['ise', 'ising', 'isation']),
    // "Disease" holds "ise" in nearly every block; a word ending in it is much rarer.
    holds: /is(?:e|es|ed|ing|ation|ations)\b/iu,
  },
  // Each stem with its ending, not "our" alone, which "your", "four" and "course" put in most blocks.
  { pattern: new RegExp(`\\b(?:${ourStems})ur\\w*`, 'gi'), needs: anyLiteralOf(stems.map((stem) => `${stem}ur`)) },
  {
    pattern: /\b(?:centre|litre|fibre|metre|theatre|calibre|spectre)s?\b/gi,
    needs: anyLiteralOf(['centre', 'litre', 'fibre', 'metre', 'theatre', 'calibre', 'spectre']),
  },
  {
    pattern:
      /\b\w*(?:aemia|oedema|oestrogen|paediatric|anaesthe|oesophag|diarrhoea|orthopaedic|programme|foetal|dyspnoea|gynaecolog|coeliac|manoeuvre)\w*|\bhaem[oa]\w*/gi,
    needs: anyLiteralOf([
      ...'aemia oedema oestrogen paediatric anaesthe oesophag diarrhoea orthopaedic programme foetal dyspnoea gynaecolog coeliac manoeuvre'.split(
        ' ',
      ),
      'haemo',
      'haema',
    ]),
  },
];
// -ize is not counted as American: Oxford spelling (Cochrane, the BMJ, Nature) is British with -ize.
const americanPatterns: SpellingPattern[] = [
  // With the "r" ("color", "labor"): the stems alone are in "colon", "laboratory" and "method".
  {
    pattern: new RegExp(`\\b(?:${ourStems})r(?:s|ed|ing|ful|ite|ites|able)?\\b`, 'gi'),
    needs: anyLiteralOf(stems.map((stem) => `${stem}r`)),
  },
  {
    pattern: /\b(?:center|liter|fiber|theater|caliber|specter)s?\b/gi,
    needs: anyLiteralOf(['center', 'liter', 'fiber', 'theater', 'caliber', 'specter']),
  },
  {
    pattern:
      /\b\w*(?:[^a]emia|[^o]edema|pediatric|anesthe|esophag|diarrhea|orthopedic|dyspnea|gynecolog|maneuver)\w*|\b(?:estrogen|celiac|hem[oa](?!n)\w*)\w*/gi,
    needs: anyLiteralOf([
      ...'emia edema pediatric anesthe esophag diarrhea orthopedic dyspnea gynecolog maneuver estrogen celiac'.split(
        ' ',
      ),
      'hemo',
      'hema',
    ]),
  },
];
/**
 * Words that end in -ise or -ize in both dialects, with their forms: the final "e" goes before
 * "-ing" ("exercising", "promising"), which the British pattern counts too.
 */
const neutral =
  /^(?:advis|aris|compris|compromis|despis|devis|disguis|exercis|expertis|franchis|improvis|merchandis|precis|premis|promis|rais|revis|supervis|surmis|surpris|televis|concis|nois|pois|prais|cruis|bruis|treatis|demis|excis|incis|paradis|otherwis|likewis|clockwis|practis|seiz|capsiz|priz)(?:e|es|ed|ing)$/i;

/**
 * Guesses an article's dialect from its own spellings (-ise/-ize, -our/-or, -re/-er, ae/oe):
 * British when British forms outnumber American ones, American otherwise.
 */
export function detectDialect(document: Pick<ProseDocument, 'blocks'>): Dialect {
  const { british, american } = dialectEvidence(document);
  return british > american ? 'en-GB' : 'en-US';
}

/** How many spellings in an article are British only and American only, counted once per document. */
export interface DialectEvidence {
  british: number;
  american: number;
}

const evidenceOf = new WeakMap<object, DialectEvidence>();

/**
 * Every literal any pattern needs, in one test: three blocks in four hold none of them, and one
 * scan for all costs a third of the seven it spares.
 */
const needsAny = new RegExp([...britishPatterns, ...americanPatterns].map(({ needs }) => needs.source).join('|'));

export function dialectEvidence(document: Pick<ProseDocument, 'blocks'>): DialectEvidence {
  let evidence = evidenceOf.get(document);
  if (!evidence) {
    evidence = { british: 0, american: 0 };
    for (const block of document.blocks) {
      const lower = lowerCaseForLiteralTests(block.text);
      if (lower !== undefined && !needsAny.test(lower)) continue;
      evidence.british += count(block.text, lower, britishPatterns);
      evidence.american += count(block.text, lower, americanPatterns);
    }
    evidenceOf.set(document, evidence);
  }
  return evidence;
}

/**
 * Whether an article is clearly written in `dialect`: at least two of its spellings, and four
 * times as many as of the other's (one American slip in a British article leaves it British). A
 * mixed or undecided article (a British release quoting an American journal, a short text with
 * no telling word) is not, and its spelling check accepts both dialects. `otherSpellings` adds
 * spellings of the other dialect found beyond the telling patterns (the spelling check's own
 * finds that are no telling spelling, such as "analog" in a British summary that writes
 * "randomised" twice).
 */
export function isClearlyDialect(
  document: Pick<ProseDocument, 'blocks'>,
  dialect: Dialect,
  otherSpellings = 0,
): boolean {
  const { british, american } = dialectEvidence(document);
  const [own, other] = dialect === 'en-GB' ? [british, american] : [american, british];
  return own >= 2 && own >= 4 * (other + otherSpellings);
}

/** Whether a word is one of the telling spellings `dialectEvidence` counts ("colour", "anesthesia"). */
export function isTellingSpelling(word: string): boolean {
  const lower = lowerCaseForLiteralTests(word);
  return count(word, lower, britishPatterns) + count(word, lower, americanPatterns) > 0;
}

/**
 * `lower` is `lowerCaseForLiteralTests(text)`, made once for both dialects' patterns. The global
 * patterns are run with `exec`, not `matchAll`: `matchAll` copies its pattern on every call (its
 * flags read one getter at a time), which cost more than the search in most blocks. No pattern
 * matches the empty string, so `exec` always moves on.
 */
function count(text: string, lower: string | undefined, patterns: SpellingPattern[]): number {
  let total = 0;
  for (const { pattern, needs, holds } of patterns) {
    if (lower !== undefined && !needs.test(lower)) continue;
    if (holds && !holds.test(text)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (!neutral.test(match[0])) total++;
    }
  }
  return total;
}
