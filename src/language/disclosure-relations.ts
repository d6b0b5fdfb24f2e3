import { holdsAnyOf, lowerCaseForLiteralTests } from './literals.js';

/**
 * Disclosures read as a relation between a party and the work: “<party> <relation> <study, authors
 * or treatment>” (HealthNewsReview.org criterion 6; ICMJE disclosure form). A phrase list only
 * knows the wordings it was given (“funded by”, “paid for the study”); the readers of the second
 * holdout found funding written “conducted for” and “on behalf of” missed. Here a disclosure is any
 * of:
 *
 * - funding: a verb of paying (paid for, funded, sponsored, commissioned, financed, underwrote)
 *   whose object is the work or its people, said of anyone (“the charity commissioned the survey”);
 * - funding: a verb of running the work (conducted, ran, carried out, designed, led) when a company
 *   does it (“Acme Pharmaceuticals ran both trials”, “the trial was conducted by the drugmaker”), or
 *   the work done “for” or “on behalf of” an organisation (“a poll conducted for Bayer”);
 * - funding: the work launched or begun by a company, a government body or a charity (“begun in 1991 by
 *   the National Institutes of Health”), money given to the work, its people or its place (“committed
 *   $20 million to building a research center”) or a budget a funder holds (“the charity launched a 50
 *   million pound research project”), and the work as a company's own (“a large Boston Scientific
 *   study”, “the drugmaker's trial”);
 * - funding: the work paid for in the passive or as a noun (“a study … subsidized by Ventus”, “primary
 *   sponsorship by the NHLBI”), and a company's help in kind (its drug, devices, data or support given
 *   to the work or its people: “Biogen provided the researchers access to their data”);
 * - interests: the researchers' ties to a company (its employees, its researchers, paid by it) or
 *   to any organisation (consult for, advise, hold shares in, received fees from, paid by it);
 * - interests: a company the researchers founded (“have started a company called Cognito Therapeutics”);
 *
 * A company that only makes or sells the treatment (“Avastin, made by Roche's Genentech”) is not
 * read as one: naming the maker says nothing of who paid for a trial that others may have run (the
 * tuning4 draw judged such a story's finding correct).
 *
 * Who counts as a company is read from the words (“company”, “drugmaker”, “the manufacturer”), a
 * company's name by its ending (“Inc”, “Pharmaceuticals”, “Therapeutics”, “Diagnostics”) or a known
 * maker's name (`party` entries of `disclosure.yml`, found by the caller). Running a study is what
 * researchers do, so a university that ran its study discloses nothing; a company that ran it has.
 */
export type RelationKind = 'funding' | 'interests';

export interface RelationCue {
  id: string;
  kind: RelationKind;
  /** Offsets in the text given. */
  start: number;
  end: number;
  text: string;
}

/** Offsets of the known makers' names in a text (from the lexicon), so that a company is recognised by its name. */
export type NameSpans = readonly { start: number; end: number }[];

// Bounded repeats only, each followed by a literal: nothing backtracks far.
const work =
  'study|studies|trial|trials|research|survey|surveys|poll|polls|analysis|analyses|review|work|project|projects|experiment|experiments|investigation|programme|program';
const people = 'researchers|scientists|investigators|authors|co-authors|study authors';
const determiner = String.raw`(?:(?:the|this|that|these|those|a|an|its|their|both|(?:all|most|much|part|some|half|two|three|one) of the)\s+)?`;
const modifiers = String.raw`(?:[\p{L}\d’'-]{1,30}\s{1,3}){0,3}?`;
const workObject = String.raw`${determiner}${modifiers}(?:${work})\b`;
/** The work or its people, with the determiner captured: people are an object only after one. */
const workOrPeopleObject = String.raw`(${determiner.slice(0, -1)})?${modifiers}(?:(${work})|${people})\b`;

/**
 * A verb of paying whose object is the work or its people: said of anyone, it names a funder (“the NICHD and
 * the WHO fund much basic research”, holdout18). Not the infinitive or after a modal or a negation (“refused to
 * fund the study”, “does not fund”): a wish or a refusal; a promise is read by `willFund`.
 */
const paysFor = new RegExp(
  String.raw`(?<![-‐])\b(?:paid for|pays for|helped pay for|funded|funds|(?<!\b(?:to|will|would|could|can|may|might|should|must|shall|not|n't|n’t)\s)fund|financed|finances|sponsored|sponsors|commissioned|commissions|underwrote|underwrites|bankrolled|bankrolls|subsidi[sz]ed|subsidi[sz]es)\s+${workOrPeopleObject}`,
  'giu',
);
const paysForNeeds = holdsAnyOf([
  'paid',
  'pays',
  'fund',
  'financ',
  'sponsor',
  'commission',
  'underwr',
  'bankroll',
  'subsidi',
]);

/** A verb of running the work, which names a funder only when a company is its subject. */
const runs = new RegExp(
  String.raw`\b(?:conducted|conducts|ran|runs|carried out|carries out|performed|designed|led|leads|organi[sz]ed|sponsored|supported|supports)\s+${workObject}`,
  'giu',
);
const runsNeeds = holdsAnyOf([
  'conduct',
  'ran ',
  'runs',
  'carrie',
  'perform',
  'design',
  'led ',
  'leads',
  'organi',
  'support',
  'sponsor',
]);

/** The work done for or on behalf of someone: “a survey conducted for Bayer”, “carried out on behalf of the charity”. */
const doneFor = new RegExp(
  String.raw`\b(?:conducted|run|carried out|performed|done|undertaken|commissioned|designed|organi[sz]ed|prepared)\s+(?:(?:in part|partly|jointly|largely|entirely|independently)\s+)?(?:for|on behalf of)\s+`,
  'giu',
);
const doneForNeeds = holdsAnyOf([' for ', 'behalf']);
const onBehalfOf = /\bon behalf of\s+/giu;
const onBehalfOfNeeds = holdsAnyOf(['behalf']);
/** Before “on behalf of”, the work or the running of it: not a speaker's “said on behalf of the agency”. */
const workBefore = new RegExp(String.raw`\b(?:${work}|conducted|carried out|performed|undertaken|done|run)\b`, 'iu');

/**
 * The work done for a government body, a charity or a foundation, without a verb of running it: “Cifu
 * oversaw three studies for the Department of Veterans Affairs”, “a survey for the British Heart
 * Foundation”. Work “for” such a body is work it commissioned (holdout18: readers called the VA's studies
 * a funder stated). Only the work's own nouns, and only such a body after them (`funderBody`): “trials
 * for Alzheimer's disease” or “research for patients” name no party.
 */
const workForFunder =
  /\b(?:study|studies|trial|trials|survey|surveys|research|project|projects|analysis|analyses)\s+for\s+/giu;
const workForFunderNeeds = holdsAnyOf([' for ']);

/**
 * Funding given, with a word of how much between the verb and the money: “JDRF … provided some funding for the
 * studies”, “the foundation provided partial funding”. The lexicon knows “provided funding”; a quantity or a
 * kind before the noun (“some”, “additional”, “seed”) changes nothing of who paid (holdout18).
 */
