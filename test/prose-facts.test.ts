import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/prose/document.js';
import { findTextCitations } from '../src/prose/citations.js';
import { speakerNear, speakerOf } from '../src/language/speakers.js';
import {
  creditsResearch,
  isOwnReviewSummary,
  reportsOwnResult,
  sourcedFactBoxItems,
  trailingCitationMarker,
} from '../src/language/evidence.js';
import { findCausativeBenefit, findDirectBenefitClaim, lacksObject } from '../src/language/claim-strength.js';
import {
  afterEvidenceQualifier,
  attributedToProponents,
  describesWhatIsSought,
  hasBodilySubject,
  hasOrganisationSubject,
  insideCitedTitle,
  insideConcession,
  insideEmbeddedQuestion,
  insideProperName,
  insideDenial,
  isMechanism,
  keepsFromActing,
  limitedAfter,
  quantifiedShare,
  scopedToPartOfPeople,
  insideWebAddress,
  toldAsOwnExperience,
} from '../src/language/claim-context.js';
import { roleOfParagraph } from '../src/prose/roles.js';

const slice = (source: string, span: { start: number; end: number }): string => source.slice(span.start, span.end);

describe('the title block', () => {
  it('maps a double-quoted front matter title with escapes to its characters in the file', () => {
    const source = '---\ntitle: "Miracle \\"drug\\" cures cancer"\n---\n\nBody text.\n';
    const [title] = buildDocument(source, 'markdown').blocks;
    expect(title?.kind).toBe('title');
    expect(title?.text).toBe('Miracle "drug" cures cancer');
    const at = title!.text.indexOf('cures');
    expect(slice(source, title!.span(at, at + 5))).toBe('cures');
    expect(slice(source, title!.span(0, title!.text.length))).toBe('Miracle \\"drug\\" cures cancer');
  });

  it("maps a single-quoted title ('' is one quote) and a plain one", () => {
    const single = "---\ntitle: 'It''s a miracle cure'\n---\n\nText.\n";
    const block = buildDocument(single, 'markdown').blocks[0]!;
    expect(block.text).toBe("It's a miracle cure");
    const at = block.text.indexOf('miracle');
    expect(slice(single, block.span(at, at + 7))).toBe('miracle');
    const plain = '---\ntitle: Tea cures colds\n---\n\nText.\n';
    const first = buildDocument(plain, 'markdown').blocks[0]!;
    expect(slice(plain, first.span(4, 9))).toBe('cures');
  });

  it('reads a title repeated as the first heading once, at the heading', () => {
    const source = '---\ntitle: "Tea cures colds"\n---\n\n# Tea cures colds\n\nText.\n';
    const blocks = buildDocument(source, 'markdown').blocks;
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph']);
  });

  it('reads the HTML <title>, decoded, and og:title when there is no <title>', () => {
    const html = '<html><head><title> Miracle &amp; cure | Site</title></head><body><p>Hi.</p></body></html>';
    const block = buildDocument(html, 'html').blocks[0]!;
    expect(block.text).toBe('Miracle & cure | Site');
    expect(slice(html, block.span(0, 7))).toBe('Miracle');
    const og = '<html><head><meta property="og:title" content="Wonder drug"></head><body><p>Hi.</p></body></html>';
    const ogBlock = buildDocument(og, 'html').blocks[0]!;
    expect(slice(og, ogBlock.span(0, ogBlock.text.length))).toBe('Wonder drug');
  });

  it('moves the other blocks and their citations down one', () => {
    const source = '---\ntitle: "A title"\n---\n\nSee [1] here.\n';
    const document = buildDocument(source, 'markdown');
    expect(document.blocks.map((block) => block.index)).toEqual([0, 1]);
    expect(document.facts.citations.map((citation) => citation.block)).toEqual([1]);
  });
});

