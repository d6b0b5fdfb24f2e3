import { saidInPromotion } from '../../src/language/claim-use.js';
import { ingTakesObject, qualifiedWordAfter, wordsAfter, wordsBefore } from '../../src/language/context-match.js';
import { articleDates, namesDecadeBy, setInThePast } from '../../src/language/dates.js';
import {
  amplifiesARisingRisk,
  datedYearsAgo,
  hopedForDiscovery,
  recallsAPastHope,
  pairedWithAHarm,
  needsStudyFirst,
  progressOverYears,
  stressesALikeness,
  toldAsNaturalHistory,
  undoneLater,
} from '../../src/language/hype-scope.js';
import { deniedByComparison, findNegations, isNegatedAt } from '../../src/language/negation.js';
import { findConditions } from '../../src/language/treatments.js';
import { claimNamedNotMade } from '../../src/language/unsettled-claims.js';
import { PhraseMatcher, type PhraseMatch } from '../../src/language/phrases.js';
import type { Block, ProseDocument } from '../../src/prose/types.js';
import { defineRule } from '../../src/rule/define-rule.js';
import {
  lexiconOptionsProblem,
  lexiconOptionsSchema,
  withProjectTerms,
  type LexiconOptions,
  type ProjectEntry,
} from '../../src/rule/terms.js';
import { lexicon } from './lexicon.generated.js';
import { lexicon as offTopic } from './off-topic.generated.js';
import { lexicon as topics } from './topic.generated.js';

const matcher = new PhraseMatcher(lexicon);
const topicMatcher = new PhraseMatcher(topics);
const offTopicWords = (id: string): ReadonlySet<string> =>
  new Set(offTopic.filter((entry) => entry.id === id).flatMap((entry) => entry.match));
const people = offTopicWords('person');
const hardships = offTopicWords('hardship');
const feelings = offTopicWords('feeling');
const organisationDoings = offTopicWords('organisation');
const studyDesigns = offTopicWords('study-design');
const events = offTopicWords('event');
const bodyOfWork = offTopicWords('body-of-work');
const currentStandard = offTopicWords('current-standard');
const importance = offTopicWords('importance');
const burdens = offTopicWords('burden');

/** The phrases of each entry that are hype only sometimes (the lexicon's `tentative`), folded for comparison. */
const tentativePhrases = new Map<string, ReadonlySet<string>>(
  lexicon.map((entry) => [
    entry.id,
    new Set(('tentative' in entry ? (entry.tentative as readonly string[]) : []).map(foldPhrase)),
  ]),
);

/** A phrase as matched, lower-cased with typographic apostrophes and runs of space made plain. */
function foldPhrase(phrase: string): string {
  return phrase.toLowerCase().replace(/’/gu, "'").replace(/\s+/gu, ' ');
}

/** Whether the matched text is one of its entry's tentative phrases. */
function isTentativePhrase(id: string, text: string): boolean {
  return tentativePhrases.get(id)?.has(foldPhrase(text)) ?? false;
}

