import { wordsBefore } from './context-match.js';

/**
 * Where a benefit word stands, for the efficacy checks: in a mechanism (“an antibody that works
 * by binding a protein”), with an organisation as its subject (“the agency also improves patient
 * safety”), or inside the quoted title of a cited paper (“‘Walnut intake improves mood’ appears
 * in Nutrients”). None of these claims that a treatment works.
 */

/** “… works by binding”, “reduces inflammation by blocking …”: how something acts, not whether it helps. */
const byMechanism = /^[^.;:!?]{0,40}?\bby\s+(?:\w+ing|means of|way of)\b/iu;
const mechanismVerbs = /\b(?:works|acts|act|work|functions)$/iu;
/** What a compound is at a molecular target: “an effective inhibitor of …”. */
const potencyNoun =
  /^\s+(?:[\p{L}-]+\s+)?(?:inhibitors?|blockers?|activators?|agonists?|antagonists?|catalysts?|binders?|chelators?|modulators?)\b/iu;
/** “Treats conditions by delivering magnetic pulses”: how a treatment is given, with no outcome named. */
const treatsBy = /^\s+(?:\p{L}+\s+){0,2}?by\s+\p{L}+ing\b/iu;
/** “works in a very novel fashion”, “works differently”: how it acts, said without any benefit. */
const mannerAfter =
  /^\s+(?:by|through|via|differently|similarly|in\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:way|fashion|manner))\b/iu;

/**
 * “Fights leukemia by blocking a specific receptor”, “lowers cholesterol by inhibiting an enzyme”:
 * the claim goes on to say how the drug acts at a molecular or cellular target. That is its
 * mechanism (JUDGING.md `mechanism`); a size (“reduces deaths by 20%”, “by half”) is no verb in -ing.
 */
const molecularTarget =
  '(?:receptors?|proteins?|enzymes?|genes?|pathways?|molecules?|cells?|antibod(?:y|ies)|hormones?|signals?|channels?|kinases?|DNA|RNA|ubiquitination|phosphorylation)';
const byActingOnTarget = new RegExp(
  `^[^.;:!?]{0,50}?\\bby\\s+\\p{L}+ing\\s+(?:[\\p{L}-]+\\s+){0,4}?${molecularTarget}\\b`,
  'iu',
);
/** Where an account of how it acts may open before the claim: “By enabling …, SHARPIN … prevents”. */
const fromByClause = /\bby\s+\p{L}+ing\b/iu;

export function isMechanism(text: string, claimStart: number, claimEnd: number): boolean {
  const claim = text.slice(claimStart, claimEnd);
  const after = text.slice(claimEnd, claimEnd + 60);
  if (byActingOnTarget.test(text.slice(claimEnd, claimEnd + 120))) return true;
  // “By enabling linear ubiquitination in the TNF receptor signalling complex, SHARPIN … prevents
  // inflammation”: the same account of how it acts, told before the claim in its sentence.
  const opening = text.slice(Math.max(0, claimStart - 200), claimStart);
  const byAt = opening.search(fromByClause);
  if (byAt >= 0 && !/[.;:!?]/u.test(opening.slice(byAt)) && byActingOnTarget.test(opening.slice(byAt))) return true;
  if (mechanismVerbs.test(claim) && mannerAfter.test(after)) return true;
  if (/^treats?$/iu.test(claim) && treatsBy.test(after)) return true;
  // “An effective inhibitor of crystal growth”, “the most effective inhibitors”: potency at a lab
  // target, not a benefit to anyone's health.
  if (/\b(?:effective|potent|powerful)$/iu.test(claim) && potencyNoun.test(after)) return true;
  // “This method is effective because proteins inside the virus are similar”: why it should work.
  if (/^(?:(?:is|are|it)\s+)?(?:effective|works?)$/iu.test(claim) && /^\s+because\b/iu.test(after)) return true;
  // A relative clause that explains how: “a protein that blocks …”, “an enzyme which reduces …”.
  const before = wordsBefore(text, claimStart, 3);
  const relative = before.includes('that') || before.includes('which');
  return relative && byMechanism.test(after);
}