const givesFunding =
  /\b(?:provided|provides|providing|supplied|supplies|supply|gave|gives|contributed|contributes|offered|offers)\s+(?:(?:some|partial|additional|further|extra|initial|early|seed|major|significant|substantial|key|most|much|part|all|half|the|its|their)\s+(?:of\s+the\s+)?){1,2}(?:funding|financial support|financing)\b/giu;
const givesFundingNeeds = holdsAnyOf(['funding', 'financial support', 'financing']);

/** Run by a company: “the trial was conducted by Acme Inc”. */
const doneBy =
  /\b(?:conducted|run|carried out|performed|done|undertaken|designed|led|organi[sz]ed|sponsored|supported)\s+by\s+/giu;
const doneByNeeds = holdsAnyOf([' by ']);

/** A company's own people: “researchers from Bristol-Myers Squibb”, “scientists at Acme Therapeutics”. */
const ownPeople = new RegExp(
  String.raw`\b(?:${people}|employees|staff|scientist|researcher|investigator|team)\s+(?:from|at|of|with|for|employed by|working for|who work for|who works for|who worked for)\s+`,
  'giu',
);
const ownPeopleNeeds = holdsAnyOf(['researcher', 'scientist', 'investigator', 'author', 'employee', 'staff', 'team']);

/** Employed or paid by a company: “an employee of Acme”, “works for the manufacturer”. */
const employedBy =
  /\b(?:employed by|employees? of|works? for|worked for|working for|on the payroll of|(?:is|are|was|were|been) paid by)\s+/giu;
const employedByNeeds = holdsAnyOf(['employ', 'work', 'payroll', 'paid by']);

/** A company that employs or pays the researchers: “Acme, which employs two of the authors”. */
const employs = new RegExp(
  String.raw`\b(?:employs|employed|pays|paid)\s+${determiner}${modifiers}(?:${people}|lead author|senior author)\b`,
  'giu',
);
const employsNeeds = holdsAnyOf(['employ', 'pays', 'paid']);

/** A tie to any organisation: consulting, advising, shares, a stake, fees or payments received. */
const tie = new RegExp(
  String.raw`\b(?:consults? for|consulted for|consulting for|consultants? (?:to|for)|advis(?:es|ed|ers?|ors?|ing) (?:to|for)|(?:holds?|held|owns?|owned) (?:shares|stock|equity|options|an? (?:stake|interest|financial interest|(?:equity|ownership|minority|majority) stake)) (?:in|of)|(?:has|have|had) (?:an? )?(?:(?:financial|ownership|equity|minority|majority|personal) )?(?:stake|stakes) in|(?:has|have|had) (?:an? )?financial (?:ties|links|relationships?) (?:to|with)|(?:received?|receives|receiving|accepted|accepts) (?:[\p{L}-]+\s+){0,2}?(?:fees|payments|honoraria|royalties|grants?|funding|funds|compensation) from)\s+`,
  'giu',
);
const tieNeeds = holdsAnyOf([
  'consult',
  'advis',
  'shares',
  'stock',
  'equity',
  'options',
  'stake',
  'interest',
  'ties',
  'links',
  'relationship',
  'fees',
  'payments',
  'honoraria',
  'royalt',
  'grant',
  'fund',
  'compensation',
]);