export default defineRule<LexiconOptions & { tentative?: boolean }>({
  id: 'hype',
  scope: 'text',
  tentative:
    'words that are hype only sometimes, outside a headline, which readers judged correct in fewer than 70 % of their findings: everyday words of wonder (“amazing”, “stunning”, “unbelievable”, “whopping”, “magical”), which as often describe a scene, a feeling or a count; “holy grail”, most often the goal a field still seeks; a claim of being first (“first-of-its-kind”, “world’s first”), a fact about novelty more than a claim of benefit; the adverbs “remarkably” and “extraordinarily”, which as often stress a likeness or a quality (“remarkably similar”, “extraordinarily well done”) as an effect; a thing’s standing (“a major milestone”, “state-of-the-art”); and an “important” step forward or advance (“an important step forward in the effort to develop a test”), a milder judgement of progress than a “major” one, as often a field’s progress toward a goal as a claim about a finding (an intensified one, “an incredibly important step forward”, is shown).',
  docs: {
    summary: 'Flags sensational or promotional wording about health effects, treatments and research.',
    rationale:
      'Hype words such as “miracle”, “breakthrough” or “revolutionary” make readers expect more benefit than the evidence shows. Words that praise no treatment, test or finding are left alone: a person, a meeting describing itself, a programme’s aim, a policy decision, a population trend, the novelty of a study’s design (“a first-of-its-kind trial”), which is a fact about how the study was done, not a claim about what it found, and words that claim no finding at all: a goal still sought (“the search for a noninvasive test is a Holy Grail”, “… but no one has made one yet”), an absence (“a dry spell for breakthrough drugs”) and a fact known before the work (“we know already the incredibly strong link”). Nor are words someone declines to say (“I would hesitate to call it groundbreaking”), a promotion quoted so it can be weighed (“an advertisement … called Zerona ‘the holy grail’”), praise of a person’s or institution’s body of work (“Allison’s pioneering research”), the current standard set against the new treatment (“while most patients are well served with today’s state-of-the-art radiation therapy, … the new proton therapy”) and a claim of being first dated years before the article (“the world’s first cardiac stem cell infusion in 2009”). A hedged claim about the finding (“may hold the key”) still oversells and is flagged.',
    guideline:
      'HealthNewsReview.org criterion 10 (does the story use unjustifiable, sensational language?); Millar, Batalha & Millar (2022) hype adjectives.',
    howToFix: 'Remove the intensifier, or replace it with the measured size of the effect and its source.',
  },
  messages: {
    hype: 'Unexpected sensational wording `{actual}`, describe the measured effect instead',
  },
  // “About the institute” paragraphs praise their issuer; that is not a claim about health.
  skip: ['boilerplate', 'reference', 'caption', 'furniture'],
  optionsSchema: { type: 'object', properties: { ...lexiconOptionsSchema }, additionalProperties: false },
  checkOptionFiles: (options) => lexiconOptionsProblem(options),
  defaults: {},
  examples: [
    {
      title: 'Other stories’ headlines after a bare “Read more:” are page furniture (round 20)',
      input:
        '# Ecstasy eases PTSD in veterans\n\nThe veterans called the drug a breakthrough.\n\nRead more:\n\n## Party drug hailed as miracle for treating depression\n\nA key ingredient eased patients’ fear of death\n',
      flags: ['breakthrough'],
    },
    {
      title: 'An issuer’s “About” section run into the paragraph before it is boilerplate (round 20)',
      input:
        '“It’s a breakthrough for these patients,” said Dr. Khera. About UT Southwestern Medical CenterUT Southwestern, one of the premier academic medical centers in the nation, is responsible for groundbreaking medical advances.',
      flags: ['breakthrough'],
    },
    {
      title: 'A comparison that denies the hype word (round 18)',
      input: 'For him, the new genetic test felt more like “a cool piece of science fiction” than a breakthrough.',
      flags: [],
    },
    {
      title: 'Sensational words in a past counterfactual (round 17)',
      input: 'Even if both trials had reported a breakthrough, the results would not apply to children.',
      flags: [],
    },
    { title: 'Hype about a treatment', input: 'This miracle supplement melts fat.', flags: ['miracle'] },
    {
      title: 'Undoing ageing',
      input: 'The stem cells appear to contain all the needed instructions to turn back the clock on heart disease.',
      flags: ['turn back the clock'],
    },
    {
      title: 'An amplified effect in a research finding',
      input: 'The study found a dramatic improvement in sleep.',
      flags: ['dramatic improvement'],
    },
    { title: 'Plain description', input: 'The supplement lowered weight by 1 kg on average in one trial.', flags: [] },
    { title: 'Not about health, treatment or research', input: 'The view from the summit is stunning.', flags: [] },
    {
      title: 'Inside a proper name',
      input: 'The device joined the FDA’s Breakthrough Devices Program and got Breakthrough Therapy designation.',
      flags: [],
    },
    { title: 'Denied', input: 'There is no magic bullet for weight loss.', flags: [] },
    {
      title: 'What would deserve the word, not the treatment at hand',
      input:
        '“The game changer would be a drug that ends the pain of arthritis for good,” the surgeon said. The real game-changer, he says, will be when a drug blocks the disease.',
      flags: [],
    },
    {
      title: 'The same words said of the treatment at hand',
      input:
        'This breakthrough will be one of the great medical discoveries for cancer. The asthma drug would be a game changer.',
      flags: ['breakthrough', 'game changer'],
    },
    {
      title: 'A regulator’s status named in lower case',
      input: 'The Food and Drug Administration deemed it a “breakthrough therapy”, setting it on a fast track.',
      flags: [],
    },
    {
      title: 'Others’ hype, reported to weigh it',
      input: 'Despite popular notions about the miracle cures in the rainforest, drug firms have cut this research.',
      flags: [],
    },
    {
      title: 'Hype words mentioned as words, or the view of a treatment’s partisans',
      input:
        'The drug prompted some to use words such as “dramatic” and “game changing” for early results. Advocates of phage therapy see it as a powerful new weapon against infection.',
      flags: [],
    },
    {
      title: 'History',
      input:
        '---\ntitle: Artificial hearts\ndate: 2012-01-01\n---\n\nThe company continued development of the groundbreaking Jarvik-7, first implanted in 1982. Its new heart is a groundbreaking device.\n',
      flags: ['groundbreaking'],
    },
    {
      title: 'History told by its decade or as “in the past”; “in the past year” reaches to now',
      input:
        '---\ntitle: Psychedelic therapy\ndate: 2012-01-01\n---\n\n“In the ’50s and ’60s psychedelics were the cutting edge of psychiatric research,” he says. Before groundbreaking work by Dr. John Marshall in the past, no one knew that ulcers came from bacteria. In the past year the groundbreaking drug reached patients.\n',
      flags: ['groundbreaking'],
    },
    {
      title: 'A number that labels something is not a year',
      input:
        '---\ntitle: Case notes\ndate: 2012-01-01\n---\n\nPatient 1982 called the groundbreaking device a lifeline.\n',
      flags: ['groundbreaking'],
    },
    {
      title: 'About a person or a disease’s burden',
      input:
        'The pioneering scientist treated a remarkable woman whose disease is incredibly painful, then spoke at an unprecedented meeting on the drug. Without treatment, patients die incredibly expensively.',
      flags: [],
    },
    {
      title: 'A collaboration, a programme’s purpose, a past advance, a disease’s burden, a shift in care',
      input:
        'The new study is the latest chapter in an extraordinary, decades-long collaboration among surgeons and patients. The trial was picked for a two-day program to increase access to cutting-edge science. The big leap forward came a few years ago when device companies made better transmitters. “This is a remarkable burden, nearly 1,000 deaths each day,” the author said of diet. There was a remarkable shift in heart care. Tang is a remarkable innovator.',
      flags: [],
    },
    {
      title: 'The same words said of a finding or a treatment',
      input:
        'The drug produced an extraordinary, long-lasting response in patients. The big leap forward is the new implant, which sends data 30 feet. The study showed a remarkable drop in deaths.',
      flags: ['extraordinary', 'leap forward', 'remarkable'],
    },
    {
      title: 'A first patient, and a situation',
      input:
        'Bush is believed to be the world’s first MS patient to use the implanted system. “This is an unprecedented situation for the agency,” the FDA official said of the drug.',
      flags: [],
    },
    {
      title: 'How much a thing matters, an amount of money, a child',
      input:
        'Any treatment that could help these babies is incredibly important, the nurse said. The drug maker ended the year with a whopping $900 million in cash. “This is our miracle baby,” her mother said of the IVF treatment. The drug is an incredibly important step forward.',
      flags: ['incredibly', 'important step forward'],
    },
    {
      title: 'A person’s feelings, and enthusiasm about a result',
      input:
        '“I am incredibly grateful to the team for my care.” The researchers were incredibly excited by the remarkable results. “It is incredibly exciting,” she said of the trial.',
      flags: ['remarkable', 'incredibly'],
    },
    {
      title: 'A setback’s or a surprise’s feelings are feelings too (round 26)',
      input:
        '“I’m incredibly discouraged that more people need treatment now,” the governor said. The doctors were incredibly surprised by the scan. “The drug worked incredibly well,” she said.',
      flags: ['incredibly'],
    },
    {
      title: 'The novelty of a study’s design, a meeting describing itself, a policy decision',
      input:
        'Researchers launched a first-of-its-kind trial of the drug. The review includes four pioneering studies. The purpose of this meeting is to share the latest breakthroughs in cancer research. The vaccine panel made an unprecedented decision. It is part of the Moon Shots Program, which is designed to develop technologies that will dramatically reduce cancer deaths.',
      flags: [],
    },
    {
      title: 'A goal still sought, an absence, a fact known before the work',
      input:
        'The search for a blood test for colon cancer is the holy grail of cancer research. A test for the gene would be the holy grail of the field, but no one has made one yet. Amid a dry spell for breakthrough cancer drugs, the company cut its research. We know already the incredibly strong link between obesity and cancer.',
      flags: [],
    },
    {
      title: 'A hedged claim about the finding still oversells',
      input:
        'Green coffee beans may hold the key to weight loss, new research suggests. The new blood test for colon cancer is the holy grail of cancer research.',
      options: { tentative: true },
      flags: ['hold the key', 'holy grail'],
    },
    {
      title: 'A first-ever treatment, and amplified results',
      input:
        'The first-ever pill for the disease showed exciting results, and the results were overwhelmingly positive for patients.',
      options: { tentative: true },
      flags: ['first-ever', 'exciting results', 'overwhelmingly positive'],
    },
    {
      title: 'A question left open, and a condition contrary to fact',
      input:
        'Only a larger trial will tell us whether the drug is a breakthrough. “Then we will know if this is a big step forward,” he said. “If it were a whopping effect, there would be many more studies,” she said.',
      flags: [],
    },
    {
      title: 'A plain condition still oversells',
      input: 'If the results are confirmed, the drug would be a game changer for patients with asthma.',
      flags: ['game changer'],
    },
    {
      title: 'Declining to say it',
      input:
        'I would hesitate to call the new drug groundbreaking. The panel stopped short of calling it a miracle cure.',
      flags: [],
    },
    {
      title: 'Novelty as a verb, and a first test of a treatment (round 15)',
      input:
        '# First-ever test of stem cell therapy for arthritis\n\nThe engineer is pioneering a new therapy that targets cancers with proton radiation.',
      flags: [],
    },
    {
      title: 'The same words said of the treatment (round 15)',
      input:
        '# First-ever stem cell therapy for arthritis\n\nThe pioneering therapy targets cancers with proton radiation.',
      options: { tentative: true },
      flags: ['First-ever', 'pioneering'],
    },
    {
      title: 'An “important” step forward or advance, when `tentative` is on (round 15)',
      input:
        '“This is an important step forward in the effort to develop an early test,” she said of the new blood test.',
      options: { tentative: true },
      flags: ['important step forward'],
    },
    {
      title: 'An “important” step forward or advance is held back by default; a “major” one is shown (round 15)',
      input:
        '“This is an important step forward in the effort to develop an early test,” she said of the new blood test. The new blood test is a major step forward.',
      flags: ['major step forward'],
    },
    {
      title: 'A promotion quoted so that it can be weighed',
      input:
        'An advertisement for a seminar on the laser treatment called it “the holy grail.” According to the company website, the supplement is a “miracle” for joints.',
      flags: [],
    },
    {
      title: 'A body of work, and the current standard set against the new treatment',
      input:
        'Allison’s pioneering research led to a new class of cancer drugs. While most patients are well served with today’s state-of-the-art radiation therapy, some benefit more from the new proton therapy. Her groundbreaking research shows the drug works. With today’s state-of-the-art treatment, patients do better.',
      options: { tentative: true },
      flags: ['groundbreaking', 'state-of-the-art'],
    },
    {
      title: 'A claim of being first, dated years before the article',
      input:
        '---\ntitle: Heart cells\ndate: 2017-08-29\n---\n\nSince the team completed the world’s first cardiac stem cell infusion in 2009, it has studied the cells. Now the team reports the world’s first stem cell pill for heart failure, tested in 2016.\n',
      options: { tentative: true },
      flags: ['world’s first'],
    },
    {
      title: 'How a treatment can look to others, named to weigh it',
      input:
        'Drugs that help one patient in ten can seem like breakthroughs to doctors. Patients may see it otherwise.',
      flags: [],
    },
    {
      title: 'Held back: an everyday word of wonder (with the tentative option)',
      input: 'Patients on the new drug saw amazing results, and a whopping 40 percent were free of pain.',
      options: { tentative: true },
      flags: ['amazing', 'whopping'],
    },
    {
      title: 'Held back: an everyday word of wonder',
      input: 'Patients on the new drug saw amazing results, and a whopping 40 percent were free of pain.',
      flags: [],
    },
    {
      title: 'Held back: “pioneering” in the body; a heading keeps it (round 29)',
      input:
        '# Pioneering surgery tested in babies\n\nThe work builds on the team’s pioneering research on the disease. The pioneering therapy given to a few adults paved the way for trials in children.',
      flags: ['Pioneering'],
    },
    {
      title: 'Held back: “pioneering” in the body (with the tentative option, round 29)',
      input: 'The pioneering therapy given to a few adults paved the way for trials in children.',
      options: { tentative: true },
      flags: ['pioneering'],
    },
    {
      title: 'A risk that is high, and a stressed difference between groups, are not a benefit oversold (round 29)',
      input:
        'A carrier of the gene could take the drug to reduce her dramatically increased risk of breast cancer. Children who recovered showed strikingly distinct patterns of brain activity in the study.',
      flags: [],
    },
    {
      title: 'Amplified promise or results with the size as the predicate (round 29)',
      input:
        '“The potential of the new implant for arthritis is enormous,” said the company’s chief executive. “Our finding is so exciting because the drug is already approved,” she said. After ten weeks of the new therapy, the results were dramatic.',
      flags: [
        'potential of the new implant for arthritis is enormous',
        'finding is so exciting',
        'results were dramatic',
      ],
    },
    {
      title:
        'Not amplified promise: “potential” as an adjective of something else, and results said to be modest (round 29)',
      input:
        'The potential market for the allergy drug is huge. The potential costs of the new cancer drug are huge. The results of the trial were not dramatic, and the findings were modest.',
      flags: [],
    },
    {
      title: 'Held back: “holy grail” (with the tentative option)',
      input: 'An accurate blood test for prostate cancer is the holy grail of research into the disease.',
      options: { tentative: true },
      flags: ['holy grail'],
    },
    {
      title: 'Held back: “holy grail”',
      input: 'An accurate blood test for prostate cancer is the holy grail of research into the disease.',
      flags: [],
    },
    {
      title: 'Held back: a claim of being first (with the tentative option)',
      input: 'The company announced the first-of-its-kind blood test for autism in children.',
      options: { tentative: true },
      flags: ['first-of-its-kind'],
    },
    {
      title: 'Held back: a claim of being first',
      input: 'The company announced the first-of-its-kind blood test for autism in children.',
      flags: [],
    },
    {
      title: 'Not said of the treatment at hand: a past hope of what something would be (round 27)',
      input: '“There was tremendous hope that this approach would be a major leap forward,” she said.',
      flags: [],
    },
    {
      title: 'Not said of the treatment at hand: a burden paired with a word of harm (round 27)',
      input: 'A false positive can kick-start unnecessary, life-changing treatment for the cancer.',
      flags: [],
    },
    {
      title: 'Still hype: the same word said of the treatment, or a harm word inside its name (round 27)',
      input:
        'The new treatment for the cancer could be life-changing. The clinic offers minimally invasive breakthrough surgery.',
      flags: ['life-changing', 'breakthrough'],
    },
    {
      title: 'A hope now, or a claim, of the treatment at hand (round 27)',
      input: '“We hope this approach will be a major leap forward,” she said. The drug would be a major leap forward.',
      flags: ['leap forward', 'leap forward'],
    },
    {
      title: 'Held back: “remarkably” or “extraordinarily” (with the tentative option)',
      input: 'Patients on the two drugs did remarkably well, and the results of the trials were remarkably similar.',
      options: { tentative: true },
      flags: ['remarkably', 'remarkably'],
    },
    {
      title: 'Held back: “remarkably” or “extraordinarily”',
      input: 'Patients on the two drugs did remarkably well, and the results of the trials were remarkably similar.',
      flags: [],
    },
    {
      title: 'A headline shows even the words held back elsewhere',
      input: '---\ntitle: First-of-its-kind blood test spots autism early\n---\n\nThe test was run on 38 children.\n',
      flags: ['First-of-its-kind'],
    },
    {
      title: 'Held back: a milestone or state of the art (with the tentative option)',
      input: 'The approval of the drug is a major milestone in the treatment of cystic fibrosis.',
      options: { tentative: true },
      flags: ['major milestone'],
    },
    {
      title: 'Held back: a milestone or state of the art',
      input: 'The approval of the drug is a major milestone in the treatment of cystic fibrosis.',
      flags: [],
    },
    {
      title:
        'Not said of the treatment at hand: a field’s progress over the years, a rising risk, a hoped-for find, an event years back (round 17)',
      input:
        'In recent years, scientists have made some breakthrough discoveries about how we age. Using the two drugs together dramatically increases the risk of overdose. “We will need replacements, unless we find some … breakthrough halting the disease.” The idea came from the astonishing case of a patient cured four years ago in Berlin.',
      flags: [],
    },
    {
      title: 'Said of the treatment or result at hand (round 17)',
      input:
        'Our experience over the last five years has been phenomenal. The drug could dramatically increase survival. The new drug dramatically lowers the risk of stroke. If confirmed, this breakthrough would change care.',
      flags: ['phenomenal', 'dramatically increase', 'dramatically lowers', 'breakthrough'],
    },
    {
      title: 'A result the sentence says came to nothing, and a stressed difference between participants (round 19)',
      input:
        '“Other therapies had some early exciting results and then they didn’t pan out in later trials,” he added. The gut bacteria of the trial’s participants changed, although there were strikingly different responses between them.',
      flags: [],
    },
    {
      title: 'The same words said of the treatment or its result (round 19)',
      input: 'The trial of the drug had exciting results. The drug was strikingly effective in the trial.',
      flags: ['exciting results', 'strikingly'],
    },
    {
      title:
        'Not said of the treatment at hand: nature’s evolved trait, a disease’s burden, a call for study, past praise questioned, promise that came to nothing (round 21)',
      input:
        'The drug is derived from bacteria at the bottom of the ocean. To survive with little sunlight, they have evolved to convert light into energy with incredible efficiency. The goal of the antibodies: to relieve the scourge of chronic migraines. Menstrual cramps are the bane of many women, and a new drug may ease them. Hot flashes – the bane of existence in menopause – eased with acupuncture. Many academic scientists say this new era in testing needs independent study. Known as CFTR modulators, the drugs were heralded as a major advance in treating the disorder.\n\nHowever, they work well only for a small number of patients. “Several therapeutic vaccines have shown great promise in phase 1 and then not panned out in phase 2,” she said.',
      flags: [],
    },
    {
      title: 'The same words said of the treatment or finding at hand (round 21)',
      input:
        'The new drug converts light into energy with incredible efficiency. Experts say the drug ushers in a new era in migraine treatment. The modulators were heralded as a major advance in treating the disorder.\n\nThey now reach most patients. The vaccine has shown great promise in phase 1.',
      flags: ['incredible', 'new era in', 'major advance', 'great promise'],
    },
    {
      title: 'A release’s spaced end marker and an issuer named with “and” close the article (round 21)',
      input:
        'The new drug eased pain in the trial.\n\n# # #\n\nPrivate contributions enable our scientists to make important medical breakthroughs.\n\n## About Massachusetts Eye and Ear\n\nFor more information about life-changing care and research at the hospital, visit our blog.\n',
      flags: [],
    },
    {
      title: 'A reversal of ageing with words between, and a claim to change the standard of care (round 21)',
      input:
        '# Proper exercise can reverse damage from heart aging\n\n“With this program we are reversing part of the aging process,” she said. “Our findings will change the standard of care for women with the disease.”\n',
      flags: ['reverse damage from heart aging', 'reversing part of the aging', 'change the standard of care'],
    },
    {
      title: 'Not a reversal of ageing: an age-related measure, a denied reversal (round 21)',
      input:
        'The drug did not reverse age-related decline in the trial. There is no evidence that the supplement can reverse aging.',
      flags: [],
    },
    {
      title: 'A project’s own terms and exceptions',
      input: 'This next-level supplement is a breakthrough for sleep.',
      options: { extraTerms: [{ id: 'next-level', match: ['next level'] }], allow: ['breakthrough'] },
      flags: ['next-level'],
    },
  ],
  check(document, { blocks, options, report }) {
    let history: HistoryLimits | undefined;
    for (const block of blocks) {
      const found = withProjectTerms<ProjectEntry>(
        withPredicativeAmplification(withReversalsOfAgeing(matcher.matchAll(block.text), block.text), block.text),
        block.text,
        options,
        (entry) => entry,
      );
      // Only claims about health, treatment or research: the paragraph (or its heading) must say so.
      // A reversal of ageing names its health topic itself (“reverse aging”): only its verb is hype there.
      if (found.length === 0 || !isAboutHealth(block.text, found.map(verbOfAReversal))) continue;
      const titleCase = isTitleCase(block);
      for (const { entry, start, end, text } of found) {
        if (insideName(block.text, start, end, titleCase) || isDenied(block, start)) continue;
        if (describesNoFinding(block.text, end, text) || isDesignation(block, start, end)) continue;
        // “Is pioneering a new therapy”: a novelty word as a verb says what someone does first, a fact
        // about their work, like a study's design, not a claim about a treatment's effect.
        if (
          entry.id === 'first-ever' &&
          (isStudyNovelty(block.text, start, end) || ingTakesObject(block.text, text, end))
        )
          continue;
        if (describesThisEvent(block, start) || isMissionStatement(block, start)) continue;
        if (isReportedClaim(block, start, end) || isNoClaimAboutAFinding(block, start, end)) continue;
        if (isOpenQuestionOrCounterfactual(block, start)) continue;
        if (praisesABodyOfWork(block.text, start, end) || describesTheComparator(block, start, end)) continue;
        history ??= historyLimits(document);
        const before = entry.id === 'first-ever' ? history.priority : history.praise;
        if (isHistory(block, start, before)) continue;
        // A field's progress over the years to now, a rise in a risk of harm, a discovery still
        // hoped for: the hype word is not said of the treatment or finding the article reports.
        if (saidOfSomethingElse(block, start, end, text)) continue;
        // “They were heralded as a major advance …” / “However, they work well only for …”: others'
        // past praise, told to be questioned.
        if (praiseThenQuestioned(block, start, document.blocks[block.index + 1])) continue;
        if (entry.id === 'dramatised-burden' && burdenSaidOfACondition(block.text, start, end)) continue;
        // A headline is what most readers see, and readers called 33 of its 36 judged findings correct:
        // there even the words that are hype only sometimes are shown.
        // An “important” advance stressed by an intensifier (“an incredibly important step forward”)
        // is no longer the mild judgement held back.
        const tentative =
          isTentativePhrase(entry.id, text) &&
          block.kind !== 'title' &&
          block.kind !== 'heading' &&
          !(/^important\b/iu.test(text) && intensifiedBefore.test(block.text.slice(Math.max(0, start - 20), start)));
        report(
          'hype',
          block.span(start, end),
          { actual: text },
          { note: entry.note, expected: [...entry.prefer], ...(tentative ? { tentative } : {}) },
        );
      }
    }
  },
});

