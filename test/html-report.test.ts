import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlReporter } from '../src/reporters/html.js';
import { highlightSource, type Span } from '../src/reporters/html/highlight.js';
import { appendTo, repoRoot, runBin, siteRepository } from './workflow-helpers.js';
import { builtInRules } from './helpers.js';

const chromiumPath = '/usr/bin/chromium';
const artifacts = join(repoRoot, 'test-artifacts');

function span(id: string, start: number, end: number, colour = 0): Span {
  return { id, start, end, colour, severity: 'warning', title: id };
}

/** The text of each `<mark>` with the span ids it carries. */
function marks(html: string): [string, string][] {
  return [...html.matchAll(/<mark [^>]*data-m="([^"]*)"[^>]*>([^<]*)<\/mark>/g)].map((match) => [
    match[2] as string,
    match[1] as string,
  ]);
}

describe('highlightSource', () => {
  it('cuts overlapping spans into flat marks that each list every span covering them', () => {
    const source = 'One miracle cure here.';
    const html = highlightSource(source, [span('a', 4, 16), span('b', 12, 22, 1)]);
    expect(marks(html)).toEqual([
      ['miracle ', 'a'],
      ['cure', 'a b'],
      [' here.', 'b'],
    ]);
    expect(html).not.toMatch(/<mark[^>]*>[^<]*<mark/); // never nested
  });

  it('numbers lines, splits marks at line ends, escapes text and widens empty spans', () => {
    const source = 'a <b>\r\nmiracle\ncure & co';
    const html = highlightSource(source, [span('m', 5, 19), span('p', 0, 0)]);
    expect([...html.matchAll(/data-n="(\d+)"/g)].map((match) => match[1])).toEqual(['1', '2', '3']);
    expect(marks(html)).toEqual([
      ['a', 'p'],
      ['miracle', 'm'],
      ['cure', 'm'],
    ]);
    expect(html).toContain('&lt;b&gt;');
    expect(html).toContain(' &amp; co');
    expect(html).not.toContain('\r');
  });
});

describe('the HTML report', () => {
  it('is one page with nothing to fetch, and text that cannot break out of it', () => {
    const file = new VFile({ path: 'x.md', cwd: '/', value: '</script><script>alert(1)</script> miracle' });
    const message = file.message('Unexpected `</script><img src=x>`', {
      place: { start: { line: 1, column: 36, offset: 35 }, end: { line: 1, column: 43, offset: 42 } },
      ruleId: 'hype',
    });
    message.note = '<!-- </script>';
    const html = htmlReporter([file], { cwd: '/', color: false, verbose: false, ruleSet: builtInRules });
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/<(link|img|iframe)\b|\bsrc=["']?https?:|url\(/i);
    expect(html.match(/<script/g)).toHaveLength(2); // the data and the code, nothing from the article
    expect(html).not.toContain('<img src=x>');
  });
});

const hasChromium = existsSync(chromiumPath);
if (!hasChromium && !process.env['CI']) {
  console.warn(`Skipping the HTML report browser test: ${chromiumPath} is absent (apt-get install chromium).`);
}

describe.skipIf(!hasChromium && !process.env['CI'])('acceptance: baseline, one new finding, HTML report', () => {
  let context: BrowserContext;
  let root: string;
  let userData: string;
  let network: string[];
  let pageErrors: string[];
  let written: ReturnType<typeof runBin>;
  let addedLine: number;

  beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'healthlint-chromium-'));
    context = await chromium.launchPersistentContext(userData, {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
    });
    network = [];
    pageErrors = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      network.push(url);
      return route.abort();
    });
    // The archive as adopted: a baseline of today's findings, then one article gains a statistic.
    root = siteRepository('healthlint-acceptance-');
    written = runBin(['--write-baseline', '.healthlint-baseline.json', 'site'], root);
    appendTo(join(root, 'site/flu-vaccine.md'), '\nIt helps 73% of patients.\n');
    addedLine = readFileSync(join(root, 'site/flu-vaccine.md'), 'utf8').trimEnd().split('\n').length;
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    rmSync(userData, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(pathToFileURL(path).href);
    return page;
  }

  it('fails only on the new unsupported statistic and highlights it in the report', { timeout: 90_000 }, async () => {
    expect(written.code).toBe(0);

    const gate = runBin(['--baseline', '.healthlint-baseline.json', '--max-warnings', '0', '-f', 'json', 'site'], root);
    expect(gate.code).toBe(1);
    const reported = (JSON.parse(gate.stdout) as { path: string; messages: { ruleId: string; line: number }[] }[])
      .flatMap((file) => file.messages.map((message) => `${file.path}:${message.line} ${message.ruleId}`))
      .sort();
    expect(reported).toContain(`site/flu-vaccine.md:${addedLine} unsupported-statistic`);
    expect(reported.filter((finding) => !finding.startsWith(`site/flu-vaccine.md:${addedLine} `))).toEqual([]);

    // The pull-request view: only what is new.
    runBin(['--baseline', '.healthlint-baseline.json', '-f', 'html', '-o', 'new.html', 'site'], root);
    const page = await open(join(root, 'new.html'));
    const mark = page.locator('mark.hl', { hasText: '73%' });
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.isVisible()).toBe(true);
    // One mark per new finding: the new sentence may hold more than the statistic ("It helps …").
    expect(await page.locator('mark.hl').count()).toBe(reported.length);
    await mark.click();
    const popover = page.locator('#popover');
    expect(await popover.isVisible()).toBe(true);
    expect(await popover.textContent()).toMatch(/unsupported-statistic.*73%/s);
    await page.close();
  });

  it('filters the whole-site report by rule and severity, offline', { timeout: 60_000 }, async () => {
    expect(runBin(['-f', 'html', '-o', 'report.html', 'site'], root).code).toBe(0);
    const page = await open(join(root, 'report.html'));
    const statistic = page.locator('mark.hl', { hasText: '73%' });
    const highlighted = page.locator('mark.hl:not(.off)');
    const before = await highlighted.count();
    expect(before).toBeGreaterThan(5);
    expect(await statistic.getAttribute('class')).not.toContain('off');
    expect(await page.locator('section[data-path="site/flu-vaccine.md"] mark.hl', { hasText: '73%' }).count()).toBe(1);
    expect(await page.locator('text=By rule').count()).toBe(1);

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'html-report.png'), fullPage: false });
    await statistic.scrollIntoViewIfNeeded();
    await statistic.click();
    await page.screenshot({ path: join(artifacts, 'html-report-popover.png') });

    await page.locator('input[data-rule="unsupported-statistic"]').uncheck();
    expect(await statistic.getAttribute('class')).toContain('off');
    expect(await highlighted.count()).toBeLessThan(before);
    expect(await highlighted.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-finding]:not([hidden])', { hasText: '73%' }).count()).toBe(0);
    expect(await page.locator('#shown').textContent()).toMatch(/^\d+ of \d+ findings shown$/);

    await page.locator('input[data-rule="unsupported-statistic"]').check();
    expect(await statistic.getAttribute('class')).not.toContain('off');
    for (const input of await page.locator('input[data-severity]').all()) await input.uncheck();
    expect(await highlighted.count()).toBe(0);

    expect(network).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
