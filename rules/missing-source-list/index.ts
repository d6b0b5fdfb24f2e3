import {
  mentionsResearchWithoutReporting,
  namesResearchInPassing,
  presentsResultsAtMeeting,
  saysNoPaperYet,
} from '../../src/language/article-kind.js';
import { anchorOf, frontMatterValue } from '../../src/language/metadata.js';
import { citationCanBeFollowed } from '../../src/language/reference-list.js';
import { namesPaperInRunningText } from '../../src/prose/citations.js';
import type { ProseDocument } from '../../src/prose/types.js';
import { defineRule } from '../../src/rule/define-rule.js';

export interface Options {
  /** Require a references section even when the article cites its sources inline. */
  requireSection: boolean;
  /** Articles shorter than this many words are not checked (contact pages, teasers). */
  minWords: number;
}

const sectionHeading =
  /^\s*(?:references?|sources?|bibliography|citations?|works cited|further reading|notes|literature|evidence|footnotes)\b/iu;
const sourceKeys = ['references', 'sources', 'citations', 'bibliography'];
/**
 * The article names its paper in the text (JUDGING.md `citation_present`): a citation line
 * (“Source: Okafor N, … The Journal of Nutrition, May 2019”, “Citation: …”), the paper's title
 * in quotes with where it appears (“The study, ‘Walnut intake and …’, appears in Nutrients”,
 * “titled ‘…’”), or a DOI.
 */
const citationLine =
  /^\s*(?:sources?|citations?|references?|journal references?|full citation|paper|study|article):\s+\S/iu;
// “titled ‘…’”, and a title set off after the word paper or article: “the Cancer Prevention Research
// paper, “Effect of vitamin D3 supplementation …,” …”.
const titledLead = /\b(?:(?:titled|entitled)\s*(?:,\s*)?|(?:paper|article),\s+)["“‘'][^"”’]{10}/u;
/**
 * A paper's title given without quotes after “titled” or “entitled” (“The research, supported by the
 * European Research Council and titled Potent organo-osmium compound shifts metabolism …, is published
 * by PNAS”, “a report titled Return to running following knee repair, published in …”): the publication
 * named within a few words before, then a capitalised title of four or more words. Case-sensitive, so that
 * “entitled to” and a lower-case phrase are no title.
 */
const titledUnquoted = /\b(?:titled|entitled),? \p{Lu}[\p{L}\d-]* [\p{L}\d-]+ [\p{L}\d-]+ [\p{L}\d-]/u;
const publicationNoun =
  /\b(?:[Ss]tudy|[Pp]aper|[Aa]rticle|[Rr]eport|[Rr]esearch|[Aa]bstract|[Pp]oster|[Mm]anuscript|[Pp]resentation|[Rr]eview|[Tt]rial)\b/u;

/** An unquoted title after “titled”, with the publication named earlier in the same sentence, at most 60 characters before. */
function hasUnquotedTitle(text: string): boolean {
  const found = titledUnquoted.exec(text);
  if (!found) return false;
  const before = text.slice(Math.max(0, found.index - 60), found.index);
  const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'));
  return publicationNoun.test(before.slice(stop + 1));
}
/** After a quoted title's closing quote: “…”, published in / appears in / ran in, with an adverb (“was recently published”). */
const titlePublished =
  /^\s*(?:,\s*)?(?:(?:was|is|were|has been|will be)\s+)?(?:(?:recently|just|newly|now|today|also)\s+)?(?:published|appears|appeared|will appear|is due to appear|ran|runs)\b/u;
const openingQuotes = new Set(['"', '“', '‘', "'"]);
const closingQuotes = new Set(['"', '”', '’']);

/**
 * A quoted title of 15–250 characters followed by "was published", "appears"…. A loop rather than
 * one pattern: with a straight quote both opening and closing, a pattern tried at every quote
 * rescans the next 250 characters (recheck: polynomial).
 */
