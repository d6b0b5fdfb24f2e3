import type { VFileMessage } from 'vfile-message';
import type { RuleLookup } from '../rule/rule-set.js';
import { toPosixPath } from '../fingerprint.js';
import { version } from '../version.js';
import { escapeHtml as h, jsonForScript } from './html/escape.js';
import { highlightSource, type Span } from './html/highlight.js';
import { reportScript } from './html/script.js';
import { reportStyle, ruleHues } from './html/style.js';
import { documentOfFile, locationOf, severityOf, type MessageSeverity } from '../report-model.js';
import type { VFile } from 'vfile';
import { collected, Spool, type StreamingReporter, type Write } from './stream.js';

/** Above this many files with findings, articles start folded so the page stays quick to open. */
const openArticlesUpTo = 30;

type Counts = Record<MessageSeverity, number>;

/** A finding as the page shows it; kept on the spool between the file and the end of the report. */
interface Finding {
  id: string;
  rule: string;
  severity: MessageSeverity;
  reason: string;
  note: string;
  expected: string[];
  url: string;
  where: string;
  start?: number;
  end?: number;
}

/** A file with findings, as spooled: everything its section and its data need. */
interface FileView {
  anchor: string;
  path: string;
  source: string | undefined;
  findings: Finding[];
}

interface RuleTotals {
  counts: Counts;
  files: number;
  url: string | undefined;
}

/**
 * One self-contained HTML page for editors: every article with findings shown as text with the
 * flagged spans highlighted in their rule's colour (click or hover for the message), summaries by
 * rule and by file, and filters by rule and severity. Styles, script and data are inline and a
 * Content-Security-Policy forbids loading anything, so the page works offline and as a CI artifact.
 *
 * The summaries come first on the page but need every file, and the rule colours need every rule:
 * each file with findings waits on a spool on disk, and only counts stay in memory.
 */
export const htmlStream: StreamingReporter = ({ ruleSet }, write) => {
  const spool = new Spool();
  const byRule = new Map<string, RuleTotals>();
  const total = noCounts();
  const flaggedRows: { anchor: string; path: string; counts: Counts }[] = [];
  const cleanPaths: string[] = [];
  let files = 0;
  let next = 0;

  const file = (file: VFile): void => {
    const anchor = `file-${++files}`;
    const path = toPosixPath(file.path || '<stdin>');
    if (file.messages.length === 0) {
      cleanPaths.push(path);
      return;
    }
    const source = documentOfFile(file)?.source ?? (file.value === undefined ? undefined : String(file));
    const counts = noCounts();
    const rulesHere = new Set<string>();
    const findings = file.messages.map((message): Finding => {
      const at = locationOf(message);
      const rule = ruleOf(message);
      const severity = severityOf(message);
      counts[severity]++;
      total[severity]++;
      let totals = byRule.get(rule);
      if (!totals) {
        totals = { counts: noCounts(), files: 0, url: undefined };
        byRule.set(rule, totals);
      }
      totals.counts[severity]++;
      totals.url ??= webLink(message.url) || undefined;
      rulesHere.add(rule);
      const finding: Finding = {
        id: `m${++next}`,
        rule,
        severity,
        reason: message.reason,
        note: message.note ?? '',
        expected: (message.expected ?? []).filter((value): value is string => typeof value === 'string'),
        url: webLink(message.url),
        where: `${at.startLine}:${at.startColumn}`,
      };
      if (source !== undefined && at.startOffset !== undefined && at.endOffset !== undefined) {
        finding.start = at.startOffset;
        finding.end = at.endOffset;
      }
      return finding;
    });
    for (const rule of rulesHere) byRule.get(rule)!.files++;
    flaggedRows.push({ anchor, path, counts });
    const placed = findings.some((finding) => finding.start !== undefined);
    spool.appendLine({ anchor, path, source: placed ? source : undefined, findings } satisfies FileView);
  };

  const end = (): void => {
    try {
      writePage(write, spool, { byRule, total, flaggedRows, cleanPaths, files, ruleSet });
    } finally {
      spool.close();
    }
  };
  return { file, end, abort: () => spool.close() };
};

export const htmlReporter = collected(htmlStream);

