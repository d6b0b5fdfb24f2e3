import type { VFile } from 'vfile';
import { escapeControl } from './text-safety.js';
import { locationOf, severityOf } from '../report-model.js';
import { collected, joiner, type StreamingReporter } from './stream.js';

const commands = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: one annotation per message, shown on the pull request's diff. */
export const githubStream: StreamingReporter = (_options, write) => {
  const line = joiner(write, '\n');
  const file = (file: VFile): void => {
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
      line(`::${commands[severityOf(message)]} ${properties.join(',')}::${escapeData(message.reason)}`);
    }
  };
  return { file, end: () => {} };
};

export const githubReporter = collected(githubStream);

/** GitHub's own escapes for `%`, CR and LF; other control characters (ESC, BEL) shown as `\x1b`, never sent raw. */
function escapeData(value: string): string {
  return escapeControl(value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
