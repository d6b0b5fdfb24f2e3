/**
 * Where a large Markdown file can be cut so that each piece parses on its own into exactly the
 * nodes the whole file gives: micromark keeps an event for every token of the text it is given
 * until the tree is built, ~60 bytes of memory for each byte parsed, so a 13 MB article needed
 * most of a gigabyte for parsing alone. Cut into pieces, only one piece's events are alive at once.
 *
 * A cut goes only at a blank line between two plain paragraphs at the left margin: the paragraph
 * before it is one of the document's own (no list, quote, table, heading or HTML is open, as every
 * line since the previous blank line is plain prose) and the line after it opens a new top-level
 * paragraph, which closes everything before it. Nothing else is safe to cut at, so a file where a
 * construct can span blank lines in a way a line-by-line scan cannot follow is not cut at all:
 * reference definitions and footnote definitions (the whole file's links depend on them), HTML
 * blocks that continue past their first line (comments, `<pre>`, `<script>`, `<style>`,
 * `<textarea>`, `<?…?>`, `<!…>`), and fenced code other than at the left margin. Fences at the left
 * margin are followed exactly: no cut between an opening and a closing fence.
 */

export interface ChunkRange {
  /** UTF-16 offset of the chunk's first character in the file. */
  start: number;
  end: number;
  /** 1-based line of the file the chunk starts on. */
  line: number;
}

/** A definition (`[label]: url`, `[^note]: text`) can be anywhere; its label may wrap, so any `]:` counts. */
const definitionMark = ']:';
/** Line openings of HTML blocks that run until a closing text rather than a blank line. */
const spanningHtml: { open: RegExp; close: RegExp }[] = [
  { open: /^<(?:script|pre|style|textarea)(?=[\s>]|$)/i, close: /<\/(?:script|pre|style|textarea)>/i },
  { open: /^<!--/, close: /-->/ },
  { open: /^<\?/, close: /\?>/ },
  { open: /^<![A-Za-z]/, close: />/ },
  { open: /^<!\[CDATA\[/, close: /\]\]>/ },
];
/** Container markers and indentation a line may start with: what is left is the line's own content. */
const containerPrefix = /^(?:[ \t>]|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;
const fenceStart = /^(?:`{3,}|~{3,})/;
/**
 * A line that can only be paragraph text at the left margin: it cannot open a list, quote,
 * heading, table, thematic break, setext underline, code, HTML or definition.
 */
const plainLine = /^[^\s>*+\-_=#|<`~[\]!:\d\\&]/;
const frontMatterFence = /^\uFEFF?(---|\+\+\+)[ \t]*$/;

interface Fence {
  marker: string;
  length: number;
}

/** The run of three or more backticks or tildes at `from`, if there is one (by hand: a pattern backtracks on a long run). */
function fenceAt(text: string, from: number): Fence | undefined {
  const marker = text[from];
  if (marker !== '`' && marker !== '~') return undefined;
  let end = from;
  while (text[end] === marker) end++;
  return end - from >= 3 ? { marker, length: end - from } : undefined;
}

/** A closing fence: up to three spaces, at least as many of the opening's marks, then only white space. */
function closesFence(text: string, opening: Fence): boolean {
  let from = 0;
  while (from < 3 && text[from] === ' ') from++;
  const run = fenceAt(text, from);
  return (
    run !== undefined &&
    run.marker === opening.marker &&
    run.length >= opening.length &&
    text.slice(from + run.length).trim() === ''
  );
}

interface Line {
  start: number;
  /** Offset just after the line's ending. */
  next: number;
  text: string;
}

function* linesOf(source: string): Generator<Line> {
  const ending = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = ending.exec(source); match; match = ending.exec(source)) {
    yield { start, next: match.index + match[0].length, text: source.slice(start, match.index) };
    start = match.index + match[0].length;
  }
  if (start < source.length) yield { start, next: source.length, text: source.slice(start) };
}

/**
 * The chunks of at least `size` characters (the last may be shorter) that `source` can be parsed
 * in, or undefined when it must be parsed whole: it is no longer than `size`, or it holds a
 * construct a cut could change (see above).
 */
export function markdownChunks(source: string, size: number): ChunkRange[] | undefined {
  if (source.length <= size || source.includes(definitionMark)) return undefined;
  const chunks: ChunkRange[] = [];
  let chunkStart = 0;
  let chunkLine = 1;
  let lineNumber = 0;
  /** Lines in the current block (since the last blank line), and whether all of them are plain. */
  let blockLines = 0;
  let blockPlain = true;
  /** Blank lines since a plain block outside any fence: a plain line here opens a cuttable paragraph. */
  let cuttable = false;
  let fence: Fence | undefined;
  let frontMatter: string | undefined;
  for (const line of linesOf(source)) {
    lineNumber++;
    const { text } = line;
    if (lineNumber === 1) {
      const opening = frontMatterFence.exec(text);
      if (opening) {
        frontMatter = opening[1];
        continue;
      }
    }
    if (frontMatter !== undefined) {
      if (text.trimEnd() === frontMatter) frontMatter = undefined;
      continue;
    }
    if (fence) {
      if (closesFence(text, fence)) fence = undefined;
      blockLines = 1;
      blockPlain = false;
      cuttable = false;
      continue;
    }
    const content = text.replace(containerPrefix, '');
    for (const { open, close } of spanningHtml) {
      const opened = open.exec(content);
      if (opened && !close.test(content.slice(opened[0].length))) return undefined;
    }
    const opening = fenceAt(text, 0);
    // A backtick fence's info string cannot hold a backtick: such a line is inline code in a paragraph.
    if (opening && !(opening.marker === '`' && text.includes('`', opening.length))) {
      fence = opening;
      blockLines = 1;
      blockPlain = false;
      cuttable = false;
      continue;
    }
    // A fence indented or inside a list or quote: where it ends depends on containers a scan cannot follow.
    if (content !== text && fenceStart.test(content)) return undefined;
    if (text.trim() === '') {
      if (blockLines > 0) cuttable = blockPlain;
      blockLines = 0;
      blockPlain = true;
      continue;
    }
    const plain = plainLine.test(text);
    if (cuttable && plain && line.start - chunkStart >= size) {
      chunks.push({ start: chunkStart, end: line.start, line: chunkLine });
      chunkStart = line.start;
      chunkLine = lineNumber;
    }
    cuttable = false;
    blockLines++;
    blockPlain &&= plain;
  }
  if (frontMatter !== undefined) return undefined;
  if (chunks.length === 0) return undefined;
  chunks.push({ start: chunkStart, end: source.length, line: chunkLine });
  return chunks;
}
