import { describe, expect, it } from 'vitest';
import { findDisclosures } from '../../src/language/disclosure.js';
import { findRelations } from '../../src/language/disclosure-relations.js';

const kinds = (text: string): string[] => findDisclosures(text).map((cue) => cue.kind);
const relations = (text: string): string[] => findRelations(text).map((cue) => `${cue.kind}:${cue.id}`);

describe('disclosure relations: a party, a relation, the work', () => {
  it('reads a verb of paying with the work as its object as funding, whoever pays', () => {
    expect(relations('The heart charity commissioned the survey of 2,000 adults.')).toEqual(['funding:pays-for']);
    expect(relations('A veterans group bankrolled both of the trials.')).toEqual(['funding:pays-for']);
    expect(relations('A veterans group bankrolled the two pilot trials.')).toEqual(['funding:pays-for']);
    expect(kinds('The state health department paid for the new analysis.')).toEqual(['funding']);
    expect(relations('The foundation funded the two researchers for a decade.')).toEqual(['funding:pays-for']);
    expect(relations('The method was found by NIH-funded researchers in the 1990s.')).toEqual([]);
    expect(relations('The method was found by federally funded scientists.')).toEqual([]);
  });

  it('reads where the money for the work came from as funding', () => {
    expect(
      relations('All of the funding for the university’s gene therapy work has come from the academic community.'),
    ).toEqual(['funding:money-came-from']);
    expect(relations('Money for the trial came from a heart charity.')).toEqual(['funding:money-came-from']);
    expect(relations('Most of the money for hospitals comes from Medicare.')).toEqual([]);
  });

  it('reads a party that supported the researchers as funding, not agreement with them', () => {
    expect(relations('The cancer society and the NIH supported the researchers.')).toEqual(['funding:supports-people']);
    expect(relations('The findings supported the researchers’ hypothesis.')).toEqual([]);
  });

  it('reads a researcher’s part in making the product tested as an interest, not the study’s own work', () => {
    expect(relations('Dr. Lee, who helped develop the software, said so.')).toEqual(['interests:made-it']);
    expect(relations('She is a co-inventor of the device.')).toEqual(['interests:made-it']);
    expect(relations('Dr. Fogarty, who invented the Trellis device, said so.')).toEqual(['interests:made-it']);
    expect(relations('Researchers developed a new test for cancer.')).toEqual([]);
    expect(relations('A professor has invented a portable breast scanner.')).toEqual([]);
  });

  it('reads running the work as funding only when a company runs it', () => {
    expect(relations('Zenvia Therapeutics ran the trial at 40 sites.')).toEqual(['funding:company-runs']);
    expect(relations('The drug company designed the study and analysed the data.')).toEqual(['funding:company-runs']);
    expect(relations('Researchers at the university ran the trial at 40 sites.')).toEqual([]);
    expect(relations('The trial was conducted by Orvane Biosciences Inc. in five countries.')).toEqual([
      'funding:run-by-company',
    ]);
    expect(relations('The trial was conducted by researchers at three hospitals.')).toEqual([]);
  });

  it('reads work done for or on behalf of an organisation as funding, not a duration or a speaker', () => {
    expect(relations('The poll was conducted for the Royal Society of Dentists last spring.')).toEqual([
      'funding:done-for',
    ]);
    expect(relations('The online survey, carried out on behalf of Brightsmile, asked 1,500 parents.')).toEqual([
      'funding:done-for',
    ]);
    expect(relations('The trial was conducted for 12 weeks on about 8,000 smokers.')).toEqual([]);
    expect(relations('The study was done for the first time in children.')).toEqual([]);
    expect(relations('Speaking on behalf of the Ministry, she praised the nurses.')).toEqual([]);
    expect(relations('The trial, run on behalf of the HOPE-4 investigators, enrolled 900 people.')).toEqual([]);
  });

  it('reads the researchers’ ties to a company or an organisation as interests', () => {
    expect(relations('Two of the authors are employees of Lumora Diagnostics.')).toEqual([
      'interests:company-researchers',
    ]);
    expect(relations('Scientists from Quillon Pharmaceuticals presented the data.')).toEqual([
      'interests:company-researchers',
    ]);
    expect(relations('Dr Ames has consulted for Halvern Labs and holds shares in Tessaly.')).toEqual([
      'interests:tie',
      'interests:tie',
    ]);
    expect(relations('The lead author received speaking fees from the manufacturer.')).toEqual(['interests:tie']);
    expect(relations('Scientists from the University of Leeds presented the data.')).toEqual([]);
    expect(relations('The drug works for patients who failed other treatments.')).toEqual([]);
    expect(relations('The gene has links to Parkinson’s disease.')).toEqual([]);
  });

  it('does not read a company that only makes the treatment as a disclosure: others may have run the trial', () => {
    expect(relations('Acme Therapeutics, which makes the drug, declined to comment.')).toEqual([]);
    expect(relations('The device, made by Corvex Scientific, was tested in a federal trial.')).toEqual([]);
  });

  it('recognises a large maker by its name', () => {
    expect(kinds('Researchers from Pfizer presented the results.')).toEqual(['interests']);
    expect(kinds('Researchers from Oxford presented the results.')).toEqual([]);
  });
});

