import type { Block, ProseDocument, Sentence } from '../prose/types.js';
import { namedPatternParts, namesBody, namesJournalStudy } from './attribution.js';
import {
  carriesOnSentenceBefore,
  creditsDatedStudy,
  creditsSourceNamedBefore,
  identifiesStudy,
  isSupported,
  listsSources,
  namesStudy,
  reportsOwnResult,
  reportsOwnStudy,
  sourcedFactBoxItems,
} from './evidence.js';
import { statesBackground } from './figure-kinds.js';
import { namesCellsOrAnimals } from './preclinical-result.js';
import { oncePer } from '../memo.js';
import { lastIntroduction, speakerOf } from './speakers.js';
import { findPopulationCounts, findStatistics, type Statistic } from './statistics.js';
import { insideBlockQuotation } from './study-finding.js';
import { topOfArticle } from '../prose/top.js';
import { primed } from '../primed.js';

/**
 * Whose figure is this? A document-level model of attribution, built once per document: each
 * sentence that names where its words come from (a named person with a role, a named body, report,
 * journal or study) opens a *scope* that covers the sentences next to it and those after it that go
 * on reporting the same source (“It found that …”, “She added …”, a quotation paragraph introduced
 * by “said X:”). A figure inside a scope is that source's; a figure that reports the article's own
 * study (`reportsOwnResult`) is that study's result. Only a figure outside every scope, stated as a
 * fact, lacks a source.
 */
export type FigureSource =
  | { kind: 'own-study' }
  /**
   * The sentence itself names the source (`named`), or a sentence next to it or one it goes on
   * from does (`in-scope`); `speaker` when that source is a named person or body speaking
   * (`speakerOf`) rather than a study, report or journal.
   */
  | { kind: 'named' | 'in-scope'; sentence: Sentence; speaker: boolean };

/**
 * A sentence that goes on reporting the source named before it: a pronoun or a definite noun for the
 * source as the subject of a reporting verb (“It found”, “They estimate”, “The report also says”,
 * “She added”), or “According to the report / her”.
 */
const continuesReport =
  /^(?:(?:It|They|He|She|The|This|These|Those)\s(?:(?:report|study|survey|review|analysis|paper|data|figures|numbers|statistics|estimates?|agency|organi[sz]ation|foundation|society|association|institute|group|researchers|authors|team|guidelines?|panel|charity|department|ministry|centers?|centres?)\s)?(?:also\s|further\s|now\s)?(?:said|says|found|finds|estimates?|estimated|reports?|reported|shows?|showed|notes?|noted|adds?|added|predicts?|predicted|projects?|projected|suggests?|suggested|recommends?|recommended|warns?|warned|concludes?|concluded|explains?|explained|calculates?|calculated)|According to (?:the|this|that|these|her|him|them|it)\b)/u;

/**
 * “A report from the CDC”, “a survey by the American Cancer Society”, “2015 statistics from the
 * National Cancer Institute”, “background information in a news release from the American Heart
 * Association”, “an online risk calculator from the Centers for Disease Control and Prevention”: a
 * body's own publication, or a tool it publishes (a calculator, a model, a database), named by its
 * body. The name is read by
 * `namesBody` (an acronym or a name ending in Society, Institute, …). A public office stands for
 * its body, capitalised or not (“a 2016 report by the surgeon general”): there is one of it, and its
 * reports can be looked up (holdout19).
 */
const bodyPublication =
  /\b(?:report|study|survey|analysis|review|data|figures|statistics|estimates?|guidelines?|recommendations?|fact sheet|evidence|research|results|findings|release|statement|calculator|tool|model|database)\s(?:(?:published|released|issued|compiled|cited|reviewed|presented|gathered|collected)\s)?(?:from|by)\s(?:the\s)?(?:(?:U\.S\.\s)?(?<office>[Ss]urgeon [Gg]eneral|[Cc]hief [Mm]edical [Oo]fficer)\b|(?<name>\p{Lu}[^,.;:]{0,80}))/gu;

/**
 * “The 2013 ACC and AHA guidelines recommend”, “the American Cancer Society report”, “Cancer
 * Research UK figures show”: a publication named by the body that issued it, its name (capitalised
 * words or acronyms) before the noun. The name is read by `namesOrganisation`.
 */
const publicationNoun =
  /(?<=\s)(?:guidelines?|guidance|recommendations?|report|survey|statistics|estimates|figures|data|fact sheet)\b/gu;

/** How many words before a publication noun may name its body. */
const bodyNameWords = 7;

/**
 * Whether a publication noun in a text is named by its body (see `publicationNoun`): the words right
 * before it, read back while they are capitalised or join a name, open an organisation's name.
 * Read word by word, so nothing backtracks.
 */
function namesBodysPublication(text: string): boolean {
  publicationNoun.lastIndex = 0;
  for (let match = publicationNoun.exec(text); match; match = publicationNoun.exec(text)) {
    // Most publication nouns follow a lower-case word (“the data show”): nothing to read back.
    const previous = text.lastIndexOf(' ', match.index - 2) + 1;
    if (!/[\p{Lu}\d]/u.test(text.charAt(previous))) continue;
    const words = text
      .slice(Math.max(0, match.index - 120), match.index)
      .split(/\s+/u)
      .filter(Boolean);
    const run: string[] = [];
    for (let index = words.length - 1; index >= 0 && run.length < bodyNameWords; index--) {
      const word = words[index] as string;
      if (/^\d{4}$/u.test(word) && run.length === 0) continue;
      if (!/^\p{Lu}/u.test(word) && !nameJoiners.has(word)) break;
      if (/[,;:.!?]$/u.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word)) break;
      run.unshift(word);
    }
    while (run.length > 0 && nameJoiners.has(run[0] as string)) run.shift();
    if (run.length > 0 && namesOrganisation(run.join(' '))) return true;
  }
  return false;
}

/**
 * “They point to company studies that show …”, “according to government figures”, “the registry
 * shows”, “according to national guidelines”, “according to reports by the device’s maker”: evidence credited to a kind of body (the company the
 * article is about, the government, a registry, a guideline) rather than waved at (“studies show”).
 * A reader knows whose figure it is; whether that is specific enough is vague-attribution's question.
 */
