import type { VFile } from 'vfile';
import { lintText } from '../src/lint.js';
import { resolveConfig, type ResolvedConfig } from '../src/config/resolve.js';
import { corpusPath, readJsonl } from './lib.js';

/** HealthNewsReview's answer for one criterion; `Not Satisfactory` is the positive class everywhere. */
export type Answer = 'Satisfactory' | 'Not Satisfactory' | 'Not Applicable';

export interface Release {
  news_id: string;
  title: string;
  publish_date?: number | null;
  text: string;
  criteria: Record<string, { answer: Answer; explanation: string }>;
  labels: Record<string, Answer>;
}

/** The dev releases of fakehealth-release, or undefined when ../shared is absent. */
export function loadReleases(): Release[] | undefined {
  const path = corpusPath('fakehealth-release', 'dev.jsonl');
  return path ? readJsonl<Release>(path) : undefined;
}

/** What an article needs to be rebuilt as published: its text, and its headline and date when the corpus has them. */
export interface PublishedArticle {
  title?: string;
  publish_date?: number | null;
  text: string;
}

/**
 * An article (a release, a news story, a summary) as the Markdown it was published as: its title
 * and date as front matter (the metadata the corpus records for it), then its text, one paragraph
 * per line, with the short unpunctuated lines that open a passage (“About the study”) as headings,
 * the way the plain-text reader sees them. The JAMA rules only run on articles with metadata, so
 * this is how they see a release; an article with neither title nor date gets no front matter.
 */
export function asArticle(article: PublishedArticle): string {
  const date =
    typeof article.publish_date === 'number' ? new Date(article.publish_date * 1000).toISOString().slice(0, 10) : '';
  const front = [
    ...(article.title !== undefined ? [`title: ${JSON.stringify(article.title)}`] : []),
    ...(date ? [`date: ${date}`] : []),
  ];
  const lines = article.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const body = lines.map((line, index) =>
    index < lines.length - 1 && line.length <= 100 && !/[.!?…:;,"'”’)\]]$/u.test(line) ? `## ${line}` : line,
  );
  return `${front.length ? `---\n${front.join('\n')}\n---\n\n` : ''}${body.join('\n\n')}\n`;
}

/** Lints a release as an article (front matter + text) with the given config. */
export function lintRelease(release: Release, config: ResolvedConfig, withMetadata = true): VFile {
  return withMetadata
    ? lintText(asArticle(release), { config, format: 'markdown' })
    : lintText(release.text, { config, format: 'text' });
}

/** Releases with a Satisfactory or Not Satisfactory answer for a criterion, optionally filtered further. */
export function judged(releases: Release[], criterion: string, filter?: (release: Release) => boolean): Release[] {
  return releases.filter((release) => {
    const answer = release.labels[criterion];
    return (answer === 'Satisfactory' || answer === 'Not Satisfactory') && (!filter || filter(release));
  });
}

/** A config with only the named rules on, with their options. */
export function onlyRule(id: string, options: Record<string, unknown> = {}): ResolvedConfig {
  const config = resolveConfig(undefined, {});
  for (const [rule, setting] of config.rules) config.rules.set(rule, { ...setting, severity: 'off' });
  config.rules.set(id, { severity: 'warn', options });
  return config;
}
