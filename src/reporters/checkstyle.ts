import { toPosixPath } from '../fingerprint.js';
import { locationOf, severityOf } from './model.js';
import type { Reporter } from './types.js';
import { xmlAttributes, xmlDeclaration } from './xml.js';

/**
 * Checkstyle XML, which Jenkins (warnings-ng), reviewdog (`-f=checkstyle`), SonarQube and many
 * CI dashboards read: one `<file>` per linted file (clean ones too, so readers see they were
 * checked), one `<error>` per finding. Columns are 1-based UTF-16 code units, like the other formats.
 */
export const checkstyleReporter: Reporter = (files) => {
  const lines = [xmlDeclaration, '<checkstyle version="4.3">'];
  for (const file of files) {
    const name = toPosixPath(file.path || '<stdin>');
    if (file.messages.length === 0) {
      lines.push(`  <file${xmlAttributes({ name })}/>`);
      continue;
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
  }
  lines.push('</checkstyle>');
  return lines.join('\n');
};