describe('block roles', () => {
  it('marks an "About" section of an issuer, media contacts and what follows an end marker as boilerplate', () => {
    const source =
      'Body.\n\n## About the University of Leeds\n\nLeeds is great.\n\n## Results\n\nMore body.\n\nMedia contact: Jo\n';
    const roles = buildDocument(source, 'markdown').blocks.map((block) => block.role);
    expect(roles).toEqual(['body', 'boilerplate', 'boilerplate', 'body', 'body', 'boilerplate']);
    const ended = buildDocument('Body.\n\n###\n\nAcme is a company.\n', 'markdown').blocks.map((block) => block.role);
    expect(ended).toEqual(['body', 'boilerplate']);
  });

  it('reads an end marker written as a heading (`## ###`, an empty heading) as the end of the prose', () => {
    const roles = buildDocument('Body.\n\n## ###\n\nAcme is a company.\n', 'markdown').blocks.map(
      (block) => block.role,
    );
    expect(roles).toEqual(['body', 'boilerplate']);
    const emptyHeading = buildDocument('Body.\n\n##\n\nMore body.\n', 'markdown').blocks.map((block) => block.role);
    expect(emptyHeading).toEqual(['body', 'body']);
  });

  it('marks an "About" section of the issuer\'s trademarked product as boilerplate', () => {
    const roles = (source: string) => buildDocument(source, 'markdown').blocks.map((block) => block.role);
    expect(roles('Body.\n\n## About the CoolSculpting® Treatment\n\nIt reduces fat.\n')).toEqual([
      'body',
      'boilerplate',
      'boilerplate',
    ]);
    expect(roles('Body.\n\n## About EVZIO (EVV-zee-oh)\n\nIt is an injector.\n')).toEqual([
      'body',
      'boilerplate',
      'boilerplate',
    ]);
    expect(roles('Body.\n\n## About the Treatment (XR-1)\n\nIt ran.\n')).toEqual(['body', 'body', 'body']);
  });

  it('keeps "About the study" and "About Alzheimer\'s disease" as body', () => {
    const roles = buildDocument(
      "## About the study\n\nIt ran.\n\n## About Alzheimer's disease\n\nIt is common.\n",
      'markdown',
    );
    expect(roles.blocks.every((block) => block.role === 'body')).toBe(true);
  });

  it('never reads the article\'s own headline as a section heading ("# Notes", "# Sources of stress")', () => {
    const roles = (source: string) => buildDocument(source, 'markdown').blocks.map((block) => block.role);
    expect(roles('# Notes\n\nPlain text.\n\nA miracle cure.\n')).toEqual(['body', 'body', 'body']);
    expect(roles('Intro.\n\n## Notes\n\nSmith J. A paper. 2020.\n')).toEqual(['body', 'reference', 'reference']);
  });

  it('reads a heading run into its paragraph wherever the lead ends ("About Acme Inc. Acme is …")', () => {
    // runInLead looks for ". Next", " is", ":" or a line break after the lead: white space of
    // every kind, as `\s` reads it, before "is", and none of it mistaken for the end.
    expect(roleOfParagraph('About Acme Inc. Acme is a company that makes tests.')).toBe('boilerplate');
    expect(roleOfParagraph('About Acme Inc is a company that makes tests.')).toBe('boilerplate');
    expect(roleOfParagraph('About Acme Inc\u00a0is a company that makes tests.')).toBe('boilerplate');
    expect(roleOfParagraph('About Acme Inc\u2003\tis a company that makes tests.')).toBe('boilerplate');
    expect(roleOfParagraph('About Acme Inc\nAcme makes tests.')).toBe('boilerplate');
    expect(roleOfParagraph('About Acme Inc\u00a0makes tests for clinics.')).toBe('body');
    expect(roleOfParagraph('About half of the patients in the trial improved.')).toBe('body');
  });

  it('reads citation lines, reference sections and captions', () => {
    expect(roleOfParagraph('Source: Smith J, Patel RR, Okafor CL. Walnuts. J Nutr. 2019;149:1-8.')).toBe('reference');
    expect(roleOfParagraph('Journal reference: Nature Medicine, 2020')).toBe('reference');
    expect(roleOfParagraph('doi:10.1000/xyz123')).toBe('reference');
    expect(roleOfParagraph('Photo: a nurse at work.')).toBe('caption');
    expect(roleOfParagraph('Source of the data is unclear to most people.')).toBe('body');
    // A caption glued to the image's sharing buttons by a scraper.
    expect(roleOfParagraph('Share on Pinterest Green tea has been studied for its calming effect.')).toBe('caption');
    expect(roleOfParagraph('Facebook Twitter Pinterest A nurse, who called the trial a stunning success.')).toBe(
      'caption',
    );
    expect(roleOfParagraph('Share of the patients who improved was small.')).toBe('body');
    expect(roleOfParagraph('Facebook users shared the story widely.')).toBe('body');
  });

  it('reads related-story links and other page furniture as furniture (issue #13 `page_furniture`)', () => {
    expect(roleOfParagraph('(More on TIME.com: Study: Gay Men Are Twice as Likely to Have Cancer)')).toBe('furniture');
    expect(roleOfParagraph('(MORE: Surgery for Early Prostate Cancer)')).toBe('furniture');
    expect(roleOfParagraph('Read more: Most common cancers')).toBe('furniture');
    expect(roleOfParagraph('Read more at latimes.com/skeptic.')).toBe('furniture');
    expect(roleOfParagraph('Related: Coffee and your heart')).toBe('furniture');
    expect(roleOfParagraph('Click here to read "Ability to Cope with Pain".')).toBe('furniture');
    expect(roleOfParagraph('More on this study appears in the journal.')).toBe('body');
    expect(roleOfParagraph('Related research found twice the risk.')).toBe('body');
    const blocks = buildDocument('## References\n\n1. Smith J. A paper.\n\n## Next\n\nBody.\n', 'markdown').blocks;
    expect(blocks.map((block) => block.role)).toEqual(['reference', 'reference', 'body', 'body']);
  });

  it("reads a news site's list of other stories under “MORE IN SCIENCE” as furniture, to the end of the page", () => {
    const roles = (source: string) => buildDocument(source, 'markdown').blocks.map((block) => block.role);
    expect(
      roles(
        'Body.\n\n## MORE IN SCIENCE\n\n## How to track poverty from space\n\nScientists design a drug that relieves pain\n',
      ),
    ).toEqual(['body', 'furniture', 'furniture', 'furniture']);
    expect(roles('Body.\n\n## Related Links\n\nhttps://example.com/\n')).toEqual(['body', 'furniture', 'furniture']);
    expect(roles('Body.\n\n## RELATED: What we know about cancer\n\nMore body.\n')).toEqual([
      'body',
      'furniture',
      'body',
    ]);
    expect(roles('Body.\n\n## More information\n\nThe trial ran.\n')).toEqual(['body', 'body', 'body']);
    expect(roles('Body.\n\n## Related research\n\nThe trial ran.\n')).toEqual(['body', 'body', 'body']);
  });
});

describe('citation markers', () => {
  it('reads Markdown <sup> numbers, superscript digits and pasted markers as citations', () => {
    const document = buildDocument('Patients are less often treated<sup>3</sup> today.\n', 'markdown');
    expect(document.facts.citations.map((citation) => citation.kind)).toEqual(['numeric-marker']);
    expect(findTextCitations('less likely to be treated.iv,v,vi Next').map((found) => found.text)).toEqual(['iv,v,vi']);
    expect(findTextCitations('treated.¹² Next').map((found) => found.text)).toEqual(['¹²']);
    expect(findTextCitations('Most cases can be prevented. (2)').map((found) => found.text)).toEqual(['(2)']);
    expect(findTextCitations('Most cases can be prevented.(2, 3)').map((found) => found.text)).toEqual(['(2, 3)']);
    // A list item's number opens the text it numbers; a number in brackets mid-paragraph is no marker.
    expect(findTextCitations('Steps: (1) rest. (2) Drink water.').map((found) => found.text)).toEqual([]);
    expect(findTextCitations('The dose was raised (2) times.').map((found) => found.text)).toEqual([]);
    expect(findTextCitations('e.g. this, p<0.05. In 2019.3 more')).toEqual([]);
    // Numbers set off by a space between two sentences, not a count or a range that opens a sentence.
    expect(findTextCitations('in half of all patients. 1,2 The results').map((found) => found.text)).toEqual(['1,2']);
    expect(findTextCitations('in half of all patients. 3-5 Later work').map((found) => found.text)).toEqual(['3-5']);
    expect(findTextCitations('It is common. 1,200 Americans die of it.')).toEqual([]);
    expect(findTextCitations('It is common. 2-3 tablets a day help.')).toEqual([]);
  });
});

