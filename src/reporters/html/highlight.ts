import { escapeHtml } from './escape.js';

/** A flagged range of the source (UTF-16 offsets, end exclusive) and what to show for it. */
export interface Span {
  id: string;
  start: number;
  end: number;
  /** Index of the rule in the report's legend, which picks the colour. */
  colour: number;
  severity: 'error' | 'warning' | 'info';
  title: string;
}

const severityRank = { error: 3, warning: 2, info: 1 } as const;

/**
 * Renders a source text as numbered lines with flagged spans wrapped in `<mark>`s. Overlapping
 * spans are handled by cutting the text at every span boundary (and at line ends): each piece is
 * one `<mark>` listing every span that covers it (`data-m`), coloured by the innermost span and
 * outlined when several overlap, so no finding hides another and the markup stays well nested.
 * An empty span (an insertion point) is widened to the next character so it can be seen.
 */
export function highlightSource(source: string, spans: Span[]): string {
  const ranges = spans.map((span) => {
    const start = Math.max(0, Math.min(span.start, source.length));
    const end = Math.max(start, Math.min(span.end, source.length));
    return { ...span, start, end: end === start ? Math.min(source.length, start + 1) : end };
  });
  const cuts = new Set<number>([0, source.length]);
  for (const range of ranges) cuts.add(range.start).add(range.end);
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) cuts.add(index + 1);
  const points = [...cuts].sort((a, b) => a - b);
  const startsAt = new Map<number, typeof ranges>();
  for (const range of ranges) startsAt.set(range.start, [...(startsAt.get(range.start) ?? []), range]);

  const lines: string[] = [];
  let line = '';
  let active: typeof ranges = [];
  for (let index = 0; index < points.length - 1; index++) {
    const from = points[index] as number;
    const to = points[index + 1] as number;
    active = [...active.filter((range) => range.end > from), ...(startsAt.get(from) ?? [])];
    const anchors = (startsAt.get(from) ?? []).map((range) => `<span class="anchor" id="${range.id}"></span>`).join('');
    let text = source.slice(from, to);
    const endsLine = text.endsWith('\n');
    if (endsLine) text = text.slice(0, text.endsWith('\r\n') ? -2 : -1); // HTML would turn a CR into a second line break
    line += anchors + (active.length === 0 || text === '' ? escapeHtml(text) : markOf(text, active));
    if (endsLine) {
      lines.push(line);
      line = '';
    }
  }
  lines.push(line);
  return lines.map((content, index) => `<span class="line" data-n="${index + 1}">${content}</span>`).join('');
}

function markOf(text: string, active: Span[]): string {
  // The span that started last (the innermost) gives the colour; the worst severity the underline.
  const innermost = active[active.length - 1] as Span;
  const worst = active.reduce((a, b) => (severityRank[b.severity] > severityRank[a.severity] ? b : a));
  const classes = ['hl', `c${innermost.colour}`, `s-${worst.severity}`, ...(active.length > 1 ? ['overlap'] : [])];
  const ids = active.map((span) => span.id).join(' ');
  const title = active.map((span) => span.title).join('\n');
  return `<mark class="${classes.join(' ')}" data-m="${ids}" tabindex="0" title="${escapeHtml(title)}">${escapeHtml(text)}</mark>`;
}
