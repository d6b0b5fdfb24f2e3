import { findingKeyOf, toPosixPath, uniqueFingerprints } from '../fingerprint.js';
import { locationOf, severityOf, type MessageSeverity } from './model.js';
import type { Reporter } from './types.js';

/** GitLab's usual mapping: an error blocks like a major issue, a warning is minor. */
const severities: Record<MessageSeverity, string> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab Code Quality (a JSON array in Code Climate's shape), attached to a merge request with
 * `artifacts: reports: codequality`. Fingerprints come from the same key as the baseline (rule,
 * file, flagged text and sentence; not the line), so GitLab sees a finding as the same issue
 * after unrelated edits and only new ones show as new. Paths are as given on the command line,
 * so run healthlint from the repository root.
 */
export const gitlabReporter: Reporter = (files) => {
  const findings = files.flatMap((file) => {
    const path = toPosixPath(file.path || '<stdin>');
    return file.messages.map((message) => ({ path, message, key: findingKeyOf(file, message, path) }));
  });
  const fingerprints = uniqueFingerprints(findings.map((finding) => finding.key));
  return JSON.stringify(
    findings.map(({ path, message }, index) => {
      const at = locationOf(message);
      return {
        type: 'issue',
        check_name: message.ruleId ?? 'unknown',
        description: message.reason,
        ...(message.note ? { content: { body: message.note } } : {}),
        categories: ['Style'],
        fingerprint: fingerprints[index],
        severity: severities[severityOf(message)],
        location: { path, lines: { begin: at.startLine, end: at.endLine } },
      };
    }),
    null,
    2,
  );
};
