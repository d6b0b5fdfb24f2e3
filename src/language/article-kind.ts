import type { ProseDocument } from '../prose/types.js';
import { ContextMatcher } from './context-match.js';
import { lexicon } from './article-kind.generated.js';

/**
 * What an article does: reports research, sells something, both or neither. Rules that owe
 * readers a disclosure (missing-disclosure) only apply to the first two; the cues are data in
 * `article-kind.yml`.
 */
export type ArticleCueKind = 'research' | 'sales';

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

/** The first cue of each kind, which is what a rule names when it says why it applies. */
export function articleKinds(document: Pick<ProseDocument, 'blocks'>): Partial<Record<ArticleCueKind, ArticleCue>> {
  const kinds: Partial<Record<ArticleCueKind, ArticleCue>> = {};
  for (const cue of findArticleCues(document)) kinds[cue.kind] ??= cue;
  return kinds;
}