/** Organisations and policies that can be the subject of “improves”, “protects”, “reduces”. */
const organisation =
  /\b(?:agency|administration|FDA|EMA|MHRA|NHS|CDC|WHO|NICE|company|firm|organi[sz]ation|institute|university|college|hospital|department|ministry|government|council|programme|program|initiative|foundation|charity|centre|center|network|partnership|services?|law|policy|act|legislation|regulation|scheme|campaign|society|association|board|commission|team)(?:['’]s)?$/u;

/** Words between a subject and its verb (“the agency also improves”, “the immune system, which normally protects”). */
const betweenSubjectAndVerb = new Set([
  'also', 'now', 'further', 'already', 'continues', 'to', 'has', 'have', 'which', 'that', 'it', 'normally', 'naturally',
  'usually', 'generally', 'typically', '-', ',',
]); // prettier-ignore

/** The nearest word before a claim that can be its subject, lower-cased except acronyms, or undefined. */
function claimSubject(text: string, claimStart: number): string | undefined {
  return wordsBefore(text, claimStart, 5)
    .filter((word) => !betweenSubjectAndVerb.has(word))
    .at(-1);
}

/** Whether the claim's subject, right before it (allowing “also”, “now”, “further”), is an organisation. */
export function hasOrganisationSubject(text: string, claimStart: number): boolean {
  const subject = claimSubject(text, claimStart);
  if (subject === undefined) return false;
  // wordsBefore lower-cases; test the original casing for acronyms too.
  if (organisation.test(subject) || organisation.test(subject.toUpperCase())) return true;
  // “A now-defunct company, Acu-Gen, which guaranteed …”: the name stands in apposition to an
  // organisation noun, set off by commas.
  const words = wordsBefore(text, claimStart, 8);
  const lastComma = words.lastIndexOf(',');
  const firstComma = words.lastIndexOf(',', lastComma - 1);
  const named = words.slice(firstComma + 1, lastComma);
  return firstComma > 0 && named.length > 0 && named.length <= 3 && organisation.test(words[firstComma - 1] ?? '');
}

/**
 * The body's own systems and substances, which protect, repair and improve by themselves
 * (“estrogen helps protect bone health”, “the immune system normally protects against
 * organisms”): physiology, not a treatment that works.
 */
const bodilySubject =
  /^(?:hormones?|(?:o)?estrogen|testosterone|progesterone|insulin|cortisol|melatonin|dopamine|serotonin|genes?|proteins?|enzymes?|receptors?|neurons?|body|brain|liver|kidneys?|gut|microbiome|system)$/u;

/** Whether the claim's subject is part of the body (“the immune system”, “estrogen”, “the gene”). */
export function hasBodilySubject(text: string, claimStart: number): boolean {
  const subject = claimSubject(text, claimStart);
  if (subject === undefined || !bodilySubject.test(subject)) return false;
  // A “system” is the body's only as the immune, nervous or digestive one (not “the WaveWriter System”).
  if (subject !== 'system') return true;
  const words = wordsBefore(text, claimStart, 6).filter((word) => !betweenSubjectAndVerb.has(word));
  return /^(?:immune|nervous|digestive|lymphatic|cardiovascular|endocrine)$/u.test(words.at(-2) ?? '');
}

/** “Prevent many from seeking help”, “prevent the immune system from attacking”: keeping something from acting. */
const fromActing = /^\s+(?:[\p{L}'’-]+\s+){1,5}?from\s+[\p{L}-]+ing\b/iu;
/** “Prevent that from happening”: the event itself is what is prevented, which is a claim. */
const eventFromHappening =
  /^\s+(?:that|this|it|them)\s+from\s+(?:happening|occurring|recurring|returning|coming back)\b/iu;

/**
 * “Cost and stigma prevent many from seeking help”, “blocks a pathway that can prevent the immune
 * system from attacking cancer cells”, “a deficiency can prevent organs from developing”: keeping
 * someone or something from doing a thing says who is stopped, or how a drug acts, not that a
 * treatment prevents a disease (JUDGING.md `not_efficacy`, `mechanism`).
 */
export function keepsFromActing(text: string, claimStart: number, claimEnd: number): boolean {
  if (!/\b(?:prevents?|prevented|stops?|keeps?)$/iu.test(text.slice(claimStart, claimEnd))) return false;
  const after = text.slice(claimEnd, claimEnd + 80);
  return fromActing.test(after) && !eventFromHappening.test(after);
}

/** Verbs of looking for something: the claim describes what is sought (“finding drugs that are effective”). */
const seekingVerbs = new Set([
  'finding', 'find', 'seek', 'seeking', 'search', 'searching', 'want', 'wants', 'wanted', 'need', 'needs', 'needed',
  'looking', 'sought',
]); // prettier-ignore

/**
 * “Finding drug combinations that are effective is important”, “developing drugs which work”: the
 * claim sits in a relative clause on what someone looks for, an aim rather than a claim that a
 * treatment works (JUDGING.md `not_efficacy`).
 */
/** Verbs that set a task: “research to confirm the safest and most effective way of using it”. */
const taskVerbs = new Set([
  'confirm', 'determine', 'establish', 'identify', 'compare', 'define', 'explore', 'select', 'choose', 'evaluate',
  'evaluating', 'develop', 'developing',
  // Making something not yet there: “we are preparing an even more effective test”, “designing a better drug”.
  'preparing', 'prepare', 'designing', 'design', 'creating', 'create', 'engineering', 'engineer', 'building', 'build',
]); // prettier-ignore

export function describesWhatIsSought(text: string, claimStart: number, claimText = ''): boolean {
  const before = wordsBefore(text, claimStart, 6);
  // An adjective (“the most effective way”) describes the thing looked for, with or without “that”.
  // So does “proven” (“looking for a treatment with scientifically proven results”).
  if (
    /^(?:the\s+)?(?:most|more|best|effective|(?:clinically\s+|scientifically\s+|medically\s+)?proven)\b/iu.test(
      claimText,
    )
  )
    if (before.some((word) => seekingVerbs.has(word) || taskVerbs.has(word))) return true;
  const relative = before.findLastIndex((word) => word === 'that' || word === 'which');
  // A noun must stand between the verb and “that”: “studies find that it works” reports a finding.
  return relative > 1 && before.slice(0, relative - 1).some((word) => seekingVerbs.has(word));
}

/** “Wanted to know if exercise can restore”, “how it works is a mystery”: a question, not a claim. */
const questionWords = new Set(['if', 'whether', 'how', 'why']);

/** Verbs that ask rather than tell before “if”: “not large enough to show if manoeuvres … can prevent”. */
const askingVerbs = new Set(['show', 'know', 'tell', 'see', 'determine', 'assess', 'test', 'establish', 'learn']);

export function insideEmbeddedQuestion(text: string, claimStart: number): boolean {
  if (wordsBefore(text, claimStart, 4).some((word) => questionWords.has(word))) return true;
  // Further back, a question needs its own marker: “whether”, or “if” after a verb that asks.
  const clause = wordsBefore(text, claimStart, 14);
  return clause.some(
    (word, index) => word === 'whether' || (word === 'if' && askingVerbs.has(clause[index - 1] ?? '')),
  );
}

/**
 * “There is no evidence that smart drugs improve thinking”, “we need compelling evidence that it
 * is effective”, “there is very little research showing it works”: the claim is denied or still to
 * be shown, far from its verb.
 */
const deniedEvidence =
  /\b(?:no|little|insufficient|not enough|no good|no strong|no clear|no convincing|need|needs|needed|require|requires|lack|lacks)\s+(?:[\p{L}-]+\s+){0,2}?(?:evidence|proof|data|research|studies)\s+(?:that|to show|to suggest|showing|suggesting|proving)\b/iu;

/**
 * “There is indirect evidence it reduces”, “moderate strength evidence that”, “only ‘moderate’
 * evidence that”: the claim comes with its certainty, the grade quoted or not.
 */
const gradedEvidence =
  /\b(?:indirect|limited|weak|moderate|low|very low|some|mixed|inconsistent|less|scant|scarce)["“”‘’']{0,2}(?:[- ](?:strength|quality|certainty))?\s+evidence\b/iu;

/** “Whether there was adequate evidence to conclude that”: the claim is what the evidence is weighed for. */
const weighedEvidence =
  /\b(?:adequate|sufficient|enough)\s+(?:evidence|proof|data)\s+to\s+(?:conclude|show|say|support|prove)\b/iu;

export function afterEvidenceQualifier(text: string, claimStart: number): boolean {
  const before = text.slice(Math.max(0, claimStart - 160), claimStart);
  return deniedEvidence.test(before) || gradedEvidence.test(before) || weighedEvidence.test(before);
}

/** “Proponents say it eliminates …”, “the makers claim that …”: a claim quoted in order to be weighed. */
const othersClaim =
  /\b(?:proponents|advocates|supporters|makers|manufacturers|marketers|sellers|vendors|promoters|fans|believers|enthusiasts)\s+(?:of\s+(?:[\p{L}-]+\s+){1,3})?(?:say|says|said|claim|claims|claimed|argue|argued|insist|insisted|contend|contended|believe|believed)\b/iu;

/**
 * “…, say companies that sell the pills”, “…, according to the makers”: the same parties credited
 * after the claim. Companies count here, where the sentence credits the claim to them as parties
 * that sell the product; a company named as the article's issuer speaks in its own voice.
 */
const othersClaimAfter =
  /^[^.;!?]*?,\s*(?:say|says|said|claim|claims|claimed|according\s+to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:proponents|advocates|supporters|makers|manufacturers|marketers|sellers|vendors|promoters|companies|firms)\b/iu;

export function attributedToProponents(text: string, claimStart: number, claimEnd = claimStart): boolean {
  return (
    othersClaim.test(text.slice(Math.max(0, claimStart - 120), claimStart)) ||
    othersClaimAfter.test(text.slice(claimEnd, claimEnd + 200))
  );
}

/**
 * A photo caption: “Bayer workers are seen taking samples at the Aspirin protect tablet press in a
 * handout photo”, “Dr Lee is pictured with the device”. It says what a picture shows; a benefit
 * word in it is usually part of a product's or a place's name (JUDGING.md `proper_name`), and in any
 * case not a claim the article makes.
 */
const pictureCaption =
  /\bin\s+(?:a|an|this|the)\s+(?:(?:handout|file|undated|family|courtesy)\s+)?(?:photo(?:graph)?|picture)\b|\b(?:is|are)\s+(?:seen|shown)\s+(?:[\p{L}-]+\s+){0,12}?in\s+(?:a|an|this|the)\s+(?:photo|image|picture)|\b(?:is|are)\s+pictured\b/iu;

/** Whether a sentence is a photo caption (`pictureCaption`). */
export function describesPicture(text: string): boolean {
  return pictureCaption.test(text);
}

/**
 * Whether the claim's words are part of a name in the middle of an ordinary sentence (“visit
 * Mammography Saves Lives or the Society of Breast Imaging website”): the claim and the word before
 * it capitalised, after lower-case words (so not a headline in title case).
 */
export function insideProperName(text: string, claimStart: number, claimEnd: number): boolean {
  const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
  const claimWords = text.slice(claimStart, claimEnd).match(/\p{L}+/gu) ?? [];
  if (claimWords.length === 0 || !claimWords.every(capitalised)) return false;
  const before = text.slice(0, claimStart).match(/\p{L}+/gu) ?? [];
  const previous = before.at(-1);
  if (previous === undefined || !capitalised(previous)) return false;
  return before.some((word) => word.length >= 4 && !capitalised(word));
}

/** Quoted spans that follow a word introducing a title (“the study, ‘…’”, “titled “…””) or are in title case. */
const quoted = /[“"‘']([^“”"‘’']{8,300})[”"’']/gu;
const titleLead = /(?:titled|entitled|called|named|study|paper|article|report|review|trial|book|chapter)[,:]?\s*$/iu;

export function insideCitedTitle(text: string, offset: number): boolean {
  quoted.lastIndex = 0;
  for (let match = quoted.exec(text); match; match = quoted.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (offset < start || offset >= end) continue;
    const inner = match[1] as string;
    const words = inner.match(/\p{L}{4,}/gu) ?? [];
    const titleCase = words.length >= 3 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.6;
    return titleLead.test(text.slice(Math.max(0, start - 30), start)) || titleCase;
  }
  return false;
}

/**
 * A contrast later in the same sentence that limits the claim (“an effective drug but not a
 * panacea”, “effective for short-term weight loss, but there is still a question whether …”,
 * “eliminate it in about half of patients but can have side effects”, “lowers some risks but raises
 * others”, “can cure, but they're expensive”): the claim is weighed where it is made, not stated as certain.
 */
const contrast = /[\s,;–—-](?:but|although|though|yet|however)\s/iu;
const limitWords = new Set([
  'not', 'no', 'never', 'question', 'questions', 'unclear', 'unknown', 'uncertain', 'only', 'limited', 'adverse', 'risk',
  'risks', 'raise', 'raises', 'harm', 'harms', 'cost', 'costs', 'expensive', 'costly', 'pricey', "doesn't", 'doesn’t', "isn't", 'isn’t', "wasn't",
  'wasn’t', "can't", 'can’t', 'cannot', 'hard', 'difficult', "don't", 'don’t', "won't", 'won’t', "aren't", 'aren’t',
  "didn't", 'didn’t',
]); // prettier-ignore

/** “Works only on children who …”, “reduce flare-ups by only a third”: the claim's own words narrow it. */
const narrowedAfter = /^[^.;:!?,]{0,40}?\b(?:only|just)\s+(?:on|in|for|a|an|about|modestly|slightly|marginally|\d)/iu;

export function limitedAfter(text: string, claimEnd: number): boolean {
  const after = text.slice(claimEnd, claimEnd + 200);
  if (narrowedAfter.test(after)) return true;
  const found = contrast.exec(after);
  if (!found) return false;
  const words = after
    .slice(found.index + found[0].length)
    .toLowerCase()
    .split(/[^\p{L}’'-]+/u)
    .slice(0, 6);
  // “But also lowers the risk of falls” adds a benefit.
  return words[0] !== 'also' && words.some((word) => limitWords.has(word));
}

/**
 * “While surgery can be very effective in relieving symptoms, it can also leave …”, “Despite a
 * broad consensus that cooling works, a lot of unanswered questions remain”: a claim conceded in
 * order to be weighed.
 */
const concession = /^["“‘']?(?:while|whilst|although|though|even though|granted|despite|in spite of)\s/iu;

/** Whether the claim sits in an opening concessive clause (before its comma) that the sentence then weighs. */
const mainClauseAfterComma = /,\s*(?:it|they|this|these|there|he|she|we|you|its|their|the)\s/iu;

/** “Mammography, while effective, increases radiation exposure”: a concession set inside the clause, right before the claim. */
const concessiveWords = new Set(['while', 'whilst', 'although', 'though', 'albeit']);
const degreeWords = new Set(['very', 'highly', 'generally', 'often', 'usually', 'largely', 'quite', 'fairly']);

export function insideConcession(text: string, claimStart: number): boolean {
  const before = wordsBefore(text, claimStart, 3).filter((word) => !degreeWords.has(word));
  if (concessiveWords.has(before.at(-1) ?? '') && before.at(-2) === ',') return true;
  if (!concession.test(text.trimStart())) return false;
  // “While surgery, such as TURP, can be effective …, it can also …”: a comma after the claim
  // that opens the main clause closes the concession, whatever commas come before.
  return !text.slice(0, claimStart).includes(',') || mainClauseAfterComma.test(text.slice(claimStart));
}

/**
 * “Cures about half of people who take it”, “eliminates symptoms in 40% of patients”: the claim
 * says for how many it holds, which is the qualification the message asks for.
 */
const shareOfPeople =
  /^\s+(?:(?:only|about|roughly|around|nearly|almost|just|some|over|under|up to|fewer than|more than)\s+)?(?:half|a third|a quarter|two-thirds|three-quarters|one in \p{L}+|\d+(?:\.\d+)?\s*(?:%|percent|per cent))\s+of\b/iu;

export function quantifiedShare(text: string, claimEnd: number): boolean {
  return shareOfPeople.test(text.slice(claimEnd, claimEnd + 60));
}

/**
 * “Is effective for many patients”, “works in some people”, “helps a subset of women”: the claim
 * says it holds for only part of the people, the qualification the message itself suggests
 * (“effective in some patients”; JUDGING.md `hedged`).
 */
const partOfPeople =
  /^\s+(?:(?:for|in|among)\s+)?(?:many|some|most|certain|selected|several|a\s+(?:few|subset\s+of|minority\s+of|majority\s+of|number\s+of|proportion\s+of|fraction\s+of))\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:\p{L}+\s+)?(?:patients|people|women|men|children|adults|kids|cases|users|individuals|persons|sufferers)\b/iu;

/** “One of the majority of children for whom the treatment works”: a relative clause on the people it works for. */
const forWhomBefore = /\b(?:for|in) whom\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;

/**
 * “For the right patient, hormone therapy is safe and effective”, “in carefully selected patients,
 * surgery …”: the claim is scoped before it to the patients it suits (round 27), as “effective in
 * selected patients” scopes it after.
 */
const suitedPeopleBefore =
  /\b(?:for|in)\s+(?:the\s+)?(?:right|appropriate|suitable|(?:carefully\s+)?selected)\s+(?:patients?|people|person|candidates?|women|woman|men|man)\b/iu;

/**
 * A share of the people just before the claim: “in about a third of patients, it improves …”, “one
 * woman in three stops having periods”. The claim holds for that share, as it does with the share
 * after it (round 25).
 */
const shareBefore =
  /(?:\bin\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|up\s+to\s+)?(?:a\s+third|a\s+quarter|half|two[\s-]thirds|one[\s-]third|three[\s-]quarters|\d+\s*(?:%|percent|per\s+cent))\s+of\s+(?:all\s+|the\s+|these\s+)?(?:patients|people|women|men|children|adults|cases|users),?\s+(?:[\p{L}'’-]+\s+){0,3}|\bone\s+(?:woman|man|patient|person|child|adult)\s+in\s+(?:two|three|four|five|six|ten|\d+)\s+)$/iu;

export function scopedToPartOfPeople(text: string, claimEnd: number, claimStart = claimEnd): boolean {
  const before = text.slice(Math.max(0, claimStart - 80), claimStart);
  return (
    partOfPeople.test(text.slice(claimEnd, claimEnd + 80)) ||
    forWhomBefore.test(before) ||
    shareBefore.test(before) ||
    suitedPeopleBefore.test(before)
  );
}

/** “For me it's extremely effective”, “it worked for my son”: one person's experience, not a general claim. */
const ownExperience = /\bfor (?:me|us|my (?:son|daughter|husband|wife|child|children|mother|father|family))\b/iu;
/**
 * “In my pain practice and career, X has been one of the most effective …”, “In my experience, it
 * works”: a speaker who opens by scoping what follows to their own practice reports what they have
 * seen, however far the claim is from those words (round 27).
 */
const ownPracticeOpening =
  /^\W*(?:in|from)\s+(?:my|our)\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,2}(?:practice|experience|clinic|career)\b/iu;

export function toldAsOwnExperience(text: string, claimStart: number, claimEnd: number): boolean {
  return (
    ownExperience.test(text.slice(Math.max(0, claimStart - 40), claimEnd + 40)) ||
    ownPracticeOpening.test(text.slice(0, claimStart))
  );
}

/**
 * “There isn't a clear diet that improves your memory”, “no clinical trials ever showed that it
 * improves survival”: the claim sits inside a denial that comes before it in the sentence (and no
 * “but” turns the sentence round in between).
 */
const deniedBefore =
  /\b(?:there(?:\s+is|\s+are|['’]s)\s*(?:n['’]t|not|no)|no\s+(?:[\p{L}-]+\s+){0,2}?(?:trials?|stud(?:y|ies)|research|data)\s+(?:\p{L}+\s+){0,2}?(?:showed|shown|found|finds|shows)|(?:doesn['’]t|does\s+not|didn['’]t|did\s+not|don['’]t|do\s+not|failed\s+to|fail\s+to|fails\s+to|unable\s+to|cannot|can['’]t)\s+(?:yet\s+)?(?:prove|show|establish|demonstrate|confirm))\b/iu;

export function insideDenial(text: string, claimStart: number): boolean {
  const before = text.slice(Math.max(0, claimStart - 160), claimStart);
  const denial = deniedBefore.exec(before);
  return denial !== null && !/\b(?:but|yet|however)\b/iu.test(before.slice(denial.index + denial[0].length));
}

/**
 * “If we take this research at face value, we learn a few things. First, some exercise reduces
 * your risk of death.”: a sentence that makes what follows in its paragraph conditional on the
 * evidence holding up (JUDGING.md `hedged`: the governing sentence qualifies the claim).
 */
const conditionalOnEvidence =
  /^\W*(?:if|assuming|provided)\b[^.;!?]{0,80}?\b(?:research|stud(?:y|ies)|findings|results|data|evidence|trials?)\b[^.;!?]{0,40}?\b(?:face value|hold(?:s)? up|holds?|confirmed|right|correct|true|replicated|stand(?:s)? up)\b/iu;

export function governedByCondition(sentences: readonly { text: string }[], index: number): boolean {
  for (let previous = 0; previous < index; previous++) {
    if (conditionalOnEvidence.test(sentences[previous]!.text)) return true;
  }
  return false;
}

/**
 * “A lab score that is superior to troponin alone for the identification of patients at risk”,
 * “more accurate than standard analyses”, “better than a clinical score in determining the risk of
 * NASH”: how well a test tells who has a disease, not that a
 * treatment works (a test's claim needs its sensitivity and specificity, not a hedge).
 */
const accuracyPurpose =
  /^[^.;!?]{0,80}?\b(?:for|at|in)\s+(?:the\s+)?(?:identification|identifying|detection|detecting|diagnosis|diagnosing|prediction|predicting|distinguishing|spotting|classifying|classification|screening for|ruling out|determining|estimating|assessing)\b/iu;

export function claimsTestAccuracy(text: string, claimEnd: number, claimText: string): boolean {
  if (/\baccurate\b/iu.test(claimText)) return true;
  return accuracyPurpose.test(text.slice(claimEnd, claimEnd + 120));
}

/**
 * “latimes.com/health/la-he-in-the-works-blood-20101025”: benefit words inside a web address or a
 * file path are part of its slug, not of a sentence (eval/judged `page_furniture`).
 */
export function insideWebAddress(text: string, claimStart: number, claimEnd: number): boolean {
  let start = claimStart;
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
  let end = claimEnd;
  while (end < text.length && !/\s/u.test(text[end]!)) end++;
  const token = text.slice(start, end);
  const slash = token.indexOf('/');
  return slash >= 0 && (/\p{L}\.\p{L}/u.test(token) || /[-_]/u.test(token.slice(slash)));
}

/**
 * “The vaccines provide moderate protection, and can prevent huge numbers of cases”, “a modest
 * benefit”, “only partly effective”, “effective, at least temporarily”, “not a panacea”: the
 * sentence itself says the benefit is limited in size or time, the qualification the message asks
 * for (JUDGING.md `hedged`). A word of size must sit on a noun of benefit (“moderate protection”),
 * not on the treatment (“moderate exercise reduces …” is a claim); an adverb of degree must sit
 * right before the claim.
 */
const limitedBenefit =
  /\b(?:moderate|modest|partial|limited|slight|small|marginal|mild)\s+(?:protection|protective\s+effects?|benefits?|effects?|effectiveness|efficacy|relief|improvements?|reductions?|gains?)\b|\bnot\s+(?:a|the)\s+(?:panacea|cure-all|magic\s+bullet|silver\s+bullet|miracle\s+(?:cure|drug|pill))\b|\b(?:at\s+least\s+temporarily|for\s+a\s+while)\b/iu;
const limitingAdverbs = new Set(['modestly', 'slightly', 'partially', 'partly', 'somewhat', 'marginally', 'mildly']);
/** “Moderately” limits a claim only as a word of degree on “effective” (“is moderately effective”), not on a verb (“running moderately prolongs life”). */
const limitingBeforeAdjective = new Set(['moderately', 'fairly', 'reasonably']);

/**
 * Adverbs of frequency right before the claim (“surgery often improves type 2 diabetes”, “the
 * procedure usually relieves pain”): the claim holds in some cases, not as a rule, which is the
 * qualification the message asks for, like “in about a third of patients”.
 */
const frequencyAdverbs = new Set([
  'often',
  'usually',
  'sometimes',
  'frequently',
  'typically',
  'commonly',
  'occasionally',
]);

/**
 * A phrase of extent just before the claim's clause (“by most measures, it works”, “in most cases
 * surgery relieves the pain”, “for the most part”): like an adverb of frequency, it says the claim
 * holds mostly, not as a rule.
 */
const mostlyBefore =
  /\b(?:by\s+(?:most|many)\s+(?:measures|accounts|standards)|in\s+(?:most|many)\s+cases|for\s+the\s+most\s+part|by\s+and\s+large)\b[^.;:!?]{0,40}$/iu;

export function limitedInDegree(text: string, claimStart: number, claimText: string): boolean {
  if (limitedBenefit.test(text)) return true;
  if (mostlyBefore.test(text.slice(Math.max(0, claimStart - 80), claimStart))) return true;
  const before = wordsBefore(text, claimStart, 1)[0] ?? '';
  if (limitingAdverbs.has(before) || frequencyAdverbs.has(before)) return true;
  return limitingBeforeAdjective.has(before) && /^(?:effective|efficacious|successful)\b/iu.test(claimText);
}

/**
 * “When it's functioning properly, BRCA actually helps repair damaged DNA and prevents tumors”,
 * “when working normally, the gene protects …”: what a part of the body does when it works as it
 * should, told before the claim in its sentence. That is physiology, the normal state a disease
 * departs from, not a treatment that works (JUDGING.md `mechanism`).
 */
const normalFunction =
  /\b(?:when|while|if|as long as)\s+(?:(?:it|they|this|these)(?:'s|’s|'re|’re|\s+is|\s+are)?\s+)?(?:functioning|working|operating|acting)\s+(?:properly|normally|correctly|as\s+(?:it|they)\s+should)\b|\bin\s+(?:its|their)\s+normal\s+state\b/iu;

/** Whether the sentence, before the claim, says the claim is what something does when it functions normally. */
export function describesNormalFunction(text: string, claimStart: number): boolean {
  return normalFunction.test(text.slice(0, claimStart));
}

/**
 * “To recap: running improves your health more than walking does”, “In summary, …”: a sentence the
 * writer marks as a summary restates what the article has already set out with its evidence, so the
 * hedge and the source belong to the statements it sums up, not to the recap (holdout11).
 */
const summaryOpening =
  /^[\s"“‘]*(?:to\s+(?:recap|sum\s+up|summari[sz]e)|in\s+(?:summary|sum|short|brief)|summing\s+up|recapping)\s*[:,\u2014\u2013-]/iu;

/** Whether a sentence opens by marking itself as a summary of what came before (“To recap:”, “In short,”). */
export function opensAsSummary(text: string): boolean {
  return summaryOpening.test(text);
}

/**
 * “I figured if they can cure me, they can cure everyone”, “we had hoped the drug would reverse it”,
 * “doctors once thought that bed rest cures back pain”: a belief or expectation someone held in the
 * past, reported as theirs (often to be corrected in the next line), not a claim the article makes
 * (JUDGING.md `reported_claim`; holdout13). A verb of believing in the past tense with its subject
 * before the claim in the same sentence; the passive (“is thought to”, “was believed to”) is read by
 * the hedges, and the present (“I think it cures”) is a view still held.
 */
const pastBelief =
  /\b(?:i|we|he|she|they|you|people|patients|doctors|many|everyone|everybody|some|most|researchers|scientists|experts|investors|parents)\s+(?:had\s+|once\s+|originally\s+|initially\s+|always\s+|all\s+|first\s+|long\s+|really\s+)?(?:thought|figured|expected|hoped|believed|assumed|imagined|supposed|guessed|reckoned|dreamed|dreamt)\b/iu;

/** Whether a past belief or expectation with its subject comes before the claim in its sentence. */
export function heldAsPastBelief(text: string, claimStart: number): boolean {
  return pastBelief.test(text.slice(0, claimStart));
}

/**
 * A verb of finding in the past perfect: “earlier research had also concluded that”, “studies had
 * shown that”, “it had been found to”. The past perfect sets the finding before the news the article
 * reports, as history to set the new work against (“…, but Hwang's is a more ‘real-world’ study”).
 */
const pastPerfectFinding =
  /\bhad\s+(?:(?:\p{L}+ly|also|already|long|repeatedly|consistently|previously|earlier)\s+)?(?:been\s+)?(?:concluded|found|shown|showed|proven|proved|demonstrated|suggested|reported|established|confirmed)\b/iu;

/**
 * Whether the claim is told as what earlier work had found, in the past perfect, before it in its
 * sentence (round 27): readers judged every such finding wrong (`study_result`, `mechanism`), a
 * report of past research rather than a claim the article makes, whatever its wording.
 */
export function toldAsEarlierFinding(text: string, claimStart: number): boolean {
  return pastPerfectFinding.test(text.slice(0, claimStart));
}