const antiAgeing = lexicon.find((entry) => entry.id === 'anti-ageing');

/**
 * A reversal of ageing: a form of “reverse” whose object, up to three words on, is ageing (“reverse
 * aging”, “reversing part of the aging process”, “reverse damage from heart aging”, “reverse the
 * signs of ageing”). The promise to undo ageing, as the lexicon's “turn back the clock” (round 21,
 * from HealthNewsReview reviews of three releases); the words between are letters only, so the
 * phrase stays inside one clause. “Age-related” is not ageing.
 */
const reversalOfAgeing = /\brevers(?:e|es|ed|ing)\s(?:[\p{L}'’]+\s){0,3}?ag(?:e)?ing\b/giu;

/** The reversals of ageing found (`withReversalsOfAgeing`), whose topic word is not hype. */
const reversals = new WeakSet<object>();

/** A match as hype for the topic test: a reversal of ageing only up to its verb (“reverse”), so its “aging” still names the topic. */
function verbOfAReversal(match: { start: number; end: number; text: string }): { start: number; end: number } {
  if (!reversals.has(match)) return match;
  return { start: match.start, end: match.start + (/^\p{L}+/u.exec(match.text)?.[0].length ?? 0) };
}

/** The lexicon's matches with each reversal of ageing (`reversalOfAgeing`) that overlaps none of them, in text order. */
function withReversalsOfAgeing<Entry>(
  found: PhraseMatch<Entry>[],
  text: string,
): PhraseMatch<Entry | (typeof lexicon)[number]>[] {
  if (antiAgeing === undefined || !/revers/iu.test(text)) return found;
  const extra = [...text.matchAll(reversalOfAgeing)]
    .map((match) => ({ entry: antiAgeing, start: match.index, end: match.index + match[0].length, text: match[0] }))
    .filter((candidate) => !found.some((other) => other.start < candidate.end && candidate.start < other.end));
  if (extra.length === 0) return found;
  for (const match of extra) reversals.add(match);
  return [...found, ...extra].sort((a, b) => a.start - b.start);
}

const greatPromise = lexicon.find((entry) => entry.id === 'great-promise');
const amplifiedEffect = lexicon.find((entry) => entry.id === 'amplified-effect');

/**
 * The lexicon's amplified promise said the other way round, with the size as the predicate: “the
 * potential of digital UV technology for phototherapy is enormous”, “the potential is just enormous”
 * (round 29), the claim “enormous potential” makes. “Potential” must be the noun, right before its
 * “of”/“for” or the verb: “the potential market is huge” and “the potential implications … are huge”
 * use it as an adjective of something else. The words between are letters only, so the phrase stays
 * inside one clause.
 */
const promiseSaidToBeGreat =
  /\b(?:potential|promise)\s(?:(?:of|for)\s(?:[\p{L}'’-]+\s){1,6}?)?(?:is|are|was|were|seems|looks|remains)\s(?:(?:just|truly|really|simply)\s)?(?:enormous|huge|tremendous|immense)\b/giu;

/**
 * The lexicon's “exciting results” and “dramatic results” said with the adjective as the predicate:
 * “our finding is so exciting”, “the results were dramatic” (round 29). The study's results or
 * findings are the subject; one patient's response is not read.
 */
const resultSaidToBeAmplified =
  /\b(?:results?|findings?)\s(?:is|are|was|were|have\sbeen|has\sbeen)\s(?:(?:so|very|really|extremely|incredibly|truly|quite|particularly)\s)?(?:exciting|dramatic)\b/giu;

/**
 * The lexicon's matches with each predicative amplification (`promiseSaidToBeGreat`,
 * `resultSaidToBeAmplified`) that overlaps none of them, in text order. Each is checked by the same
 * tests as a lexicon match.
 */
function withPredicativeAmplification<Entry>(
  found: PhraseMatch<Entry>[],
  text: string,
): PhraseMatch<Entry | (typeof lexicon)[number]>[] {
  const extra: PhraseMatch<(typeof lexicon)[number]>[] = [];
  for (const [pattern, entry, cue] of [
    [promiseSaidToBeGreat, greatPromise, /\b(?:potential|promise)\b/iu],
    [resultSaidToBeAmplified, amplifiedEffect, /\b(?:exciting|dramatic)\b/iu],
  ] as const) {
    if (entry === undefined || !cue.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      const candidate = { entry, start: match.index, end: match.index + match[0].length, text: match[0] };
      if (!found.some((other) => other.start < candidate.end && candidate.start < other.end)) extra.push(candidate);
    }
  }
  if (extra.length === 0) return found;
  return [...found, ...extra].sort((a, b) => a.start - b.start);
}

/** An intensifying adverb right before a phrase: “incredibly important”, “really important”. */
const intensifiedBefore =
  /\b(?:incredibly|really|very|extremely|hugely|truly|tremendously|enormously|vitally|critically)\s+$/iu;

/** Words that end the name of a programme, status or prize (“Breakthrough Therapy designation”). */
const nameEnds =
  /^(?:[\p{L}-]+\s){0,2}(?:designations?|programs?|programmes?|status|awards?|prizes?|pathways?|initiatives?|funds?|grants?|fellowships?|institutes?|cent(?:er|re)s?|foundation|alliance|network|summit|series|lecture)\b/iu;

/**
 * Whether a hype word is part of a proper name: capitalised in running text next to another
 * capitalised word (“Breakthrough Devices Program”, “Miracle Foundation”), or followed by a word
 * that ends a programme's or award's name. In a title-case headline every word is capitalised, so
 * there only the second test counts.
 */
function insideName(text: string, start: number, end: number, titleCase: boolean): boolean {
  const after = text.slice(end, end + 60).replace(/^[\s-]+/u, '');
  if (nameEnds.test(after)) return true;
  if (titleCase || !/^\p{Lu}/u.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const atSentenceStart = /(?:^|[.!?:]["”’)]?\s|^["“‘(])\s*$/u.test(before);
  const nextCapital = /^\p{Lu}[\p{L}-]*/u.test(after);
  const previousCapital = /(?<![\p{L}.-])\p{Lu}[\p{L}.-]*(?:['’]s)?\s+$/u.test(before) && !atSentenceStart;
  return nextCapital || previousCapital;
}

/**
 * Whether the word after the hype shows it describes a person (“a remarkable woman”, “pioneering
 * scientist”, “an amazing accomplishment”) or, after an intensifying adverb, a hardship
 * (“incredibly painful”, or as an adverb, “die incredibly expensively”): praise of people and the
 * burden of a disease are not claims of benefit; nor, after an intensifying adverb, is a feeling
 * (“incredibly grateful”).
 */
function describesNoFinding(text: string, end: number, hype: string): boolean {
  if (amountOfMoney.test(text.slice(end, end + 16))) return true;
  const [next, second] = wordsAfter(text, end, 2);
  if (next === undefined) return false;
  // “The world's first MS patient to test-drive the system”: a person named by a condition or role
  // first (an initialism or a capitalised word) is still a person.
  const personAfterName = second !== undefined && people.has(second) && /^\p{Lu}/u.test(text.slice(end).trimStart());
  // “An extraordinary, decades-long collaboration”: the word qualified past the modifiers between.
  const head = qualifiedWordAfter(text, end);
  if (
    head !== undefined &&
    head !== next &&
    (people.has(head) || organisationDoings.has(head) || events.has(head) || burdens.has(head))
  )
    return true;
  return (
    people.has(next) ||
    burdens.has(next) ||
    personAfterName ||
    organisationDoings.has(next) ||
    events.has(next) ||
    (/ly$/u.test(hype) &&
      (hardships.has(next) ||
        hardships.has(next.replace(/ly$/u, '')) ||
        feelings.has(next) ||
        (importance.has(next) && saidOfItsSubject(text, end, next))))
  );
}

/** “A whopping $866 million in cash”: an amount of money, which is a company's or a cost, not a health effect. */
const amountOfMoney = /^\s(?:US|C|A|NZ)?[$£€¥]\s?\d/u;

/**
 * Whether the adjective right after the hype word is said of its subject (“is incredibly
 * important.”, “is incredibly important, and …”, “incredibly important to …”), not placed before a
 * noun it qualifies (“an incredibly important step forward”).
 */
function saidOfItsSubject(text: string, end: number, adjective: string): boolean {
  const at = text.toLowerCase().indexOf(adjective, end);
  if (at < 0) return false;
  return predicativeEnd.test(text.slice(at + adjective.length, at + adjective.length + 12));
}

/** What follows an adjective said of its subject: the end of the clause, or a preposition or conjunction. */
const predicativeEnd = /^(?:\s*(?:$|[,.;:!?"”’)\u2013\u2014])|\s(?:to|that|for|and|or|but|because|when|if|in|as)\b)/u;

/** “… Moon Shots Program, which is designed to …”: a programme's aim, told before the hype word. */
const missionClause =
  /\b(?:programs?|programmes?|initiatives?|missions?|campaigns?|projects?|consortium|partnerships?)\b,?\s(?:which|that|whose)\s(?:(?:is|are|was|were)\s)?(?:designed|intended|meant|set up|created|aims?|aimed|seeks?|sought|strives?|goal|mission)\b/iu;

/**
 * Whether the sentence, before the hype word, states what a programme is for (“the Moon Shots
 * Program, which is designed to develop technologies that will dramatically reduce cancer deaths”):
 * an organisation's aim, not a treatment or finding.
 */
function isMissionStatement(block: Block, start: number): boolean {
  const sentence = block.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
  if (sentence === undefined) return false;
  const before = block.text.slice(sentence.start, start);
  if (missionClause.test(before)) return true;
  // Told in the hype word's clause, within 120 characters before it.
  const near = before.slice(-120);
  let from = near.length;
  while (from > 0 && !clauseMark.test(near[from - 1] as string)) from--;
  return programmePurpose.test(near.slice(from));
}

const clauseMark = /[.;:!?]/u;

/**
 * “… ‘Best of ASCO,’ an effort to condense the research into a two-day program to increase global
 * access to cutting-edge science”: what an effort or programme is for, told with “to”, before the
 * hype word and in its clause.
 */
const programmePurpose =
  /\b(?:efforts?|programs?|programmes?|initiatives?|campaigns?|projects?|missions?)\s(?:(?:aimed|designed|meant|intended)\s)?to\s\p{L}/iu;

/** “This meeting”, “our conference”: the sentence is about the event the text announces. */
const thisEvent = /\b(?:this|our)\s(\p{L}+)\b/giu;

/**
 * Whether the sentence, before the hype word, speaks of “this meeting” or “our conference”: a
 * programme describing itself (“the purpose of this meeting is to share the latest breakthroughs”)
 * promises nothing about a treatment or finding.
 */
function describesThisEvent(block: Block, start: number): boolean {
  const sentence = block.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
  if (!sentence) return false;
  const before = block.text.slice(sentence.start, start);
  for (const match of before.matchAll(thisEvent)) {
    if (events.has((match[1] ?? '').toLowerCase())) return true;
  }
  return false;
}

/**
 * Whether a novelty word describes the study itself (“the first-ever phase II clinical trial”, “a
 * first-of-its-kind study”, “the new analysis – the first of its kind”): the study's design, not
 * what it found. The study noun must be within four words after, or right before.
 */
function isStudyNovelty(text: string, start: number, end: number): boolean {
  const after = wordsAfter(text, end, 4);
  const near = [...after, ...wordsBefore(text, start, 3)];
  if (near.some((word) => studyDesigns.has(word))) return true;
  // “The first-ever test of stem cell therapy”, “the first human tests of the drug”: a test *of* a
  // treatment is a trial of it (a test *for* something is a diagnostic test, a product).
  const test = after.findIndex((word) => /^(?:test|tests|testing)$/u.test(word));
  return test >= 0 && after[test + 1] === 'of';
}

/** “Breakthrough therapy”, “breakthrough device”: the name of a regulator's status, when a regulator or status is in the sentence. */
const designationNoun = /^["”’]?\s?(?:therapy|therapies|device|devices)\b/iu;
const regulatorWord =
  /\b(?:FDA|Food and Drug Administration|EMA|European Medicines Agency|MHRA|designat\w*|fast[- ]track\w*|status)\b/u;

function isDesignation(block: Block, start: number, end: number): boolean {
  if (!designationNoun.test(block.text.slice(end, end + 12))) return false;
  const sentence = block.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
  return sentence !== undefined && regulatorWord.test(sentence.text);
}

/**
 * Wording that reports others' hype in order to weigh it: “popular notions about the miracle
 * cures”, “ambitious claims about quick cures and miraculous improvements”, “the so-called wonder
 * drug”, a fact-check's “The Claim: … is a superfood”.
 */
const reportingNoun =
  /\b(?:claims?|notions?|promises?|myths?|talk|hype|tales|marketing|advertising|so-called|nicknamed|dubbed)\s(?:(?:about|of|for)\s)?(?:the\s)?(?:[\p{L}-]+\s){0,3}$/iu;
const claimLabel = /^(?:the )?claims?:/iu;
/** Hype words named as words (“words such as “dramatic” and “game changing””): mentioned, not used. */
const mentionedAsWords = /\b(?:words?|terms?|phrases?|language|labels?)\s(?:such as|like)\s[^.;:]{0,60}$/iu;
/** The view of a treatment's partisans (“advocates of phage therapy see it as a powerful new weapon”). */
const partisansView =
  /\b(?:advocates|proponents|supporters|backers|boosters|enthusiasts|believers)\b[^.;:]{0,60}\b(?:see|sees|saw|call|calls|called|tout|touts|touted|hail|hails|hailed|view|views|viewed)\s(?:it|them|this|these)\sas\s(?:an?\s|the\s)?$/iu;

/**
 * How something can look to others (“drugs such as ipilumumab can seem like breakthroughs to
 * doctors”): a perception the article names in order to weigh it, not its own claim.
 */
const perceivedAs =
  /\b(?:can|could|may|might|often|sometimes)\s(?:seem|look|appear)\s(?:like\s|to be\s)?(?:an?\s|the\s)?$/iu;
const perceivedBy =
  /^\s?(?:[\p{L}-]+\s)?to\s(?:many\s|some\s|most\s|the\s)?(?:doctors|patients|people|investors|readers|families|parents|researchers|scientists|physicians|clinicians|outsiders|the public|observers)\b/iu;
function isReportedClaim(block: Block, start: number, end: number): boolean {
  const sentence = block.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
  if (!sentence) return false;
  const before = block.text.slice(Math.max(sentence.start, start - 60), start);
  const clause = block.text.slice(Math.max(sentence.start, start - 120), start);
  return (
    claimLabel.test(sentence.text) ||
    saidInPromotion(sentence.text, start - sentence.start) ||
    reportingNoun.test(before) ||
    mentionedAsWords.test(clause) ||
    partisansView.test(clause) ||
    (perceivedAs.test(before) && perceivedBy.test(block.text.slice(end, end + 40)))
  );
}

/** An absence (“a dry spell for breakthrough drugs”, “a dearth of breakthroughs”): none is claimed. */
const absence =
  /\b(?:dry spell|drought|dearth|lack|shortage|absence|scarcity|paucity)\s(?:of|for|in)\s(?:[\p{L}-]+\s){0,2}$/iu;
/** A goal still sought (“the search for a noninvasive test is a Holy Grail”, “no one has made one yet”). */
const soughtGoal = /\b(?:search|searching|quest|hunt|pursuit)\s(?:for|of)\b/iu;
const notYetAchieved =
  /\b(?:no one has|nobody has|has yet to|have yet to|is yet to|are yet to|remains? elusive|remains? out of reach|years away|decades away)\b/iu;
/** What was known before this work (“we know already the incredibly strong link”, “well established”). */
const establishedFact =
  /\b(?:know|known)\salready\b|\balready\s(?:know|knew|known|established|documented)\b|\b(?:well|long)[- ](?:known|established|documented)\b/iu;

/**
 * Whether the hype word makes no claim about a finding: it names an absence (“a dry spell for
 * breakthrough cancer drugs”), a goal still sought (“the search for a noninvasive test is a Holy
 * Grail”, “a genetic test would be the Holy Grail … but no one has made one yet”), or a fact already
 * established before this work (“we know already the incredibly strong link between cancer and
 * obesity”). A hedged claim about the finding (“may hold the key”) is still a claim, and stays.
 */
function isNoClaimAboutAFinding(block: Block, start: number, end: number): boolean {
  const sentence = block.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
  if (!sentence) return false;
  const before = block.text.slice(sentence.start, start);
  const near = block.text.slice(Math.max(sentence.start, start - 60), start);
  return (
    absence.test(near) ||
    soughtGoal.test(before) ||
    notYetAchieved.test(sentence.text) ||
    establishedFact.test(before) ||
    namesWhatWouldDeserveIt(block.text, start, end)
  );
}

/**
 * “The game changer would be something that really improves the pain”, “the real game-changer, he says,
 * will be when …”: the hype word, with “the”, is the subject of a “would be” or “will be” that names what
 * would deserve it, which is not (yet) the thing the article reports. “This breakthrough will be …” still
 * says it of the thing at hand.
 */
function namesWhatWouldDeserveIt(text: string, start: number, end: number): boolean {
  if (
    !/(?:^|[\s"“‘(])the\s["“‘']?(?:(?:real|true|big|biggest|ultimate)\s)?["“‘']?$/iu.test(
      text.slice(Math.max(0, start - 30), start),
    )
  )
    return false;
  return /^[,"”’']{0,3}\s(?:(?:he|she|they|\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})\s(?:said|says),\s)?(?:would|will)\sbe\b/u.test(
    text.slice(end, end + 60),
  );
}

/**
 * “Then we will know if this is a big step forward”, “whether it is a breakthrough is not yet
 * known”: the hype word is inside a question left open. The “if” must follow a verb of knowing or
 * telling, since a plain “if” is a condition (“if confirmed, it would be a game changer” still
 * oversells).
 */
const openQuestion =
  /\b(?:(?:know|knows|knew|known|tell|tells|told|see|sees|seen|determine|determines|decide|decides|judge|ask|asks|asked|wonder|wonders|wondered|unclear|unknown|sure|certain|learn|find out|show|shows|question|questions)\s(?:[\p{L}-]+\s){0,2}?if|whether)\s(?:[^,;:!?.]|(?<=\b\p{Lu})\.){0,80}$/iu;
/**
 * “If it were a whopping effect, there would be a lot more studies”: a condition contrary to fact
 * (“if … were”) denies the hype word it holds, as a negation does.
 */
const counterfactual = /\bif\s(?:[\p{L}'’-]+\s){1,4}?were\s(?:[^,;:!?.]){0,60}$/iu;

/** Whether the hype word sits in a question left open or a condition contrary to fact, in its own clause. */
function isOpenQuestionOrCounterfactual(block: Block, start: number): boolean {
  const sentence = block.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
  if (!sentence) return false;
  const before = block.text.slice(Math.max(sentence.start, start - 140), start);
  if (!/\b(?:if|whether)\b/iu.test(before)) return false;
  return openQuestion.test(before) || counterfactual.test(before);
}

/** How many years before the article a year must be for a sentence naming it to tell history. */
const historyYears = 20;
/**
 * A claim of being first (“the world's first cardiac stem cell infusion in 2009”) dated two or
 * more years before the article is a past achievement told as background, not the finding the
 * article reports, which is dated the article's year or the year before.
 */
const priorityYears = 2;

interface HistoryLimits {
  /** Years up to this one are history for any praise. */
  praise: number;
  /** Years up to this one are history for a claim of being first (the praise limit when the article is undated). */
  priority: number;
}

/** The years up to which events are history for this article, from its date (or today for praise). */
function historyLimits(document: ProseDocument): HistoryLimits {
  const latest = articleDates(document).latest;
  const praise = new Date(latest ?? Date.now()).getUTCFullYear() - historyYears;
  if (latest === undefined) return { praise, priority: praise };
  return { praise, priority: new Date(latest).getUTCFullYear() - priorityYears };
}

/**
 * A year in a sentence: not one opening a span to the present (“the first advance since 1987”),
 * nor a count (“1800 patients”), nor a number that labels something (“Item 1950”, “patient 1982”, “#2001”).
 */
const yearMention =
  /(?<!\bsince\s|\b(?:[Ii]tems?|[Nn]o\.|[Nn]umbers?|[Tt]ables?|[Ff]igures?|[Ff]ig\.|[Pp]ages?|[Vv]ersions?|[Rr]ooms?|[Mm]odels?|[Cc]odes?|[Ss]teps?|[Qq]uestions?|[Cc]ases?|[Pp]atients?|[Pp]articipants?)\s|#)\b(1[89]\d\d|20\d\d)\b(?!\s(?:patients|people|participants|men|women|children|adults|subjects|cases|volunteers|babies|infants|mg|milligrams)\b)|\bWorld War\b/gu;

/**
 * “The big leap forward came a few years ago when device companies figured out …”: the hype word is
 * the subject of an event the sentence dates years or decades back, a past advance told as
 * background, not the finding the article reports.
 */
const cameYearsAgo =
  /^[\p{L}\s'’-]{0,40}?\s(?:came|happened|occurred|arrived|began|started)\s(?:[\p{L}-]+\s){0,3}?(?:years|decades)\sago\b/iu;

/**
 * Whether the hype word's sentence tells history (“the groundbreaking Jarvik-7, implanted in 1982”,
 * “seized upon the miracle drug as a key to winning World War II”): praise of a past device or
 * drug describes no finding the article reports.
 */
function isHistory(block: Block, start: number, limit: number): boolean {
  const sentence = block.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
  if (!sentence) return false;
  if (cameYearsAgo.test(block.text.slice(start, sentence.end))) return true;
  if (setInThePast(sentence.text)) return true;
  for (const match of sentence.text.matchAll(yearMention)) {
    if (match[1] === undefined || Number(match[1]) <= limit) return true;
  }
  return namesDecadeBy(sentence.text, limit);
}

/**
 * Whether the hype word is said of something other than the treatment or finding at hand (round 17,
 * `hype-scope.ts`): a field's many advances over recent years, a rise in a risk, a discovery hoped
 * for in a condition, an event the sentence dates years back; and (round 27) a past hope of what
 * something would be, and a burden the hype word is paired with a word of harm to describe.
 */
function saidOfSomethingElse(block: Block, start: number, end: number, text: string): boolean {
  const sentence = block.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
  if (!sentence) return false;
  const after = block.text.slice(end, sentence.end);
  const before = block.text.slice(sentence.start, start);
  return (
    undoneLater(after) ||
    needsStudyFirst(after) ||
    toldAsNaturalHistory(before) ||
    stressesALikeness(text, wordsAfter(block.text, end, 1)[0] ?? '') ||
    progressOverYears(sentence.text, text, after) ||
    amplifiesARisingRisk(text, after, wordsBefore(block.text, start, 1)[0]) ||
    hopedForDiscovery(before) ||
    recallsAPastHope(before) ||
    pairedWithAHarm(before) ||
    datedYearsAgo(sentence.text)
  );
}

/**
 * Praise told as others' past judgement (“they were heralded as a major advance”, “was once hailed
 * as a miracle cure”): a passive verb of acclaim in the simple past or pluperfect, right before the
 * hype word. “Is being hailed as”, “has been hailed as” report praise that stands now, and stay.
 */
const pastPraise =
  /\b(?:was|were|had\sbeen)\s(?:(?:widely|once|initially|first|originally|quickly|much|briefly|long)\s)?(?:heralded|hailed|touted|billed|trumpeted|celebrated|greeted|lauded|acclaimed)\s(?:as\s)?(?:(?:an?|the)\s)?(?:[\p{L}-]+\s){0,2}$/iu;
/** A sentence opening by questioning what came before: “However, they work well only for …”. */
const questioningOpening =
  /^["“‘']?(?:however|but|yet|unfortunately|in practice|in reality|since then|instead|in fact|the reality)\b/iu;

/**
 * Whether the hype word is others' past praise (`pastPraise`) that the next sentence, in the same
 * paragraph or opening the next, goes on to question (`questioningOpening`): “Known as CFTR
 * modulators, they were heralded as a major advance in treating the disorder. / However, they work
 * well only for a small number of people …” (round 21, `reported_claim`). Past praise that the
 * article goes on to build on is still its claim, and stays.
 */
function praiseThenQuestioned(block: Block, start: number, nextBlock: Block | undefined): boolean {
  const at = block.sentences.findIndex((candidate) => candidate.start <= start && start < candidate.end);
  const sentence = block.sentences[at];
  if (sentence === undefined || !pastPraise.test(block.text.slice(Math.max(sentence.start, start - 80), start)))
    return false;
  const next =
    block.sentences[at + 1]?.text ??
    (nextBlock !== undefined && nextBlock.kind === block.kind ? nextBlock.sentences[0]?.text : undefined);
  return next !== undefined && questioningOpening.test(next.trimStart());
}

/** People a burden falls on: “the bane of many women”, “the scourge of patients”. */
const burdenedPeople =
  /^\s(?:(?:many|most|some|all|millions\sof|countless)\s)?(?:(?:older|young|elderly)\s)?(?:women|men|people|patients|adults|children|parents|families|sufferers|athletes|travell?ers|doctors|surgeons)\b/iu;

/** A copula or an apposition's dash or comma right before the phrase: “cramps are the bane of”, “Hot flashes – the bane of”. */
const predicatedOfWhatPrecedes = /(?:\b(?:is|are|was|were|remains?|remained|becomes?|became)|\s[–—-]|,)\s(?:the\s)?$/iu;

/**
 * Whether a dramatised burden (“the scourge of”, “the bane of”) is said of a condition: named as its
 * object (“to relieve the scourge of chronic migraines”), or the people it falls on (“the bane of many
 * women”), or the subject the phrase is predicated of or set beside (“menstrual cramps are the bane
 * of …”, “Hot flashes – the bane of existence for many women –”). The words describe the disease,
 * not a treatment or finding (round 21, `off_topic`: readers judged all three of its findings wrong,
 * in the sixth, fourteenth and seventeenth holdouts). The object is read in the four words after.
 */
function burdenSaidOfACondition(text: string, start: number, end: number): boolean {
  if (predicatedOfWhatPrecedes.test(text.slice(Math.max(0, start - 30), start))) return true;
  const after = text.slice(end, end + 40);
  if (burdenedPeople.test(after)) return true;
  const head = /^\s(?:[\p{L}'’-]+\s){0,3}[\p{L}'’-]+/u.exec(after)?.[0] ?? '';
  return findConditions(head).length > 0;
}

/** Verbs that make a body of work's noun report a finding (“her groundbreaking research shows …”). */
const findingVerb =
  /^(?:shows?|showed|shown|finds?|found|suggests?|suggested|reveals?|revealed|demonstrates?|demonstrated|proves?|proved|indicates?|indicated)$/u;
/** A possessive that names who did the work: a capitalised name's (“Allison's”, “Fred Hutch's”), his or her. */
const owner = /^(?:\p{Lu}[\p{L}-]*['’]s|[Hh]is|[Hh]er)$/u;

/**
 * Whether the hype word praises a person's or an institution's body of work (“Allison's pioneering
 * research”, “Fred Hutch's pioneering work in bone marrow transplantation”), not a finding the
 * article reports; “her groundbreaking research shows …” still claims a finding.
 */
function praisesABodyOfWork(text: string, start: number, end: number): boolean {
  const previous =
    text
      .slice(Math.max(0, start - 40), start)
      .trimEnd()
      .split(/\s/u)
      .at(-1) ?? '';
  if (!owner.test(previous) || /^Today['’]s$/u.test(previous)) return false;
  const [noun, verb] = wordsAfter(text, end, 2);
  return noun !== undefined && bodyOfWork.has(noun) && !findingVerb.test(verb ?? '');
}

/** A sentence that concedes the current standard before the new thing (“While most patients are well served with …”). */
const concessionOpening = /^["“‘']?(?:while|whilst|although|though|whereas)\s/iu;
/** The new thing the current standard is set against, after the hype word. */
const somethingNew = /\b(?:new|newer|novel)\b/iu;

/**
 * Whether the hype word describes the comparator: the current standard (“today's state-of-the-art
 * radiation therapy”) in a concessive clause that the sentence then sets against something new
 * (“…, up to 30 percent are expected to benefit more from the new proton beam therapy”).
 */
function describesTheComparator(block: Block, start: number, end: number): boolean {
  const marker = wordsBefore(block.text, start, 2).at(-1);
  if (marker === undefined || !currentStandard.has(marker)) return false;
  const sentence = block.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
  if (!sentence || !concessionOpening.test(sentence.text)) return false;
  return somethingNew.test(block.text.slice(end, sentence.end));
}

/** A headline in title case: most of its words of four letters or more are capitalised. */
function isTitleCase(block: Block): boolean {
  if (block.kind !== 'title' && block.kind !== 'heading') return false;
  const words = block.text.match(/\p{L}{4,}/gu) ?? [];
  return words.length > 0 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.6;
}

/** “There is no magic bullet”, “is not a miracle cure”: the hype is denied, not claimed. */
function isDenied(block: Block, start: number): boolean {
  const sentence = block.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
  if (!sentence) return false;
  const at = start - sentence.start;
  // “Even if both studies had come to overwhelmingly positive results, …”: a counterfactual, a claim left open or hearsay.
  // “More like ‘a cool piece of science fiction’ than a breakthrough”: a comparison that denies it.
  return (
    isNegatedAt(sentence.text, at, findNegations(sentence.text)) ||
    claimNamedNotMade(sentence.text, at, at) ||
    deniedByComparison(sentence.text, at)
  );
}

/** Whether the text names a treatment, condition or research, not counting the hype words themselves. */
function isAboutHealth(text: string, hype: { start: number; end: number }[]): boolean {
  return topicMatcher
    .matchAll(text)
    .some((topic) => !hype.some((word) => topic.start < word.end && topic.end > word.start));
}
