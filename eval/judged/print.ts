import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, VerdictRecord } from './sample.js';

/** Where pending.ts and holdout.ts dump whole articles, so a judge can read each one. */
const dumpFolder = '/tmp/healthlint-judge';

/**
 * Prints one finding as a JSON line ready to be judged (with its verdict if it has one) and
 * dumps its article beside the others, so a judge reads the sentence and the whole document.
 */
export function printForJudging(
  finding: Finding & { message?: string; paragraph?: string },
  source: string,
  verdict?: Pick<VerdictRecord, 'verdict' | 'reason'>,
): void {
  mkdirSync(dumpFolder, { recursive: true });
  const article = join(dumpFolder, `${finding.doc.replace(/[^\w.-]+/gu, '_')}.md`);
  writeFileSync(article, source);
  const { doc, rule, text, sentence, message, paragraph } = finding;
  console.log(
    JSON.stringify({
      doc,
      rule,
      text,
      sentence,
      // Blind to the tier: a reader judges a held-back finding as the one a user who asked for it sees.
      message: message?.replace(/ \(tentative\)$/u, ''),
      paragraph,
      article,
      ...(verdict ? { verdict: verdict.verdict, reason: verdict.reason } : {}),
    }),
  );
}
