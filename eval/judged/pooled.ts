import { readFileSync, writeFileSync } from 'node:fs';
import { lintJudgedCorpus } from './corpus.js';
import { readEveryVerdict, type DrawName } from './data.js';
import { findingKey, reasonTag, wilson, type Verdict, type VerdictRecord } from './sample.js';

/**
 * `npx tsx eval/judged/pooled.ts --rule a,b [--save F] [--against F] [--list wrong|debatable|correct|gone|tentative]`:
 * every verdict ever written for a rule (the main sample, every tuning round and every holdout already
 * read), matched against the current code's findings. `npm run eval` reports its precision beside the main
 * sample's (the main sample has been read most, so it flatters most), but it is no out-of-sample figure:
 * the verdicts were drawn at different commits and earlier fixes removed the wrong ones they read, so
 * the precision of what is still there is biased upwards. What this tool is good for is the difference a
 * change makes over a few hundred judged findings at once: how many wrong findings a tightening
 * removes, and how many correct ones it loses (`--save` before, `--against` after, to list exactly
 * which judged findings came or went). Findings a rule holds back as tentative count as gone, and
 * are tallied on their own line (`--list tentative` shows them). A holdout nobody has read yet must stay unread: its file is
 * left out while it is listed in `unreadDraws` (data.ts), and `--without d1,d2` leaves out more.
 */
const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const rules = (argument('--rule') ?? '').split(',').filter(Boolean);
if (!rules.length) {
  console.error('pooled: --rule <rule[,rule]> is required');
  process.exit(2);
}
const leftOut = new Set((argument('--without') ?? '').split(',').filter(Boolean) as DrawName[]);
const listing = argument('--list');
if (!process.env['HEALTHLINT_JUDGE_RULES']) process.env['HEALTHLINT_JUDGE_RULES'] = rules.join(',');

const verdicts = new Map<string, VerdictRecord & { file: string }>();
for (const record of readEveryVerdict(leftOut)) {
  if (rules.includes(record.rule) && !verdicts.has(findingKey(record))) verdicts.set(findingKey(record), record);
}

const corpus = lintJudgedCorpus();
if (!corpus) {
  console.error('pooled: ../shared/corpora lacks fakehealth-release, fakehealth-story-text or cochrane-pls');
  process.exit(2);
}
const present = new Set(corpus.findings.filter((finding) => rules.includes(finding.rule)).map(findingKey));
const judgedPresent = [...verdicts.keys()].filter((key) => present.has(key));
const heldBack = new Set(corpus.tentativeFindings.filter((finding) => rules.includes(finding.rule)).map(findingKey));

const againstFile = argument('--against');
const before: Set<string> | undefined = againstFile
  ? new Set(JSON.parse(readFileSync(againstFile, 'utf8')) as string[])
  : undefined;
const saveFile = argument('--save');
if (saveFile) writeFileSync(saveFile, JSON.stringify(judgedPresent));

const count = (keys: readonly string[], verdict: Verdict) =>
  keys.filter((key) => verdicts.get(key)?.verdict === verdict).length;
const show = (key: string, mark: string) => {
  const record = verdicts.get(key)!;
  console.log(`${mark} ${record.rule} ${record.verdict} (${record.file}) ${record.reason}`);
  console.log(`    ${record.doc}  «${record.text}»  ${record.sentence.slice(0, 300)}`);
};

for (const rule of rules) {
  const keys = judgedPresent.filter((key) => verdicts.get(key)?.rule === rule);
  const correct = count(keys, 'correct');
  const { low, high } = wilson(correct, keys.length);
  const tags = new Map<string, number>();
  for (const key of keys) {
    const record = verdicts.get(key)!;
    if (record.verdict === 'wrong') tags.set(reasonTag(record.reason), (tags.get(reasonTag(record.reason)) ?? 0) + 1);
  }
  const judgedOfRule = [...verdicts.values()].filter((record) => record.rule === rule).length;
  console.log(
    `${rule}: ${keys.length} of ${judgedOfRule} judged findings still found: ` +
      `${correct} correct, ${count(keys, 'debatable')} debatable, ${count(keys, 'wrong')} wrong; ` +
      `strict ${keys.length ? (correct / keys.length).toFixed(2) : '-'} [${low.toFixed(2)}, ${high.toFixed(2)}]` +
      (tags.size
        ? `; wrong: ${[...tags]
            .sort((a, b) => b[1] - a[1])
            .map(([tag, n]) => `${tag} ${n}`)
            .join(', ')}`
        : ''),
  );
  if (before) {
    const gone = [...before].filter((key) => verdicts.get(key)?.rule === rule && !present.has(key));
    const back = keys.filter((key) => !before.has(key));
    console.log(
      `  against ${againstFile}: gone ${gone.length} (correct ${count(gone, 'correct')}, debatable ${count(gone, 'debatable')}, wrong ${count(gone, 'wrong')}); ` +
        `came back ${back.length} (correct ${count(back, 'correct')}, wrong ${count(back, 'wrong')})`,
    );
    if (listing === 'gone') for (const key of gone) show(key, '-');
    if (listing === 'gone') for (const key of back) show(key, '+');
  }
  if (listing && listing !== 'gone' && listing !== 'tentative')
    for (const key of keys) if (verdicts.get(key)?.verdict === listing) show(key, '*');
  const tentative = [...verdicts.keys()].filter((key) => heldBack.has(key) && verdicts.get(key)?.rule === rule);
  if (tentative.length || listing === 'tentative') {
    console.log(
      `  held back as tentative: ${tentative.length} judged: ${count(tentative, 'correct')} correct, ` +
        `${count(tentative, 'debatable')} debatable, ${count(tentative, 'wrong')} wrong`,
    );
  }
  if (listing === 'tentative') for (const key of tentative) show(key, '?');
}
