import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { disableInsertion } from '../src/server/disable-comment.js';
import { makeTree, parseJsonReport, runCli } from './cli-helpers.js';
import { LspClient } from './server-client.js';

const article = `---
title: Ketamine clinics
---

import { Callout } from '../components/callout.js'
export const meta = { tags: ['miracle'] }

# A revolutionary treatment

<Callout type="note" title="A miracle cure" data-extra={{ claim: 'cures depression' }}>
  This infusion is a miracle for burnout.
</Callout>

Our <Abbr title="incredible">clinic</Abbr> offers an {'incredible'} service, and the <em>revolutionary</em> care.

{/* a note to editors: miracle */}
`;

const flagged = (source: string, path = 'post.mdx') => {
  const file = lintText(source, { filePath: path, config: { rules: { spelling: 'off' } } });
  return file.messages.map((message) => ({
    ruleId: message.ruleId,
    text: source.slice(
      message.place && 'start' in message.place ? message.place.start.offset : 0,
      message.place && 'end' in message.place ? message.place.end.offset : 0,
    ),
    fatal: message.fatal,
  }));
};

const temporary: string[] = [];
afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

describe('MDX', () => {
  it('checks Markdown prose and JSX text children, at exact positions', () => {
    const hype = flagged(article).filter((finding) => finding.ruleId === 'hype');
    // The heading, the component's child text, and the <em> child: each the source's own words.
    expect(hype.map((finding) => finding.text)).toEqual(['revolutionary', 'miracle', 'revolutionary']);
  });

  it('never checks import/export lines, JSX attributes or expressions', () => {
    const texts = flagged(article).map((finding) => finding.text);
    expect(texts).not.toContain('incredible');
    expect(texts.join(' ')).not.toMatch(/cures depression|A miracle cure/);
  });

  it('honours disable comments written as MDX expression comments', () => {
    const source = `{/* healthlint disable hype */}\n\nThis infusion is a miracle for burnout.\n\n{/* healthlint enable hype */}\n\nThis pill is a miracle for burnout.\n`;
    expect(flagged(source).filter((finding) => finding.ruleId === 'hype')).toHaveLength(1);
  });

  it('reads the same text the same way as Markdown where both are valid', () => {
    const source = '# A revolutionary cure\n\nStudies show it works in 80% of patients.\n';
    const strip = (list: ReturnType<typeof flagged>) => list.map(({ ruleId, text }) => `${ruleId}:${text}`);
    expect(strip(flagged(source, 'a.mdx'))).toEqual(strip(flagged(source, 'a.md')));
  });

  it('an invalid file is one fatal message naming line and column; the other files are still linted', () => {
    const root = makeTree({
      'broken.mdx': '# Title\n\nSome text <!-- an HTML comment --> here.\n',
      'good.mdx': 'A miracle cure.\n',
      'skipped.js': 'not an article',
    });
    temporary.push(root);
    const result = runCli(['--format', 'json', '.'], { cwd: root });
    expect(result.code).toBe(1);
    const report = parseJsonReport(result.stdout);
    expect(report.map((file) => file.path)).toEqual(['broken.mdx', 'good.mdx']);
    const [fatal] = report[0]!.messages;
    expect(report[0]!.messages).toHaveLength(1);
    expect(fatal).toMatchObject({ ruleId: 'parse-error', fatal: true, severity: 'error' });
    expect(fatal!.reason).toMatch(/^Cannot lint file: not valid MDX at 3:12: Unexpected character `!`/);
    expect(fatal!.place?.start ?? fatal!.place).toMatchObject({ line: 3, column: 12 });
    expect(report[1]!.messages.map((message) => message.ruleId)).toContain('hype');
  });

  it('offers a disable comment the MDX way, and it silences the finding', () => {
    const source =
      'Intro.\n\n<Note>\n  This infusion is a miracle for burnout.\n</Note>\n\nThis pill is a miracle for burnout.\n';
    const offset = source.indexOf('miracle');
    const insertion = disableInsertion(source, 'mdx', offset, 'hype');
    expect(insertion?.text).toBe('{/* healthlint ignore hype */}\n');
    const edited = source.slice(0, insertion!.offset) + insertion!.text + source.slice(insertion!.offset);
    expect(
      flagged(edited)
        .filter((finding) => finding.ruleId === 'hype')
        .map((finding) => finding.text),
    ).toEqual(['miracle']);
  });

  it('gives the language server the CLI findings for an .mdx document', async () => {
    const root = makeTree({ 'post.mdx': article });
    temporary.push(root);
    const client = await LspClient.start({ workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'site' }] });
    try {
      const uri = pathToFileURL(join(root, 'post.mdx')).href;
      await client.open(uri, article, 'mdx');
      const published = await client.diagnostics(uri);
      const cli = parseJsonReport(runCli(['--format', 'json', 'post.mdx'], { cwd: root }).stdout)[0]!;
      expect(published.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(
        cli.messages.map((message) => message.ruleId),
      );
      expect(published.diagnostics.map((diagnostic) => diagnostic.range.start.line + 1)).toEqual(
        cli.messages.map((message) => message.place?.start.line),
      );
    } finally {
      await client.stop();
    }
  });
});