function writePage(
  write: Write,
  spool: Spool,
  report: {
    byRule: Map<string, RuleTotals>;
    total: Counts;
    flaggedRows: { anchor: string; path: string; counts: Counts }[];
    cleanPaths: string[];
    files: number;
    ruleSet: RuleLookup;
  },
): void {
  const { byRule, total, flaggedRows, cleanPaths, files, ruleSet } = report;
  const ruleIds = [...byRule.keys()].sort();
  const colourOf = new Map(ruleIds.map((rule, index) => [rule, index % ruleHues.length]));
  const findingCount = total.error + total.warning + total.info;
  // Only the severities that occur get a column: a report of warnings needs no empty error column.
  const shownSeverities = severities.filter((severity) => total[severity] > 0);
  const headline =
    findingCount === 0
      ? `No findings in ${plural(files, 'file')}.`
      : `${plural(findingCount, 'finding')} (${countsText(total)}) in ${flaggedRows.length} of ${plural(files, 'file')}.`;

  write(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="healthlint ${h(version)}">
<title>healthlint report: ${h(findingCount === 0 ? 'no findings' : plural(findingCount, 'finding'))}</title>
<style>${reportStyle()}</style>
</head>
<body>
<header class="top"><h1>healthlint report</h1><p>${h(headline)}</p></header>
${toolbar(ruleIds, colourOf, byRule, total)}
<main>
<section class="summary" aria-label="Summary">
<div><h2>By rule</h2>${ruleTable(ruleIds, colourOf, byRule, shownSeverities, ruleSet)}</div>
<div><h2>By file</h2>${fileTable(flaggedRows, cleanPaths, shownSeverities)}</div>
</section>
${flaggedRows.length > 0 ? '<h2>Articles</h2>' : ''}
`);
  const open = flaggedRows.length <= openArticlesUpTo;
  let first = true;
  for (const line of spool.lines()) {
    write(`${first ? '' : '\n'}${fileSection(JSON.parse(line) as FileView, open, colourOf)}`);
    first = false;
  }
  write(`
</main>
<div id="popover" role="dialog" aria-label="Findings" hidden></div>
<footer>Generated by healthlint ${h(version)}. Click a highlight for its findings; use the filters above to focus on one rule or severity.</footer>
<script type="application/json" id="healthlint-data">`);
  // The same text as jsonForScript({ messages }) of every finding, written a finding at a time.
  write('{"messages":{');
  let firstMessage = true;
  for (const line of spool.lines()) {
    for (const finding of (JSON.parse(line) as FileView).findings) {
      const entry = {
        rule: finding.rule,
        colour: colourOf.get(finding.rule) ?? 0,
        severity: finding.severity,
        reason: finding.reason,
        note: finding.note,
        expected: finding.expected,
        url: finding.url,
        where: finding.where,
      };
      write(`${firstMessage ? '' : ','}${jsonForScript(finding.id)}:${jsonForScript(entry)}`);
      firstMessage = false;
    }
  }
  write(`}}</script>
<script>${reportScript}</script>
</body>
</html>
`);
}

function noCounts(): Counts {
  return { error: 0, warning: 0, info: 0 };
}

function toolbar(
  ruleIds: string[],
  colourOf: Map<string, number>,
  byRule: Map<string, RuleTotals>,
  total: Counts,
): string {
  const ruleInputs = ruleIds.map((rule) => {
    const counts = byRule.get(rule)!.counts;
    const count = counts.error + counts.warning + counts.info;
    return `<label class="c${colourOf.get(rule)}"><input type="checkbox" checked data-rule="${h(rule)}"><span class="swatch"></span>${h(rule)} <span class="count">${count}</span></label>`;
  });
  const severityInputs = severities
    .filter((severity) => total[severity] > 0)
    .map(
      (severity) =>
        `<label><input type="checkbox" checked data-severity="${severity}"><span class="sev ${severity}">${severity}</span></label>`,
    );
  if (total.error + total.warning + total.info === 0) return '';
  return `<div class="toolbar" role="group" aria-label="Filters">