describe('speakers', () => {
  it('knows who says a quoted sentence and an attributed one', () => {
    const document = buildDocument(
      '“More than 16 percent of adults have it. It is common,” said Dr Jane Roe, director of the clinic.\n\nNobody said this.\n',
      'markdown',
    );
    const [first, second] = document.blocks[0]!.sentences;
    expect(speakerOf(document, first!)?.text).toContain('Dr Jane Roe');
    expect(speakerOf(document, second!)).toBeDefined();
    expect(speakerOf(document, document.blocks[1]!.sentences[0]!)).toBeUndefined();
    const according = buildDocument(
      'About 90 percent of men pass, according to the SpermCheck instructions.\n',
      'markdown',
    );
    expect(speakerOf(according, according.blocks[0]!.sentences[0]!)?.text).toContain('SpermCheck');
    const vague = buildDocument('About 90 percent of men pass, according to research.\n', 'markdown');
    expect(speakerOf(vague, vague.blocks[0]!.sentences[0]!)).toBeUndefined();
    const opening = buildDocument('According to Andrew Lee, co-founder of Medherant, 90 percent pass.\n', 'markdown');
    expect(speakerOf(opening, opening.blocks[0]!.sentences[0]!)?.text).toContain('Andrew');
    const estimates = buildDocument(
      'About 10 million Americans have it, according to estimates from the National Fibromyalgia Association.\n',
      'markdown',
    );
    expect(speakerOf(estimates, estimates.blocks[0]!.sentences[0]!)?.text).toContain('National');
  });

  it('reads a named source in the paragraph before as no source: it is as often about something else', () => {
    const document = buildDocument(
      '“It is big news,” said Dr. Bernard Zinman, director of the Diabetes Centre, who led the study.\n\nAbout one-half of the deaths in people with diabetes are caused by heart disease.\n',
      'markdown',
    );
    expect(speakerNear(document, document.blocks[1]!.sentences[0]!)).toBeUndefined();
  });

  it('knows a speaker whose role comes first, set off by a comma (“said lead author, C. Neill Epperson, MD”)', () => {
    const document = buildDocument(
      '"Decline is common," said lead author, C. Neill Epperson, MD, professor of Psychiatry. "There are about 90 million such women in the US."\n',
      'markdown',
    );
    const figure = document.blocks[0]!.sentences.find((sentence) => sentence.text.includes('90 million'))!;
    expect(speakerNear(document, figure)?.text).toContain('Neill Epperson');
  });

  it('knows a person introduced with a role in a sentence that quotes nothing, when later named by surname', () => {
    const surgeon = buildDocument(
      'Orthopedic surgeon George Theodore is about to treat her foot.\n\nTheodore tells her that the therapy gives her a 60 percent chance of relief.\n',
      'markdown',
    );
    expect(speakerOf(surgeon, surgeon.blocks[1]!.sentences[0]!)?.text).toContain('Theodore tells');
    const commentator = buildDocument(
      'Lars Bo Andersen, who co-authored an accompanying commentary, liked the study.\n\nAndersen said that about half of all people cycle to work.\n',
      'markdown',
    );
    expect(speakerOf(commentator, commentator.blocks[1]!.sentences[0]!)?.text).toContain('Andersen said');
    const author = buildDocument(
      '“CPR saves lives,” said lead study author Dr. Shahzleen Rajan of Copenhagen University Hospital.\n\n“We know that 1 in 8 people survive,” Rajan said by email.\n',
      'markdown',
    );
    expect(speakerOf(author, author.blocks[1]!.sentences[0]!)?.text).toContain('Rajan said');
    const stranger = buildDocument('Theodore tells her that 60 percent get relief.\n', 'markdown');
    expect(speakerOf(stranger, stranger.blocks[0]!.sentences[0]!)).toBeUndefined();
  });

  it('knows a named person speaking for their team, and a named body referred back to', () => {
    const team = buildDocument(
      'Dr. Steve Hicks, senior author of the study, said it works.\n\nNearly two-thirds of concussions take place in children, Hicks and his co-authors noted.\n',
      'markdown',
    );
    expect(speakerOf(team, team.blocks[1]!.sentences[0]!)?.text).toContain('Hicks and his co-authors noted');
    const body = buildDocument(
      'In the United States, more than 30,000 people have cystic fibrosis, according to the foundation.\n',
      'markdown',
    );
    expect(speakerOf(body, body.blocks[0]!.sentences[0]!)?.text).toBe('according to the foundation');
  });

  it('reads an organisation’s name before an appositive', () => {
    const document = buildDocument(
      'The March of Dimes, a charity founded to battle birth defects, estimates that 50 percent of pregnancies end in miscarriage.\n',
      'markdown',
    );
    expect(speakerOf(document, document.blocks[0]!.sentences[0]!)?.text).toContain('March of Dimes');
  });
});

