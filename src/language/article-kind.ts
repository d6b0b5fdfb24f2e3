import type { ProseDocument } from '../prose/types.js';
import { ContextMatcher } from './context-match.js';
import { lexicon } from './article-kind.generated.js';

/**
 * What an article does: reports research, sells something, both or neither, or speaks as the
 * reviewers of a body of evidence. Rules that owe readers a disclosure (missing-disclosure) only
 * apply to the first two; a review promotes no remedy. The cues are data in `article-kind.yml`.
 */
export type ArticleCueKind = 'research' | 'sales' | 'review';

export interface ArticleCue {
  kind: ArticleCueKind;
  /** Block index and offsets in its text. */
  block: number;
  start: number;
  end: number;
  text: string;
}

const matcher = new ContextMatcher(lexicon);

/** Every research and sales cue in the article's prose, in order. */
export function findArticleCues(document: Pick<ProseDocument, 'blocks'>): ArticleCue[] {
  return document.blocks.flatMap((block) =>
    matcher.matchAll(block.text).map((found) => ({
      kind: found.entry.kind as ArticleCueKind,
      block: block.index,
      start: found.start,
      end: found.end,
      text: found.text,
    })),
  );
}

const kindsByDocument = new WeakMap<readonly unknown[], Partial<Record<ArticleCueKind, ArticleCue>>>();

/**
 * The first cue of each kind, which is what a rule names when it says why it applies. Computed
 * once per document: several rules and the scorecard ask.
 */
export function articleKinds(document: Pick<ProseDocument, 'blocks'>): Partial<Record<ArticleCueKind, ArticleCue>> {
  const cached = kindsByDocument.get(document.blocks);
  if (cached) return cached;
  const kinds: Partial<Record<ArticleCueKind, ArticleCue>> = {};
  for (const cue of findArticleCues(document)) kinds[cue.kind] ??= cue;
  kindsByDocument.set(document.blocks, kinds);
  return kinds;
}