function hasQuotedTitle(text: string): boolean {
  if (titledLead.test(text)) return true;
  for (let open = 0; open < text.length; open++) {
    if (!openingQuotes.has(text[open]!)) continue;
    const last = Math.min(text.length - 1, open + 252);
    for (let close = open + 1; close <= last; close++) {
      const char = text[close]!;
      const closes = closingQuotes.has(char) || char === "'";
      if (closes && close - open > 15) {
        // Anchored on a bounded slice: one start, and no rescanning of a long run of spaces.
        if (titlePublished.test(text.slice(close + 1, close + 60))) return true;
      }
      // The title itself holds no double or curly closing quote.
      if (closingQuotes.has(char)) break;
    }
  }
  return false;
}
const doi = /\bdoi:?\s*10\.\d{4,}\/|\b10\.\d{4,9}\/[-._;()/:\w]+/iu;
/**
 * A reference in Vancouver style, its authors first (“Welch J, Petti A, Miller C, … The New England
 * Journal of Medicine. Nov. 24, 2016.”): two surnames with initials open the line, a year follows.
 */
const vancouverAuthors =
  /^\s*\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? \p{Lu}{1,3}(?:-\p{Lu})?, \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? \p{Lu}{1,3}\b/u;
/**
 * The label of a link to the paper on its own line (“SEE ORIGINAL STUDY”, “Read the full study”): the
 * page linked it there, and a text copy of the page keeps only the label.
 */
const paperLinkLabel =
  /^\s*(?:see|read|view|access)\s+(?:the\s+)?(?:original|full|complete)\s+(?:study|paper|article|abstract)\.?\s*$/iu;

/**
 * A link to the paper whose label is “here”, kept without its link by a text copy of the page: the
 * paper named, then where it is (“according to an abstract for the study, posted online here”). A
 * chart, a video or a photo “available here” is no source.
 */
const paperLinkedHere =
  /\b(?:study|abstract|paper|report|review|findings|article)\b[^.!?]{0,40}\b(?:posted|available|published|found|online)\s+(?:online\s+)?here\b/iu;
/**
 * An invitation to read the publication whose label is “here”: “You can read the new guidelines here”, “read
 * the full study here”. The page linked the word; a text copy keeps it without the link.
 */
const readPaperHere =
  /\b(?:read|see|view|download|access|find)\s+(?:the\s+)?(?:[\p{L}-]{1,20}\s+){0,2}?(?:study|abstract|paper|report|guidelines?|statement|recommendations?|review|findings|article)\s+(?:online\s+)?here\b/iu;

/**
 * An invitation to read the whole publication where its publisher keeps it (“Read the full guideline at
 * the American Society of Clinical Oncology”, “see the complete report on the CDC website”): the page
 * linked the words, and a text copy keeps them without the link. Case-sensitive after the verb, so that
 * the publisher must be a name (with the `i` flag \p{Lu} matches any letter).
 */
const paperAtPublisher = new RegExp(
  String.raw`\b(?:[Rr]ead|[Ss]ee|[Vv]iew|[Dd]ownload|[Aa]ccess|[Ff]ind)\s+(?:the\s+)?(?:full|complete|entire|original)\s+` +
    String.raw`(?:study|paper|article|abstract|report|guidelines?|statement|recommendations?|review)\s+` +
    String.raw`(?:at|on|from)\s+(?:the\s+)?(?:\p{Lu}|www\.|https?:)`,
  'u',
);

/**
 * A press release's “Source: California Skin Institute” names who issued it; a citation line for a
 * paper carries its year or its authors (“Source: Brightling C, et al. …, 2016”).
 */
const issuerLine = /^\s*sources?:\s/iu;
const yearOrAuthors = /\b(?:19|20)\d\d\b|\bet al\b/u;
const year = /\b(?:19|20)\d\d\b/u;

function citesItsPaper(blocks: readonly { text: string }[]): boolean {
  return blocks.some(
    (block) =>
      (citationLine.test(block.text) && (!issuerLine.test(block.text) || yearOrAuthors.test(block.text))) ||
      hasQuotedTitle(block.text) ||
      namesPaperInRunningText(block.text) ||
      (block.text.includes('titled') && hasUnquotedTitle(block.text)) ||
      doi.test(block.text) ||
      (vancouverAuthors.test(block.text) && year.test(block.text)) ||
      paperLinkLabel.test(block.text) ||
      (/ (?:full|complete|entire|original) /u.test(block.text) && paperAtPublisher.test(block.text)) ||
      (block.text.includes('here') && (paperLinkedHere.test(block.text) || readPaperHere.test(block.text))),
  );
}