describe('disclosure relations: launching the work, money given to it, the work as a company’s own', () => {
  it('reads work launched or begun by a company, a government body or a charity as funded by it', () => {
    expect(
      relations(
        'The Women’s Health Initiative was begun in 1991 by the National Institutes of Health as a sweeping investigation.',
      ),
    ).toEqual(['funding:launched-by']);
    expect(relations('The researchers launched the study in 2010.')).toEqual([]);
    expect(relations('The university started a trial in 2012.')).toEqual([]);
    expect(relations('The programme was started by doctors at the hospital.')).toEqual([]);
  });

  it('reads money given to the work, its people or its place as funding', () => {
    expect(
      relations('The drug company has committed $20 million to building a research center on the campus.'),
    ).toEqual(['funding:gives-money']);
    expect(relations('A leading charity launched a 50 million pound ($80 million) research project.')).toEqual([
      'funding:budget',
    ]);
    expect(relations('In 2017, the hospital provided $500 million to benefit our community.')).toEqual([]);
    expect(relations('The deal provides up to $5 million per retired player.')).toEqual([]);
    expect(relations('With more than $4 million in research expenditures, the school grew.')).toEqual([]);
    expect(relations('Oxford University launched a £10 million research programme.')).toEqual([]);
  });

  it('reads the work as a company’s own, not its treatment or a name', () => {
    const names = (text: string, name: string) => {
      const start = text.indexOf(name);
      return findRelations(text, [{ start, end: start + name.length }]).map((cue) => cue.id);
    };
    expect(names('The findings come from a large Boston Scientific study of the device.', 'Boston Scientific')).toEqual(
      ['company-work'],
    );
    expect(names('Amgen’s trial enrolled 27,000 people.', 'Amgen')).toEqual(['company-work']);
    expect(names('Amgen’s evolocumab cut cholesterol.', 'Amgen')).toEqual([]);
    expect(names('The FDA stands ready to work with Genentech on future studies.', 'Genentech')).toEqual([]);
    expect(names('Merck Research Laboratories has its own drug.', 'Merck')).toEqual([]);
    expect(relations('The drugmaker’s trial enrolled 900 people.')).toEqual(['funding:company-work']);
  });

  it('reads the work paid for in the passive or as a noun, when the work is named before the verb', () => {
    expect(
      relations('A study of 250 sleepers, published in Sleep and subsidized by Ventra Medical, found fewer pauses.'),
    ).toEqual(['funding:paid-by-party']);
    expect(relations('The trial was co-sponsored by the National Cancer Institute.')).toEqual([
      'funding:paid-by-party',
    ]);
    expect(relations('In addition to primary sponsorship by the NHLBI, the trial enrolled 9,000 adults.')).toEqual([
      'funding:sponsorship-by',
    ]);
    // A price or a service paid for is no study's funding; nor is a collaboration named as authors.
    expect(relations('The drug is subsidized by the government for older patients.')).toEqual([]);
    expect(relations('The bus to the clinic is sponsored by a local firm.')).toEqual([]);
    expect(relations('The study was co-sponsored by the HOPE-4 investigators.')).toEqual([]);
  });

  it('reads help in kind from a company as funding: its drug, devices, data or support for the work', () => {
    expect(kinds('Biogen provided the researchers access to their data and statistical support.')).toEqual(['funding']);
    expect(relations('The drugmaker supplied the pills used in the trial.')).toEqual(['funding:in-kind']);
    expect(relations('The devices were donated by Orvane Biosciences Inc. for the study.')).toEqual([
      'funding:in-kind',
    ]);
    // Not a hospital or the researchers themselves, and not a company's data on something else.
    expect(relations('The hospital provided the researchers with data.')).toEqual([]);
    expect(relations('The company provided data on its sales to regulators.')).toEqual([]);
  });

  it('reads what a maker gave in the passive as funding, whatever the thing is called (round 17)', () => {
    expect(
      relations('The hormone, which was provided free by the manufacturer in the study, now costs $700 a shot.'),
    ).toEqual(['funding:in-kind']);
    expect(relations('Eylea and Lucentis were provided by drug manufacturers Regeneron and Genentech.')).toEqual([
      'funding:in-kind',
    ]);
    expect(relations('The collagen was supplied at no cost by the San Francisco biotech firm.')).toEqual([
      'funding:in-kind',
    ]);
    expect(relations('Patches were provided by the manufacturer, Pfizer.')).toEqual(['funding:in-kind']);
    // Information or a service a company handed out, and a gift from no company, support no work.
    expect(relations('A decrease was seen in 5% of men, according to data provided by the company.')).toEqual([]);
    expect(relations('A brochure provided by the company said that the supplement works.')).toEqual([]);
    expect(relations('Care is provided by the company’s nurses.')).toEqual([]);
    expect(relations('The hormone was provided free by the hospital pharmacy in the study.')).toEqual([]);
  });

  it('reads a company the researchers founded as an interest', () => {
    expect(
      relations('Tsai and a co-author have started a company called Cognito Therapeutics to pursue tests.'),
    ).toEqual(['interests:founded-company']);
    expect(relations('Dr. Lee is a co-founder of Orvane Biosciences Inc., which makes the test.')).toEqual([
      'interests:founded-company',
    ]);
    // A company's own founding date, or a founder of a charity, is no tie.
    expect(relations('The company was founded in 1998 in Boston.')).toEqual([]);
    expect(relations('She is the founder of a patients’ charity.')).toEqual([]);
  });

  it('reads a company founded by someone, said in the passive, as an interest (round 25)', () => {
    expect(
      relations('It will be marketed by ABCDx, a start-up founded four years ago by two co-authors of this study.'),
    ).toEqual(['interests:founded-company']);
    expect(relations('Peloton Therapeutics, a biotech firm co-founded by Dr. Lee, licensed the compounds.')).toEqual([
      'interests:founded-company',
    ]);
    // A clinic or a charity founded by someone, and a company's founding date, are no stake in a product.
    expect(relations('The clinic, founded by Dr Lee in 1990, offers the therapy.')).toEqual([]);
    expect(relations('The company was founded in 1998 in Boston.')).toEqual([]);
  });

  it('reads whatever is licensed to a party as an interest, not a licence to practise (round 25)', () => {
    expect(
      relations(
        'Harris developed a blade and licensed it to Restoration Robotics Inc., the company that makes the robot.',
      ),
    ).toEqual(['interests:licensed-out']);
    expect(relations('The university licensed the device to Acme.')).toEqual(['interests:licensed-out']);
    expect(relations('She licensed her invention to a drug company.')).toEqual(['interests:licensed-out']);
    expect(relations('The device is licensed to treat chronic pain.')).toEqual([]);
    expect(relations('He licensed the device to treat pain in horses.')).toEqual([]);
    expect(relations('Pfizer licensed the European rights to Xiaflex from Auxilium.')).toEqual([]);
  });

  it('reads royalties, a company’s advisory board and an investment in it as interests (round 25)', () => {
    expect(relations('Dr Lee receives royalties on sales of the device.')).toEqual(['interests:royalties']);
    expect(relations('The professors will share a royalty of one half of 1 percent of sales.')).toEqual([
      'interests:royalties',
    ]);
    expect(relations('Dr Kim, a member of Allergan’s advisory board, said so.')).toEqual(['interests:advisory-board']);
    expect(relations('She sits on the company’s scientific advisory board.')).toEqual(['interests:advisory-board']);
    expect(relations('Dr Lee is an investor in Acme Therapeutics.')).toEqual(['interests:investor']);
    // A royalty-free drug, an agency's board and money a government puts into research are no personal stake.
    expect(relations('The drug is royalty-free in poor countries.')).toEqual([]);
    expect(relations('She sits on the FDA advisory committee.')).toEqual([]);
    expect(relations('She sits on the FDA’s advisory board.')).toEqual([]);
    expect(relations('The government invested in research on the vaccine.')).toEqual([]);
  });

  it('reads a patent held or sought, a paid role, and owning the maker as interests (round 25)', () => {
    expect(relations('said Dr Lee, who along with a co-author has filed for a patent on the use of the drug.')).toEqual(
      ['interests:patent'],
    );
    expect(relations("Dr. Ridker is co-inventor on patents held by Brigham and Women's Hospital.")).toEqual([
      'interests:patent',
    ]);
    expect(relations('The researchers have patented their findings through the universities.')).toEqual([
      'interests:patent',
    ]);
    expect(relations('These results, patented by UNIGE, will be sold from 2019.')).toEqual(['interests:patent']);
    expect(relations('Dr Lee has an ownership stake in Acme.')).toEqual(['interests:tie']);
    expect(relations('He is a paid speaker for Acme.')).toEqual(['interests:paid-role']);
    expect(relations('She has served on advisory boards for Pfizer Inc. and Merck & Co.')).toEqual([
      'interests:advisory-board',
    ]);
    expect(relations('Seamus Roe, president and co-owner of Hersco Ortho Labs, said so.')).toEqual(['interests:owner']);
    expect(relations('Dr Lee owns the company that makes the device.')).toEqual(['interests:owner']);
    // An advertiser's “patented technology”, the owner of a clinic and an agency's committee name no stake.
    expect(relations('The device uses a patented cooling technology.')).toEqual([]);
    expect(relations('The owner of the clinic, Dr Lee, said so.')).toEqual([]);
    expect(relations('The advisory committee of the FDA voted for it.')).toEqual([]);
  });

  it('reads whatever a company gave with the work as its purpose as funding (round 18)', () => {
    expect(relations('Performance Health Brands, maker of Thera-Band, provided the FlexBars for the study.')).toEqual([
      'funding:in-kind',
    ]);
    expect(relations('The company supplied the headsets used in the trial.')).toEqual(['funding:in-kind']);
    // Information handed out for the work, and a gift from no company, are no support.
    expect(relations('The company provided a statement for this study.')).toEqual([]);
    expect(relations('The hospital provided the rooms for the study.')).toEqual([]);
  });

  it('reads a company or a funding body at work on the work, said with a participle (round 18)', () => {
    expect(relations('Today, the company sponsoring the trial reported that four of six patients improved.')).toEqual([
      'funding:paying-for',
    ]);
    expect(relations('Neuralstem, a biomedical company that is financing the trial, shipped the cells.')).toEqual([
      'funding:paying-for',
    ]);
    // The noun, or a participle with no company or funder in its clause, names no funder.
    expect(relations('Patients are sponsoring the trial’s fundraiser.')).toEqual([]);
    expect(relations('He spoke about funding research in general.')).toEqual([]);
  });

  it('reads a stated absence of funding or of a tie to a company as a disclosure (round 18)', () => {
    expect(relations('The maker provided the bars but did not fund the study.')).toContain('funding:funding-denied');
    expect(relations('Acme Pharmaceuticals did not fund it.')).toEqual(['funding:funding-denied']);
    expect(relations('Dr. Jenkins, who is not affiliated with the company, has continued to monitor him.')).toEqual([
      'interests:tie-denied',
    ]);
    expect(relations('Bates is not affiliated with any of the companies working on migraine drugs.')).toEqual([
      'interests:tie-denied',
    ]);
    expect(relations('Stone was not paid by Abbott Laboratories for his work on the trial.')).toEqual([
      'interests:tie-denied',
    ]);
    expect(relations('Dr. Elias, who had no ties to the company or the device, agreed.')).toEqual([
      'interests:tie-denied',
    ]);
    // An outside expert who took no part in the study states no tie; nor does a person who did not fund a party.
    expect(relations('Dr. Stallings, who is not affiliated with the new study, said so.')).toEqual([]);
    expect(relations('She did not fund the study, her brother said.')).toEqual([]);
  });
});

