import { balancedAccuracy, confusion, type EvalRow, type EvalSuite } from '../lib.js';
import { judged, lintRelease, loadReleases, onlyRule } from '../fakehealth.js';

const id = 'missing-disclosure';

/**
 * missing-disclosure against HealthNewsReview's funding-and-conflicts verdict, at the document
 * level: the rule fires ⇔ Not Satisfactory. Releases are linted as articles with their title and
 * date as front matter (the rule only judges articles with metadata). Reviewers also credited
 * funders listed only in EurekAlert!'s sidebar, which is not in the text, so the ceiling is below 1.
 */
const suite: EvalSuite = {
  name: 'disclosure',
  run({ quick }) {
    const releases = loadReleases();
    if (!releases) return [];
    const scored = judged(releases, 'funding_coi');
    const sample = quick ? scored.filter((_, index) => index % 2 === 0) : scored;
    const score = (data: string, options: Record<string, unknown>, target?: string): EvalRow => {
      const config = onlyRule(id, options);
      const matrix = confusion(
        sample.map((release) => ({
          predicted: lintRelease(release, config).messages.some((message) => message.ruleId === id),
          actual: release.labels['funding_coi'] === 'Not Satisfactory',
        })),
      );
      return {
        rule: id,
        data,
        metric: 'balanced accuracy',
        value: balancedAccuracy(matrix),
        baseline: 0.5,
        baselineName: 'always Not Satisfactory',
        ...(target ? { target } : {}),
        n: sample.length,
        detail: `tp ${matrix.tp} fp ${matrix.fp} tn ${matrix.tn} fn ${matrix.fn}`,
      };
    };
    // HealthNewsReview asks for funding even when a company announces its own product, as the default
    // does; stories on a company's own trial are left out by default. The other rows are houses that
    // take the sponsor as self-evident in releases too, or that ask it of stories as well (JUDGING.md: debatable).
    // HealthNewsReview also marks a release that names the maker as funder but not the researchers' ties Not
    // Satisfactory; JUDGING.md counts a finding on stated funding wrong, so that is an option, scored in its own row.
    // A quick run (the tests' floor) scores the default only: each row lints every release again.
    const target = score('fakehealth-release, funding_coi', {}, '≥ 0.75');
    if (quick) return [target];
    return [
      target,
      score('fakehealth-release, funding_coi (includeOwnAnnouncements: false)', { includeOwnAnnouncements: false }),
      score('fakehealth-release, funding_coi (includeOwnProduct: true)', { includeOwnProduct: true }),
      score('fakehealth-release, funding_coi (industryNeedsInterests: true)', { industryNeedsInterests: true }),
    ];
  },
};

export default suite;
