import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The benchmark corpus, built the way ../shared/research/performance.md built its anchors: 500
 * Markdown articles of real health prose (310 FakeHealth stories, 117 FakeHealth releases, 73
 * Cochrane abstracts with their plain-language summaries), each 500–2,000 words, taken in file order
 * so every run and every machine lints the same bytes. Written to bench/.corpus/ (git-ignored):
 * the corpora's licences forbid shipping their text.
 */

export interface Corpus {
  /** Folder of the 500 articles. */
  articles: string;
  files: number;
  bytes: number;
  words: number;
  /** A ~1 KB article, for start-up. */
  small: string;
  /** Growth files: the corpus's prose cut at 50 KB and 5 MB; `paragraph*` is one paragraph with no blank lines. */
  growth: { warmUp: string; small: string; large: string; paragraphSmall: string; paragraphLarge: string };
}

interface Story {
  title?: string;
  text?: string;
}

interface Review {
  doi?: string;
  abstract?: string;
  plain_language_summary?: string;
}

const counts = { stories: 310, releases: 117, reviews: 73 };
const wordRange = { min: 500, max: 2000 };

export const sharedCorpora: string | undefined = (() => {
  const candidate = new URL('../../../shared/corpora/', import.meta.url).pathname;
  return existsSync(candidate) ? candidate : undefined;
})();

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

function inRange(text: string): boolean {
  const words = countWords(text);
  return words >= wordRange.min && words <= wordRange.max;
}

/** The corpus articles in memory, for tests that compare two ways of doing the same work on real prose. */
export function corpusArticles(shared: string): { name: string; markdown: string }[] {
  const stories = readJsonl<Story>(join(shared, 'fakehealth-story-text', 'healthstory.jsonl'));
  const releases = readJsonl<Story>(join(shared, 'fakehealth-release', 'dev.jsonl'));
  const reviews = readJsonl<Review>(join(shared, 'cochrane-pls', 'cochrane-val-test.jsonl'));
  const news = (rows: Story[], prefix: string, count: number): { name: string; markdown: string }[] =>
    rows
      .filter((row) => row.text && inRange(row.text))
      .slice(0, count)
      .map((row, index) => ({
        name: `${prefix}-${String(index).padStart(3, '0')}.md`,
        markdown: `# ${(row.title ?? 'Untitled').trim()}\n\n${row.text!.trim()}\n`,
      }));
  const cochrane = reviews
    .filter((row) => row.abstract && row.plain_language_summary)
    .filter((row) => inRange(`${row.abstract} ${row.plain_language_summary}`))
    .slice(0, counts.reviews)
    .map((row, index) => ({
      name: `cochrane-${String(index).padStart(3, '0')}.md`,
      markdown: `# Cochrane review ${row.doi ?? index}\n\n## Abstract\n\n${row.abstract!.trim()}\n\n## Plain language summary\n\n${row.plain_language_summary!.trim()}\n`,
    }));
  return [...news(stories, 'story', counts.stories), ...news(releases, 'release', counts.releases), ...cochrane];
}

/** Repeats `prose` until the text reaches `bytes`. */
function repeatTo(prose: string, bytes: number, separator: string): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    parts.push(prose);
    size += Buffer.byteLength(prose) + separator.length;
  }
  return parts.join(separator);
}

/** The start of `text` up to the first `separator` at or after `bytes` (roughly: UTF-16 units). */
function cutAt(text: string, bytes: number, separator: string): string {
  const end = text.indexOf(separator, bytes);
  return end === -1 ? text : text.slice(0, end);
}

/** Builds the corpus into `folder` (rebuilt every time: cheap, and never stale). */
export function buildCorpus(folder: string, shared: string): Corpus {
  rmSync(folder, { recursive: true, force: true });
  const articlesFolder = join(folder, 'articles');
  mkdirSync(articlesFolder, { recursive: true });
  mkdirSync(join(folder, 'growth'), { recursive: true });
  let bytes = 0;
  let words = 0;
  const all = corpusArticles(shared);
  for (const { name, markdown } of all) {
    writeFileSync(join(articlesFolder, name), markdown);
    bytes += Buffer.byteLength(markdown);
    words += countWords(markdown);
  }

  // ~1 KB: the first paragraphs of the first article, as a pre-commit hook or an editor save sees it.
  const first = all[0]!.markdown;
  let small = '';
  for (const paragraph of first.split('\n\n')) {
    if (small.length + paragraph.length > 1024) break;
    small += `${paragraph}\n\n`;
  }
  const smallPath = join(folder, 'small.md');
  writeFileSync(smallPath, small);

  // Growth files are cut from one stream of every article in order, so the large ones are mostly
  // distinct prose: a file of 100 copies of the small one would let healthlint's per-text and
  // per-word caches answer most of it, and hide how the work grows.
  const stream = all.map(({ markdown }) => markdown).join('\n');
  const unit = cutAt(stream, 50 * 1024, '\n\n');
  // The warm-up is the next 50 KB of the stream: the same kind of prose, but none of the same text.
  const warmUp = cutAt(stream.slice(unit.length), 50 * 1024, '\n\n');
  const paragraphStream = stream.replace(/^#+ /gm, '').replace(/\s*\n\s*/g, ' ');
  const paragraphUnit = cutAt(paragraphStream, 50 * 1024, ' ');
  const growth = {
    warmUp: join(folder, 'growth', 'warm-up-50k.md'),
    small: join(folder, 'growth', 'article-50k.md'),
    large: join(folder, 'growth', 'article-5m.md'),
    paragraphSmall: join(folder, 'growth', 'paragraph-50k.md'),
    paragraphLarge: join(folder, 'growth', 'paragraph-1m.md'),
  };
  writeFileSync(growth.warmUp, warmUp);
  writeFileSync(growth.small, unit);
  writeFileSync(growth.large, repeatTo(stream, 5 * 1024 * 1024, '\n'));
  writeFileSync(growth.paragraphSmall, `${paragraphUnit}\n`);
  writeFileSync(growth.paragraphLarge, `${cutAt(paragraphStream, 1024 * 1024, ' ')}\n`);
  return { articles: articlesFolder, files: all.length, bytes, words, small: smallPath, growth };
}
