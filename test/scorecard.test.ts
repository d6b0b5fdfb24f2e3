import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { RuleSet } from '../src/rule/rule-set.js';
import { buildDocument } from '../src/prose/document.js';
import { reporters } from '../src/reporters/index.js';
import { scorecardOf, summarise, type Verdict } from '../src/scorecard.js';
import { lintWith, onlyRules } from './helpers.js';

const builtIns = new RuleSet(rules);

const verdicts = (text: string): Record<string, Verdict> =>
  Object.fromEntries(
    scorecardOf(buildDocument(text, 'markdown'), builtIns).map((result) => [result.id, result.verdict]),
  );

const release = [
  '# Atorvastatin prevents strokes',
  '',
  'In a randomised trial of 2,000 adults, atorvastatin cut the risk of stroke by half: 2 in 100 people on atorvastatin had a stroke, compared with 4 in 100 on placebo.',
  '',
  'Side effects included nausea in 1 in 20 people. The trial was small and short, and more research is needed.',
  '',
  'The study was funded by the National Institutes of Health. Atorvastatin is approved by the FDA for this use.',
].join('\n');

describe('scorecard', () => {
  it('satisfies the criteria a careful release meets', () => {
    expect(verdicts(release)).toEqual({
      'benefits-quantified': 'satisfied',
      harms: 'satisfied',
      'evidence-quality': 'satisfied',
      'funding-and-conflicts': 'satisfied',
      availability: 'satisfied',
      'sensational-language': 'satisfied',
      'relative-and-absolute-risk': 'satisfied',
    });
  });

  it('fails the criteria a hyped release misses, with the findings that decided them', () => {
    const text = '# Miracle pill\n\nResearchers found the pill cut the risk of stroke by 50%.\n';
    const results = scorecardOf(buildDocument(text, 'markdown'), builtIns);
    const byId = Object.fromEntries(results.map((result) => [result.id, result]));
    expect(byId['relative-and-absolute-risk']?.verdict).toBe('not-satisfied');
    expect(byId['relative-and-absolute-risk']?.evidence[0]).toMatchObject({
      ruleId: 'relative-risk-without-absolute',
      text: '50%',
      line: 3,
    });
    expect(byId['sensational-language']?.evidence[0]?.text).toBe('Miracle');
    expect(byId['funding-and-conflicts']?.verdict).toBe('not-satisfied');
    expect(byId['harms']?.verdict).toBe('not-satisfied');
  });

  it('marks criteria that do not apply', () => {
    const text = 'Migraine is a common headache disorder that often runs in families.';
    expect(verdicts(text)).toMatchObject({
      'benefits-quantified': 'not-applicable',
      'funding-and-conflicts': 'not-applicable',
      availability: 'not-applicable',
      'relative-and-absolute-risk': 'not-applicable',
    });
  });

  it('asks whether, when, where or at what cost readers can get a test, not only a drug’s licence (issue #13)', () => {
    const silent = [
      '# New blood test detects ovarian cancer early',
      '',
      'A new blood test detected early-stage ovarian cancer in 9 of 10 women, researchers reported.',
    ].join('\n');
    const result = scorecardOf(buildDocument(silent, 'markdown'), builtIns).find((row) => row.id === 'availability');
    expect(result).toMatchObject({
      verdict: 'not-satisfied',
      reason: 'never says whether, when, where or at what cost readers can get it',
    });
    expect(result?.evidence[0]).toMatchObject({
      line: 1,
      reason: expect.stringContaining('availability never stated'),
    });

    const told = `${silent}\n\nThe test will need to be validated before it is available, which could take five years.\n`;
    const satisfied = scorecardOf(buildDocument(told, 'markdown'), builtIns).find((row) => row.id === 'availability');
    expect(satisfied?.verdict).toBe('satisfied');
    expect(satisfied?.evidence[0]?.text).toBe(
      'The test will need to be validated before it is available, which could take five years.',
    );
  });

  it('leaves an everyday practice or food that a study only observed people choosing (round 30)', () => {
    const observed = [
      '# A Mediterranean diet may lower the risk of bone loss',
      '',
      'In an observational study of 10,000 women, those who followed a Mediterranean diet were less likely to lose bone, researchers found.',
    ].join('\n');
    const result = scorecardOf(buildDocument(observed, 'markdown'), builtIns).find((row) => row.id === 'availability');
    expect(result?.verdict).toBe('not-applicable');
    // Tested in a trial, the practice is a programme on offer, and where to get it is a fair question.
    const tested = [
      '# A Mediterranean diet may lower the risk of bone loss',
      '',
      'In a randomised trial of 400 women, those assigned a Mediterranean diet lost less bone than those on a control diet.',
    ].join('\n');
    const trial = scorecardOf(buildDocument(tested, 'markdown'), builtIns).find((row) => row.id === 'availability');
    expect(trial?.verdict).toBe('not-satisfied');
  });

  it('stays not satisfied when missing-regulatory-status fires, whatever else the release says', () => {
    const text = [
      '# Ketamine infusion relieves depression',
      '',
      'Ketamine infusion relieves depression within hours, a new study found; patients can ask their doctor about it.',
    ].join('\n');
    const result = scorecardOf(buildDocument(text, 'markdown'), builtIns).find((row) => row.id === 'availability');
    expect(result?.verdict).toBe('not-satisfied');
    expect(result?.evidence[0]?.ruleId).toBe('missing-regulatory-status');
  });

  it('reports as text with a summary across articles, and as JSON', () => {
    const config = onlyRules({});
    const files = [lintWith(release, config), lintWith('# Miracle pill\n\nIt halves the risk.\n', config)];
    files[0]!.path = 'a.md';
    files[1]!.path = 'b.md';
    const text = reporters['scorecard']!(files, { cwd: '.', color: false, verbose: false, ruleSet: builtIns });
    expect(text).toContain('a.md\n  ✓ Benefits quantified (HealthNewsReview.org criterion 2): satisfied');
    expect(text).toContain('| Relative and absolute risk (CONSORT 2010 item 17b) | 1 | 1 | 0 |');
    const json = JSON.parse(
      reporters['scorecard-json']!(files, { cwd: '.', color: false, verbose: false, ruleSet: builtIns }),
    ) as {
      files: { path: string }[];
      summary: ReturnType<typeof summarise>;
    };
    expect(json.files.map((file) => file.path)).toEqual(['a.md', 'b.md']);
    expect(json.summary.find((row) => row.id === 'sensational-language')).toMatchObject({
      satisfied: 1,
      notSatisfied: 1,
    });
  });
});
