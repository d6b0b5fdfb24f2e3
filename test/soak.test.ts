import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFor } from '../src/formats/index.js';
import { lintText } from '../src/lint.js';
import { corporaAvailable, sharedCorpora, soakArticles, summarise, writeArticles } from '../scripts/soak.js';
import { everyRuleConfig, everyRuleConfigFile, positionProblems, runMain } from './property-helpers.js';

/**
 * A slice of the real-world soak (scripts/soak.ts lints all ~2,900 articles): 50 news stories,
 * press releases and Cochrane summaries, in Markdown, HTML and text, through the CLI with every
 * rule on. No crash, no fatal message, and every finding's range on real prose is where it says.
 */
const available = corporaAvailable();
if (!available) console.warn(`soak.test: skipped, the shared corpora are not at ${sharedCorpora}`);

describe.skipIf(!available)('soak slice: 50 real articles', () => {
  const articles = available ? soakArticles(50) : [];
  const folder = mkdtempSync(join(tmpdir(), 'healthlint-soak-test-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('lints them all through the CLI with no crash and no fatal message', { timeout: 300_000 }, async () => {
    writeArticles(articles, folder);
    writeFileSync(join(folder, '.healthlintrc.json'), JSON.stringify(everyRuleConfigFile));
    const run = await runMain(['--format', 'json', '.'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const summary = summarise(JSON.parse(run.stdout));
    expect(summary.fatal).toEqual([]);
    expect(summary.files).toBe(articles.length);
    expect(new Set(articles.map((article) => formatFor(article.name)))).toEqual(new Set(['markdown', 'html', 'text']));
    expect(summary.findings).toBeGreaterThan(0);
  });

  it('puts every finding on the text it is about', { timeout: 300_000 }, () => {
    const config = everyRuleConfig();
    const problems = articles.flatMap((article) => {
      const file = lintText(article.text, { format: formatFor(article.name), config, filePath: article.name });
      return positionProblems(file, article.text, formatFor(article.name)).map(
        (problem) => `${article.name}: ${problem}`,
      );
    });
    expect(problems).toEqual([]);
  });
});