const bodyEvidence =
  /\b(?:reports?|data|figures|statistics|estimates|studies|records|surveys?)\s(?:from|by)\s(?:the\s)?(?:[\p{L}-]+['’]s\s)?(?:company|firm|manufacturer|maker|drugmaker|developer|government|agency|registry)\b|\b(?:company|company['’]s|firm['’]s|manufacturer['’]s|maker['’]s|agency['’]s|government|government['’]s|federal|official|registry|census|industry)\s(?:own\s)?(?:studies|study|data|figures|statistics|estimates|records|surveys?|reports?)\b|\b[Tt]he\s(?:registry|census|guidelines?|guidance|label|labelling|labeling)\s(?:also\s)?(?:shows?|showed|finds|found|says|said|estimates|estimated|suggests|suggested|indicates|indicated|reports|reported|recommends?|recommended|notes|noted|warns|warned)\b|\b[Aa]ccording to (?:the\s)?(?:[\p{L}-]+\s){0,2}?(?:guidelines|guidance|recommendations|registry|registries|census|label|labelling|labeling|prescribing information)\b/u;

/**
 * “The website for the Living From the Heart Dolphin Experience says that 95% …”, “Acme's brochure
 * claims”: a named body's own document speaking, which a reader can look up (and an editor may
 * quote precisely in order to question it). The same document after “according to”, with its owner
 * named or pointed at: “according to the program's website” (the programme named in the sentence,
 * holdout18), “according to its fact sheet”, “according to the Medicaid website”; not a bare “according
 * to a website”.
 */
const namedDocumentSays =
  /\b(?:website|web site|brochure|leaflet|label|advert(?:isement)?|press release|package insert|fact sheet|instructions|manual|prospectus)\s(?:for|of|from|by)\s(?:the\s)?\p{Lu}[^,.;:]{0,80}?\s(?:says|said|states|stated|claims|claimed|reports|reported|notes|noted|promises|promised|estimates|estimated)\b|(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]+['’]s\s(?:website|web site|brochure|leaflet|label|advert(?:isement)?|press release|package insert|fact sheet|instructions)\s(?:says|said|states|stated|claims|claimed|reports|reported|notes|noted|promises|promised|estimates|estimated)\b|\b[Aa]ccording to (?:(?:its|their)\s|(?:the\s)?(?:[\p{L}-]{1,30}['’]s|\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,3})\s)(?:own\s|official\s)?(?:website|web site|brochure|leaflet|press release|package insert|fact sheet|prospectus)\b/u;

/**
 * “The makers of POM Wonderful pomegranate juice say that …”, “the manufacturer of Prochieve
 * claims”: a company named by the product it makes, speaking for it. A reader knows whose claim it
 * is (and an editor may quote it in order to question it), as with “Acme says”.
 */
const namedProductsMakerSays =
  /\b(?:makers?|manufacturers?|developers?|sellers?|marketers?)\sof\s(?:the\s)?\p{Lu}[^,.;:]{0,60}?\s(?:say|says|said|claim|claims|claimed|state|states|stated|report|reports|reported|estimate|estimates|estimated|promise|promises|promised|advertise|advertises|advertised)\b/u;

/** What `namedProductsMakerSays` needs, found in one cheap scan. */
const makerWord = primed(/makers?\sof|manufacturers?\sof|developers?\sof|sellers?\sof|marketers?\sof/u);

/** What `namedDocumentSays` needs, found in one cheap scan. */
const documentWord = primed(
  /website|web site|brochure|leaflet|label|advert|press release|package insert|fact sheet|instructions|manual|prospectus/u,
);

/**
 * Professional and public bodies best known by their acronyms, whose guidelines and reports
 * articles name that way (“the ACC and AHA guidelines”, “the ASCO report”); `namesBody` knows the
 * regulators and agencies.
 */
const medicalBodyAcronym =
  /\b(?:AHA|ACC|ACS|ASCO|ADA|AMA|NCI|NCCN|ESC|ACP|AAFP|AAN|AUA|ACR|AAOS|ONS|NHLBI|NIA|NIMH|NICE|WHO)\b/u;

/** What `namesBodysPublication` needs, found in one cheap scan. */
const publicationWord = primed(
  /guideline|guidance|recommendation|report|survey|statistics|estimates|figures|data|fact sheet/u,
);

/** Lower-case words inside an organisation's name (“Office for National Statistics”, “March of Dimes”). */
const nameJoiners = new Set(['and', 'of', 'for', '&']);

/**
 * Whether a run of words opens with an organisation's name: one `namesBody` or an acronym knows, or
 * a longer run of capitalised words than a person's name has: three or more (“Macmillan Cancer
 * Support”, “Preventive Services Task Force”), or two joined by “of”, “for” or “and” (“Office for
 * National Statistics”) or holding an acronym (“Cancer Research UK”). Two plain capitalised words
 * may be a person (“Jane Roe”) and do not count.
 */
export function namesOrganisation(text: string): boolean {
  if (namesBody(text) || medicalBodyAcronym.test(text)) return true;
  let capitalised = 0;
  let joined = false;
  let acronym = false;
  for (const word of text.split(/\s+/u)) {
    if (/^\p{Lu}/u.test(word)) {
      capitalised++;
      if (/^\p{Lu}{2,}$/u.test(word)) acronym = true;
    } else if (nameJoiners.has(word) && capitalised > 0) joined = true;
    else break;
  }
  return capitalised >= 3 || (capitalised === 2 && (joined || acronym));
}

/** What `bodyEvidence` needs, found in one cheap scan. */
const bodyEvidenceWord = primed(
  /company|firm|manufacturer|maker|developer|agency|government|federal|official|registry|census|industry|guideline|guidance|label|recommendation|prescribing/iu,
);

/**
 * “…, say NCI officials, because …”, “Cancer Research UK scientists said”: the people of a named body
 * (its officials, spokespeople, researchers) saying it, before or after the verb. The name is read
 * by `namesOrganisation` (“Smith officials” names no body).
 */
