import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesById } from '../rules/index.js';
import { parseUnifiedDiff, unquote } from '../src/git.js';
import { appendTo, git, runCli, siteRepository } from './workflow-helpers.js';

interface JsonFile {
  path: string;
  messages: { ruleId: string; line: number; reason: string }[];
}

async function findings(args: string[], cwd: string): Promise<{ code: number; files: JsonFile[]; stderr: string }> {
  const result = await runCli(['--format', 'json', ...args], cwd);
  return {
    code: result.code,
    files: result.stdout ? (JSON.parse(result.stdout) as JsonFile[]) : [],
    stderr: result.stderr,
  };
}

describe('parseUnifiedDiff', () => {
  it('reads added line ranges of the new side, and deletions as content changes', () => {
    const diff = [
      'diff --git a/a.md b/a.md',
      'index 1111111..2222222 100644',
      '--- a/a.md',
      '+++ b/a.md',
      '@@ -3 +3 @@ intro',
      '-old line',
      '+new line',
      '@@ -10,0 +11,2 @@',
      '+added one',
      '+++ an added line that looks like a header',
      '@@ -20,2 +21,0 @@',
      '-gone',
      '--- gone too, looking like a header',
      'diff --git a/removed.md b/removed.md',
      'deleted file mode 100644',
      '--- a/removed.md',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
      'diff --git a/only-deleted-lines.md b/only-deleted-lines.md',
      '--- a/only-deleted-lines.md',
      '+++ b/only-deleted-lines.md',
      '@@ -4 +3,0 @@',
      '-a deleted line',
      'diff --git a/old name.md b/new name.md',
      'similarity index 100%',
      'rename from old name.md',
      'rename to new name.md',
      'diff --git a/with space.md b/with space.md',
      '--- a/with space.md\t',
      '+++ b/with space.md\t',
      '@@ -1,0 +2 @@',
      '+added',
      '',
    ].join('\n');
    expect(Object.fromEntries(parseUnifiedDiff(diff))).toEqual({
      'a.md': {
        whole: false,
        contentChanged: true,
        lines: [
          [3, 3],
          [11, 12],
        ],
      },
      'only-deleted-lines.md': { whole: false, contentChanged: true, lines: [] },
      'new name.md': { whole: false, contentChanged: false, lines: [] },
      'with space.md': { whole: false, contentChanged: true, lines: [[2, 2]] },
    });
  });

  it("undoes git's C-style quoting of unusual paths", () => {
    expect(unquote('"b/caf\\303\\251 \\"draft\\"\\t1.md"')).toBe('b/café "draft"\t1.md');
    expect(unquote('plain name.md')).toBe('plain name.md');
  });
});

