import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { afterAll, describe, expect, it } from 'vitest';
import { lintPath, lintText, ConfigResolver } from '../src/lint.js';
import { buildBlocks } from '../src/prose/build.js';
import { documentFromMdast } from '../src/prose/document.js';
import { defaultMaxFileSize } from '../src/read.js';
import { makeTree, runCli } from './cli-helpers.js';
import { onlyRules } from './helpers.js';
import { runMain } from './property-helpers.js';

/**
 * The bad-input matrix: every kind of file a linter meets in a real repository or a hostile one,
 * each with one clear outcome. Whatever happens to one file, the others in the same run are
 * still linted and reported (`good.md` in every run), and no input crashes the process.
 */

const good = 'This miracle drug cures cancer, doctors say.\n';
/** A real PNG header (signature, IHDR, a few pixels): what `mv photo.png notes.md` produces. */
const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0e6e40000000049454e44ae426082',
  'hex',
);
const root = makeTree({
  'good.md': good,
  'empty.md': '',
  'bom-only.md': '\uFEFF',
  'photo.md': png,
  'latin1.md': Buffer.from('Caf\xe9 owners say this miracle drug cures cancer.\n', 'latin1'),
  'utf16le.md': Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from('Doctors say this\r\nmiracle drug cures cancer.\n', 'utf16le'),
  ]),
  'utf16be.txt': Buffer.concat([
    Buffer.from([0xfe, 0xff]),
    Buffer.from('Doctors say this miracle drug cures cancer.\n', 'utf16le').swap16(),
  ]),
  'utf32le.md': Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(utf32(good, 'le'))]),
  'utf32be.txt': Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), Buffer.from(utf32(good, 'be'))]),
  'folder.md/inside.md': good,
  'late-nul.md': `${good}${'word '.repeat(2000)}\0 after the first 8,000 bytes\n`,
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function utf32(text: string, order: 'le' | 'be'): Uint8Array {
  const view = new DataView(new ArrayBuffer([...text].length * 4));
  [...text].forEach((character, index) => view.setUint32(index * 4, character.codePointAt(0) ?? 0, order === 'le'));
  return new Uint8Array(view.buffer);
}

interface ReportedFile {
  path: string;
  messages: { ruleId: string | null; reason: string; fatal: boolean | null; line: number | null }[];
}

async function lint(
  args: string[],
  cwd = root,
): Promise<{ code: number; files: Map<string, ReportedFile>; stderr: string }> {
  const run = await runMain(['--format', 'json', ...args], { cwd });
  const files = run.stdout ? (JSON.parse(run.stdout) as ReportedFile[]) : [];
  return { code: run.code, files: new Map(files.map((file) => [file.path, file])), stderr: run.stderr };
}

/** A file of the given size that takes no disk space (a hole), for size limits. */
function sparseFile(path: string, size: number): string {
  writeFileSync(path, '');
  truncateSync(path, size);
  return path;
}

function ruleIds(file: ReportedFile | undefined): string[] {
  return (file?.messages ?? []).map((message) => String(message.ruleId));
}

/** The one fatal message a file that cannot be linted gets. */
function failure(file: ReportedFile | undefined): string {
  const fatal = (file?.messages ?? []).filter((message) => message.fatal);
  expect(fatal).toHaveLength(1);
  return fatal[0]?.reason ?? '';
}

function expectGoodLinted(files: Map<string, ReportedFile>): void {
  expect(ruleIds(files.get('good.md'))).toContain('hype');
}

