/**
 * Lists the scorecard's availability verdicts that disagree with HealthNewsReview on the dev releases of
 * fakehealth-release, with the scorecard's reason and evidence and HNR's own explanation, so that the
 * errors can be read and grouped by why. `--json=<file>` also writes every release's verdict, so that a
 * change can be compared against an earlier run (`--against=<file>` lists the releases whose verdict moved).
 *
 *   npx tsx eval/availability-errors.ts [--kind=fp|fn] [--json=/tmp/a.json] [--against=/tmp/a.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../rules/index.js';
import { RuleSet } from '../src/rule/rule-set.js';
import { buildDocument } from '../src/prose/document.js';
import { scorecardOf } from '../src/scorecard.js';
import { judged, loadReleases } from './fakehealth.js';

const options = new Map(
  process.argv.slice(2).map((argument) => {
    const [key, value = ''] = argument.replace(/^--/, '').split('=');
    return [key, value] as const;
  }),
);
const releases = judged(loadReleases() ?? [], 'availability');
const builtIns = new RuleSet(rules);
interface Judged {
  verdict: string;
  reason: string;
  evidence: string;
  hnr: string;
}
const verdicts = new Map<string, Judged>();
for (const release of releases) {
  const result = scorecardOf(buildDocument(release.text, 'text'), builtIns).find(
    (found) => found.id === 'availability',
  );
  if (!result) continue;
  verdicts.set(release.news_id, {
    verdict: result.verdict,
    reason: result.reason,
    evidence: result.evidence.map((evidence) => evidence.text).join(' | '),
    hnr: release.labels['availability'] ?? '',
  });
}
const errorKind = ({ verdict, hnr }: Judged): 'fp' | 'fn' | undefined => {
  const flagged = verdict === 'not-satisfied';
  const positive = hnr === 'Not Satisfactory';
  return flagged && !positive ? 'fp' : !flagged && positive ? 'fn' : undefined;
};
const wanted = options.get('kind');
if (options.has('against')) {
  const before = JSON.parse(readFileSync(options.get('against') ?? '', 'utf8')) as Record<string, Judged | undefined>;
  for (const [id, now] of verdicts) {
    const then = before[id];
    if (then && then.verdict === now.verdict) continue;
    const moved = (now.verdict === 'not-satisfied') === (now.hnr === 'Not Satisfactory') ? 'FIXED' : 'BROKEN';
    console.log(`${moved} ${id} (HNR ${now.hnr}): ${then?.verdict} → ${now.verdict}; ${now.reason}: ${now.evidence}`);
  }
} else {
  for (const release of releases) {
    const judged = verdicts.get(release.news_id);
    const kind = judged && errorKind(judged);
    if (!judged || !kind || (wanted && wanted !== kind)) continue;
    const { verdict, reason, evidence } = judged;
    console.log(`## ${kind} ${release.news_id}: ${release.title}`);
    console.log(`scorecard: ${verdict} (${reason}) ${evidence}`);
    console.log(`HNR ${release.labels['availability']}: ${release.criteria['availability']?.explanation ?? ''}\n`);
  }
}
if (options.has('json')) {
  writeFileSync(options.get('json') ?? '', JSON.stringify(Object.fromEntries(verdicts), null, 1));
}
