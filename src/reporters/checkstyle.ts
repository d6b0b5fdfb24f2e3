import type { VFile } from 'vfile';
import { toPosixPath } from '../fingerprint.js';
import { locationOf, severityOf } from '../report-model.js';
import { collected, type StreamingReporter } from './stream.js';
import { xmlAttributes, xmlDeclaration } from './xml.js';

/**
 * Checkstyle XML, which Jenkins (warnings-ng), reviewdog (`-f=checkstyle`), SonarQube and many
 * CI dashboards read: one `<file>` per linted file (clean ones too, so readers see they were
 * checked), one `<error>` per finding. Columns are 1-based UTF-16 code units, like the other formats.
 */
export const checkstyleStream: StreamingReporter = (_options, write) => {
  write(`${xmlDeclaration}\n<checkstyle version="4.3">`);
  const file = (file: VFile): void => {
    const lines: string[] = [];
    const name = toPosixPath(file.path || '<stdin>');
    if (file.messages.length === 0) {
      write(`\n  <file${xmlAttributes({ name })}/>`);
      return;
    }
    lines.push(`  <file${xmlAttributes({ name })}>`);
    for (const message of file.messages) {
      const at = locationOf(message);
      const attributes = xmlAttributes({
        line: at.startLine,
        column: at.startColumn,
        severity: severityOf(message),
        message: message.reason,
        source: `healthlint.${message.ruleId ?? 'unknown'}`,
      });
      lines.push(`    <error${attributes}/>`);
    }
    lines.push('  </file>');
    write(`\n${lines.join('\n')}`);
  };
  return { file, end: () => write('\n</checkstyle>') };
};

export const checkstyleReporter = collected(checkstyleStream);
