import type { VFile } from 'vfile';
import { findingKeyOf, toPosixPath, uniqueFingerprints } from '../fingerprint.js';
import { locationOf, severityOf, type MessageSeverity } from '../report-model.js';
import { collected, JsonArrayWriter, type StreamingReporter } from './stream.js';

/** GitLab's usual mapping: an error blocks like a major issue, a warning is minor. */
const severities: Record<MessageSeverity, string> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab Code Quality (a JSON array in Code Climate's shape), attached to a merge request with
 * `artifacts: reports: codequality`. Fingerprints come from the same key as the baseline (rule,
 * file, flagged text and sentence; not the line), so GitLab sees a finding as the same issue
 * after unrelated edits and only new ones show as new. Paths are as given on the command line,
 * so run healthlint from the repository root.
 */
export const gitlabStream: StreamingReporter = (_options, write) => {
  const array = new JsonArrayWriter(write);
  const file = (file: VFile): void => {
    const path = toPosixPath(file.path || '<stdin>');
    // The key holds the path, so repeats (which get numbered fingerprints) are always within one file.
    const fingerprints = uniqueFingerprints(file.messages.map((message) => findingKeyOf(file, message, path)));
    for (const [index, message] of file.messages.entries()) {
      const at = locationOf(message);
      array.item({
        type: 'issue',
        check_name: message.ruleId ?? 'unknown',
        description: message.reason,
        ...(message.note ? { content: { body: message.note } } : {}),
        categories: ['Style'],
        fingerprint: fingerprints[index],
        severity: severities[severityOf(message)],
        location: { path, lines: { begin: at.startLine, end: at.endLine } },
      });
    }
  };
  return { file, end: () => array.end() };
};

export const gitlabReporter = collected(gitlabStream);