describe('disclosure relations: material a company handed over', () => {
  it('reads funding an organisation promises to work to come (round 20)', () => {
    expect(
      relations(
        'The California-based Multidisciplinary Association for Psychedelic Studies, which has funded researchers at Stanford University and the University of Pennsylvania, plans to support an ayahuasca study in Peru this year.',
      ),
    ).toEqual(['funding:will-fund']);
    expect(relations('The National Institutes of Health will fund the trial.')).toEqual(['funding:will-fund']);
    expect(relations('The drugmaker has agreed to back the study.')).toEqual(['funding:will-fund']);
    // Not from an organisation, or of the work's claims: agreement, not money.
    expect(relations('Many doctors will support the study.')).toEqual([]);
    expect(relations('The American Heart Association will back the study’s findings.')).toEqual([]);
  });

  it('reads devices or a drug a company gave, in the past tense with a determiner or a count, as support in kind', () => {
    expect(relations('Acme Inc. supplied the devices.')).toEqual(['funding:in-kind']);
    // Google is a maker by name (disclosure.yml's known makers), which `findDisclosures` passes to the relations.
    expect(
      kinds("Google provided about 35 Google Glass devices to Stanford, but otherwise hasn't been involved."),
    ).toEqual(['funding']);
    expect(relations('Medtronic Inc. donated 40 insulin pumps.')).toEqual([]);
  });

  it('leaves what a business sells, and what others gave', () => {
    expect(relations('Acme Inc. supplies the devices to hospitals nationwide.')).toEqual([]);
    expect(relations('The hospital provided the equipment.')).toEqual([]);
    expect(relations('Acme Inc. provided the information.')).toEqual([]);
  });

  it('does not end the subject’s clause at an abbreviation’s full stop', () => {
    expect(relations('Acme Pharmaceuticals Co. provided the pills for the trial.')).toEqual(['funding:in-kind']);
  });
  it('reads funding given with a word of how much, work done for a public funder, and “fund” in the present (holdout18)', () => {
    expect(relations('JDRF, an organization that provided some funding for the studies, welcomed the result.')).toEqual(
      ['funding:gives-funding'],
    );
    expect(relations('The Parsemus Foundation can supply initial funding.')).toEqual(['funding:gives-funding']);
    expect(relations('Cifu oversaw three studies for the Department of Veterans Affairs.')).toEqual([
      'funding:work-for-funder',
    ]);
    expect(relations('The NICHD and the World Health Organization fund much basic research.')).toEqual([
      'funding:pays-for',
    ]);
    // Work “for” a disease or for patients names no party; “to fund” is a wish or a refusal.
    expect(relations("New trials for Alzheimer's disease are under way.")).toEqual([]);
    expect(relations('Studies for patients with asthma are few.')).toEqual([]);
    expect(relations('Congress refused to fund the study.')).toEqual([]);
    expect(relations('The clinic provided some care for the patients.')).toEqual([]);
  });
  it('reads a post in the company that develops or makes the product as an interest (holdout19)', () => {
    expect(
      relations(
        'Eberhart Roe, chairman of a university eye hospital and director of a small company called Retinal Vision AG which is developing the device, said the results were good.',
      ),
    ).toEqual(['interests:company-post']);
    expect(relations('He is the chief executive of Acme Therapeutics, which makes the pill.')).toEqual([
      'interests:company-post',
    ]);
    // Round 25: a department before the company, and the company called the maker in an apposition.
    expect(
      relations(
        'said Brian Roe, vice president of business development at Second Sight Medical Products Inc., the developer and manufacturer of the implant.',
      ),
    ).toEqual(['interests:company-post']);
    expect(
      relations('said Ann Lee, vice president of drug development for Inhalix Corp., manufacturer of the inhaler.'),
    ).toEqual(['interests:company-post']);
    expect(relations('said Ann Lee, vice president of drug development for Inhalix Corp., a firm in Boston.')).toEqual(
      [],
    );
    // An executive speaking for the company, and a post in a hospital, are no researcher's tie.
    expect(relations('“The results are strong,” said Jane Roe, CEO of Acme Therapeutics.')).toEqual([]);
    expect(relations('Dr. Lee, director of the Mayo Clinic heart centre, which makes no devices, spoke.')).toEqual([]);
  });
});
