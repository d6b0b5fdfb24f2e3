import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, makeTree } from './cli-helpers.js';
import { LspClient, serverBin } from './server-client.js';

/**
 * healthlint makes no network requests: not to fetch dictionaries, not to report usage, not to
 * check for updates. Each run below starts with every way out of the machine replaced by a trap
 * (net, tls, http, https, http2, dgram, dns, fetch, WebSocket), in the main thread and in every
 * worker thread. A trap throws and also writes to a log, so that code which swallowed the error
 * would still be caught.
 */

const work = mkdtempSync(join(tmpdir(), 'healthlint-network-'));
const log = join(work, 'network-attempts.log');
const preload = join(work, 'no-network.mjs');
writeFileSync(
  preload,
  `import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const trap = (name) => function () {
  appendFileSync(${JSON.stringify(log)}, name + '\\n');
  throw new Error('healthlint test: network access attempted: ' + name);
};
for (const [module, prefix, names] of [
  [net, 'net', ['connect', 'createConnection', 'createServer']],
  [tls, 'tls', ['connect', 'createServer']],
  [http, 'http', ['request', 'get', 'createServer']],
  [https, 'https', ['request', 'get', 'createServer']],
  [http2, 'http2', ['connect', 'createServer', 'createSecureServer']],
  [dgram, 'dgram', ['createSocket']],
  [dns, 'dns', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']],
  [dns.promises, 'dns.promises', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']],
]) {
  for (const name of names) module[name] = trap(prefix + '.' + name);
}
net.Socket.prototype.connect = trap('net.Socket.connect');
net.Server.prototype.listen = trap('net.Server.listen');
globalThis.fetch = trap('fetch');
globalThis.WebSocket = trap('WebSocket');
syncBuiltinESMExports();
`,
);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const article = 'Research has shown that this miracle drug cures cancer, doctors say. It recieved praise.\n';

function run(args: string[], cwd: string, input = ''): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, binPath, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function attempts(): string[] {
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
}

describe('no network access', () => {
  it('the traps work: a fetch in a trapped process is caught and logged', () => {
    const probe = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(preload).href, '-e', "fetch('https://example.org').catch(() => {})"],
      { encoding: 'utf8' },
    );
    expect(probe.stderr).toContain('network access attempted: fetch');
    expect(attempts()).toEqual(['fetch']);
    rmSync(log);
  });

  it('the CLI lints with every rule, every reporter, in worker threads, with a cache', () => {
    const folder = makeTree({
      ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`article-${i}.md`, article])),
      'page.html': `<p>${article}</p>`,
      'notes.txt': article,
      '.healthlintrc.json': JSON.stringify({ preset: 'strict', language: 'auto' }),
    });
    try {
      for (const format of ['stylish', 'json', 'sarif', 'github']) {
        const result = run(['--format', format, '--jobs', '2', '--cache', '.'], folder);
        expect(result.stderr).toBe('');
        expect([0, 1]).toContain(result.code);
      }
      expect(run(['--stdin', '--stdin-filename', 'x.md'], folder, article).stdout).toContain('hype');
      expect(run(['--explain', 'spelling'], folder).code).toBe(0);
      expect(run(['--list-rules'], folder).code).toBe(0);
      expect(attempts()).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('the language server lints, hovers and offers fixes', async () => {
    const folder = makeTree({ 'article.md': article });
    const client = await LspClient.start({
      command: [process.execPath, '--import', pathToFileURL(preload).href, serverBin, '--stdio'],
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'work' }],
      cwd: folder,
    });
    try {
      const uri = pathToFileURL(join(folder, 'article.md')).href;
      await client.open(uri, article);
      const published = await client.diagnostics(uri, (params) => params.diagnostics.length > 0);
      const first = published.diagnostics[0];
      if (first) {
        await client.hover(uri, first.range.start);
        await client.codeActions(uri, [first]);
      }
      expect(client.stderr).not.toContain('network access attempted');
      expect(attempts()).toEqual([]);
    } finally {
      await client.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