const bodyPeopleAfterVerb =
  /\b(?:says|say|said|estimate|estimates|estimated|according to)\s(?:the\s)?((?:\p{Lu}[\p{L}.&'’-]*\s(?:(?:of|for|and)\s)?){1,6})(?:officials|spokes(?:wo)?man|spokesperson|researchers|scientists|experts)\b/gu;
const bodyPeopleBeforeVerb =
  /\s(?:officials|spokes(?:wo)?man|spokesperson)\s(?:also\s)?(?:says|say|said|estimate|estimates|estimated|note|notes|noted)\b/gu;

/** What `bodyPeopleAfterVerb` and `bodyPeopleBeforeVerb` need, found in one cheap scan. */
const bodyPeopleWord = primed(/officials|spokes|researchers|scientists|experts/u);

function bodyPeopleSay(text: string): boolean {
  if (!bodyPeopleWord.test(text)) return false;
  bodyPeopleAfterVerb.lastIndex = 0;
  for (let match = bodyPeopleAfterVerb.exec(text); match; match = bodyPeopleAfterVerb.exec(text)) {
    const name = (match[1] as string).trim().replace(/^(?:The|A|An)\s/u, '');
    if (name !== '' && namesOrganisation(name)) return true;
  }
  // Before the verb, the name is read back word by word from the people's noun, so nothing backtracks.
  bodyPeopleBeforeVerb.lastIndex = 0;
  for (let match = bodyPeopleBeforeVerb.exec(text); match; match = bodyPeopleBeforeVerb.exec(text)) {
    const words = text.slice(Math.max(0, match.index - 100), match.index).split(/\s+/u);
    const run: string[] = [];
    for (let index = words.length - 1; index >= 0 && run.length < bodyNameWords; index--) {
      const word = words[index] as string;
      if (!/^\p{Lu}/u.test(word) && !nameJoiners.has(word)) break;
      if (/[,;:.!?]$/u.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word)) break;
      run.unshift(word);
    }
    while (run.length > 0 && (nameJoiners.has(run[0] as string) || subjectOpeners.has(run[0] as string))) run.shift();
    if (run.length > 0 && namesOrganisation(run.join(' '))) return true;
  }
  return false;
}

/**
 * “Kravis Children's Hospital is ranked in seven out of ten pediatric specialties by U.S. News & World
 * Report”, “rated in the top 5 percent by Healthgrades Quality Ratings”: a ranking or rating credited
 * to the organisation that made it, named after “by” in the same clause. The name is read by
 * `namesOrganisation`.
 */
const rankedBy =
  /\b(?:ranked|ranks|rated|rates|graded|listed|named)\s[^.;:!?]{0,100}?\sby\s(?:the\s)?(\p{Lu}[^,;:!?]{0,80})/gu;

/** Whether a ranking or rating in a text names who made it (see `rankedBy`). */
function creditsRanking(text: string): boolean {
  rankedBy.lastIndex = 0;
  for (let match = rankedBy.exec(text); match; match = rankedBy.exec(text)) {
    if (namesOrganisation(match[1] as string)) return true;
  }
  return false;
}

/** Whether a sentence names a body's publication as where its words come from (see `bodyPublication`, `bodyEvidence`). */
export function creditsNamedBody(text: string): boolean {
  if (bodyPeopleSay(text)) return true;
  if (bodyEvidenceWord.test(text) && bodyEvidence.test(text)) return true;
  if (documentWord.test(text) && namedDocumentSays.test(text)) return true;
  if (makerWord.test(text) && namedProductsMakerSays.test(text)) return true;
  if (publicationWord.test(text) && namesBodysPublication(text)) return true;
  if (!/\s(?:from|by)\s/u.test(text)) return false;
  if (/\b(?:rank|rate|graded|listed|named)/u.test(text) && creditsRanking(text)) return true;
  // “Figures from Cancer Research UK show …”: the noun may open the sentence.
  const opening = text.charAt(0).toLowerCase() + text.slice(1);
  bodyPublication.lastIndex = 0;
  for (let match = bodyPublication.exec(opening); match; match = bodyPublication.exec(opening)) {
    if (match.groups?.office !== undefined || namesOrganisation(match.groups?.name ?? '')) return true;
  }
  return false;
}

/**
 * A verb a source reports or describes a figure with, anywhere in a sentence (“describes childhood
 * obesity as …, with an estimated 41 million children”, “states that implantation rates …”), or a
 * person's publication that says it (“published a study saying that 80 percent …”).
 */
const reportingVerb =
  /\b(?:says|said|states|stated|describes|described|reports|reported|estimates|estimated|finds|found|notes|noted|warns|warned|calculates|calculated|published (?:a|an) (?:new |large )?(?:study|report|paper|review|analysis) (?:saying|showing|finding|concluding|suggesting|that (?:found|showed|said|concluded)))\b/gu;

/** What `reportingVerb` needs, found in one cheap scan. */
const reportingCue = primed(/says|said|state|descri|report|estimat|finds|found|note|warn|calculat|published/u);

/** Where a clause starts: after a comma, semicolon, colon, dash or quotation mark. */
const clauseBreak = /[,;:—–“”"]/gu;

/** “(ASRM)”: an acronym in brackets after a body's name, which is part of how the subject is named. */
const bracketedAcronym = /\s\(\p{Lu}[\p{Lu}&-]{1,9}\)/gu;

/**
 * Words that open a clause before its subject (“Plus, the …”, “And the …”), and determiners, which
 * are no part of a name (“One RCT found” names no body).
 */
const subjectOpeners = new Set(['the', 'The', 'Plus', 'And', 'But', 'Also', 'Still', 'Meanwhile', 'A', 'An', 'One', 'Another', 'This', 'That', 'These', 'Those', 'Its', 'Their']); // prettier-ignore

/**
 * A body's publication, between its name and its verb (“the ASRM committee opinion on IVM states”,
 * “the WHO's 2019 report estimates”): the body speaks through it.
 */
const publicationBetween =
  /^(?:['’]s\s)?(?:\d{4}\s)?(?:[\p{L}-]+\s){0,2}?(?:report|opinion|guidelines?|guidance|statement|survey|study|data|figures|estimates|fact sheet|position paper|review|analysis|recommendations?)\b/u;

/**
 * What may sit between a subject and its verb: an adverb, and the perfect's auxiliary before it
 * (“the CDC has estimated”, “the CDC has since recommended that 1 in 4 …”: the body still tells
 * the figure).
 */
const subjectAdverb =
  /^(?:(?:has|have|had)\s)?(?:(?:currently|also|now|still|recently|previously|already|officially|further|since|long)\s)?$/u;

/** A person named with a title: “Dr. Claudia Henschke”, “Professor Jane Roe”. */
const titledName = new RegExp(`^(?:${namedPatternParts.title})\\s${namedPatternParts.name}`, 'u');

/** Words that join another clause, between a subject and a verb that then is not its own. */
const clauseWords = /\b(?:that|which|who|whom|whose|when|where|while|if|because|although|as)\b/u;

/**
 * Whether a sentence names its source as the subject of a reporting or describing verb, anywhere in
 * it: a named body or its publication (“The World Health Organization describes …”, “Plus, the
 * American Society for Reproductive Medicine (ASRM) committee opinion on IVM states that …”), or a
 * person with a title, who may be referred to by “she” or “he” before the verb (“In 2006, Dr.
 * Claudia Henschke of … caused a stir when she published a study saying that …”). The subject opens
 * the verb's clause; a body inside a clause of its own (“patients at the Cleveland Clinic
 * reported”) is not the subject. Read back from each verb, so nothing backtracks.
 */
export function namesReportingSubject(text: string): boolean {
  if (teamWord.test(text) && namesResearchTeam(text)) return true;
  return reportingCue.test(text) && namesSubjectOf(text, reportingVerb);
}

/** A verb a body or person recommends with: “the CDC has since recommended that 1 in 4 … should be prescribed”. */
const recommendingVerb = /\b(?:recommends|recommended|advises|advised|urges|urged)\b/gu;
const recommendingCue = primed(/recommend|advise|urge/u);

/**
 * Whether a sentence names a body or titled person as the subject of a verb of recommending (“the
 * CDC has since recommended that 1 in 4 gay and bisexual men should be prescribed the drug”): the
 * figure the recommendation rests on is theirs. Unlike a report, a recommendation tells no figure
 * of the sentences beside it (“But it's now known that Truvada cuts new cases by 92%.” before it is
 * not the CDC's), so it sources its own sentence only.
 */
export function namesRecommendingSubject(text: string): boolean {
  return recommendingCue.test(text) && namesSubjectOf(text, recommendingVerb);
}

/** Whether a named body or titled person opens the clause of any match of `verbs` (a global pattern) in the text. */
function namesSubjectOf(text: string, verbs: RegExp): boolean {
  // Blank out a bracketed acronym so that it breaks no clause and joins the name before it.
  const plain = text.replace(bracketedAcronym, (acronym) => ' '.repeat(acronym.length));
  verbs.lastIndex = 0;
  for (let verb = verbs.exec(plain); verb; verb = verbs.exec(plain)) {
    // Where each clause before the verb starts; the last is the verb's own.
    const clauseStarts = [0];
    clauseBreak.lastIndex = 0;
    for (let item = clauseBreak.exec(plain); item && item.index < verb.index; item = clauseBreak.exec(plain)) {
      clauseStarts.push(item.index + 1);
    }
    const clause = plain.slice(clauseStarts.at(-1), verb.index);
    if (subjectIsNamedBody(clause) || subjectIsTitledPerson(clause)) return true;
    if (titledPersonBeforeAppositive(plain, clauseStarts, clause)) return true;
  }
  return false;
}

/**
 * “Megan McHugh at the Health Research and Educational Trust in Chicago and her team report that …”,
 * “Smith and colleagues found”: a named researcher and their team as the subject of a verb of
 * reporting or finding, which a reader can follow to their paper. The name (a first name and a
 * surname, or a title and a name) opens the clause before “and”, read back from it.
 */
const teamReports =
  /\sand\s(?:colleagues|co-?authors|co-?workers|(?:his|her|their)\s(?:colleagues|team|co-?authors|co-?workers))\s(?:also\s)?(?:report|reported|found|find|estimate|estimated|calculate|calculated|write|wrote|conclude|concluded|note|noted|show|showed|say|said)\b/gu;
/** What `teamReports` needs, found in one cheap scan. */
const teamWord = primed(/\sand\s(?:colleagues|co-?authors|co-?workers|(?:his|her|their)\s)/u);
/** A person's name opening a clause: a title and a name, or a first name and a surname. */
const personOpening = new RegExp(
  `^(?:(?:${namedPatternParts.title})\\s\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*(?:\\s\\p{Lu}\\.)?\\s\\p{Lu}[\\p{L}'’-]+)(?=[\\s,]|$)`,
  'u',
);
/** How far back from “and her team” the researcher's name may start. */
const teamReach = 120;

function namesResearchTeam(text: string): boolean {
  teamReports.lastIndex = 0;
  for (let match = teamReports.exec(text); match; match = teamReports.exec(text)) {
    const head = text.slice(Math.max(0, match.index - teamReach), match.index);
    // The clause holding the name: after the last comma, semicolon or colon before “and”.
    const clause = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1).trim();
    const opening = clause.split(/\s+/u)[0] ?? '';
    if (subjectOpeners.has(opening) || !personOpening.test(clause) || clauseWords.test(clause)) continue;
    return true;
  }
  return false;
}

/**
 * A verb's clause that goes on from a subject set off before it: the verb opens it, or “she” or “he”
 * stands for the subject just before the verb (“caused a stir when she published …”; “thinks he
 * might have found” is another verb's clause).
 */
function goesOnFromSubject(clause: string): boolean {
  return clause.trim() === '' || (/^[\p{Ll}\s'’-]*$/u.test(clause) && /\b(?:she|he)\s$/u.test(clause));
}

/**
 * Whether the verb's clause goes on from a titled person set off by an appositive (“Dr. Claudia
 * Henschke, currently based at Mount Sinai, caused a stir when she published a study …”): the
 * clause before the verb's is the appositive, and the one before that is the person's name alone.
 */
function titledPersonBeforeAppositive(text: string, clauseStarts: readonly number[], clause: string): boolean {
  if (clauseStarts.length < 3 || !goesOnFromSubject(clause)) return false;
  const name = text.slice(clauseStarts.at(-3), (clauseStarts.at(-2) as number) - 1).trim();
  return titledName.test(name) && !clauseWords.test(name) && name.split(/\s+/u).length <= titledNameWords;
}

/** How many words a titled name set off before an appositive may have (“Dr. Mary Jane van der Berg”). */
const titledNameWords = 6;

/** Whether a clause up to its verb opens with a body's name, and goes on to the verb only through its publication. */
function subjectIsNamedBody(clause: string): boolean {
  const words = clause.trim().split(/\s+/u).filter(Boolean);
  let index = 0;
  while (index < words.length && subjectOpeners.has(words[index] as string)) index++;
  const name: string[] = [];
  for (; index < words.length; index++) {
    const word = words[index] as string;
    if (!/^\p{Lu}/u.test(word) && !nameJoiners.has(word)) break;
    name.push(word);
  }
  if (name.length === 0 || !namesOrganisation(name.join(' '))) return false;
  const rest = words.slice(index).join(' ');
  if (rest === '') return true;
  return !clauseWords.test(rest) && (subjectAdverb.test(`${rest} `) || publicationBetween.test(`${rest} `));
}

/** Whether a clause up to its verb opens with a titled person who is its subject, or “she” or “he” refers to them. */
function subjectIsTitledPerson(clause: string): boolean {
  const opening = clause.trimStart();
  if (!titledName.test(opening)) return false;
  if (/\b(?:she|he)\s$/u.test(opening)) return true;
  return !clauseWords.test(opening);
}

/** A paragraph that opens with a quotation (“"…" or “…”). */
const opensWithQuote = /^\s*[“"‘']/u;

/** The nouns `creditsDatedStudy`, `namesJournalStudy` and `namesStudy` need, in either case. */
const studyNoun = primed(/stud(?:y|ies)|trial|review|analysis|paper|report|survey|census|poll|initiative|registry/iu);

/**
 * “In a pilot study of 13 patients at MD Anderson Cancer Center”, “a trial led by the Mayo Clinic”:
 * a study named by the institution that ran it, which a reader can look up. The name is read by
 * `namesOrganisation` (a person's or a town's name is no institution).
 */
const institutionStudy =
  /\b(?:study|trial|survey|review|analysis)\s(?:[^.;:]{0,100}?\s)?(?:at|from|by|led by|run by|in)\s(?:the\s)?(\p{Lu}[^,.;:()]{0,80})/gu;

/** What `institutionStudy` needs: a capitalised name after one of its prepositions. */
const institutionCue = /\s(?:at|from|by|in)\s(?:the\s)?\p{Lu}/u;

/** Whether a sentence names a study by the institution that ran it (see `institutionStudy`). */
export function namesInstitutionsStudy(text: string): boolean {
  // Most sentences with a study noun name no institution: one cheap scan for a capitalised name
  // after “at”, “from”, “by” or “in” before the pattern's lazy runs.
  if (!institutionCue.test(text)) return false;
  institutionStudy.lastIndex = 0;
  for (let match = institutionStudy.exec(text); match; match = institutionStudy.exec(text)) {
    if (namesOrganisation(match[1] as string)) return true;
  }
  return false;
}

/** Whether a sentence names where its words come from, given whether a speaker or a body's report voices it. */
function namesSource(sentence: Sentence, voiced: boolean): boolean {
  const { block, text } = sentence;
  if (voiced || creditsSourceNamedBefore(sentence)) return true;
  // Most sentences name no study, report or survey: one cheap scan before the patterns that do.
  if (!studyNoun.test(text)) return false;
  if (creditsDatedStudy(text) || namesJournalStudy(text) || namesInstitutionsStudy(text)) return true;
  // A title-case headline capitalises every noun, so there a “Study” names nothing.
  return block.kind !== 'title' && block.kind !== 'heading' && namesStudy(text);
}

function isBody(block: Block | undefined): block is Block {
  return block !== undefined && block.role === 'body' && block.kind !== 'heading' && block.kind !== 'title';
}

/** The scopes of one paragraph, and what it leaves open for the next. */
interface ParagraphScopes {
  scopes: Map<Sentence, FigureSource>;
  /** The source still open at its end, which a next paragraph opening “It found …” goes on with. */
  open: Sentence | undefined;
  /** The last person or body quoted, whom a next paragraph that is a quotation goes on quoting. */
  speaker: Sentence | undefined;
}

const paragraphScopes = new WeakMap<Block, ParagraphScopes>();

/**
 * Whether a paragraph may go on with the one before it: it opens with a quotation or with a
 * sentence that continues a report. Only then is the paragraph before read.
 */
function mayContinue(block: Block): boolean {
  const first = block.sentences[0];
  return isBody(block) && first !== undefined && (opensWithQuote.test(block.text) || continuesReport.test(first.text));
}

/**
 * The scopes of a sentence's paragraph, worked out on demand (a rule asks only about paragraphs
 * holding a figure) and kept per paragraph. A paragraph that may continue the one before needs that
 * one's scopes first: the chain is walked back to where it starts, then worked forward, so a long
 * run of quotation paragraphs costs no deep recursion.
 */
function scopesOfParagraph(document: ProseDocument, block: Block): ParagraphScopes {
  const known = paragraphScopes.get(block);
  if (known) return known;
  const chain = [block];
  for (let current = block; mayContinue(current);) {
    const previous = document.blocks[current.index - 1];
    if (!previous || paragraphScopes.has(previous)) break;
    chain.push(previous);
    current = previous;
  }
  let result: ParagraphScopes | undefined;
  for (const item of chain.reverse()) {
    const before = mayContinue(item) ? paragraphScopes.get(document.blocks[item.index - 1] as Block) : undefined;
    result = scopeParagraph(document, item, before);
    paragraphScopes.set(item, result);
  }
  return result as ParagraphScopes;
}

/** The scopes of one paragraph, given what the paragraph before it left open (when it may go on with it). */
function scopeParagraph(document: ProseDocument, block: Block, follows: ParagraphScopes | undefined): ParagraphScopes {
  const scopes = new Map<Sentence, FigureSource>();
  const { sentences } = block;
  const speaks = sentences.map((sentence) => speakerOf(document, sentence) !== undefined);
  // A person or body speaking, or a body's own report, covers the sentence on either side too.
  const voices = sentences.map(
    (sentence, index) =>
      speaks[index] === true || creditsNamedBody(sentence.text) || namesReportingSubject(sentence.text),
  );
  const named = sentences.map((sentence, index) =>
    namesSource(sentence, voices[index] === true || namesRecommendingSubject(sentence.text)),
  );
  // A quotation paragraph with no source of its own goes on quoting the person the paragraph
  // before quoted or introduced (“… said Dr Roe:” / “"We found …"”).
  const quotation = follows?.speaker !== undefined && opensWithQuote.test(block.text) && !named.includes(true);
  let open = quotation ? follows?.speaker : follows?.open;
  let speaker: Sentence | undefined;
  for (const [index, sentence] of sentences.entries()) {
    if (named[index]) {
      scopes.set(sentence, { kind: 'named', sentence, speaker: speaks[index] === true });
      open = sentence;
      if (speaks[index]) speaker = sentence;
      continue;
    }
    // Next to a sentence whose speaker names themselves (JUDGING.md: “a named source in the same or
    // an adjacent sentence”; a quote runs on over the sentence before or after its “she said”), or
    // going on with the report of the source still open. A study or report named next door, with
    // nothing that refers back to it, is as often the article's own study or another figure's
    // source (“Nationally, 1% of people … But the Children's Hospital study is showing …”).
    const before = voices[index - 1] ? sentences[index - 1] : undefined;
    const after = voices[index + 1]
      ? sentences[index + 1]
      : index === sentences.length - 1
        ? voicedReferenceAfter(document, block)
        : undefined;
    // A sentence that adds to the one before or counts the same people (“Yet only 50 percent of
    // those people …”) goes on with the source that one is in.
    const goesOn =
      quotation ||
      continuesReport.test(sentence.text) ||
      (scopes.has(sentences[index - 1] as Sentence) && carriesOnSentenceBefore(sentence.text));
    const continued = open && goesOn ? open : undefined;
    const source = before ?? continued ?? after;
    if (source) {
      const spoken =
        source.block === block
          ? speaks[source.index] === true
          : introducers.has(source) || speakerOf(document, source) !== undefined;
      scopes.set(sentence, { kind: 'in-scope', sentence: source, speaker: spoken });
    }
    // Anything but a continuation closes the source: the next figure may be the writer's own.
    open = before ?? continued;
  }
  // A paragraph that introduces a person by their role and is followed by a quotation hands that
  // quotation to them (“Dr. Matthew Budoff, chief researcher on … , has studied …” / “"If you think
  // …"”): a profile or debate format that names its speaker once, above what they say.
  const next = document.blocks[block.index + 1];
  const introducer =
    speaker === undefined && !quotation && next !== undefined && isBody(next) && opensWithQuote.test(next.text)
      ? lastIntroduction(block)
      : undefined;
  if (introducer) introducers.add(introducer);
  return { scopes, open, speaker: speaker ?? (quotation ? follows?.speaker : undefined) ?? introducer };
}

/**
 * “These false-positive rates may be under-estimates, say NCI officials”, “Those figures come from the
 * CDC”: a sentence that opens by pointing back at the figures just given, with a definite word and
 * a noun for figures.
 */
const pointsBackToFigures =
  /^(?:These|Those|The|This|That|Such)\s(?:[\p{L}-]+\s){0,2}?(?:rates?|figures?|numbers?|estimates?|percentages?|statistics|odds|risks?|proportions?|shares?)\b/u;

/**
 * The first sentence of the next paragraph, when it points back at the figures just given
 * (`pointsBackToFigures`) and a named person or body voices it: the source of those figures, named
 * in the adjacent sentence across the paragraph break.
 */
function voicedReferenceAfter(document: ProseDocument, block: Block): Sentence | undefined {
  const next = document.blocks[block.index + 1];
  const first = next?.sentences[0];
  if (!isBody(next) || !first || !pointsBackToFigures.test(first.text)) return undefined;
  const voiced =
    speakerOf(document, first) !== undefined || creditsNamedBody(first.text) || namesReportingSubject(first.text);
  return voiced ? first : undefined;
}

/** Sentences that introduce a person whose quotation follows in the next paragraph (see `lastIntroduction`). */
const introducers = new WeakSet<Sentence>();

/** The named source whose scope holds a sentence, or undefined (see `FigureSource`). */
export function sourceScopeOf(document: ProseDocument, sentence: Sentence): FigureSource | undefined {
  return scopesOfParagraph(document, sentence.block).scopes.get(sentence);
}

/**
 * “This time the mice lived longer than controls, an increase of about 15%”: in an article that
 * identifies a study, a figure told of mice, rats or cells measures that study's animals or
 * cultures. Nothing else the article counts lives in a lab: a background figure counts people.
 */
function countsStudyAnimals(document: ProseDocument, sentence: Sentence): boolean {
  return identifiesStudy(document) && namesCellsOrAnimals(sentence.text);
}

/**
 * “This test detects around seven out of every 10 (68%) pregnancies”, “These drugs cut …”: a
 * sentence whose subject points back to an intervention already named. In an article that
 * identifies a study, that intervention is the one the study tested, and what it did is the
 * study's result.
 */
const pointsBackToIntervention =
  /^(?:This|These|Both|Both of these|The two|The three) (?:[\w-]+ )?(?:tests?|drugs?|treatments?|therap(?:y|ies)|procedures?|vaccines?|devices?|screening|interventions?|programmes?|programs?)\b/u;

/**
 * “About one in 20 women (5%) having this test will have a ‘high risk’ result”: a figure that counts
 * the people who have, take or are given the intervention the sentence points back to, which in an
 * article that identifies a study is the study's.
 */
const countsPeopleOnIntervention =
  /\b(?:having|taking|given|receiving|using|getting|offered|(?:who|that) (?:have|had|take|took|get|got|receive|received|use|used|are given|were given)) (?:this|these|both|both of these|the two|the three) (?:[\w-]+ )?(?:tests?|drugs?|treatments?|therap(?:y|ies)|procedures?|vaccines?|devices?|screening|interventions?|programmes?|programs?)\b/u;

function measuresStudiedIntervention(document: ProseDocument, sentence: Sentence): boolean {
  return (
    identifiesStudy(document) &&
    (pointsBackToIntervention.test(sentence.text) || countsPeopleOnIntervention.test(sentence.text))
  );
}

/**
 * Where a figure in a sentence comes from, or undefined when the article leaves it unsourced: the
 * article's own study (its result), or a named source whose scope holds the sentence.
 */
export function figureSourceOf(
  document: ProseDocument,
  sentence: Sentence,
  figure: { start: number; end: number; relative?: boolean },
): FigureSource | undefined {
  if (reportsOwnResult(document, sentence, figure)) return { kind: 'own-study' };
  if (countsStudyAnimals(document, sentence) || measuresStudiedIntervention(document, sentence))
    return { kind: 'own-study' };
  if (ledeGivesOwnResult(document, sentence, figure)) return { kind: 'own-study' };
  const head = listHeadOf(document, sentence);
  if (head) return figureSourceOf(document, head.sentence, head.figure);
  if (refersBackToOwnResult(document, sentence, figure)) return { kind: 'own-study' };
  const { kind } = sentence.block;
  if ((kind === 'title' || isDeck(document, sentence.block)) && headlineGivesOwnResult(document, sentence.text))
    return { kind: 'own-study' };
  if (
    (kind === 'title' || kind === 'heading') &&
    repeatsOwnResult(document, sentence.text, figure, sentence.block === document.blocks[0])
  )
    return { kind: 'own-study' };
  return sourceScopeOf(document, sentence);
}

/** A list item set as a block of its own: a few words and a figure in brackets (“Lung cancer (30%)”). */
const glossItem = /^[^.!?:;()]{1,60}\(\s?[^()]{1,24}\)\s?\.?$/u;
/** The same item closing the sentence that opens the list after a colon (“… types of cancer: Esophageal cancer (60%)”). */
const glossItemAfterColon = /:\s([^.!?:;()]{1,60}\(\s?([^()]{1,24})\)\s?\.?)$/u;

/** How many items a list split into blocks may run to before its head. */
const listItemsBack = 12;

/**
 * “The fall in the risk of death broke down according to type of cancer: Esophageal cancer (60%)” /
 * “Colorectal cancer (40%)” / “Lung cancer (30%)”: items of a list the corpus split into blocks of
 * their own have no verb or source of their own; they are the objects of the sentence that opened
 * the list after its colon. Given an item, that sentence and the figure of its own first item.
 */
function listHeadOf(
  document: ProseDocument,
  sentence: Sentence,
): { sentence: Sentence; figure: { start: number; end: number } } | undefined {
  const { block } = sentence;
  // “… a reduction in risk in higher-risk groups, including:” / “16 percent in those with …”: an
  // item that opens with its figure, straight after the colon that closes the paragraph before, is
  // that sentence's object (holdout19). The head has no figure of its own: its colon stands for it.
  if (block.sentences.length === 1 && /^\d/u.test(block.text)) {
    const head = document.blocks[block.index - 1]?.sentences.at(-1);
    if (head && isBody(head.block) && head.text.trimEnd().endsWith(':')) {
      const colon = head.text.trimEnd().length - 1;
      return { sentence: head, figure: { start: colon, end: colon } };
    }
  }
  if (block.sentences.length !== 1 || !glossItem.test(block.text.trim())) return undefined;
  for (let index = block.index - 1; index >= Math.max(0, block.index - listItemsBack); index--) {
    const before = document.blocks[index] as Block;
    if (before.role !== 'body' || before.kind === 'heading' || before.kind === 'title') return undefined;
    const last = before.sentences.at(-1);
    if (!last) return undefined;
    const opening = glossItemAfterColon.exec(last.text.trim());
    if (opening) {
      const [found] = findStatistics(opening[2] as string);
      if (!found) return undefined;
      const at = last.text.lastIndexOf(opening[2] as string) + found.start;
      return { sentence: last, figure: { start: at, end: at + found.text.length } };
    }
    if (before.sentences.length !== 1 || !glossItem.test(before.text.trim())) return undefined;
  }
  return undefined;
}

/**
 * Whether a block is part of the article's deck: a heading above the first paragraph of the body
 * (“Fast Facts … - Click to Tweet”, a subheadline), which sums up the article as its headline does.
 */
function isDeck(document: ProseDocument, block: Block): boolean {
  if (block.kind !== 'heading' || block.role !== 'body') return false;
  for (const before of document.blocks) {
    if (before === block) return true;
    if (before.kind !== 'title' && before.kind !== 'heading') return false;
  }
  return false;
}

/**
 * Whether an article's headline gives its own study's result: in an article that reports one
 * piece of research (`reportsOwnStudy`), the headline sums up that research (“'Game-changing'
 * immunotherapy doubles head and neck cancer survival”), in words the body need not repeat (“More
 * than double the number of patients … were alive after one year”). Only background (how common or
 * deadly a condition is, `statesBackground`) is the headline's own claim about the world.
 */
function headlineGivesOwnResult(document: ProseDocument, headline: string): boolean {
  return reportsOwnStudy(document) && !statesBackground(headline);
}

/**
 * Whether the body reports a headline's figure as its own study's result (“… reduces deaths from
 * mild heart failure by 29% compared with a defibrillator alone, researchers reported Sunday.”): a
 * headline or heading that repeats the figure, about the same things (two words in common beside
 * it), gives the same result in the fewer words a headline has. The article's headline may reword
 * the lede's result too (`rewordsLedeResult`).
 */
function repeatsOwnResult(
  document: ProseDocument,
  headline: string,
  figure: { start: number; end: number },
  isHeadline: boolean,
): boolean {
  const text = headline.slice(figure.start, figure.end);
  const words = contentWords(headline.slice(0, figure.start) + ' ' + headline.slice(figure.end));
  if (isHeadline && rewordsLedeResult(document, words)) return true;
  for (const block of document.blocks) {
    if (!isBody(block) || !block.text.includes(text)) continue;
    for (const sentence of block.sentences) {
      const start = sentence.text.indexOf(text);
      if (start < 0) continue;
      const shared = [...contentWords(sentence.text)].filter((word) => words.has(word)).length;
      if (shared >= 2 && reportsOwnResult(document, sentence, { start, end: start + text.length })) return true;
    }
  }
  return false;
}

/** How many body paragraphs from the top a lede may take to give the result its headline rewords. */
const ledeParagraphs = 3;

/**
 * Whether the lede gives, as its study's result, a figure about the same things as the headline
 * (“Colonoscopy may miss more than 7 percent of cancers” / “Colonoscopy may miss as many as one in
 * every 13 colon cancers, suggests a new study.”): a headline rounds or rewords the lede's result,
 * so the figures need not match, only what they are about (two words in common).
 */
function rewordsLedeResult(document: ProseDocument, headlineWords: ReadonlySet<string>): boolean {
  for (const block of topOfArticle(document.blocks, ledeParagraphs)) {
    if (!isBody(block)) continue;
    for (const sentence of block.sentences) {
      const [found] = findStatistics(sentence.text);
      if (!found) continue;
      const shared = [...contentWords(sentence.text)].filter((word) => headlineWords.has(word)).length;
      if (shared >= 2 && reportsOwnResult(document, sentence, found)) return true;
    }
  }
  return false;
}

/** The longer words of a text, lower-cased: enough to tell whether two sentences are about the same things. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((word) => word !== 'percent'));
}

/** How many body paragraphs from the top are the lede, which may give the study's result before naming the study. */
const ledeParagraphsBeforeStudy = 1;

/** How many words a lede's figure must share with a result the body credits to the study. */
const sharedWithResult = 3;

/**
 * Whether the lede gives the result of the study the article reports, in the words a lede uses
 * before the study is named (“An experimental rheumatoid arthritis treatment helps two-thirds of
 * patients getting too little relief from methotrexate.” / “… 67% had at least 20% fewer arthritis
 * symptoms, compared to 35% of patients getting a placebo.”): not background, and about the same
 * things as a figure the body reports as the study's (three words in common beside the figure).
 * The lede rounds or rewords the result, so the figures need not match.
 */
function ledeGivesOwnResult(
  document: ProseDocument,
  sentence: Sentence,
  figure: { start: number; end: number },
): boolean {
  if (!isBody(sentence.block) || !reportsOwnStudy(document) || statesBackground(sentence.text)) return false;
  if (!ledeOf(document).has(sentence.block)) return false;
  const rest = sentence.text.slice(0, figure.start) + ' ' + sentence.text.slice(figure.end);
  const words = contentWords(rest);
  const figureText = sentence.text.slice(figure.start, figure.end);
  return bodyFigureSentences(document).some(({ sentence: result, words: resultWords }) => {
    let shared = 0;
    for (const word of resultWords) if (words.has(word)) shared++;
    if (shared >= sharedWithResult) {
      const [found] = findStatistics(result.text);
      return found !== undefined && reportsOwnResult(document, result, found);
    }
    // “… reduces clumps of plaque in the brain by around 25 percent” / “… had about a 25 percent
    // reduction in plaque compared with those on placebo”: the lede gives the very figure the body
    // reports as the study's, about the same thing in other word forms (two stems in common).
    const at = indexOfFigure(result.text, figureText);
    if (at < 0 || sharedStems(rest, result.text) < sharedStemsWithSameFigure) return false;
    return reportsOwnResult(document, result, { start: at, end: at + figureText.length });
  });
}

/** Where a figure is in a text as a figure of its own (“25 percent”, not the end of “125 percent”), or -1. */
function indexOfFigure(text: string, figure: string): number {
  for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
    if (!/[\d.,]/u.test(text.charAt(at - 1)) && !/\d/u.test(text.charAt(at + figure.length))) return at;
  }
  return -1;
}

/** How many word stems a lede's figure must share with a body result that gives the same figure. */
const sharedStemsWithSameFigure = 2;

/** How many stems (the first five letters of the longer words: “reduces” and “reduction” alike) two texts share. */
function sharedStems(text: string, other: string): number {
  return stemsInCommon(stemsOf(text), stemsOf(other));
}

/** The stems of a text's longer words, as `sharedStems` compares them. */
function stemsOf(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])
      .filter((word) => word !== 'percent')
      .map((word) => word.slice(0, 5)),
  );
}

function stemsInCommon(stems: ReadonlySet<string>, other: ReadonlySet<string>): number {
  let shared = 0;
  for (const stem of other) if (stems.has(stem)) shared++;
  return shared;
}

/**
 * The body sentences below the lede that hold a figure, with their content words, found once per
 * document: a lede's figure is compared by words first, and only a sentence that shares enough of
 * them is asked whether it gives the study's result.
 */
const bodyFigureSentences = oncePer((document: ProseDocument): { sentence: Sentence; words: Set<string> }[] => {
  const lede = ledeOf(document);
  const found: { sentence: Sentence; words: Set<string> }[] = [];
  for (const block of document.blocks) {
    if (!isBody(block) || lede.has(block)) continue;
    for (const sentence of block.sentences) {
      if (findStatistics(sentence.text).length > 0) found.push({ sentence, words: contentWords(sentence.text) });
    }
  }
  return found;
});

/** The lede: the first body paragraphs, whether or not the article has a headline. */
const ledeOf = oncePer(
  (document: ProseDocument): Set<Block> =>
    new Set(
      document.blocks
        .filter((block) => block.kind === 'paragraph' && block.role === 'body')
        .slice(0, ledeParagraphsBeforeStudy),
    ),
);

/** “The 70 percent average”, “that 40%”: a figure named with a definite word, as one already given. */
const definiteBefore = /\b(?:the|that|this|those|these)\s(?:\p{L}+\s)?$/iu;

/**
 * Whether a figure refers back to a result of the study given earlier in the article (“the test
 * found 70 percent of cancers … And that percentage could well be lower than the 70 percent
 * average.”): named with a definite word, or a relative change said again, and the same figure is
 * an own result in a body sentence before it.
 */
function refersBackToOwnResult(
  document: ProseDocument,
  sentence: Sentence,
  figure: { start: number; end: number; relative?: boolean },
): boolean {
  const text = sentence.text.slice(figure.start, figure.end);
  const definite = definiteBefore.test(sentence.text.slice(Math.max(0, figure.start - 30), figure.start));
  // “… were 20 percent less likely to die …” / “So although a 20 percent reduction in mortality
  // sounds impressive, …”: the same relative change said again, in a sentence that is no background
  // of its own, is the effect given before it (round 25). A share (“90% of brain injuries”) or a
  // word (“half”, “twice as”) is said of many things in one article, and needs the definite word.
  const restatedEffect = figure.relative === true && /\d/u.test(text) && !statesBackground(sentence.text);
  if (!definite && !restatedEffect) return false;
  const first = firstOwnResultGiving(document, text, definite ? 'any' : 'relative', sentence);
  return first !== undefined && isBefore(first, sentence);
}

/** Whether a sentence comes before another in the document. */
function isBefore(sentence: Sentence, other: Sentence): boolean {
  return sentence.block.index < other.block.index || (sentence.block === other.block && sentence.index < other.index);
}

/**
 * How far `firstOwnResultGiving` has read for one figure: the body sentence it reads next, and the
 * first it found giving the figure as the study's result.
 */
interface OwnResultSearch {
  block: number;
  sentence: number;
  found: Sentence | undefined;
}

const ownResultSearches = oncePer<ProseDocument, Map<string, OwnResultSearch>>(() => new Map());

/**
 * The first body sentence that gives a figure (`any` place of its text, or only as a relative
 * change, `relative`) as the study's result, if one comes before `until`. Each figure's search goes
 * on from where the last question about it stopped: asking from scratch for every figure read every
 * earlier sentence holding it again, which made a long paragraph of one repeated figure quadratic.
 */
function firstOwnResultGiving(
  document: ProseDocument,
  text: string,
  mode: 'any' | 'relative',
  until: Sentence,
): Sentence | undefined {
  const searches = ownResultSearches(document);
  const key = `${mode}\u0000${text}`;
  let search = searches.get(key);
  if (!search) {
    search = { block: 0, sentence: 0, found: undefined };
    searches.set(key, search);
  }
  while (!search.found && search.block < document.blocks.length) {
    const block = document.blocks[search.block] as Block;
    if (block.index > until.block.index) break;
    // A block is looked into once per figure, when the search comes to it.
    const skipped = search.sentence === 0 && (!isBody(block) || !block.text.includes(text));
    if (skipped || search.sentence >= block.sentences.length) {
      search.block++;
      search.sentence = 0;
      continue;
    }
    const earlier = block.sentences[search.sentence] as Sentence;
    if (earlier === until || isBefore(until, earlier)) break;
    search.sentence++;
    const start = earlier.text.indexOf(text);
    if (start < 0) continue;
    if (mode === 'relative' && !findStatistics(earlier.text).some((found) => found.start === start && found.relative))
      continue;
    if (reportsOwnResult(document, earlier, { start, end: start + text.length })) search.found = earlier;
  }
  return search.found;
}

/** A line that gives the source of what comes before it: “Source: World Health Organisation.” */
const sourceLine = /^\s*Sources?:\s*\p{Lu}/u;

/**
 * Whether the article gives the same figure again, about the same things, where it names a source
 * for it (“… a disease that kills nearly 2 million people annually” in the lede, and further on “The
 * World Health Organization estimates that … nearly 2 million die”; a background figure in the body
 * that a release's notes to editors give again with “Source: …”; a figure in the text that a fact
 * box repeats above its sources line). A reader can follow it up, but not from where it stands, and
 * editors differ on whether a source that far away counts (round 27: readers called the judged
 * findings of this shape debatable). The figure must have digits (“half”, “twice as” are said of
 * many things in one article), and be found as the same figure there (so not the end of a range, “20
 * to 25 percent”), and the two sentences must share two word stems beside it (as `ledeGivesOwnResult`
 * asks of a lede's figure). Where the figure is given again is looked up in the document's figures,
 * indexed once (`creditingPlaces`): comparing each figure with every other sentence made a long text
 * of repeated figures quadratic (round 27's version, reverted for its cost).
 */
export function creditedElsewhere(
  document: ProseDocument,
  sentence: Sentence,
  figure: { start: number; end: number },
): boolean {
  const text = sentence.text.slice(figure.start, figure.end);
  if (!/\d/u.test(text)) return false;
  const places = creditingPlaces(document, text);
  if (places.length === 0) return false;
  const stems = stemsOf(textBeside(sentence.text, figure));
  return places.some(
    (place) => place.sentence !== sentence && stemsInCommon(stems, place.stems) >= sharedStemsWithSameFigure,
  );
}

/** A sentence's text without one figure in it: the words a figure is said with. */
function textBeside(text: string, figure: { start: number; end: number }): string {
  return text.slice(0, figure.start) + ' ' + text.slice(figure.end);
}

/** A figure's text as the document's index keys it: spaces of any kind made one. */
function figureKey(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

interface FigurePlace {
  sentence: Sentence;
  figure: Statistic;
}

/** Every figure with digits in the document, by its text, with the sentences that give it: found once per document. */
const figurePlaces = oncePer((document: ProseDocument): Map<string, FigurePlace[]> => {
  const places = new Map<string, FigurePlace[]>();
  for (const block of document.blocks) {
    for (const sentence of block.sentences) {
      for (const figure of [...findStatistics(sentence.text), ...findPopulationCounts(sentence.text)]) {
        if (!/\d/u.test(figure.text)) continue;
        const key = figureKey(figure.text);
        const list = places.get(key);
        if (list) list.push({ sentence, figure });
        else places.set(key, [{ sentence, figure }]);
      }
    }
  }
  return places;
});

/** The places that credit each figure asked about so far (`creditingPlaces`), per document. */
const creditingByFigure = oncePer<ProseDocument, Map<string, { sentence: Sentence; stems: Set<string> }[]>>(
  () => new Map(),
);

/**
 * The places where the document gives a figure with its source, and the stems of the words said with
 * it there: worked out once per figure and document, each place read once whichever sentence asks.
 */
function creditingPlaces(document: ProseDocument, figure: string): { sentence: Sentence; stems: Set<string> }[] {
  const key = figureKey(figure);
  const known = creditingByFigure(document);
  let crediting = known.get(key);
  if (!crediting) {
    crediting = [];
    for (const place of figurePlaces(document).get(key) ?? []) {
      if (givesSource(document, place)) {
        crediting.push({ sentence: place.sentence, stems: stemsOf(textBeside(place.sentence.text, place.figure)) });
      }
    }
    known.set(key, crediting);
  }
  return crediting;
}

/**
 * Whether a sentence gives a figure with its source: a named body or publication whose scope holds
 * it (`figureSourceOf`), unless the figure is the reported study's own result there (another thing
 * than a background figure) or said only inside a speaker's quotation (the quote is no more
 * followable than the figure: readers called two such findings correct); a “Source: …” line after
 * it; a citation; or a sources line or sourced fact box that holds it.
 */
function givesSource(document: ProseDocument, { sentence, figure }: FigurePlace): boolean {
  const source = figureSourceOf(document, sentence, figure);
  if (source?.kind === 'own-study') return false;
  const block = sentence.block;
  if (source && !insideBlockQuotation(block)(sentence.start + figure.start)) return true;
  const next = block.sentences[sentence.index + 1];
  if (next && sourceLine.test(next.text)) return true;
  return isSupported(document, sentence) || blockListsSources(block) || sourcedFactBoxItems(document).has(block.index);
}

/** Each block's sources line, looked for once however many of its figures ask. */
const blockListsSources = oncePer((block: Block) => listsSources(block));