describe('own-study results', () => {
  it('are the intervals and references to the study an article reports', () => {
    const document = buildDocument(
      'A trial of 900 adults tested the drug.\n\nSurvival improved (HR, 0.74; 95% CI, 0.61–0.90).\n\nHeart disease affects 10% of adults.\n',
      'markdown',
    );
    expect(reportsOwnResult(document, document.blocks[1]!.sentences[0]!)).toBe(true);
    expect(reportsOwnResult(document, document.blocks[2]!.sentences[0]!)).toBe(false);
    const arms = buildDocument(
      'A new trial tested the pill.\n\nThose who took the pill lost 8% of their weight at six months.\n',
      'markdown',
    );
    expect(reportsOwnResult(arms, arms.blocks[1]!.sentences[0]!)).toBe(true);
    const background = buildDocument('Tea is popular.\n\nSurvival improved (HR, 0.74).\n', 'markdown');
    expect(reportsOwnResult(background, background.blocks[1]!.sentences[0]!)).toBe(false);
  });

  it('are a review’s estimates in the conditional and results told with “seemed” (issue #13 `own_study_result`)', () => {
    const figureOf = (document: ReturnType<typeof buildDocument>, block: number) => {
      const sentence = document.blocks[block]!.sentences[0]!;
      const at = sentence.text.search(/\d/u);
      return reportsOwnResult(document, sentence, { start: at, end: at + 3 });
    };
    const review = buildDocument(
      'This review included 12 studies of a screening test.\n\nFor people who do not have the illness, almost 20% would be incorrectly diagnosed.\n',
      'markdown',
    );
    expect(figureOf(review, 1)).toBe(true);
    const story = buildDocument(
      'A new study tested a seizure warning implant.\n\nFor most patients, the implants seemed capable of predicting seizures 65 percent of the time.\n',
      'markdown',
    );
    expect(figureOf(story, 1)).toBe(true);
    const notReview = buildDocument(
      'A new study tested the pill.\n\nWithout treatment, 20% would be disabled within a year.\n',
      'markdown',
    );
    expect(figureOf(notReview, 1)).toBe(false);
  });
});