describe('bad input, each with one outcome, and the other files still linted', () => {
  it('empty file and a file holding only a BOM: linted, no findings', async () => {
    const { code, files } = await lint(['good.md', 'empty.md', 'bom-only.md']);
    expect(files.get('empty.md')?.messages).toEqual([]);
    expect(files.get('bom-only.md')?.messages).toEqual([]);
    expectGoodLinted(files);
    expect(code).toBe(0);
  });

  it('binary file (a PNG renamed .md): refused as binary', async () => {
    const { code, files } = await lint(['good.md', 'photo.md']);
    expect(failure(files.get('photo.md'))).toBe('Cannot lint binary file: it is not text');
    expectGoodLinted(files);
    expect(code).toBe(1);
  });

  it('invalid UTF-8 (Latin-1 bytes): refused, naming the byte', async () => {
    const { files } = await lint(['good.md', 'latin1.md']);
    expect(failure(files.get('latin1.md'))).toBe('Cannot lint file: invalid UTF-8 at byte 3 (save it as UTF-8)');
    expectGoodLinted(files);
  });

  it('UTF-16 with a BOM, little- and big-endian: decoded and linted at the right places', async () => {
    const { files } = await lint(['utf16le.md', 'utf16be.txt']);
    const little = files.get('utf16le.md')?.messages.find((message) => message.ruleId === 'hype');
    const big = files.get('utf16be.txt')?.messages.find((message) => message.ruleId === 'hype');
    expect(little).toMatchObject({ line: 2, column: 1 });
    expect(big).toMatchObject({ line: 1, column: 19 }); // The BOM is kept as U+FEFF, so offsets match the file.
  });

  it('UTF-32 with a BOM, either order: refused like other unsupported encodings (not read as UTF-16)', async () => {
    const { files } = await lint(['good.md', 'utf32le.md', 'utf32be.txt']);
    expect(failure(files.get('utf32le.md'))).toBe(
      'Cannot lint file: UTF-32LE text is not supported (save it as UTF-8)',
    );
    expect(failure(files.get('utf32be.txt'))).toBe(
      'Cannot lint file: UTF-32BE text is not supported (save it as UTF-8)',
    );
    expectGoodLinted(files);
  });

  it('a NUL byte past the first 8,000 bytes: read as text, no crash', async () => {
    const { files } = await lint(['late-nul.md']);
    expect(ruleIds(files.get('late-nul.md'))).toContain('hype');
  });

  it('a 50 MB file: refused by size before it is read, naming --max-file-size', async () => {
    const path = sparseFile(join(root, 'huge.md'), 50 * 1024 * 1024);
    try {
      const { code, files } = await lint(['good.md', 'huge.md']);
      expect(failure(files.get('huge.md'))).toBe(
        'Cannot lint file of 50 MB: over the 10 MB limit (raise it with --max-file-size)',
      );
      expectGoodLinted(files);
      expect(code).toBe(1);
    } finally {
      rmSync(path);
    }
  });

  it('more than --max-file-size on standard input: refused, naming --max-file-size (endless input: bad-input-files)', async () => {
    const run = await runMain(['--stdin', '--format', 'json', '--max-file-size', '1KB'], {
      cwd: root,
      stdin: `${good}${'x'.repeat(2048)}`,
    });
    expect(run.stderr).toBe(
      'healthlint: Cannot lint standard input: more than the 1 KB limit (raise it with --max-file-size)\n',
    );
    expect(run.code).toBe(2);
  });

  it('a device with no end (/dev/zero): read only up to the limit, then refused', async () => {
    const { files } = await lint(['--max-file-size', '64KB', 'good.md', '/dev/zero']);
    expect(failure(files.get('/dev/zero'))).toMatch(/^Cannot lint file of .*: over the 64 KB limit/);
    expectGoodLinted(files);
  });

  it('a folder named x.md: expanded when given; refused when linted as a file', async () => {
    const { files } = await lint(['folder.md']);
    expect(ruleIds(files.get('folder.md/inside.md'))).toContain('hype');
    const direct = await lintPath('folder.md', root, new ConfigResolver({ cwd: root }), defaultMaxFileSize);
    expect(direct.messages.map((message) => message.reason)).toEqual(['Cannot lint a folder given as a file']);
  });

  it('symbolic-link loops: never followed into folders; a named looping or dangling link is reported', async () => {
    const folder = join(root, 'links');
    mkdirSync(folder);
    writeFileSync(join(folder, 'good.md'), good);
    symlinkSync('self.md', join(folder, 'self.md'));
    symlinkSync('b.md', join(folder, 'a.md'));
    symlinkSync('a.md', join(folder, 'b.md'));
    symlinkSync('..', join(folder, 'up'));
    symlinkSync('.', join(folder, 'here'));
    symlinkSync('missing.md', join(folder, 'dangling.md'));
    const expanded = await lint(['.'], folder);
    expect([...expanded.files.keys()]).toEqual(['good.md']);
    const named = await lint(['good.md', 'self.md', 'a.md', 'dangling.md'], folder);
    expect(failure(named.files.get('self.md'))).toBe('Cannot read file: too many symbolic links (a link loop)');
    expect(failure(named.files.get('a.md'))).toBe('Cannot read file: too many symbolic links (a link loop)');
    expect(failure(named.files.get('dangling.md'))).toBe('Cannot read file: no such file');
    expectGoodLinted(named.files);
  });

  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    console.info(
      'bad-input: running as root, whom chmod 000 does not stop; the permission error is simulated in bad-input-race.test.ts',
    );
  }
  it.skipIf(asRoot)('a file without read permission: reported as unreadable', async () => {
    // Root reads any file whatever its mode, so this runs for ordinary users only; the
    // permission error itself is also simulated for every user in bad-input-race.test.ts.
    const path = join(root, 'locked.md');
    writeFileSync(path, good);
    chmodSync(path, 0o000);
    try {
      const { files } = await lint(['good.md', 'locked.md']);
      expect(failure(files.get('locked.md'))).toBe('Cannot read file: permission denied');
      expectGoodLinted(files);
    } finally {
      chmodSync(path, 0o644);
    }
  });

  it('a named pipe in a folder: skipped by expansion, so nothing waits for a writer', async () => {
    const folder = join(root, 'pipes');
    mkdirSync(folder);
    writeFileSync(join(folder, 'good.md'), good);
    execFileSync('mkfifo', [join(folder, 'pipe.md')]);
    const { files } = await lint(['.'], folder);
    expect([...files.keys()]).toEqual(['good.md']);
  });
});

