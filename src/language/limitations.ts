import { PhraseMatcher } from './phrases.js';
import { lexicon } from './limitations.generated.js';

/**
 * Statements of a study's limits (“a small study”, “cannot prove cause and effect”, “more research
 * is needed”): the sign that an article grasps the quality of its evidence (HealthNewsReview.org
 * criterion 4, DISCERN item 8). The cues are data in `limitations.yml`.
 */
export interface LimitationCue {
  id: string;
  start: number;
  end: number;
  text: string;
}

const matcher = new PhraseMatcher(lexicon);

export function findLimitations(text: string): LimitationCue[] {
  return matcher.matchAll(text).map((found) => ({
    id: found.entry.id,
    start: found.start,
    end: found.end,
    text: found.text,
  }));
}