describe('claim context', () => {
  it('finds direct benefit claims, not hedged, denied or modal ones', () => {
    expect(findDirectBenefitClaim('Talking therapy improves symptoms of chronic pain.')?.text).toBe('improves');
    expect(findDirectBenefitClaim('Talking therapy may improve symptoms of chronic pain.')).toBeUndefined();
    expect(findDirectBenefitClaim('Talking therapy does not improve symptoms.')).toBeUndefined();
    expect(findDirectBenefitClaim('Talking therapy can improve symptoms.')).toBeUndefined();
    expect(findDirectBenefitClaim('Tea drinking is associated with improved symptoms.')).toBeUndefined();
  });

  it('reads benefit verbs after a plural subject, in the present tense only', () => {
    expect(findDirectBenefitClaim('Fish oil capsules reduce the risk of gout.')?.text).toBe('reduce');
    expect(findDirectBenefitClaim('Ginger tablets relieve nausea in pregnancy.')?.text).toBe('relieve');
    expect(findDirectBenefitClaim('They need help to reduce the dose.')).toBeUndefined();
    expect(findDirectBenefitClaim('Swimming lessons have helped him tremendously.')).toBeUndefined();
    expect(findDirectBenefitClaim('A garden supply chain helped produce the tablets.')).toBeUndefined();
    expect(findDirectBenefitClaim('The new clinic boosted waiting times to a record.')).toBeUndefined();
  });

  it('needs an object after a verb of change, and a predicate for “effective”', () => {
    expect(
      findDirectBenefitClaim('Night-time eating cools the body and then sleep improves, she said.'),
    ).toBeUndefined();
    expect(findDirectBenefitClaim('The nurse is key to finding effective doses for each child.')).toBeUndefined();
    expect(findDirectBenefitClaim('Nicotine gum is a safe and effective way to quit.')?.text).toBe('effective');
    expect(findDirectBenefitClaim('The gum was approved as a safe and effective way to quit.')).toBeUndefined();
    expect(findDirectBenefitClaim('Makers say evidence of effective use is welcome news.')).toBeUndefined();
    expect(findDirectBenefitClaim('Cheap nasal spray effective against hay fever')?.text).toBe('effective');
    expect(findDirectBenefitClaim('Cheap nasal spray effective, trial shows')?.text).toBe('effective');
    expect(findDirectBenefitClaim('Two short courses benefit most patients with back pain.')?.text).toBe('benefit');
    expect(findDirectBenefitClaim('Hypnosis works, a new review finds.')?.text).toBe('works');
    expect(findDirectBenefitClaim('The pill showed a clear benefit over placebo.')).toBeUndefined();
    expect(findDirectBenefitClaim('New trial confirms benefits of early surgery')).toBeUndefined();
    expect(findDirectBenefitClaim('Her plan extends beyond the clinic.')).toBeUndefined();
    expect(findDirectBenefitClaim('In the trial, the vaccine was 80 percent effective in older men.')).toBeUndefined();
    expect(findDirectBenefitClaim('It leaks out of the vein, making it less effective.')).toBeUndefined();
    expect(findDirectBenefitClaim('The walk was much better than anything I had tried.')).toBeUndefined();
    expect(findDirectBenefitClaim('The foam fills the vein better than the liquid.')).toBeUndefined();
    expect(findDirectBenefitClaim('The new patch is better than the pill for hot flashes.')?.text).toBe('better than');
    expect(findDirectBenefitClaim('She teaches at the gym where she works with older adults.')).toBeUndefined();
    expect(findDirectBenefitClaim('Clinics offer classes to help people reduce their drinking.')).toBeUndefined();
    expect(findDirectBenefitClaim('Herbal Teas May Safely Restore Sleep In Shift Workers')).toBeUndefined();
    const improves = 'Blood sugar improves in both groups.';
    expect(lacksObject(improves, 'improves', improves.indexOf(' in'))).toBe(true);
    const reversed = 'Two had rashes that reversed when they stopped.';
    expect(lacksObject(reversed, 'reversed', reversed.indexOf(' when'))).toBe(true);
    const object = 'Yoga improves balance in older adults.';
    expect(lacksObject(object, 'improves', object.indexOf(' balance'))).toBe(false);
  });

  it('reads a capacity stated as fact, not what people can do', () => {
    const power = 'The first new asthma pill has the power to significantly reduce the severity of the condition.';
    expect(findDirectBenefitClaim(power)?.text).toBe('reduce');
    expect(findDirectBenefitClaim('The pill is able to reduce the severity of asthma.')?.text).toBe('reduce');
    expect(findDirectBenefitClaim('Patients have the power to improve their own health.')).toBeUndefined();
    expect(findDirectBenefitClaim('With this drug, doctors are able to prevent visual loss.')).toBeUndefined();
    expect(findDirectBenefitClaim('We were able to stop these dislocations.')).toBeUndefined();
    expect(findDirectBenefitClaim('The cells lost the power to restore tissue.')).toBeUndefined();
  });

  it('reads people said to benefit from something, not a share of them or a prediction', () => {
    expect(findDirectBenefitClaim('Patients with haemophilia B benefit from gene therapy.')?.text).toBe('benefit from');
    expect(findDirectBenefitClaim('Older adults benefit from strength training.')?.text).toBe('benefit from');
    expect(findDirectBenefitClaim('Some patients benefit from surgery.')).toBeUndefined();
    expect(findDirectBenefitClaim('Patients who benefit from surgery live longer.')).toBeUndefined();
    expect(findDirectBenefitClaim('Patients and providers also benefit from its flexibility.')).toBeUndefined();
    expect(findDirectBenefitClaim('We are going to see men benefit from the vaccine.')).toBeUndefined();
    expect(findDirectBenefitClaim('The economy benefits from tourism.')).toBeUndefined();
  });

  it('reads a present passive with its agent, not the size of a change', () => {
    expect(findDirectBenefitClaim('Migraine pain is relieved by acupuncture.')?.text).toBe('is relieved by');
    expect(findDirectBenefitClaim('Symptoms are quickly reduced by the new drug.')?.text).toBe(
      'are quickly reduced by',
    );
    expect(findDirectBenefitClaim('Symptoms are reduced by 30 percent.')).toBeUndefined();
    expect(findDirectBenefitClaim('Symptoms are reduced by half.')).toBeUndefined();
    expect(findDirectBenefitClaim('Symptoms were reduced by the new drug.')).toBeUndefined();
  });

  it('reads the strongest verbs in a relative clause on a treatment, not on a class or an aim', () => {
    expect(findDirectBenefitClaim('FDA approves new drug that prevents migraines')?.text).toBe('prevents');
    expect(findDirectBenefitClaim('Removing limits on drugs that prevent complications helps.')).toBeUndefined();
    expect(findDirectBenefitClaim('They hope to find a vaccine that prevents malaria.')).toBeUndefined();
    expect(findDirectBenefitClaim('Gout is a disease that prevents walking.')).toBeUndefined();
    expect(findDirectBenefitClaim('It is a medication that helps to move potassium into cells.')).toBeUndefined();
  });

  it('reads a treatment said to make the body act, not how it acts', () => {
    expect(findCausativeBenefit('New drug tricks metabolism into burning fat')?.text).toBe('tricks');
    expect(findCausativeBenefit('New Drug Tricks Metabolism Into Burning Fat')?.text).toBe('Tricks');
    expect(findCausativeBenefit('It tricks the body into thinking you have eaten.')).toBeUndefined();
    expect(findCausativeBenefit('Sugar tricks the brain into craving more.')).toBeUndefined();
    expect(findCausativeBenefit('The drug may trick the body into burning fat.')).toBeUndefined();
    expect(findCausativeBenefit('The drug tricked the mice into burning fat.')).toBeUndefined();
  });

  it("reads a claim weighed later in its sentence, one person's experience and a phrasal verb", () => {
    const weighed = 'CBD is an effective drug but was not a panacea for these children.';
    expect(limitedAfter(weighed, weighed.indexOf(' drug'))).toBe(true);
    const shortTerm = 'It is effective for weight loss, but there is still a question whether it lasts.';
    expect(limitedAfter(shortTerm, shortTerm.indexOf(' for'))).toBe(true);
    const both = 'It reduces pain but also lowers the risk of falls.';
    expect(limitedAfter(both, both.indexOf(' pain'))).toBe(false);
    const fewHarms = 'It helps people drop pounds but does so with few side effects.';
    expect(limitedAfter(fewHarms, fewHarms.indexOf(' people'))).toBe(false);
    const testimonial = '"For me it\'s extremely effective," says Jennifer.';
    expect(toldAsOwnExperience(testimonial, testimonial.indexOf('extremely'), testimonial.indexOf(',"'))).toBe(true);
    const general = 'The stimulator is extremely effective for most patients.';
    expect(toldAsOwnExperience(general, general.indexOf('extremely'), general.indexOf(' for'))).toBe(false);
    const slows = 'The process slows down dramatically in adults.';
    expect(lacksObject(slows, 'slows', slows.indexOf(' down'))).toBe(true);
    const slowsDisease = 'The drug slows down the disease.';
    expect(lacksObject(slowsDisease, 'slows', slowsDisease.indexOf(' down'))).toBe(false);
    expect(findDirectBenefitClaim('Treatments were ranked, with one being the most effective.')).toBeUndefined();
    expect(findDirectBenefitClaim("When Bariatric Surgery's Benefits Wane, This Procedure Helps Patients")?.text).toBe(
      'Helps',
    );
    const diet = "There isn't a clear diet that prevents Alzheimer's or improves your memory.";
    expect(insideDenial(diet, diet.indexOf('improves'))).toBe(true);
    const trials = 'No clinical trials ever showed that treatment with tPA improves survival.';
    expect(insideDenial(trials, trials.indexOf('improves'))).toBe(true);
    const turned = 'There is no cure, but the drug improves symptoms.';
    expect(insideDenial(turned, turned.indexOf('improves'))).toBe(false);
    const needed = 'We need compelling evidence that it is both effective and safe.';
    expect(afterEvidenceQualifier(needed, needed.indexOf('effective'))).toBe(true);
  });

  it('credits a headline to research and finds a marker after the full stop', () => {
    expect(creditsResearch('Gastric bypass more effective than other procedures, studies find')).toBe(true);
    expect(creditsResearch('Vanda sleep drug effective in second late-stage trial')).toBe(true);
    expect(creditsResearch('Novel Procedure Improves Kidney Transplant Success')).toBe(false);
    const document = buildDocument('Naloxone reverses an overdose.[11] It is sold widely. Next. [2]\n', 'markdown');
    const [first, second] = document.blocks[0]!.sentences;
    expect(trailingCitationMarker(document, first!)?.text).toBe('[11]');
    expect(trailingCitationMarker(document, second!)).toBeUndefined();
  });

  it('tells mechanisms, organisations and cited titles', () => {
    const mechanism = 'an antibody that works by binding a protein';
    expect(isMechanism(mechanism, mechanism.indexOf('that works'), mechanism.indexOf(' by'))).toBe(true);
    const claim = 'the drug works for most people';
    expect(isMechanism(claim, claim.indexOf('works'), claim.indexOf(' for'))).toBe(false);
    const agency = 'The agency also improves patient safety.';
    expect(hasOrganisationSubject(agency, agency.indexOf('improves'))).toBe(true);
    const drug = 'The drug improves patient safety.';
    expect(hasOrganisationSubject(drug, drug.indexOf('improves'))).toBe(false);
    const cited = 'The study, “Daily Walnut Intake Improves Mood in Adults”, appears in Nutrients.';
    expect(insideCitedTitle(cited, cited.indexOf('Improves'))).toBe(true);
    const quote = '“It improves mood,” she said.';
    expect(insideCitedTitle(quote, quote.indexOf('improves'))).toBe(false);
  });

  it('tells a manner of working, the body as subject, names, questions and proponents’ claims', () => {
    const manner = 'The new pump works in a rather unusual way.';
    expect(isMechanism(manner, manner.indexOf('works'), manner.indexOf('works') + 5)).toBe(true);
    const hormone = 'Levels fall in winter, and vitamin D helps to protect bones, and melatonin helps sleep.';
    expect(hasBodilySubject(hormone, hormone.indexOf('helps sleep'))).toBe(true);
    expect(hasBodilySubject(hormone, hormone.indexOf('helps to'))).toBe(false);
    const immune = 'The immune system, which normally protects against germs, turns on the joints.';
    expect(hasBodilySubject(immune, immune.indexOf('protects'))).toBe(true);
    const device = 'The Stimwave System protects against relapse.';
    expect(hasBodilySubject(device, device.indexOf('protects'))).toBe(false);
    const name = 'For more, see the Exercise Saves Lives campaign page.';
    expect(insideProperName(name, name.indexOf('Saves'), name.indexOf(' campaign'))).toBe(true);
    const headline = 'New Inhaler Saves Lives In Severe Asthma';
    expect(insideProperName(headline, headline.indexOf('Saves'), headline.indexOf(' In'))).toBe(false);
    const question = 'The team asked whether yoga can restore balance in older adults.';
    expect(insideEmbeddedQuestion(question, question.indexOf('can restore'))).toBe(true);
    const effort = 'Pay was lower even after adjusting for how hard a nurse works.';
    expect(insideEmbeddedQuestion(effort, effort.indexOf('works'))).toBe(true);
    const claim = 'Yoga can restore balance in older adults.';
    expect(insideEmbeddedQuestion(claim, claim.indexOf('can restore'))).toBe(false);
    const proponents = 'Proponents of the diet say it eliminates cravings.';
    expect(attributedToProponents(proponents, proponents.indexOf('eliminates'))).toBe(true);
    const denied = 'She says there is no good evidence that memory pills improve recall.';
    expect(afterEvidenceQualifier(denied, denied.indexOf('improve recall'))).toBe(true);
    expect(afterEvidenceQualifier('Memory pills improve recall.', 12)).toBe(false);
    const graded = 'There is low-certainty evidence that memory pills improve recall.';
    expect(afterEvidenceQualifier(graded, graded.indexOf('improve recall'))).toBe(true);
    const scant = 'There is very little research showing memory pills improve recall.';
    expect(afterEvidenceQualifier(scant, scant.indexOf('improve recall'))).toBe(true);
    const shown = 'Research showing that memory pills improve recall was published in May.';
    expect(afterEvidenceQualifier(shown, shown.indexOf('improve recall'))).toBe(false);
    const indirect = 'There is indirect evidence it improves recall.';
    expect(afterEvidenceQualifier(indirect, indirect.indexOf('improves'))).toBe(true);
    const doctors = 'Doctors say it eliminates cravings.';
    expect(attributedToProponents(doctors, doctors.indexOf('eliminates'))).toBe(false);
  });

  it('tells keeping someone from acting, an aim and a task from a prevention or benefit claim', () => {
    const at = (text: string, word: string): [number, number] => [text.indexOf(word), text.indexOf(word) + word.length];
    const barriers = 'Cost, stigma and other factors prevent many from seeking help.';
    expect(keepsFromActing(barriers, ...at(barriers, 'prevent'))).toBe(true);
    const pathway = 'The pathway can prevent the immune system from attacking cancer cells.';
    expect(keepsFromActing(pathway, ...at(pathway, 'can prevent'))).toBe(true);
    const event = 'Individuals can prevent that from happening through a simple solution.';
    expect(keepsFromActing(event, ...at(event, 'can prevent'))).toBe(false);
    const benefit = 'Younger men benefit most from screening.';
    expect(keepsFromActing(benefit, ...at(benefit, 'benefit'))).toBe(false);
    const disease = 'The vaccine prevents cervical cancer.';
    expect(keepsFromActing(disease, ...at(disease, 'prevents'))).toBe(false);
    const aim = 'In particular, finding drug combinations that are effective is important.';
    expect(describesWhatIsSought(aim, aim.indexOf('are effective'))).toBe(true);
    const finding = 'Studies find that the drug reduces pain.';
    expect(describesWhatIsSought(finding, finding.indexOf('reduces'))).toBe(false);
    const made = 'Scientists design a drug that relieves pain.';
    expect(describesWhatIsSought(made, made.indexOf('relieves'))).toBe(false);
    const task = 'More research is needed to confirm the safest and most effective way of using it.';
    expect(describesWhatIsSought(task, task.indexOf('most effective'), 'most effective')).toBe(true);
    const proven = 'If you are looking for a treatment with scientifically proven results, look elsewhere.';
    expect(describesWhatIsSought(proven, proven.indexOf('scientifically'), 'scientifically proven')).toBe(true);
    const headline = 'Newer Genetic Test for Autism More Effective';
    expect(describesWhatIsSought(headline, headline.indexOf('More'), 'More Effective')).toBe(false);
  });

  it('tells a conceded claim, a cure given with its share and how a treatment acts', () => {
    const conceded =
      'While surgery, such as TURP, can be very effective in relieving symptoms, it can also leave scars.';
    expect(insideConcession(conceded, conceded.indexOf('very effective'))).toBe(true);
    const after = 'Although rare, the drug cures hepatitis C.';
    expect(insideConcession(after, after.indexOf('cures'))).toBe(false);
    const slug = 'See example.com/health/new-pill-works-wonders-2020 for more.';
    expect(insideWebAddress(slug, slug.indexOf('works'), slug.indexOf('works') + 5)).toBe(true);
    const prose = 'The pill works, and/or it helps.';
    expect(insideWebAddress(prose, prose.indexOf('helps'), prose.indexOf('helps') + 5)).toBe(false);
    const inner = 'The older scan, while highly effective, exposes patients to radiation.';
    expect(insideConcession(inner, inner.indexOf('highly effective'))).toBe(true);
    const despite = 'Despite a wide agreement that the brace works, many questions remain.';
    expect(insideConcession(despite, despite.indexOf('works'))).toBe(true);
    const despiteAfter = 'Despite its cost, the brace works for most runners.';
    expect(insideConcession(despiteAfter, despiteAfter.indexOf('works'))).toBe(false);
    const plain = 'Surgery is very effective in relieving symptoms, doctors say.';
    expect(insideConcession(plain, plain.indexOf('very effective'))).toBe(false);
    const half = 'The current treatment cures about half of people who take it.';
    expect(quantifiedShare(half, half.indexOf(' about'))).toBe(true);
    const cures = 'The new treatment cures hepatitis C in most people.';
    expect(quantifiedShare(cures, cures.indexOf(' hepatitis'))).toBe(false);
    const many = 'The operation is effective for many patients with chronic pain.';
    expect(scopedToPartOfPeople(many, many.indexOf(' for'))).toBe(true);
    const subset = 'The implant works in a subset of younger women.';
    expect(scopedToPartOfPeople(subset, subset.indexOf(' in'))).toBe(true);
    expect(scopedToPartOfPeople(cures, cures.indexOf(' hepatitis'))).toBe(false);
    const treats = 'TMS treats conditions by delivering magnetic pulses.';
    expect(isMechanism(treats, treats.indexOf('treats'), treats.indexOf(' conditions'))).toBe(true);
    const treatsDisease = 'TMS treats depression in most patients.';
    expect(isMechanism(treatsDisease, treatsDisease.indexOf('treats'), treatsDisease.indexOf(' depression'))).toBe(
      false,
    );
    const because = 'This method is effective because proteins inside the virus are similar.';
    expect(isMechanism(because, because.indexOf('is effective'), because.indexOf(' because'))).toBe(true);
    const comparative = 'IUDs are more effective because women can forget about them.';
    expect(isMechanism(comparative, comparative.indexOf('more effective'), comparative.indexOf(' because'))).toBe(
      false,
    );
    const target = 'The pill fights lymphoma by blocking a protein on the tumour cells, doctors said.';
    expect(isMechanism(target, target.indexOf('fights'), target.indexOf(' lymphoma'))).toBe(true);
    const size = 'The pill reduces deaths by 20% and by half in older patients.';
    expect(isMechanism(size, size.indexOf('reduces'), size.indexOf(' deaths'))).toBe(false);
    const useOf = 'The brace relieves pain by keeping the knee straight.';
    expect(isMechanism(useOf, useOf.indexOf('relieves'), useOf.indexOf(' pain'))).toBe(false);
    const inhibitor = 'The compound is an effective inhibitor of crystal growth.';
    expect(isMechanism(inhibitor, inhibitor.indexOf('is an effective'), inhibitor.indexOf(' inhibitor'))).toBe(true);
    const company = 'She used a now-defunct company, Acu-Gen, which guaranteed 99.9 percent accuracy.';
    expect(hasOrganisationSubject(company, company.indexOf('guaranteed'))).toBe(true);
    const product = 'She used a new pill, Zolax, which guarantees weight loss.';
    expect(hasOrganisationSubject(product, product.indexOf('guarantees'))).toBe(false);
  });

  it('reads questions, denials and weighed evidence further back', () => {
    const show = 'The studies were not large enough to show if manoeuvres such as moving the pelvis can prevent it.';
    expect(insideEmbeddedQuestion(show, show.indexOf('can prevent'))).toBe(true);
    const prove = "The study doesn't prove low folic acid causes autism, or that high doses can prevent it.";
    expect(insideDenial(prove, prove.indexOf('can prevent'))).toBe(true);
    const failed = 'Studies have failed to show that vitamin E can prevent heart disease.';
    expect(insideDenial(failed, failed.indexOf('can prevent'))).toBe(true);
    const less = 'There is less evidence to support the claim that pomegranate juice can prevent cancer.';
    expect(afterEvidenceQualifier(less, less.indexOf('can prevent'))).toBe(true);
    const adequate = 'They rated whether there was adequate evidence to conclude that the drug prolongs survival.';
    expect(afterEvidenceQualifier(adequate, adequate.indexOf('prolongs'))).toBe(true);
  });

  it('reads benefit nouns, “proved effective” and a condition between subject and verb', () => {
    expect(findDirectBenefitClaim('These benefits must be balanced against a longer hospital stay.')).toBeUndefined();
    expect(findDirectBenefitClaim('The company said its drug proved effective in a second trial.')).toBeUndefined();
    expect(
      findDirectBenefitClaim('Two drugs for breaking up the fluid, when used together, improve drainage of the chest.')
        ?.text,
    ).toBe('improve');
    expect(findDirectBenefitClaim('Two effective treatments benefit most patients.')?.text).toBe('benefit');
  });

  it("tells a review's own summary from a story about a review", () => {
    const summary = buildDocument(
      'We included 12 trials with 900 people. Aspirin reduces the risk of stroke.\n',
      'markdown',
    );
    expect(isOwnReviewSummary(summary)).toBe(true);
    const story = buildDocument(
      '# Aspirin cuts stroke risk\n\nA new review of 12 trials finds aspirin helps.\n',
      'markdown',
    );
    expect(isOwnReviewSummary(story)).toBe(false);
    // A summary that gives its method without “we included”: how current it is, what was analysed.
    const method = buildDocument(
      'The evidence is current to March 2019. Among the nine studies reviewed, most were small. Zinc shortens colds.\n',
      'markdown',
    );
    expect(isOwnReviewSummary(method)).toBe(true);
    const analysed = buildDocument(
      'Eleven randomised trials with 640 adults were analysed. Massage eases neck pain.\n',
      'markdown',
    );
    expect(isOwnReviewSummary(analysed)).toBe(true);
  });
});