/** Words that name a business. */
const companyNoun = String.raw`(?:(?:drug|pharmaceutical|pharma|biotech|biotechnology|device|medical[- ]device|diagnostics?|food|supplement|tobacco|insurance|technology|tech)\s+)?(?:company|companies|firm|firms|drugmakers?|drug makers?|manufacturers?|makers?|industry|corporation|corporations)\b(?![-‐])`;
/** A company's name by its ending, unless the ending begins a school's or a society's name (“Harvard Medical School”). */
// Not “Healthcare” or “Medical”: health systems and hospitals are named so (“Intermountain Healthcare”).
const companySuffixes = new Set([
  'Inc', 'Corp', 'Corporation', 'Co', 'Ltd', 'LLC', 'plc', 'PLC', 'AG', 'SA', 'GmbH', 'NV', 'Pharmaceutical',
  'Pharmaceuticals', 'Pharma', 'Therapeutics', 'Bioscience', 'Biosciences', 'Biotech', 'Biotechnology', 'Biopharma',
  'Biologics', 'Laboratories', 'Labs', 'Diagnostics', 'Scientific', 'Technologies', 'Industries', 'Holdings',
]); // prettier-ignore
/** What follows a company-like ending when it names a school or a society (“Harvard Medical School”). */
const institutionWords = new Set([
  'School', 'Schools', 'Center', 'Centre', 'College', 'Institute', 'University', 'Society', 'Association', 'Group',
  'Foundation', 'Council', 'Journal', 'Research', 'Board', 'Unit', 'Department', 'Faculty',
]); // prettier-ignore
/** Words that name a business, at the start of a text (“the company”, “a drug company”). */
const companyNounAtStart = new RegExp(String.raw`^(?:(?:the|a|an|its|their)\s+)?${companyNoun}`, 'u');
/** Words that name a business, anywhere in a text. */
const companyNounAnywhere = new RegExp(String.raw`\b${companyNoun}`, 'u');
const nameWords = /[\p{L}\d&.'’-]+/gu;

/**
 * Whether capitalised words ending in a company's ending (“Acme Pharmaceuticals”, “Merck & Co”)
 * are in the words given, from the first only when `atStart`. Read word by word, which a pattern
 * of repeated capitalised words could not do without backtracking.
 */
function withoutTrailingStops(word: string): string {
  let end = word.length;
  while (end > 0 && (word[end - 1] === '.' || word[end - 1] === ',')) end--;
  return word.slice(0, end);
}

function namesCompany(text: string, atStart: boolean): boolean {
  const words = text.match(nameWords) ?? [];
  let capitalised = 0;
  for (let index = 0; index < words.length && index < (atStart ? 6 : words.length); index++) {
    const word = withoutTrailingStops(words[index] ?? '');
    if (atStart && index === 0 && /^(?:the|a|an|its|their)$/u.test(word)) continue;
    if (capitalised > 0 && companySuffixes.has(word) && !institutionWords.has(words[index + 1] ?? '')) return true;
    if (/^\p{Lu}/u.test(word) || word === '&') capitalised++;
    else if (atStart) return false;
    else capitalised = 0;
  }
  return false;
}

/** An organisation (or a company) at the start of a text: a capitalised name, “the company”, “the charity”. */
const organisationAtStart = new RegExp(
  String.raw`^(?:(?:the|a|an|its|their)\s+)?(?:\p{Lu}|${companyNoun}|(?:charity|foundation|government|agency|institute|council|trust|society|association|university|sponsor|sponsors)\b)`,
  'u',
);
/** An authors' collaboration named after “on behalf of” (“the TOPCAT investigators”): authorship, not a sponsor. */
const collaboration =
  /^[^.,;:()]{0,60}?\b(?:investigators|study group|collaborat\w*|consortium|trialists|working group|committee)\b/iu;

/**
 * A funder by what it is: a government or its agencies, a charity, a foundation or a trust. Launching
 * or running the work names such a body as its funder (“begun in 1991 by the National Institutes of
 * Health”, “the heart charity launched a research project”); a university or hospital that runs its
 * own study does not (that is what researchers do).
 */
const funderBody =
  /^(?:(?:the|a|an|its|their|britain['’]s|america['’]s|[\p{L}-]+['’]s)\s+)?(?:(?:[\p{L}-]+\s+){0,3}(?:charity|charities|foundation|trust|government|agency|ministry|council)\b|(?:u\.?s\.?\s+)?(?:federal\s+)?(?:national institutes? of|department of|nih\b|national cancer institute|medical research council|wellcome|veterans affairs))/iu;
const funderBodyAnywhere =
  /\b(?:charity|charities|foundation|trust|government|agency|ministry|council|national institutes? of health|nih|national cancer institute|medical research council|wellcome)\b/iu;

/** Work launched or begun by a party: “begun in 1991 by the National Institutes of Health”. */
const launchedBy =
  /\b(?:launched|begun|began|started|initiated|set up|established|founded) (?:(?:in|on) (?:[\p{L}\d,]{1,12} ){1,3})?by\s/giu;
const launchedByNeeds = holdsAnyOf(['launch', 'begun', 'began', 'start', 'initiat', 'set up', 'establish', 'founded']);
/**
 * Money given to the work or its people: “Novartis has committed $20 million to building a research
 * centre”, “Genentech contributed $9 million”, “a 50 million pound research project”. An amount moved
 * by a verb of giving, or an amount that is the work's budget, names funding (JUDGING.md).
 */
// Digits bounded, and the bare number only at a number's start: a long run of digits is not rescanned.
const money = String.raw`(?:[$£€]\s?\d[\d,.]{0,15}(?:\s?(?:million|billion|m|bn))?|(?<![\d,.])\d[\d,.]{0,15}\s?(?:million|billion)?\s?(?:pounds?|dollars|euros))`;
const givesMoney = new RegExp(
  String.raw`\b(?:committed|commits|gave|gives|donated|donates|granted|grants|pledged|pledges|contributed|contributes|invested|invests|awarded|awards|provided|provides|put up|puts up)\s+(?:(?:about|more than|nearly|almost|some|over|up to)\s+)?${money}`,
  'giu',
);
/** Who receives the money: the work, its people or its place (“to building a research centre”). */
const moneyRecipient =
  /^[^.;]{0,50}?\b(?:to|for|toward|towards|into)\b[^.;]{0,50}?\b(?:research|study|studies|trials?|projects?|programmes?|programs?|cent(?:er|re)s?|lab|laboratory|institute|team|researchers|scientists)\b/iu;
/** A word that joins or points, not one that describes: “$4 million in research”, “Genentech on future studies”. */
const notModifier = String.raw`(?!(?:in|on|of|for|per|with|and|or|to|at|by|from|about|into|the|a|an|future|further|more|new)\s)`;
const budgetOfWork = new RegExp(
  String.raw`${money}(?:\s*\([^()]{1,30}\))?\s+(?:${notModifier}[\p{L}-]{1,20}\s+){0,2}(?:research|study|trial|project|programme|program)\b`,
  'giu',
);
const moneyNeeds = holdsAnyOf(['$', '£', '€', 'pound', 'dollar', 'euro', 'million', 'billion']);

/**
 * The work as a company's own: “a large Boston Scientific study”, “Amgen's trial”, “the drugmaker's
 * study”. Only the work (study, trial), not the treatment (“Amgen's evolocumab” is made, not paid, by
 * Amgen).
 */
const ownWorkAfterName = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:${notModifier}[\p{L}\d-]{1,20}\s+){0,2}?(?:study|studies|trial|trials|research)\b`,
  // Lower case: “Merck Research Laboratories” is a name, not the work.
  'u',
);
const companyOwnWork = new RegExp(
  String.raw`\b(?:company|drugmaker|drug maker|manufacturer|maker|firm)['’]s\s+(?:[\p{L}\d-]{1,20}\s+){0,2}?(?:study|studies|trial|trials|research)\b`,
  'giu',
);
const companyOwnWorkNeeds = holdsAnyOf(["'s", '’s']);

/**
 * The work paid for by a party, said in the passive or as a noun: “a study … subsidized by Ventus”,
 * “SPRINT is co-sponsored by the NIH's …”, “primary sponsorship by the NHLBI”. The lexicon knows
 * “funded by” and “sponsored by”; these are the verbs and nouns of paying it lacks, and a verb's
 * prefix (“co-”). The passive verb names a funder only of work named before it in the sentence: a
 * drug “subsidized by the government” is a price, not a study's funding.
 */
const paidByParty =
  /(?<![\p{L}\d‐-])(?:co-?)?(?:sponsored|subsidi[sz]ed|bankrolled|underwritten|financed|funded|supported)\s+(?:(?:in part|partly|jointly|primarily|largely|mainly)\s+)?by\s+/giu;
const paidByPartyNeeds = holdsAnyOf(['sponsor', 'subsidi', 'bankroll', 'underwr', 'financ', 'fund', 'support']);
const sponsorshipBy = /\b(?:co-?)?(?:sponsorship|subsidy|subsidies|underwriting|bankrolling)\s+(?:by|from)\s+/giu;
const sponsorshipByNeeds = holdsAnyOf(['sponsorship', 'subsid', 'underwriting', 'bankrolling']);
/** How far back in the sentence the work paid for is looked for. */
const paidWorkReach = 120;

/**
 * Help in kind from a company: the drug, the devices, the data or support given to the work or its
 * people (“Biogen provided the researchers access to their data and statistical support”, “Acme
 * supplied the pills used in the trial”, “the devices were donated by Acme”). ICMJE asks authors to
 * disclose it as support for the work, and readers judge it a funder stated.
 */
const inKind = String.raw`(?:drugs?|medications?|medicines?|devices?|equipment|data|databases?|statistical (?:support|analysis|analyses)|technical support|support|supplements?|placebos?|pills|vaccines?|materials|kits|samples|products?|software)`;
/** A verb of giving; what it gives and to whom are read in the rest of its clause. */
const gives =
  /\b(?:provided|provides|supplied|supplies|donated|donates|furnished|furnishes|gave|gives|contributed|contributes|lent|loaned)\s/giu;
/** The work or its people first after the verb: “provided the researchers …”. */
const givenToFirst = new RegExp(
  String.raw`^(?:(?:the|its|their|all)\s+)?(?:${people}|study team|research team|team|study|trial|trials)\b`,
  'iu',
);
const inKindWord = new RegExp(String.raw`\b${inKind}\b`, 'iu');
/** After what is given, the work or its people it is for: “… used in the trial”, “… for the study”. */
const forTheWork = new RegExp(
  String.raw`\b(?:for|to|in)\s+(?:the|this|their|both|all)\s+(?:${work}|${people})\b`,
  'iu',
);
/** How far after the verb what is given and its recipient are looked for. */
const givenReach = 90;
/**
 * Material a company handed over, told in the past tense with a determiner or a count (“Acme Inc. supplied the
 * devices”, “Google provided about 35 Google Glass devices to Stanford”): the things of the work, which the
 * article need not name again. Information and services are not on the list; the present tense (“supplies the
 * devices to hospitals”) is what a business does, not what it gave the study.
 */
const materialGiven =
  /^(?:the|its|their|all(?: the)?|(?:(?:about|some|more than|nearly|over|up to)\s+)?\d[\d,]{0,6})\s+(?:[\p{L}\d-]{1,20}\s+){0,3}?(?:drugs?|devices?|equipment|kits|pills|supplements?|placebos?|vaccines?|implants?|monitors?|headsets?|sensors?|software)\b/iu;
const pastGives = /^(?:provided|supplied|donated|furnished|gave|contributed|lent|loaned)\s/iu;
/** A full stop that closes an abbreviation or an initial inside a sentence (“Acme Inc. supplied”, “U.S.”), or a decimal. */
const abbreviationStop = /(?:\b(?:Inc|Co|Cos|Corp|Ltd|Pty|Bros|Labs|Jr|Sr|Dr|Mr|Mrs|Ms|St|No|vs)|\b\p{Lu}|\d)\.$/u;

/** Where the clause ending `before` starts: after its last “;”, “?” or full stop that closes no abbreviation. */
function clauseStartIn(before: string): number {
  for (let index = before.length - 1; index >= 0; index--) {
    const char = before[index];
    if (char === ';' || char === '?') return index + 1;
    if (char === '.' && !abbreviationStop.test(before.slice(Math.max(0, index - 6), index + 1))) return index + 1;
  }
  return 0;
}

const givenByCompany = new RegExp(
  String.raw`\b${inKind}\s+(?:(?:was|were|is|are|had been|have been)\s+)(?:(?:provided|supplied|donated|furnished|contributed|lent|loaned)\s+)(?:free(?: of charge)?\s+)?by\s+`,
  'giu',
);
/**
 * What a company gave to the work, said in the passive with the company after “by”: “the hormone, which
 * was provided free by the manufacturer in the study”, “Eylea and Lucentis were provided by drug
 * manufacturers Regeneron and Genentech”, “collagen … supplied by the San Francisco biotech firm
 * FibroGen Inc.” Material support from a maker is support for the work (ICMJE) whatever the thing is
 * called, so the thing is not read from a list: the gift counts when it is free (“free”, “at no cost”),
 * when the verb is in the passive (“was provided by”), or when the sentence names the work. Information a
 * company handed out (“data provided by NxThera”, “a brochure provided by the company”, a photo) is
 * no support for the work, nor is a service it sells (“care is provided by …”).
 */
const givenByParty =
  /\b(?:provided|supplied|donated|furnished|contributed|lent|loaned)\s+(?:(free(?: of charge)?|at no (?:cost|charge)|without charge|for free)\s+)?by\s+/giu;
/** A business named by what it is, after a few describing words: “the San Francisco biotech firm”, “drug manufacturers”. */
const describedCompany =
  /^(?:(?:the|a|an)\s+)?(?:[\p{L}-]{1,20}\s+){0,3}?(?:company|firm|manufacturers?|makers?|drugmakers?)\b(?![-‐'’])/u;
const passiveBefore =
  /\b(?:was|were|is|are|been|being)\s+(?:(?:also|all|later|then|manufactured and|made and)\s+){0,2}$/u;
const informationBefore =
  /\b(?:data|information|photos?|photographs?|images?|pictures?|video|footage|brochures?|leaflets?|statements?|figures|numbers|estimates|comments?|quotes?|care|services?|coverage|insurance|benefits)\s+(?:(?:was|were|is|are)\s+)?$/iu;
/** Information or a service handed out, which is no support for the work (“a statement”, “comments”, “care”). */
const givenInformation =
  /\b(?:information|photos?|photographs?|images?|pictures?|video|footage|brochures?|leaflets?|statements?|figures|numbers|estimates|comments?|quotes?|care|services?|coverage|insurance|benefits|details|answers?|interviews?)\b/iu;
const workInSentence = new RegExp(String.raw`\b(?:${work}|participants|volunteers|subjects)\b`, 'iu');
const inKindNeeds = holdsAnyOf([
  'provide',
  'suppl',
  'donat',
  'furnish',
  'gave',
  'gives',
  'lent',
  'loaned',
  'contribut',
]);

/**
 * A company the researchers founded: “Tsai and Boyden have started a company called Cognito
 * Therapeutics to pursue tests in humans”, “a co-founder of Acme Therapeutics”. Whoever founded it
 * has a stake in the treatment: an interest stated.
 */
const foundedCompany =
  /\b(?:started|founded|co-?founded|formed|launched|set up|created|spun off|spun out)\s+(?:a|an|the|their|his|her)\s+(?:[\p{L}-]{1,20}\s+){0,2}?(?:company|companies|start-?up|firm|spin-?off|spinout|business)\b/giu;
const founderOf = /\b(?:co-?)?founders?\s+(?:of|and (?:[\p{L}-]{1,20}\s+){1,3}of)\s+/giu;
const foundedNeeds = holdsAnyOf(['start', 'found', 'formed', 'launch', 'set up', 'created', 'spun']);

/**
 * A company said to be founded by someone, in the passive: “ABCDx, a start-up founded four years ago by
 * Jean-Charles Sanchez … co-authors of this study”, “Peloton, a biotech firm co-founded by Dr. McKnight”.
 * The active voice is read by `foundedCompany`; the passive names the same stake (holdout21: readers called
 * such a finding wrong, `conflict_stated`). Only a business is read: a hospital, a charity or a clinic founded by
 * someone is no stake in a product. A few words of when may come before “by” (“in 2012”, “four years ago”);
 * a founding date alone (“the company was founded in 1998”) names nobody.
 */
const foundedBy =
  /\b(?:company|companies|start-?ups?|firms?|spin-?offs?|spin-?outs?|business|biotech)\s*,?\s+(?:(?:that|which|who)\s+)?(?:(?:was|were|is|are|had been|has been)\s+)?(?:co-?)?founded\s+(?:[\p{L}\d,]{1,12}\s+){0,4}?by\s+/giu;
const foundedByNeeds = holdsAnyOf(['founded']);

/**
 * The product, its rights or the work licensed to a company, with what is licensed between the verb and
 * “to”: “Harris developed a blade … and licensed it to Restoration Robotics Inc., the company that makes
 * ARTAS”, “the university licensed the device to Acme”. The lexicon knows “licensed to” and “licensed the
 * technology”; whatever is licensed, a licence to a business is a financial tie stated (ICMJE: patents and
 * licences; holdout21, `conflict_stated`). Only to a party (`partyAfter`: an organisation, a capitalised name):
 * “licensed it to treat pain” names none. Nor do rights “to” a product (“licensed the European rights to Xiaflex from Auxilium”):
 * the product, not a party, follows “to”.
 */
const licensedOut = new RegExp(
  String.raw`\blicen[sc](?:ed|es|ing)\s+(?:it|them|(?:the|this|that|these|those|a|an|its|their|his|her|our)\s+${modifiers}[\p{L}\d-]{1,30})\s+(?:exclusively\s+)?to\s+`,
  'giu',
);
const licensedOutNeeds = holdsAnyOf(['licens', 'licenc']);
/** The licensed object “rights”, after which “to” names the product (“the European rights to Xiaflex”). */
const rightsBeforeTo = /\brights\s+(?:exclusively\s+)?to\s+$/iu;

/**
 * Royalties a person gets, however said: “Dr Lee receives royalties on sales of the device”, “the professors
 * … will share a royalty of one half of 1 percent of sales”. The lexicon knows “royalties from”; a royalty
 * earned is a stake in the product whatever follows it (ICMJE: royalties).
 */
const earnsRoyalties =
  /\b(?:receives?|received|receiving|gets?|got|getting|earns?|earned|earning|collects?|collected|shares?|shared|(?:is|are|was|were)\s+entitled\s+to|will\s+(?:receive|get|earn|collect|share))\s+(?:(?:a|any|the|some|his|her|their|its|a\s+share\s+of(?:\s+the)?)\s+)?royalt(?:y|ies)\b/giu;
const earnsRoyaltiesNeeds = holdsAnyOf(['royalt']);

/**
 * A seat on a company's advisory board, said with its name or “the company's”: “a member of Allergan’s advisory
 * board”, “she sits on Acme's scientific advisory board”. The lexicon knows “member of the advisory board” and
 * “on the advisory board”; the possessive names whose board it is (ICMJE: advisory boards). Read in two steps,
 * the possessive board and then the seat and the owner before it, so that no pattern repeats capitalised words.
 */
const possessiveAdvisoryBoard = /['’]s?\s+(?:(?:scientific|medical|clinical)\s+)?advisory\s+board\b/gu;
/** Before the owner's name: a seat on its board (“member of”, “sits on”), in the same clause. */
const boardSeatBefore =
  /\b(?:members?\s+of|sits?\s+on|sat\s+on|serves?\s+on|served\s+on|serving\s+on|a\s+seat\s+on|joined)\s[^.;:,()]{0,40}$/u;
/** The owner of the board: a capitalised name or a word for a business; not an agency's board (“the FDA's”). */
const boardOwner = /^(?:\p{Lu}[\p{L}\d&-]*|company|firm|drugmaker|manufacturer|maker)$/u;
const agencyOwner = /^(?:FDA|CDC|NIH|EMA|WHO|NICE|AHA|ACS|ASCO|AMA|USDA|NHS|NCI|CMS|AAP|ACOG|USPSTF)$/u;
const companyAdvisoryBoardNeeds = holdsAnyOf(['advisory']);

/**
 * A stake bought in a company: “Brad Loncar, an investor in Dendreon”, “Dr Lee has invested in Acme Inc.” Only
 * in a business (`companyAfter`): a government that “invested in research” is funding, read elsewhere.
 */
const investorIn =
  /\b(?:(?:an?|the)\s+(?:early\s+|major\s+|private\s+|personal\s+)?investors?|investors?|(?:has|have|had)\s+(?:also\s+)?invested)\s+in\s+/giu;
const investorInNeeds = holdsAnyOf(['invest']);

/**
 * A patent on the product or its use, held or sought by the people in the article: “Zarate, who along with a
 * co-author has filed for a patent on the use of ketamine in depression”, “co-inventor on patents held by the
 * hospital”, “the university has patented the device”, “results patented by UNIGE”. The lexicon knows “holds a
 * patent” and “filed a patent”; whoever owns or seeks the patent stands to gain from the result (ICMJE: patents).
 * A “patented technology” an advertiser boasts of names nobody's patent, so only a verb or a holder is read.
 */
const patentTie =
  /\b(?:(?:filed|files|file|filing|applied|applies|apply|applying)\s+(?:for\s+)?(?:a\s+|the\s+|two\s+|several\s+)?patents?|(?:co-?)?inventors?\s+on\s+(?:a\s+|the\s+|two\s+|several\s+)?patents?|(?:has|have|had|holds?|held|owns?|owned)\s+(?:two\s+|several\s+|many\s+)?patents\s+(?:on|for)|(?:has|have|had)\s+(?:(?:successfully|already|also|now|recently|since)\s+)?patented)\b/giu;
const patentTieNeeds = holdsAnyOf(['patent']);
/** A patent said in the passive, with its holder after “by”: “patented by UNIGE”. */
const patentedBy = /\bpatented\s+by\s+/giu;

/**
 * Paid to speak or advise for a party (“a paid speaker for Acme”, “a paid spokesperson for the company”), a seat
 * on a company's advisory boards (“advisory boards for Pfizer and Merck”), and owning the company (“co-owner of
 * Acme Inc.”, “owns the company that makes the device”): ICMJE's payments for lectures, advisory boards and
 * ownership, each a stake in the product.
 */
const paidRole =
  /\bpaid\s+(?:speakers?|spokes(?:person|man|woman|people)|lecturers?|advisers?|advisors?)\s+(?:for|to|of|with)\s+/giu;
const paidRoleNeeds = holdsAnyOf(['paid']);
const advisoryBoardsOf = /\badvisory\s+(?:boards?|committees?|councils?)\s+(?:for|of|to|at)\s+/giu;
const ownerOf = /\b(?:co-?)?owners?\s+of\s+/giu;
const ownerOfNeeds = holdsAnyOf(['owner']);
const ownsMaker =
  /\b(?:owns?|owned|co-?owns?|co-?owned)\s+(?:the|a|an)\s+(?:[\p{L}-]{1,20}\s+){0,2}?(?:company|firm|start-?up|business)\s+(?:that|which)\s+(?:makes|made|sells|sold|markets|marketed|develops|developed|manufactures|produces)\b/giu;
const ownsMakerNeeds = holdsAnyOf(['own']);

/**
 * A post in the company behind the product: “director of a small company called Retinal Implant AG
 * which is developing the device”, “chief executive of Acme Therapeutics, which makes the pill”.
 * Whoever runs or sits on the board of the company that develops or makes the treatment has a stake
 * in it: an interest stated (holdout19). The company may be described by a couple of words before its
 * noun (“a small company”, “a German biotech firm”), and must be said to make or develop something:
 * an executive speaking for their company (“said Jane Roe, CEO of Acme”) is the company's own voice,
 * no researcher's tie, and a post in a university, hospital or society is no tie to a company.
 *
 * The post may name its department first (“vice president of business development at Second Sight Medical
 * Products Inc.”), and the company may be said to make the product in an apposition (“MannKind Corp.,
 * manufacturer of Afrezza”, “…, the developer and manufacturer of the artificial retina”): round 25, where
 * readers called a story whose only source was such an officer debatable (`company_source`), not a gap.
 */
const companyPost =
  /\b(?:director|managing director|chairman|chairwoman|chair|chief executive(?: officer)?|CEO|president|vice president|chief (?:medical|scientific|science|technology|technical|operating) officer|board member|member of the board)\s+(?:of|at|for)\s+/giu;
/** A department between the post and its company: “(vice president of) business development at”. Lower case only. */
const postDepartment = /^(?:[a-z&-]{1,20}\s+){1,3}?(?:at|for|of)\s+/u;
/** After a comma, the company described as the product's maker: “, manufacturer of Afrezza”, “, the developer and maker of”. */
const makerApposition =
  /^,\s+(?:the\s+)?(?:(?:developer|maker|manufacturer|marketer|producer|seller)s?\s+and\s+)?(?:developer|maker|manufacturer|marketer|producer|seller)s?\s+of\b/u;
const companyPostNeeds = holdsAnyOf(['director', 'chair', 'chief', 'ceo', 'president', 'board']);
const companyMakesAfter =
  /^[^.;:!?]{0,80}?\b(?:which|that)\s+(?:is\s+|are\s+|has\s+|have\s+)?(?:develop|mak|manufactur|market|sell|produc|licens)[\p{L}]*\b/u;
const describedCompanyAtStart = new RegExp(
  String.raw`^(?:the|a|an|its|their)\s+(?:[\p{L}-]{1,20}\s+){1,2}?${companyNoun}`,
  'u',
);

/**
 * Where the money for the work came from: “All of the funding for the University of Pennsylvania’s gene
 * therapy work has come from the academic community”, “money for the trial came from a charity”. The
 * lexicon knows “funding came from”; here the work may sit between the money and its source, and the verb
 * may be in any tense. What the money was for must name the work (a study, trial, research, project).
 */
const moneyForWorkCameFrom =
  /\b(?:funding|funds|money|financing)\s(?:(?:for|of)\s([^.;:!?]{1,80}?)\s)?(?:(?:has|have|had|will|would)\s)?(?:come|came|comes|coming)\sfrom\s/giu;
const moneyCameFromNeeds = holdsAnyOf(['come from', 'came from', 'comes from', 'coming from']);
const workWord = new RegExp(String.raw`\b(?:${work})\b`, 'iu');

/**
 * A party supported the work's people: “The American Cancer Society, the National Institutes of Health and
 * General Electric Co.’s health-care unit … supported the researchers”. Not a possessive (“supported the
 * researchers’ view” is agreement, not money).
 */
const supportsPeople = new RegExp(
  String.raw`(?<![-‐])\b(?:supported|supports|helped (?:to )?support)\s+${workOrPeopleObject}`,
  'giu',
);
const supportsPeopleNeeds = holdsAnyOf(['support']);

/**
 * Funding promised to work to come: “the association plans to support an ayahuasca study”, “the NIH will
 * fund the trial”, “Acme has agreed to back the study”. An organisation that says it will pay for a study
 * names the study's funder as plainly as one that did (JUDGING.md: a funder named). “Back” and “support”
 * are also agreement (“doctors will support the study's advice”), so the promise counts only from an
 * organisation: a company, a government body or a charity, or a named association, society, institute,
 * foundation or fund, in the clause before it; and not of the work's claims (“back the study's findings”).
 */
const willFund = new RegExp(
  String.raw`(?<![-‐])\b(?:will|plans? to|planned to|aims? to|intends? to|(?:has|have)\s+agreed to|agreed to|(?:has|have)\s+pledged to|pledged to|(?:is|are)\s+(?:set|going) to|promised to)\s+(?:also\s+)?(?:help\s+(?:to\s+)?)?(?:fund|co-?fund|finance|sponsor|underwrite|bankroll|pay for|back|support)\s+${workObject}`,
  'giu',
);
const willFundNeeds = holdsAnyOf(['fund', 'financ', 'sponsor', 'underwr', 'bankroll', 'pay for', 'back', 'support']);
/** After the work, its claims rather than the work itself: “back the study's findings”, “support the research community”. */
const workClaims = /^(?:['’]|\s+(?:communit|findings|results|conclusions?|claims?|advice|field)\b)/u;
/** A named organisation by its head word, capitalised: “Multidisciplinary Association for Psychedelic Studies”. */
const namedOrganisation =
  /\b(?:Association|Society|Institutes?|Foundation|Fund|Alliance|Council|Agency|Trust|Department|Ministry|Administration)\b/u;
/** How far back the organisation promising the money is looked for: a relative clause may come between. */
const promiseReach = 160;

/**
 * A researcher's part in making what the article tests: “Dr. Smith, who helped develop the device”, “a
 * co-inventor of the test”, “Thomas Fogarty, who invented the device”. Whoever made the product has a stake in
 * its result: an interest stated. Plain “developed” or “invented” stays out: “researchers developed a new test”,
 * “a professor has invented a scanner” is what the study did, not a tie.
 */
const product =
  'drug|drugs|device|devices|test|tests|software|technique|procedure|vaccine|implant|app|system|technology|treatment|therapy|method|tool|scanner|algorithm|pill|compound|product';
const madeIt = new RegExp(
  String.raw`\b(?:helped (?:to )?(?:develop|design|invent)|co-?developed|co-?invented|who (?:co-?)?invented|(?:co-?)?inventors? of|holds? (?:a |the )?patents? (?:on|for))\s+(?:the|this|that|a|an|its|their|his|her)\s+${modifiers}(?:${product})\b`,
  'giu',
);
const madeItNeeds = holdsAnyOf(['develop', 'design', 'invent', 'patent']);

/**
 * A party at work on the work right now, said with a participle: “the company sponsoring the trial”,
 * “Neuralstem, a … company that is funding the trial”, “the government is funding the study”. The
 * participle alone is also a noun (“funding the research community needs”), so it names a funder only
 * after a determiner for the work and with a company or a funding body in its clause.
 */
const payingFor = new RegExp(
  String.raw`(?<![-‐])\b(?:funding|sponsoring|co-?sponsoring|financing|underwriting|bankrolling|subsidi[sz]ing|paying for|helping (?:to )?(?:pay for|fund))\s+(?:the|this|that|these|those|its|their|both)\s+${modifiers}(?:${work})\b`,
  'giu',
);
const payingForNeeds = holdsAnyOf([
  'funding',
  'sponsoring',
  'financing',
  'underwriting',
  'bankrolling',
  'subsidi',
  'paying for',
  'helping',
]);

/**
 * A stated absence of an interest is a disclosure too (ICMJE asks authors to say “none”): a party that
 * “did not fund it” (“Acme, maker of the bars, provided them for the study but did not fund it”), and
 * a person “not affiliated with the company”, “who had no ties to the company”, “not paid by Abbott”.
 * The tie denied must be to a company, a named maker or a funder: “not affiliated with the new study”
 * says only that an outside expert took no part in the work.
 */
const fundingDenied = new RegExp(
  String.raw`\b(?:(?:did|does|do|has|have|had)\s+not|didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t|never)\s+(?:fund|funded|pay for|paid for|finance|financed|sponsor|sponsored|underwrite|underwrote|underwritten)\s+(?:it|them|(?:the|this|that|its|their|any of the|any)\s+${modifiers}(?:${work}))\b`,
  'giu',
);
const tieDenied =
  /\b(?:not|never(?:\s+been)?|(?:is|are|was|were)n['’]t)\s+(?:affiliated|associated|connected)\s+with\s+|\b(?:has|have|had|with|having)\s+no\s+(?:financial\s+|business\s+)?(?:ties|links|connections?|relationships?|affiliations?|stake)\s+(?:to|with|in)\s+|\b(?:is|are|was|were)\s+not\s+(?:paid|employed|funded)\s+by\s+/giu;
const deniedNeeds = holdsAnyOf(['not', "n't", 'n’t', 'never', ' no ']);
/** “any of the companies”, “any company”: the party a tie is denied with, before the company words. */
const anyOf = /^(?:any\s+(?:of\s+the\s+)?|either\s+(?:of\s+the\s+)?)/iu;

/** How far back in its clause the subject of an active relation is looked for. */
const subjectReach = 90;

export function findRelations(text: string, names: NameSpans = []): RelationCue[] {
  const lower = lowerCaseForLiteralTests(text);
  const may = (needs: (lower: string) => boolean): boolean => lower === undefined || needs(lower);
  const found: RelationCue[] = [];
  const push = (id: string, kind: RelationKind, start: number, end: number): void => {
    const trimmed = start + text.slice(start, end).trimEnd().length;
    // The same words read by two relations (“employees of” is the company's people and its employees) count once.
    if (found.some((cue) => cue.start < trimmed && cue.end > start)) return;
    found.push({ id, kind, start, end: trimmed, text: text.slice(start, trimmed) });
  };
  const nameAt = (offset: number): boolean => {
    const rest = text.slice(offset, offset + 6);
    const skip = /^(?:the\s+)?/iu.exec(rest)?.[0].length ?? 0;
    return names.some((name) => name.start === offset + skip);
  };
  /** Whether an organisation or a name the document knows opens the text at `offset`: the party of a relation. */
  const partyAfter = (offset: number): boolean =>
    organisationAtStart.test(text.slice(offset, offset + 80)) || nameAt(offset);
  const companyAfter = (offset: number): boolean =>
    companyNounAtStart.test(text.slice(offset, offset + 80)) ||
    namesCompany(text.slice(offset, offset + 80), true) ||
    nameAt(offset);
  /** A relation whose party opens the text right after its words: “conducted by Acme”, “consults for Acme”. */
  const partyFollows = (
    needs: (lower: string) => boolean,
    pattern: RegExp,
    hasParty: (offset: number) => boolean,
    id: string,
    kind: RelationKind,
  ): void => {
    if (!may(needs)) return;
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (hasParty(end)) push(id, kind, match.index, end);
    }
  };
  /** Whether one of the next few commas opens an apposition calling the company the product's maker. */
  const makerAppositionAfter = (offset: number): boolean => {
    for (
      let comma = text.indexOf(',', offset);
      comma >= 0 && comma < offset + 80;
      comma = text.indexOf(',', comma + 1)
    ) {
      if (makerApposition.test(text.slice(comma, comma + 60))) return true;
    }
    return false;
  };
  /** Whether the clause before `offset` names a company. */
  const subjectIsCompany = (offset: number): boolean => {
    const from = Math.max(0, offset - subjectReach);
    const before = text.slice(from, offset);
    const clauseStart = clauseStartIn(before);
    const clause = before.slice(clauseStart);
    return (
      companyNounAnywhere.test(clause) ||
      namesCompany(clause, false) ||
      names.some((name) => name.start >= from + clauseStart && name.end <= offset)
    );
  };

  /** Whether the clause before `offset` names a government body, a charity or a foundation. */
  const subjectIsFunder = (offset: number): boolean => {
    const before = text.slice(Math.max(0, offset - subjectReach), offset);
    const clauseStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('?')) + 1;
    return funderBodyAnywhere.test(before.slice(clauseStart));
  };

  if (may(paysForNeeds)) {
    for (const match of text.matchAll(paysFor)) {
      // “Funded the researchers”, not “NIH-funded researchers”: an adjective describes who usually pays them.
      if (match[2] !== undefined || match[1] !== undefined) {
        push('pays-for', 'funding', match.index, match.index + match[0].length);
      }
    }
  }
  if (may(runsNeeds)) {
    for (const match of text.matchAll(runs)) {
      if (subjectIsCompany(match.index)) push('company-runs', 'funding', match.index, match.index + match[0].length);
    }
  }
  if (may(doneForNeeds)) {
    for (const match of text.matchAll(doneFor)) {
      const end = match.index + match[0].length;
      const party = text.slice(end, end + 80);
      if (organisationAtStart.test(party) && !collaboration.test(party)) push('done-for', 'funding', match.index, end);
    }
  }
  if (may(workForFunderNeeds)) {
    for (const match of text.matchAll(workForFunder)) {
      const end = match.index + match[0].length;
      if (funderBody.test(text.slice(end, end + 80))) push('work-for-funder', 'funding', match.index, end);
    }
  }
  if (may(givesFundingNeeds)) {
    for (const match of text.matchAll(givesFunding))
      push('gives-funding', 'funding', match.index, match.index + match[0].length);
  }
  if (may(onBehalfOfNeeds)) {
    for (const match of text.matchAll(onBehalfOf)) {
      const end = match.index + match[0].length;
      const party = text.slice(end, end + 80);
      const before = text.slice(Math.max(0, match.index - 80), match.index);
      if (organisationAtStart.test(party) && !collaboration.test(party) && workBefore.test(before)) {
        push('on-behalf-of', 'funding', match.index, end);
      }
    }
  }
  partyFollows(doneByNeeds, doneBy, companyAfter, 'run-by-company', 'funding');
  partyFollows(ownPeopleNeeds, ownPeople, companyAfter, 'company-researchers', 'interests');
  partyFollows(employedByNeeds, employedBy, companyAfter, 'employed-by', 'interests');
  if (may(employsNeeds)) {
    for (const match of text.matchAll(employs)) {
      if (subjectIsCompany(match.index)) push('employs', 'interests', match.index, match.index + match[0].length);
    }
  }
  partyFollows(tieNeeds, tie, partyAfter, 'tie', 'interests');
  if (may(payingForNeeds)) {
    for (const match of text.matchAll(payingFor)) {
      if (subjectIsCompany(match.index) || subjectIsFunder(match.index))
        push('paying-for', 'funding', match.index, match.index + match[0].length);
    }
  }
  if (may(deniedNeeds)) {
    for (const match of text.matchAll(fundingDenied)) {
      if (subjectIsCompany(match.index) || subjectIsFunder(match.index))
        push('funding-denied', 'funding', match.index, match.index + match[0].length);
    }
    for (const match of text.matchAll(tieDenied)) {
      const end = match.index + match[0].length;
      const party = end + (anyOf.exec(text.slice(end, end + 20))?.[0].length ?? 0);
      if (companyAfter(party) || funderBody.test(text.slice(party, party + 80)))
        push('tie-denied', 'interests', match.index, end);
    }
  }
  if (may(launchedByNeeds)) {
    for (const match of text.matchAll(launchedBy)) {
      const end = match.index + match[0].length;
      // The work named before the verb or right after its party (“… was begun in 1991 by the NIH as a
      // sweeping investigation”).
      const around = text.slice(Math.max(0, match.index - 80), Math.min(text.length, end + 120));
      if ((companyAfter(end) || funderBody.test(text.slice(end, end + 80))) && workBefore.test(around)) {
        push('launched-by', 'funding', match.index, end);
      }
    }
  }
  if (may(moneyNeeds)) {
    for (const match of text.matchAll(givesMoney)) {
      const end = match.index + match[0].length;
      if (moneyRecipient.test(text.slice(end, end + 110))) push('gives-money', 'funding', match.index, end);
    }
    // A budget names its funder when a company, a government body or a charity holds it.
    for (const match of text.matchAll(budgetOfWork)) {
      if (subjectIsCompany(match.index) || subjectIsFunder(match.index)) {
        push('budget', 'funding', match.index, match.index + match[0].length);
      }
    }
  }
  if (may(paidByPartyNeeds)) {
    for (const match of text.matchAll(paidByParty)) {
      const end = match.index + match[0].length;
      const party = text.slice(end, end + 80);
      const before = text.slice(Math.max(0, match.index - paidWorkReach), match.index);
      if (partyAfter(end) && !collaboration.test(party) && workBefore.test(before)) {
        push('paid-by-party', 'funding', match.index, end);
      }
    }
  }
  partyFollows(sponsorshipByNeeds, sponsorshipBy, partyAfter, 'sponsorship-by', 'funding');
  if (may(inKindNeeds)) {
    for (const match of text.matchAll(gives)) {
      const end = match.index + match[0].length;
      // The rest of the clause: what is given, and to whom.
      const rest = text.slice(end, end + givenReach).split(/[.;:!?]/u)[0] ?? '';
      const thing = inKindWord.exec(rest);
      if (!thing) {
        // Whatever a company gave, when the work is its purpose: “Performance Health Brands, maker of Thera-Band,
        // provided the FlexBars for the study”. Not information handed out (“a statement for this study”).
        const purpose = forTheWork.exec(rest);
        if (purpose && !givenInformation.test(rest.slice(0, purpose.index)) && subjectIsCompany(match.index))
          push('in-kind', 'funding', match.index, end + purpose.index + purpose[0].length);
        continue;
      }
      const toTheWork =
        givenToFirst.test(rest) ||
        forTheWork.test(rest.slice(thing.index)) ||
        (pastGives.test(match[0]) && materialGiven.test(rest));
      if (toTheWork && subjectIsCompany(match.index))
        push('in-kind', 'funding', match.index, end + thing.index + thing[0].length);
    }
    for (const match of text.matchAll(givenByCompany)) {
      const end = match.index + match[0].length;
      if (companyAfter(end)) push('in-kind', 'funding', match.index, end);
    }
    for (const match of text.matchAll(givenByParty)) {
      const end = match.index + match[0].length;
      if (!companyAfter(end) && !describedCompany.test(text.slice(end, end + 80))) continue;
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      if (informationBefore.test(before)) continue;
      if (match[1] !== undefined || passiveBefore.test(before) || workInSentence.test(text))
        push('in-kind', 'funding', match.index, end);
    }
  }
  if (may(foundedNeeds)) {
    for (const match of text.matchAll(foundedCompany))
      push('founded-company', 'interests', match.index, match.index + match[0].length);
    for (const match of text.matchAll(founderOf)) {
      const end = match.index + match[0].length;
      if (companyAfter(end)) push('founded-company', 'interests', match.index, end);
    }
  }
  if (may(foundedByNeeds)) {
    for (const match of text.matchAll(foundedBy))
      push('founded-company', 'interests', match.index, match.index + match[0].length);
  }
  if (may(licensedOutNeeds)) {
    for (const match of text.matchAll(licensedOut)) {
      const end = match.index + match[0].length;
      if (partyAfter(end) && !rightsBeforeTo.test(match[0])) push('licensed-out', 'interests', match.index, end);
    }
  }
  if (may(earnsRoyaltiesNeeds)) {
    for (const match of text.matchAll(earnsRoyalties))
      push('royalties', 'interests', match.index, match.index + match[0].length);
  }
  if (may(companyAdvisoryBoardNeeds)) {
    for (const match of text.matchAll(possessiveAdvisoryBoard)) {
      const before = text.slice(Math.max(0, match.index - 60), match.index);
      const owner = before.split(/\s/u).at(-1) ?? '';
      const seat = boardSeatBefore.exec(before);
      if (seat && boardOwner.test(owner) && !agencyOwner.test(owner))
        push('advisory-board', 'interests', match.index - before.length + seat.index, match.index + match[0].length);
    }
  }
  partyFollows(investorInNeeds, investorIn, companyAfter, 'investor', 'interests');
  if (may(patentTieNeeds)) {
    for (const match of text.matchAll(patentTie))
      push('patent', 'interests', match.index, match.index + match[0].length);
  }
  partyFollows(patentTieNeeds, patentedBy, partyAfter, 'patent', 'interests');
  partyFollows(paidRoleNeeds, paidRole, partyAfter, 'paid-role', 'interests');
  partyFollows(companyAdvisoryBoardNeeds, advisoryBoardsOf, companyAfter, 'advisory-board', 'interests');
  partyFollows(ownerOfNeeds, ownerOf, companyAfter, 'owner', 'interests');
  if (may(ownsMakerNeeds)) {
    for (const match of text.matchAll(ownsMaker))
      push('owner', 'interests', match.index, match.index + match[0].length);
  }
  if (may(companyPostNeeds)) {
    for (const match of text.matchAll(companyPost)) {
      let end = match.index + match[0].length;
      if (!companyAfter(end)) end += postDepartment.exec(text.slice(end, end + 70))?.[0].length ?? 0;
      const company = text.slice(end, end + 80);
      if (
        (companyAfter(end) || describedCompanyAtStart.test(company)) &&
        (companyMakesAfter.test(text.slice(end, end + 160)) || makerAppositionAfter(end))
      )
        push('company-post', 'interests', match.index, end);
    }
  }
  if (may(moneyCameFromNeeds)) {
    for (const match of text.matchAll(moneyForWorkCameFrom)) {
      const isFunding = /^funding\b/iu.test(match[0]);
      // Bare “funding came from …” names a funder; money, funds or financing only when what it paid for is the work.
      if ((match[1] === undefined && isFunding) || (match[1] !== undefined && workWord.test(match[1]))) {
        push('money-came-from', 'funding', match.index, match.index + match[0].length);
      }
    }
  }
  if (may(supportsPeopleNeeds)) {
    for (const match of text.matchAll(supportsPeople)) {
      const end = match.index + match[0].length;
      // The people after a determiner (the work itself is the lexicon's “supported the study”), not their view.
      if (match[1] !== undefined && match[2] === undefined && !/^[’'‐-]/u.test(text.slice(end, end + 1)))
        push('supports-people', 'funding', match.index, end);
    }
  }
  if (may(willFundNeeds)) {
    for (const match of text.matchAll(willFund)) {
      const end = match.index + match[0].length;
      if (workClaims.test(text.slice(end, end + 20))) continue;
      const from = Math.max(0, match.index - promiseReach);
      const before = text.slice(from, match.index);
      const clause = before.slice(clauseStartIn(before));
      if (subjectIsCompany(match.index) || subjectIsFunder(match.index) || namedOrganisation.test(clause))
        push('will-fund', 'funding', match.index, end);
    }
  }
  if (may(madeItNeeds)) {
    for (const match of text.matchAll(madeIt)) push('made-it', 'interests', match.index, match.index + match[0].length);
  }
  for (const name of names) {
    const after = ownWorkAfterName.exec(text.slice(name.end, name.end + 60));
    if (after) push('company-work', 'funding', name.start, name.end + after[0].length);
  }
  if (may(companyOwnWorkNeeds)) {
    for (const match of text.matchAll(companyOwnWork))
      push('company-work', 'funding', match.index, match.index + match[0].length);
  }
  return found;
}