describe('healthlint --changed-since', () => {
  it('lints only changed files and reports only findings on changed lines', async () => {
    const root = siteRepository();
    // New lines under the heading shift the rest of vitamin-d.md (its old `miracle` finding is not on a changed line).
    const vitamin = join(root, 'site/vitamin-d.md');
    writeFileSync(
      vitamin,
      readFileSync(vitamin, 'utf8').replace('# Vitamin D in winter', '# Vitamin D in winter\n\nUpdated.'),
    );
    appendTo(vitamin, '\nThis revolutionary pill treats vitamin D deficiency.\n');
    writeFileSync(join(root, 'site/new article.md'), '# Draft\n\nA miracle drug for weight loss, say its fans.\n');

    const { code, files } = await findings(['--changed-since', 'HEAD', 'site'], root);
    expect(code).toBe(0);
    expect(files.map((file) => file.path)).toEqual(['site/new article.md', 'site/vitamin-d.md']);
    const vitaminFindings = files[1]?.messages ?? [];
    expect(vitaminFindings.map((message) => message.reason)).toContainEqual(expect.stringContaining('`revolutionary`'));
    expect(vitaminFindings.some((message) => message.reason.includes('`miracle`'))).toBe(false);
    const lines = readFileSync(vitamin, 'utf8').split('\n').length;
    const onChangedLines = (line: number): boolean => line >= lines - 2 || line === 7 || line === 8;
    const lineFindings = vitaminFindings.filter(
      (message) => rulesById.get(message.ruleId)?.definition.scope !== 'document',
    );
    expect(lineFindings.filter((message) => !onChangedLines(message.line))).toEqual([]);
    // An untracked article is new: all of it counts as changed.
    expect(files[0]?.messages.map((message) => message.reason)).toContainEqual(expect.stringContaining('`miracle`'));
  });

  it('keeps document-level findings of a changed document, but only line findings on changed lines', async () => {
    const root = siteRepository();
    // --tentative: the page's only line findings are ones the rules hold back, and this is about lines, not tiers.
    const all = await findings(['--tentative', 'site/hay-fever.html'], root);
    const documentRules = new Set(
      [...rulesById.values()].filter((rule) => rule.definition.scope === 'document').map((rule) => rule.definition.id),
    );
    const before = all.files[0]?.messages ?? [];
    expect(before.some((message) => documentRules.has(message.ruleId))).toBe(true);
    expect(before.some((message) => !documentRules.has(message.ruleId))).toBe(true);

    const page = join(root, 'site/hay-fever.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</article>', '<p>Updated in spring.</p>\n</article>'));
    const changed = await findings(['--tentative', '--changed-since', 'HEAD', 'site'], root);
    const after = changed.files[0]?.messages ?? [];
    expect(after.filter((message) => !documentRules.has(message.ruleId))).toEqual([]);
    expect(after.map((message) => message.ruleId).sort()).toEqual(
      before
        .filter((message) => documentRules.has(message.ruleId))
        .map((message) => message.ruleId)
        .sort(),
    );

    // A pure rename changes no text: nothing to report about the document either.
    git(['commit', '-q', '-am', 'Edit'], root);
    git(['mv', 'site/hay-fever.html', 'site/hay-fever-2024.html'], root);
    const renamed = await findings(['--changed-since', 'HEAD', 'site'], root);
    expect(renamed.files.map((file) => [file.path, file.messages.length])).toEqual([['site/hay-fever-2024.html', 0]]);
  });

  it('compares with the merge base, so changes on the target branch do not count', async () => {
    const root = siteRepository();
    git(['checkout', '-q', '-b', 'feature'], root);
    appendTo(join(root, 'site/flu-vaccine.md'), '\nA miracle drug for flu.\n');
    git(['commit', '-q', '-am', 'Feature edit'], root);
    git(['checkout', '-q', 'main'], root);
    appendTo(join(root, 'site/cold-water.md'), '\nAn amazing treatment for colds.\n');
    git(['commit', '-q', '-am', 'Main moves on'], root);
    git(['checkout', '-q', 'feature'], root);
    const { files } = await findings(['--changed-since', 'main', 'site'], root);
    expect(files.map((file) => file.path)).toEqual(['site/flu-vaccine.md']);
    expect(files[0]?.messages.map((message) => message.reason)).toContainEqual(expect.stringContaining('`miracle`'));
  });

  it('handles paths git has to quote', async () => {
    const root = siteRepository();
    const name = 'site/café "notes".md';
    writeFileSync(join(root, name), '# Notes\n\nPlain text.\n');
    git(['add', '.'], root);
    git(['commit', '-q', '-m', 'Add notes'], root);
    appendTo(join(root, name), '\nAn incredible treatment for back pain.\n');
    const { files } = await findings(['--changed-since', 'HEAD', 'site'], root);
    expect(files.map((file) => file.path)).toEqual([name]);
    const lines = files[0]?.messages.map((message) => message.line) ?? [];
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line === 5)).toBe(true);
  });

  it('says clearly when it is not in a git repository or the ref is unknown (exit 2)', async () => {
    const root = siteRepository();
    const outside = mkdtempSync(join(tmpdir(), 'healthlint-not-git-'));
    writeFileSync(join(outside, 'a.md'), 'Text.\n');
    const cases: [string[], string, RegExp][] = [
      [['--changed-since', 'HEAD', 'a.md'], outside, /is not inside a git repository/],
      [['--changed-since', 'no-such-branch', 'site'], root, /Unknown git ref `no-such-branch`/],
      [['--changed-since=--output=/tmp/x', 'site'], root, /Unknown git ref `--output=\/tmp\/x`/],
    ];
    for (const [args, cwd, expected] of cases) {
      const result = await runCli(args, cwd);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(expected);
    }
  });
});