describe('named organisations as speakers', () => {
  it('count an acronym or an organisation word right before the verb', () => {
    const document = buildDocument(
      'The CDC says colonoscopy could cut cases by 60 percent.\n\n' +
        'The U.S. Centers for Disease Control and Prevention estimates that 20 percent of adults smoke.\n\n' +
        'Novartis said the drug cut risk by 35 percent.\n\n' +
        'It was reported in 2015. Tobacco kills half of smokers, Doctors say.\n\n' +
        'These infections are common, the University of Pittsburgh researchers noted.\n',
      'markdown',
    );
    const [cdc, centers, company, last, group] = document.blocks.map((block) => block.sentences);
    expect(speakerOf(document, group![0]!)?.text).toBe('University of Pittsburgh researchers noted');
    expect(speakerOf(document, cdc![0]!)?.text).toBe('The CDC says');
    expect(speakerOf(document, centers![0]!)?.text).toBe(
      'The U.S. Centers for Disease Control and Prevention estimates',
    );
    // A company or a person without a role is not an organisation a reader can look up.
    expect(speakerOf(document, company![0]!)).toBeUndefined();
    expect(speakerOf(document, last![1]!)).toBeUndefined();
  });

  it('support the sentence before and after in the same paragraph', () => {
    const document = buildDocument(
      'One in four men will break a bone, according to the National Osteoporosis Foundation. One out of two women will. ' +
        'Bones weaken with age. Half of adults take no calcium.\n',
      'markdown',
    );
    const [cited, next, after, far] = document.blocks[0]!.sentences;
    expect(speakerNear(document, cited!)).toBeDefined();
    expect(speakerNear(document, next!)).toBeDefined();
    expect(speakerNear(document, after!)).toBeUndefined();
    expect(speakerNear(document, far!)).toBeUndefined();
  });
});

