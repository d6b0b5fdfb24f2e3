import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import { ruleUrl, type HealthlintRule } from '../rule/define-rule.js';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { RuleDefinition } from '../rule/types.js';
import { collected, JsonArrayWriter, splitAtSlot, type StreamingReporter } from './stream.js';
import { dataOf, locationOf, severityOf } from '../report-model.js';
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
export const sarifStream: StreamingReporter = ({ ruleSet }, write) => {
  const driverRules: DriverRule[] = [...[...ruleSet].map(driverRuleOf), readErrorRule];
  const ruleIndex = new Map(driverRules.map((rule, index) => [rule.id, index]));
  /**
   * Rules are listed after the results: a plugin rule loaded with a later file's config, or a
   * house-style term, joins the list when a result first names it, so its index is known as the
   * result is written.
   */
  const indexOf = (id: string, message: VFileMessage): number | undefined => {
    const listed = ruleIndex.get(id);
    if (listed !== undefined) return listed;
    const known = id === message.ruleId ? ruleSet.get(id) : undefined;
    const rule = known ? driverRuleOf(known) : id !== message.ruleId ? termRuleOf(id, message, driverRules) : undefined;
    if (!rule) return undefined;
    ruleIndex.set(id, driverRules.length);
    driverRules.push(rule);
    return ruleIndex.get(id);
  };
  const file = (file: VFile): void => {
    // The baseline's key (rule, file, flagged text, sentence), so code scanning tracks a finding across
    // line shifts. The key holds the path, so numbered repeats are always within one file.
    const fingerprints = uniqueFingerprints(
      file.messages.map((message) => findingKeyOf(file, message, toPosixPath(file.path || 'stdin'))),
    );
    for (const [resultIndex, message] of file.messages.entries()) {
      const at = locationOf(message);
      const data = dataOf(message);
      const id = termRuleId(message) ?? message.ruleId ?? 'read-error';
      const index = indexOf(id, message);
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
      results.item({
        ruleId: id,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: levels[severityOf(message)],
        partialFingerprints: { 'healthlintFinding/v1': fingerprints[resultIndex] as string },
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
      });
    }
  };
  // The run's results come before its tool (key order means nothing in JSON): the rule list is
  // complete only once every file's findings are written.
  const layout = (slot: string): unknown => ({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        columnKind: 'utf16CodeUnits',
        results: slot,
        tool: {
          driver: {
            name: 'healthlint',
            version,
            semanticVersion: version,
            informationUri: 'https://github.com/healthlint/healthlint',
            rules: driverRules,
          },
        },
      },
    ],
  });
  const { before, base } = splitAtSlot(layout);
  write(before);
  const results = new JsonArrayWriter(write, base);
  return {
    file,
    end: () => {
      results.end();
      // Plugin rules loaded since the report began are listed too, as they are in a run that finds nothing.
      for (const rule of ruleSet) {
        if (ruleIndex.has(rule.definition.id)) continue;
        ruleIndex.set(rule.definition.id, driverRules.length);
        driverRules.push(driverRuleOf(rule));
      }
      write(splitAtSlot(layout).after);
    },
  };
};

/**
 * A relative path as a URI reference (RFC 3986): each segment percent-encoded, so `#`, `%`, `?`,
 * spaces and non-ASCII letters in a file name stay part of the path instead of starting a fragment
 * or a query or breaking the URI.
 */
export function relativeUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export const sarifReporter = collected(sarifStream);

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

function driverRuleOf({ definition }: HealthlintRule<object>): DriverRule {
  const url = docsUrl(definition);
  return {
    id: definition.id,
    name: definition.id
      .split(/[-/]/)
      .map((part) => part[0]?.toUpperCase() + part.slice(1))
      .join(''),
    shortDescription: { text: definition.docs.summary },
    fullDescription: { text: `${definition.docs.summary} ${definition.docs.rationale}` },
    help: {
      text: `${definition.docs.howToFix} Guideline: ${definition.docs.guideline}`,
      markdown: `${definition.docs.howToFix}\n\n**Guideline:** ${definition.docs.guideline}${url ? `\n\n[Rule documentation](${url})` : ''}`,
    },
    ...(url ? { helpUri: url } : {}),
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['health', 'content-quality'] },
  };
}

/** The rule of one term, described by its message, with its parent rule's help. */
function termRuleOf(id: string, message: VFileMessage, parents: DriverRule[]): DriverRule {
  const parent = parents.find((rule) => rule.id === message.ruleId);
  const description = typeof message.note === 'string' && message.note ? message.note : `Term \`${id}\``;
  return {
    id,
    name: id.replace(/(?:^|[-/])(\w)/g, (_, letter: string) => letter.toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: `${description} (${id})` },
    help: parent?.help ?? { text: description },
    ...(parent?.helpUri ? { helpUri: parent.helpUri } : {}),
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['health', 'content-quality', 'house-style'] },
  };
}

/** Built-in rules link to their page in docs/rules; a plugin's rule to its own `url`, if it has one. */
function docsUrl(definition: RuleDefinition<object>): string | undefined {
  return 'url' in definition ? definition.url : ruleUrl(definition.id);
}
