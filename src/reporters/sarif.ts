import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import { rules } from '../../rules/index.js';
import { loadedPluginRules } from '../config/plugins.js';
import { ruleUrl } from '../rule/define-rule.js';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { RuleDefinition } from '../rule/types.js';
import type { Reporter } from './types.js';
import { dataOf, locationOf, severityOf } from './model.js';
import { version } from '../version.js';
import { findingKeyOf, toPosixPath, uniqueFingerprints } from '../fingerprint.js';

const levels = { error: 'error', warning: 'warning', info: 'note' } as const;

/** Messages about a file rather than its prose (unreadable, binary) get a rule of their own. */
const readErrorRule = {
  id: 'read-error',
  name: 'ReadError',
  shortDescription: { text: 'The file could not be read as text.' },
  fullDescription: {
    text: 'healthlint could not read or decode this file (missing, unreadable, binary, too large or not UTF-8), so it was not linted.',
  },
  help: { text: 'Make the file readable UTF-8 text, raise --max-file-size, or exclude it in .healthlintignore.' },
  defaultConfiguration: { level: 'error' },
};

/** SARIF 2.1.0 as GitHub code scanning reads it: every rule has a full description and help; every result a location. */
export const sarifReporter: Reporter = (files) => {
  const driverRules: DriverRule[] = [
    ...[...rules, ...loadedPluginRules()].map(({ definition }) => ({
      id: definition.id,
      name: definition.id
        .split(/[-/]/)
        .map((part) => part[0]?.toUpperCase() + part.slice(1))
        .join(''),
      shortDescription: { text: definition.docs.summary },
      fullDescription: { text: `${definition.docs.summary} ${definition.docs.rationale}` },
      help: {
        text: `${definition.docs.howToFix} Guideline: ${definition.docs.guideline}`,
        markdown: `${definition.docs.howToFix}\n\n**Guideline:** ${definition.docs.guideline}${docsUrl(definition) ? `\n\n[Rule documentation](${docsUrl(definition)})` : ''}`,
      },
      ...(docsUrl(definition) ? { helpUri: docsUrl(definition) } : {}),
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['health', 'content-quality'] },
    })),
    readErrorRule,
  ];
  driverRules.push(...termRules(files, driverRules));
  const ruleIndex = new Map(driverRules.map((rule, index) => [rule.id, index]));
  // The baseline's key (rule, file, flagged text, sentence), so code scanning tracks a finding across line shifts.
  const fingerprints = uniqueFingerprints(
    files.flatMap((file) =>
      file.messages.map((message) => findingKeyOf(file, message, toPosixPath(file.path || 'stdin'))),
    ),
  );
  let resultIndex = 0;
  const results = files.flatMap((file) =>
    file.messages.map((message) => {
      const at = locationOf(message);
      const data = dataOf(message);
      const id = termRuleId(message) ?? message.ruleId ?? 'read-error';
      const path = file.path || 'stdin';
      const region: Record<string, number> = {
        startLine: at.startLine,
        startColumn: at.startColumn,
        endLine: at.endLine,
        endColumn: Math.max(at.endColumn, at.startLine === at.endLine ? at.startColumn : 1),
      };
      if (at.startOffset !== undefined && at.endOffset !== undefined) {
        region['charOffset'] = at.startOffset;
        region['charLength'] = at.endOffset - at.startOffset;
      }
      return {
        ruleId: id,
        ...(ruleIndex.has(id) ? { ruleIndex: ruleIndex.get(id) } : {}),
        level: levels[severityOf(message)],
        partialFingerprints: { 'healthlintFinding/v1': fingerprints[resultIndex++] as string },
        message: { text: message.reason },
        ...(data ? { properties: { ...data } } : {}),
        locations: [
          {
            physicalLocation: {
              artifactLocation: isAbsolute(path)
                ? { uri: pathToFileURL(path).href }
                : { uri: relativeUri(path), uriBaseId: '%SRCROOT%' },
              region,
            },
          },
        ],
      };
    }),
  );
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'healthlint',
              version,
              semanticVersion: version,
              informationUri: 'https://github.com/healthlint/healthlint',
              rules: driverRules,
            },
          },
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    },
    null,
    2,
  );
};

/**
 * A relative path as a URI reference (RFC 3986): each segment percent-encoded, so `#`, `%`, `?`,
 * spaces and non-ASCII letters in a file name stay part of the path instead of starting a fragment
 * or a query or breaking the URI.
 */
export function relativeUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/**
 * A finding about one term of a configured list (a house-style term) is reported under a
 * hierarchical rule id, `house-style/person-first` (SARIF 2.1.0 §3.27.5), so code scanning lists
 * each term as a rule of its own, described by the term's message.
 */
function termRuleId(message: VFileMessage): string | undefined {
  const term = dataOf(message)?.['term'];
  return term && message.ruleId ? `${message.ruleId}/${term}` : undefined;
}

type DriverRule = { id: string; help: { text: string; markdown?: string }; helpUri?: string } & Record<string, unknown>;

function termRules(files: VFile[], parents: DriverRule[]): DriverRule[] {
  const found = new Map<string, DriverRule>();
  for (const file of files) {
    for (const message of file.messages) {
      const id = termRuleId(message);
      if (!id || found.has(id)) continue;
      const parent = parents.find((rule) => rule.id === message.ruleId);
      const description = typeof message.note === 'string' && message.note ? message.note : `Term \`${id}\``;
      found.set(id, {
        id,
        name: id.replace(/(?:^|[-/])(\w)/g, (_, letter: string) => letter.toUpperCase()),
        shortDescription: { text: description },
        fullDescription: { text: `${description} (${id})` },
        help: parent?.help ?? { text: description },
        ...(parent?.helpUri ? { helpUri: parent.helpUri } : {}),
        defaultConfiguration: { level: 'warning' },
        properties: { tags: ['health', 'content-quality', 'house-style'] },
      });
    }
  }
  return [...found.values()];
}

/** Built-in rules link to their page in docs/rules; a plugin's rule to its own `url`, if it has one. */
function docsUrl(definition: RuleDefinition<object>): string | undefined {
  return 'url' in definition ? definition.url : ruleUrl(definition.id);
}