<fieldset><legend>Rules</legend>${ruleInputs.join('')}</fieldset>
<fieldset><legend>Severity</legend>${severityInputs.join('')}</fieldset>
<span class="shown" id="shown"></span>
</div>`;
}

const severities = ['error', 'warning', 'info'] as const;
const severityHeadings = { error: 'Errors', warning: 'Warnings', info: 'Infos' } as const;

function severityCells(counts: Counts, shown: MessageSeverity[]): string {
  return shown.map((severity) => `<td class="n">${counts[severity] || ''}</td>`).join('');
}

function severityHeads(shown: MessageSeverity[]): string {
  return shown.map((severity) => `<th class="n">${severityHeadings[severity]}</th>`).join('');
}

function ruleTable(
  ruleIds: string[],
  colourOf: Map<string, number>,
  byRule: Map<string, RuleTotals>,
  shown: MessageSeverity[],
  ruleSet: RuleLookup,
): string {
  if (ruleIds.length === 0) return '<p class="clean">Nothing to report.</p>';
  const rows = ruleIds.map((rule) => {
    const totals = byRule.get(rule)!;
    const definition = ruleSet.get(rule)?.definition;
    const url = totals.url;
    const name = `<code class="rule c${colourOf.get(rule)}">${h(rule)}</code>`;
    return `<tr><td>${url ? `<a href="${h(url)}">${name}</a>` : name}${
      definition ? `<div class="summary-text">${h(definition.docs.summary)}</div>` : ''
    }</td>${severityCells(totals.counts, shown)}<td class="n">${totals.files}</td></tr>`;
  });
  return `<table><thead><tr><th>Rule</th>${severityHeads(shown)}<th class="n">Files</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function fileTable(
  flagged: { anchor: string; path: string; counts: Counts }[],
  clean: string[],
  shown: MessageSeverity[],
): string {
  const rows = flagged.map(
    (view) => `<tr><td><a href="#${view.anchor}">${h(view.path)}</a></td>${severityCells(view.counts, shown)}</tr>`,
  );
  const table =
    rows.length > 0
      ? `<table><thead><tr><th>File</th>${severityHeads(shown)}</tr></thead><tbody>${rows.join('')}</tbody></table>`
      : '';
  const cleanList =
    clean.length > 0
      ? `<details class="clean"><summary>${plural(clean.length, 'file')} without findings</summary><ul>${clean
          .map((path) => `<li>${h(path)}</li>`)
          .join('')}</ul></details>`
      : '';
  return table + cleanList;
}

function fileSection(view: FileView, open: boolean, colourOf: Map<string, number>): string {
  const placed = view.findings.filter((finding) => finding.start !== undefined);
  const whole = view.findings.filter((finding) => finding.start === undefined);
  const item = (finding: Finding): string => findingItem(finding, colourOf.get(finding.rule) ?? 0);
  const spans: Span[] = placed.map((finding) => ({
    id: finding.id,
    start: finding.start as number,
    end: finding.end as number,
    colour: colourOf.get(finding.rule) ?? 0,
    severity: finding.severity,
    title: `${finding.rule}: ${finding.reason}`,
  }));
  const wholeBox =
    whole.length > 0
      ? `<div class="whole"><strong>About the whole article</strong><ul>${whole.map(item).join('')}</ul></div>`
      : '';
  const article =
    view.source !== undefined && placed.length > 0
      ? `<div class="article">${highlightSource(view.source, spans)}</div>`
      : '';
  const list = placed.length > 0 ? `<ol class="findings">${placed.map(item).join('')}</ol>` : '';
  const counts = noCounts();
  for (const finding of view.findings) counts[finding.severity]++;
  return `<section class="file" id="${view.anchor}" data-path="${h(view.path)}"><details${open ? ' open' : ''}><summary><span class="path">${h(view.path)}</span><span class="counts">${h(countsText(counts))}</span></summary>
${wholeBox}${article}${list}</details></section>`;
}

function findingItem(finding: Finding, colour: number): string {
  const where =
    finding.start === undefined
      ? `<span class="where">${finding.where}</span>`
      : `<a class="where" href="#${finding.id}">${finding.where}</a>`;
  return `<li data-finding="${finding.id}">${where}<span class="sev ${finding.severity}">${finding.severity}</span> ${h(finding.reason)} <code class="rule c${colour}">${h(finding.rule)}</code></li>`;
}

function ruleOf(message: VFileMessage): string {
  return message.ruleId ?? 'unknown';
}

function countsText(counts: Counts): string {
  return severities
    .map((severity) => [counts[severity], severity] as const)
    .filter(([count]) => count > 0)
    .map(([count, severity]) => plural(count, severity === 'info' ? 'info' : severity))
    .join(', ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * A rule's link, if it is a web address. Messages can come from a cache file someone else wrote:
 * a `javascript:` or `data:` URL there must not become a live link in the report.
 */
export function webLink(url: string | undefined): string {
  return url !== undefined && /^https?:\/\//i.test(url) ? url : '';
}