describe('huge and deeply nested input', () => {
  // Some 10 s on a quiet machine (tokenising 100,000 blocks); the other formats and every rule are
  // in scripts/pathological.ts, which also reports time and memory.
  it(
    'a 100,000-item list: linted to the last item, positions right at the end of the file',
    { timeout: 180_000 },
    () => {
      const text = Array.from({ length: 100_000 }, (_, i) => `- Item ${i}: a miracle cure for cancer`).join('\n');
      const file = lintText(text, { format: 'text', config: onlyRules({ hype: 'warn' }) });
      expect(file.messages).toHaveLength(100_000);
      expect(file.messages.at(-1)).toMatchObject({ line: 100_000, column: '- Item 99999: a '.length + 1 });
    },
  );

  it('a 10,000-deep blockquote or element nesting: one clear message, no crash', () => {
    const config = onlyRules({ hype: 'warn' });
    const quote = lintText(`${'>'.repeat(10_000)} A miracle cure for cancer.\n`, { format: 'markdown', config });
    const html = lintText(`${'<div>'.repeat(10_000)}A miracle cure for cancer.`, { format: 'html', config });
    for (const file of [quote, html]) {
      expect(file.messages.map((message) => [message.ruleId, message.reason, message.fatal])).toEqual([
        ['parse-error', 'Cannot lint file: its markup is nested too deeply to parse', true],
      ]);
    }
  });

  it('nesting is refused past a fixed depth, before any rule runs, and linted below it', () => {
    // The parse itself may succeed (no autolink transform runs without `www`, `http`, `@` or `&`);
    // a dependency's recursive walk after the rules would then fail with their findings already made.
    const config = onlyRules({ hype: 'warn' });
    const deep = lintText(`${'>'.repeat(2_100)} A miracle cure for cancer.\n`, { format: 'markdown', config });
    expect(deep.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['parse-error', true]]);
    const shallow = lintText(`${'>'.repeat(1_990)} A miracle cure for cancer.\n`, { format: 'markdown', config });
    expect(shallow.messages.map((message) => message.ruleId)).toEqual(['hype']);
  });

  it('our own tree walks take 100,000 levels of nesting without recursion', () => {
    // Deeper than any parser here produces, as a tree from someone else's remark pipeline may be.
    let node: Root['children'][number] = {
      type: 'paragraph',
      children: [
        {
          type: 'text',
          value: 'miracle',
          position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 8, offset: 7 } },
        },
      ],
    };
    for (let depth = 0; depth < 100_000; depth++) node = { type: 'blockquote', children: [node] };
    const tree: Root = { type: 'root', children: [node] };
    expect(buildBlocks(tree, 'miracle').blocks.map((block) => block.text)).toEqual(['miracle']);
    expect(documentFromMdast(tree, 'miracle', 'markdown').blocks).toHaveLength(1);
  });

  it('the real binary, with worker threads: a file that overflows a parser is reported and the run goes on', () => {
    const folder = makeTree({
      ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`good-${i}.md`, good])),
      'deep.html': `${'<div>'.repeat(10_000)}A miracle cure for cancer.`,
    });
    try {
      const run = runCli(['--format', 'json', '--jobs', '2', '.'], { cwd: folder });
      const files = JSON.parse(run.stdout) as ReportedFile[];
      expect(files).toHaveLength(10);
      const deep = files.find((file) => file.path === 'deep.html');
      expect(deep?.messages.map((message) => message.ruleId)).toEqual(['parse-error']);
      for (const file of files.filter((each) => each.path !== 'deep.html')) expect(ruleIds(file)).toContain('hype');
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('the real binary on a 50 MB file named on the command line: refused without reading it', () => {
    const folder = makeTree({ 'good.md': good });
    try {
      sparseFile(join(folder, 'huge.txt'), 50 * 1024 * 1024);
      const run = runCli(['--format', 'json', 'good.md', 'huge.txt'], { cwd: folder });
      expect(run.stdout).toContain('raise it with --max-file-size');
      expect(run.stdout).toContain('hype');
      expect(run.code).toBe(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
