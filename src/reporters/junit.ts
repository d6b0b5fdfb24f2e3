import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { toPosixPath } from '../fingerprint.js';
import { locationOf, severityOf } from '../report-model.js';
import { collected, Spool, type StreamingReporter } from './stream.js';
import { escapeXml, xmlAttributes, xmlDeclaration } from './xml.js';

/**
 * JUnit XML in the shape GitLab's test report, Jenkins, Azure Pipelines and the GitHub JUnit
 * report actions read: one `<testsuite>` per file, one `<testcase>` per finding (errors and
 * warnings are `<failure>`s, so the finding is what the CI page lists), and one passing testcase
 * for a clean file so it still counts as tested. A file that could not be read is an `<error>`
 * (the test could not run). Infos pass, with their text in `<system-out>`. `file` and `line`
 * attributes let annotation actions point at the line.
 */
export const junitStream: StreamingReporter = (_options, write) => {
  // The head carries the totals, so the suites wait on disk until the last file is counted.
  const spool = new Spool();
  const total = { tests: 0, failures: 0, errors: 0 };
  const file = (file: VFile): void => {
    const suite = suiteOf(file);
    total.tests += suite.tests;
    total.failures += suite.failures;
    total.errors += suite.errors;
    spool.append(`\n${suite.xml}`);
  };
  const end = (): void => {
    try {
      write(`${xmlDeclaration}\n<testsuites${xmlAttributes({ name: 'healthlint', ...total })}>`);
      spool.replay(write);
      write('\n</testsuites>');
    } finally {
      spool.close();
    }
  };
  return { file, end, abort: () => spool.close() };
};

export const junitReporter = collected(junitStream);

function suiteOf(file: VFile): { tests: number; failures: number; errors: number; xml: string } {
  const path = toPosixPath(file.path || '<stdin>');
  const cases = file.messages.map((message) => caseOf(path, message));
  if (cases.length === 0)
    cases.push({ kind: 'pass', xml: `    <testcase${xmlAttributes({ name: path, classname: path, file: path })}/>` });
  const failures = cases.filter((entry) => entry.kind === 'failure').length;
  const errors = cases.filter((entry) => entry.kind === 'error').length;
  const head = `  <testsuite${xmlAttributes({ name: path, tests: cases.length, failures, errors, skipped: 0 })}>`;
  return {
    tests: cases.length,
    failures,
    errors,
    xml: [head, ...cases.map((entry) => entry.xml), '  </testsuite>'].join('\n'),
  };
}

function caseOf(path: string, message: VFileMessage): { kind: 'pass' | 'failure' | 'error'; xml: string } {
  const at = locationOf(message);
  const rule = message.ruleId ?? 'unknown';
  const severity = severityOf(message);
  const where = `${path}:${at.startLine}:${at.startColumn}`;
  const details = [`${where}-${at.endLine}:${at.endColumn} ${severity}: ${message.reason} (${rule})`];
  if (message.note) details.push(message.note);
  if (message.url) details.push(message.url);
  const attributes = xmlAttributes({ name: `${rule} at ${where}`, classname: path, file: path, line: at.startLine });
  const kind = rule === 'read-error' ? 'error' : severity === 'info' ? 'pass' : 'failure';
  const body =
    kind === 'pass'
      ? `<system-out>${escapeXml(details.join('\n'))}</system-out>`
      : `<${kind}${xmlAttributes({ type: rule, message: message.reason })}>${escapeXml(details.join('\n'))}</${kind}>`;
  return { kind, xml: `    <testcase${attributes}>\n      ${body}\n    </testcase>` };
}
