import { escapeControl } from './text-safety.js';
import type { Reporter } from './types.js';
import { locationOf, severityOf } from './model.js';

const commands = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: one annotation per message, shown on the pull request's diff. */
export const githubReporter: Reporter = (files) => {
  const lines: string[] = [];
  for (const file of files) {
    for (const message of file.messages) {
      const at = locationOf(message);
      const properties = [
        `file=${escapeProperty(file.path || '<stdin>')}`,
        `line=${at.startLine}`,
        `col=${at.startColumn}`,
        `endLine=${at.endLine}`,
        `endColumn=${at.endColumn}`,
        `title=${escapeProperty(`healthlint (${message.ruleId ?? 'error'})`)}`,
      ];
      lines.push(`::${commands[severityOf(message)]} ${properties.join(',')}::${escapeData(message.reason)}`);
    }
  }
  return lines.join('\n');
};

/** GitHub's own escapes for `%`, CR and LF; other control characters (ESC, BEL) shown as `\x1b`, never sent raw. */
function escapeData(value: string): string {
  return escapeControl(value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