/**
 * Links a wire service or web page adds around an article are not its sources: those under a
 * “Related Links” or “Media contact” heading, a “Logo - http://…” or “Photo - …” line, and a bare
 * site address (“http://www.fda.gov”), which points at no document.
 */
const furniture = /^\s*(?:related links?|links|logo|photo|multimedia|media contacts?|contacts?)\b/iu;
// A host with a dot: a URL that the text broke at a space (“http://dx. doi. org/ 10. 1016/ …”)
// leaves a link whose text is “http://dx”, and what follows may well be the paper.
const siteAddress = /^\s*(?:https?:\/\/)?[^/\s.]+(?:\.[^/\s.]+)+\/?\s*$/iu;

/**
 * A body's report or statement named with no year, title or venue (“An FDA report, released in late
 * June, says …”) tells the reader that a source exists but not which one: editors list such an
 * article as missing its sources. Other rules may still take it as naming who said a thing.
 */
const unidentifiedReport = /\b(?:reports?|statements?)$/iu;
/** “visit”, “visit our web site,”, “go to”: what follows is a site to visit, not a document. */
const visitLead = /\b(?:visit|go to)\b(?:\s[\p{L}'’]+,?){0,3}\s$/iu;

function citesASource(document: Pick<ProseDocument, 'blocks' | 'facts'>): boolean {
  return document.facts.citations.some((citation) => {
    if (citation.kind === 'named-source') return !(unidentifiedReport.test(citation.text) && !year.test(citation.text));
    if (citation.kind !== 'link') return citationCanBeFollowed(document, citation);
    const block = document.blocks[citation.block];
    if (!block) return true;
    // The issuer's own site in its “About …” paragraph or contact lines (“For more information, visit …”);
    // a citation line there (“Current Biology, Lee et al.: … http://dx. doi. org/ …”) still counts.
    const lead = block.text.slice(Math.max(0, citation.start - 40), citation.start);
    if ((block.role === 'boilerplate' || block.role === 'furniture') && visitLead.test(lead)) return false;
    const heading = block.section >= 0 ? document.blocks[block.section] : undefined;
    if (furniture.test(block.text) || (heading !== undefined && furniture.test(heading.text))) return false;
    return !(/^\s*(?:https?:|www\.)/iu.test(citation.text) && siteAddress.test(citation.text));
  });
}

export default defineRule<Options>({
  id: 'missing-source-list',
  scope: 'document',
  docs: {
    summary:
      'Flags an article with metadata that cites no source at all: no links, footnotes, reference markers, DOIs or named sources, and no references section.',
    rationale:
      'Readers and editors cannot check health claims that name no source; a list of references is the minimum that lets them. A numbered marker (“… by 2050. (2)”) counts only when the list it points to is there (a references section, numbered notes, a reference line): a release that kept the markers of a longer text and dropped its notes names no source. A body’s report named with no year, title or venue (“an FDA report, released in late June”) and the issuer’s own site in its “About” paragraph (“for more information, visit …”) do not tell the reader which document to read, so they do not count as sources.',
    guideline:
      'JAMA benchmarks of Silberg, Lundberg & Musacchio (JAMA 1997;277:1244), “attribution”; DISCERN item 4; HONcode principle 4.',
    howToFix:
      'Link or cite the studies and guidance the article relies on, and list them under a “References” or “Sources” heading (or a `references:` front matter field).',
  },
  messages: {
    missing: 'Missing references, expected links to sources or a `References` section',
    section: 'Missing references section, expected a heading such as `References` or `Sources`',
  },
  tentative:
    'an article that names research fewer than three times (a feature, an expert’s advice, a product or approval story with no study it reports), or whose headline and first three paragraphs name no research and whose body names one particular study at most once (a feature that mentions studies on its way), or that says its results have no paper yet (not peer-reviewed, a company’s topline results or press release, yet to be published or submitted for publication).',
  optionsSchema: {
    type: 'object',
    properties: {
      requireSection: {
        type: 'boolean',
        description: 'Require a references section even when sources are cited inline.',
      },
      minWords: { type: 'integer', minimum: 0, description: 'Skip articles shorter than this many words.' },
    },
    additionalProperties: false,
  },
  defaults: { requireSection: false, minWords: 100 },
  examples: [
    {
      title: 'No source at all',
      options: { minWords: 0 },
      input:
        '---\ntitle: Coffee and the heart\n---\n\nIn a new study, researchers found that coffee drinkers had fewer heart attacks. The study followed 20,000 adults.\n',
      flags: ['title: Coffee and the heart'],
    },
    {
      title: 'An article that names no research (a feature, advice): held back as tentative',
      options: { minWords: 0 },
      input: '---\ntitle: Coffee and the heart\n---\n\nCoffee lowers the risk of heart disease, a cardiologist says.\n',
      flags: [],
    },
    {
      title: 'The same article, with `tentative`',
      options: { minWords: 0, tentative: true },
      input: '---\ntitle: Coffee and the heart\n---\n\nCoffee lowers the risk of heart disease, a cardiologist says.\n',
      flags: ['title: Coffee and the heart'],
    },
    {
      title:
        'Results said to be presented at a meeting identify their study only by the conference: shown however seldom research is named (round 30)',
      options: { minWords: 0 },
      input:
        '---\ntitle: A new drug for breast cancer\n---\n\nTumours shrank in a third of the women given the drug, a cancer doctor says.\n\nThe findings were presented at the San Antonio Breast Cancer Symposium.\n',
      flags: ['title: A new drug for breast cancer'],
    },
    {
      title: 'A question presented at a meeting is no result: still held back (round 30)',
      options: { minWords: 0 },
      input:
        '---\ntitle: Inducing labour\n---\n\nDoctors debate when to induce labour, an obstetrician says.\n\nThe question was presented in May at the yearly ACOG meeting.\n',
      flags: [],
    },
    {
      title: 'A feature that mentions studies on its way, with none in its opening: held back as tentative',
      options: { minWords: 0 },
      input:
        '---\ntitle: A hormone for autism\n---\n\nThe boy was seven.\n\nHis parents tried everything.\n\nThen a clinic offered injections.\n\nNo trials back the treatment: two studies from 2006 drew criticism, and other studies found nothing. The researchers behind them sell the tests.\n',
      flags: [],
    },
    {
      title: 'The same feature, with `tentative`',
      options: { minWords: 0, tentative: true },
      input:
        '---\ntitle: A hormone for autism\n---\n\nThe boy was seven.\n\nHis parents tried everything.\n\nThen a clinic offered injections.\n\nNo trials back the treatment: two studies from 2006 drew criticism, and other studies found nothing. The researchers behind them sell the tests.\n',
      flags: ['title: A hormone for autism'],
    },
    {
      title: 'An inline link',
      options: { minWords: 0 },
      input: '---\ntitle: Coffee\n---\n\nCoffee drinkers [lived longer](https://doi.org/10.1000/x).\n',
      flags: [],
    },
    {
      title: 'A references section',
      options: { minWords: 0 },
      input:
        '---\ntitle: Coffee\n---\n\nCoffee drinkers lived longer.\n\n## References\n\n1. Lee J. Coffee and mortality. 2021.\n',
      flags: [],
    },
    {
      title: 'Inline links but no section (option requireSection)',
      options: { minWords: 0, requireSection: true },
      input: '---\ntitle: Coffee\n---\n\nCoffee drinkers [lived longer](https://doi.org/10.1000/x).\n',
      flags: ['title: Coffee'],
    },
    {
      title: 'The paper named in a citation line',
      options: { minWords: 0 },
      input:
        '---\ntitle: Walnuts\n---\n\nWalnuts lowered blood pressure.\n\nSource: Okafor N, Lee J. Walnut intake and blood pressure. The Journal of Nutrition, May 2019.\n',
      flags: [],
    },
    {
      title: 'The paper’s title and journal in the text',
      options: { minWords: 0 },
      input:
        "---\ntitle: Walnuts\n---\n\nThe study, 'Walnut intake and blood pressure in adults', appears in Nutrients.\n",
      flags: [],
    },
    {
      title: 'A release whose only links are its issuer’s site and a “Source:” line naming the issuer',
      options: { minWords: 0 },
      input:
        '---\ntitle: Walnuts\n---\n\nWalnuts lowered blood pressure in the trial, the researchers found. The study followed 90 adults, the journal reports.\n\nSource: California Nut Institute, San Jose\n\n## Related Links\n\n[www.walnuts.example/clinic](http://www.walnuts.example/clinic)\n\n[http://www.walnuts.example](http://www.walnuts.example)\n',
      flags: ['Related Links'],
    },
    {
      title: 'A DOI link the text broke at spaces',
      options: { minWords: 0 },
      input:
        '---\ntitle: Sniffs\n---\n\nChildren with autism sniffed differently.\n\nCurrent Biology, Lee et al.: "A link between smell and autism" http://dx. doi. org/ 10. 1016/ j. cub. 2015. 05. 048\n',
      flags: [],
    },
    {
      title: 'A body’s report named without a year, title or venue does not identify it',
      options: { minWords: 0 },
      input:
        '---\ntitle: Implants\n---\n\nResearchers found that women with silicone implants fared well in the study. An FDA report, released in late June, says silicone implants are generally safe.\n',
      flags: ['title: Implants'],
    },
    {
      title: 'A body’s guidance named, or a report with its year, can be looked up',
      options: { minWords: 0 },
      input: '---\ntitle: Implants\n---\n\nThe FDA 2011 report and NICE guidance say implants are generally safe.\n',
      flags: [],
    },
    {
      title: 'The issuer’s own site in its “About” paragraph is no source',
      options: { minWords: 0 },
      input:
        '---\ntitle: Walnuts\n---\n\nWalnuts lowered blood pressure in the trial, the researchers said.\n\n## About Acme Nut Institute\n\nAcme Nut Institute studies nuts. For more information, visit [www.acme.example/nuts](http://www.acme.example/nuts).\n',
      flags: ['About Acme Nut Institute'],
    },
    {
      title: 'A citation line after the “About” paragraph still names the paper',
      options: { minWords: 0 },
      input:
        '---\ntitle: Sniffs\n---\n\nChildren with autism sniffed differently, the researchers said.\n\n## About Acme Institute\n\nAcme Institute studies smell.\n\nCurrent Biology, Lee et al.: "A link between smell and autism" http://dx. doi. org/ 10. 1016/ j. cub. 2015. 05. 048\n',
      flags: [],
    },
    {
      title: 'A reference in Vancouver style, without a “Source:” label',
      options: { minWords: 0 },
      input:
        '---\ntitle: Leukemia\n---\n\nThe gene predicted the response.\n\nWelch J, Petti A, Miller C, Ley T. TP53 and decitabine in acute myeloid leukemia. The New England Journal of Medicine. Nov. 24, 2016.\n',
      flags: [],
    },
    {
      title: 'The paper’s title in quotes, then “was recently published in”',
      options: { minWords: 0 },
      input:
        '---\ntitle: Tablets\n---\n\n"Use of Tablet Devices Among Inpatients with Dementia" was recently published in The American Journal of Geriatric Psychiatry.\n',
      flags: [],
    },
    {
      title: 'The paper’s title set off after “paper”',
      options: { minWords: 0 },
      input:
        '---\ntitle: Vitamin D\n---\n\nInflammation fell in the trial.\n\nTo obtain a copy of the Cancer Prevention Research paper, “Effect of vitamin D3 supplementation in combination with weight loss on inflammatory biomarkers,” contact the press office.\n',
      flags: [],
    },
    {
      title: 'The paper’s title without quotes after “titled”, and where it is published',
      options: { minWords: 0 },
      input:
        '---\ntitle: An osmium drug\n---\n\nThe compound killed cancer cells in the study. The research, supported by a research council and titled Osmium compound shifts metabolism in ovarian cancer cells, is published by PNAS.\n',
      flags: [],
    },
    {
      title: 'Feeling entitled to an answer names no paper',
      options: { minWords: 0 },
      input:
        '---\ntitle: An osmium drug\n---\n\nResearchers gave the compound to mice in the study, and patients feel entitled to know more. The research is published by PNAS.\n',
      flags: ['title: An osmium drug'],
    },
    {
      title: 'The label of a link to the paper, kept without its link',
      options: { minWords: 0 },
      input:
        '---\ntitle: Kidney scans\n---\n\nThe scan told benign tumours from cancers in the study.\n\nSEE ORIGINAL STUDY\n',
      flags: [],
    },
    {
      title: 'A numbered marker whose notes the text dropped points to nothing',
      options: { minWords: 0 },
      input:
        '---\ntitle: Ibuprofen\n---\n\nThe cost is predicted to rise to $1.1 trillion by 2050. (2)\n\nDaily ibuprofen prevented the disease in the trial, the researchers found. The study followed 500 adults.\n',
      flags: ['title: Ibuprofen'],
    },
    {
      title: 'A numbered marker with its note at the end',
      options: { minWords: 0 },
      input:
        '---\ntitle: Ibuprofen\n---\n\nThe cost is predicted to rise to $1.1 trillion by 2050. (2)\n\n(2) Alzheimer’s Association. 2017 Alzheimer’s disease facts and figures. Alzheimers Dement. 2017;13(4):325-373.\n',
      flags: [],
    },
    {
      title: 'A link to the paper labelled “here”, kept without its link',
      options: { minWords: 0 },
      input:
        '---\ntitle: Eggs\n---\n\nThe egg breakfasts had higher protein quality, according to an abstract for the study, posted online here.\n',
      flags: [],
    },
    {
      title: 'An invitation to read the publication “here”, kept without its link',
      options: { minWords: 0 },
      input:
        '---\ntitle: Migraine\n---\n\nResearchers reviewed 40 trials and found that the drugs cut migraine days. The guidelines will be published in the journal Neurology. You can read the new guidelines here.\n',
      flags: [],
    },
    {
      title: 'An invitation to read the whole publication at its publisher, kept without its link',
      options: { minWords: 0 },
      input:
        '---\ntitle: Eggs\n---\n\nThe panel found that eggs keep people full. Read the full guideline at the American Heart Association.\n',
      flags: [],
    },
    {
      title: 'Reading the full story somewhere is no source for the study',
      options: { minWords: 0 },
      input:
        '---\ntitle: Eggs\n---\n\nThe study found that eggs keep people full for longer, the researchers said. Read the full story at our website.\n',
      flags: ['title: Eggs'],
    },
    {
      title: 'A chart or video “available here” is no source',
      options: { minWords: 0 },
      input:
        '---\ntitle: Eggs\n---\n\nResearchers found that eggs keep people full for longer in the study. A video of the breakfasts is available here.\n',
      flags: ['title: Eggs'],
    },
    {
      title: 'Results with no paper yet (not peer-reviewed, announced in a press release): held back as tentative',
      options: { minWords: 0 },
      input:
        '---\ntitle: A drug for depression\n---\n\nThe drug eased depression in the trial, the company said. The study is small and has not been peer-reviewed; the company disclosed the results in a press release.\n',
      flags: [],
    },
    {
      title: 'The same article, with `tentative`',
      options: { minWords: 0, tentative: true },
      input:
        '---\ntitle: A drug for depression\n---\n\nThe drug eased depression in the trial, the company said. The study is small and has not been peer-reviewed; the company disclosed the results in a press release.\n',
      flags: ['title: A drug for depression'],
    },
    {
      title: 'A paper’s title-cased title after “paper,” and where it is published, in running text',
      options: { minWords: 0 },
      input:
        '---\ntitle: Peppers\n---\n\nThe extract raised metabolic rate in the study. A recent paper, Capsaicinoids Enhance Metabolic Rate in Normal Healthy Individuals, published in the journal Obesity Open Access, discussed the findings.\n',
      flags: [],
    },
    {
      title: 'An author–year parenthetical with a comma before “et al.”',
      options: { minWords: 0 },
      input:
        '---\ntitle: Peppers\n---\n\nThe extract raised metabolic rate in the study, the researchers found (Chen, et al., 2017).\n',
      flags: [],
    },
    {
      title: 'A quoted title-cased title after “the study,”',
      options: { minWords: 0 },
      input:
        '---\ntitle: Sleep apnea\n---\n\nQuality of life rose after therapy in the study, the researchers found.\n\nFor a copy of the study, "Impact of Sleep-Disordered Breathing Treatment on Quality of Life Measures in a Large Cohort," contact the press office.\n',
      flags: [],
    },
    {
      title: 'A titled talk at a meeting is no paper',
      options: { minWords: 0 },
      input:
        '---\ntitle: Weight loss\n---\n\nPatients lost weight after the procedure in the study, the researchers found.\n\nDr. Lee will present data from the study, "Endoscopic Sleeve Gastroplasty and Laparoscopic Band for Weight Loss: How Do They Compare?" on Saturday.\n',
      flags: ['title: Weight loss'],
    },
    {
      title: 'A block opening on the paper’s quoted title, as a release sets its reference',
      options: { minWords: 0 },
      input:
        '---\ntitle: Breast MRI\n---\n\nThe technique told benign lesions from cancers in the study, which appears online in the journal Radiology.\n\n"Radiomics Based on Adapted Diffusion Kurtosis Imaging Helps to Clarify Mammographic Findings." Collaborating with Dr. Lee were Jane Roe, M.D., and John Doe, Ph.D.\n',
      flags: [],
    },
    {
      title: 'A quote in sentence case at a block’s start is no title',
      options: { minWords: 0 },
      input:
        '---\ntitle: Breast MRI\n---\n\nThe technique told benign lesions from cancers in the study, which appears online in the journal Radiology.\n\n"This might also improve the efficiency of reporting in our clinics." The researchers found the study’s results held across sites.\n',
      flags: ['title: Breast MRI'],
    },
    {
      title: 'A paper named as published in a journal under its title',
      options: { minWords: 0 },
      input:
        '---\ntitle: Breast MRI\n---\n\nThe technique told benign lesions from cancers in the study, published in Radiology under the title Radiomics Helps to Clarify Mammographic Findings.\n',
      flags: [],
    },
    {
      title: 'A paper’s title in sentence case right after “the article”, with its journal in the text',
      options: { minWords: 0 },
      input:
        '---\ntitle: Fennel and menopause\n---\n\nA new study confirms that fennel eases hot flashes. The study outcomes are published online today in Menopause.\n\nThe study described in the article "Effect of fennel on menopausal symptoms in postmenopausal women: a randomized, placebo-controlled trial" is one of the first to test it.\n',
      flags: [],
    },
    {
      title: 'A speaker’s words quoted after “the paper” name no paper',
      options: { minWords: 0 },
      input:
        '---\ntitle: Fennel and menopause\n---\n\nA new study confirms that fennel eases hot flashes. The study outcomes are published online today in Menopause.\n\nThe paper “shows that fennel is worth a larger trial,” said Dr. Rogers.\n',
      flags: ['title: Fennel and menopause'],
    },
    { title: 'Plain text without metadata is out of scope', format: 'text', input: 'Coffee is good.', flags: [] },
  ],
  check(document, { options, report }) {
    if (!document.facts.hasMetadata || frontMatterValue(document, sourceKeys) !== undefined) return;
    const words = document.blocks.reduce(
      (total, block) => total + block.sentences.reduce((n, s) => n + s.wordCount, 0),
      0,
    );
    if (words < options.minWords) return;
    const hasSection = document.blocks.some(
      (block) =>
        block.kind === 'heading' &&
        sectionHeading.test(block.text) &&
        document.blocks[block.index + 1]?.section === block.index,
    );
    if (hasSection) return;
    if (options.requireSection) report('section', anchorOf(document));
    else if (!citesASource(document) && !citesItsPaper(document.blocks)) {
      // Held back (round 11, eval/judged): an article that names research fewer than three times reports
      // no study whose paper it owes; readers judged most such findings debatable (`not_research`). Round 15: so
      // does a feature that names no research in its headline or lede and one particular study at most once
      // (pooled 9 correct / 7 debatable / 0 wrong of that shape). Round 19: so does an article that says its results
      // have no paper yet (not peer-reviewed, topline, yet to be published; pooled 3 / 5 / 0, `no_publication`).
      report(
        'missing',
        anchorOf(document),
        {},
        {
          // Round 30: not an article that says its study's results were presented at a meeting, which
          // reports that study however seldom it names research (the conference is all it identifies).
          tentative:
            ((namesResearchInPassing(document) || mentionsResearchWithoutReporting(document)) &&
              !presentsResultsAtMeeting(document)) ||
            saysNoPaperYet(document),
        },
      );
    }
  },
});