describe('named people as speakers', () => {
  it('count a role after the name and a surname used again after the person was introduced', () => {
    const document = buildDocument(
      '“It works,” says researcher Dr. Eric Finzi of Chevy Chase.\n\n' +
        'Finzi notes previous studies show 50 to 60 percent of patients may benefit.\n\n' +
        'Those people make up at most 10% of the population, says Mary Armanios, clinical director of the Telomere Center.\n\n' +
        'Smith notes 20% of adults smoke.\n',
      'markdown',
    );
    const [, surname, role, stranger] = document.blocks.map((block) => block.sentences[0]!);
    expect(speakerOf(document, surname!)?.text).toBe('Finzi notes');
    expect(speakerOf(document, role!)?.text).toBe('says Mary Armanios, clinical director');
    // Never introduced with a role: a name alone is not a source the reader can weigh.
    expect(speakerOf(document, stranger!)).toBeUndefined();
  });
});

describe('fact boxes', () => {
  it('source every bullet of a run that closes with a “Source:” line, and nothing outside it', () => {
    const document = buildDocument(
      'Tea is popular.\n\n• 1 in 110 children is diagnosed with autism.\n\n## • 1.5 million Americans have autism\n\n• Annual cost: $90 billion Source: Autism Society of America\n\nAbout 5% of adults snore.\n',
      'markdown',
    );
    expect([...sourcedFactBoxItems(document)]).toEqual([1, 2, 3]);
    expect(sourcedFactBoxItems(buildDocument('• 1 in 110 children.\n\n• 2 in 10 adults.\n', 'markdown')).size).toBe(0);
  });

  it('source the questions and answers of a box closed by a sources line of its own, and not a paragraph before it', () => {
    const document = buildDocument(
      'About 5% of adults snore.\n\nWho has them? More than half of women near menopause.\n\nHow bothersome are they? For 20% of women, a lot.\n\nSources: International Menopause Society\n\nAbout 7% of adults snore.\n',
      'markdown',
    );
    expect([...sourcedFactBoxItems(document)]).toEqual([1, 2]);
    expect(
      sourcedFactBoxItems(buildDocument('About 5% of adults snore.\n\nSources: Acme Society\n', 'markdown')).size,
    ).toBe(0);
  });
});
