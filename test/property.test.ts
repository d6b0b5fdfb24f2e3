import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigResolver, lintText } from '../src/lint.js';
import type { Format } from '../src/prose/types.js';
import { DocumentLinter } from '../src/server/document-linter.js';
import { defaultSettings } from '../src/server/settings.js';
import { WorkspaceFolders } from '../src/server/workspace.js';
import { anyString, documents, extensions } from './property-arbitraries.js';
import {
  everyRuleConfig,
  everyRuleConfigFile,
  findingsOf,
  findingsOfJson,
  positionProblems,
  runMain,
  sortFindings,
  type Finding,
} from './property-helpers.js';

/**
 * Property-based tests over generated Markdown, HTML and text. Runs are bounded so that `npm test`
 * stays fast; raise them with HEALTHLINT_PROPERTY_RUNS=1000 for a longer hunt (fast-check prints
 * the seed and the shrunk counterexample of any failure).
 */
const runs = Number(process.env['HEALTHLINT_PROPERTY_RUNS'] ?? 30);
const formats: Format[] = ['markdown', 'html', 'text'];
/** Generous: a loaded CI machine may be several times slower; fast-check's own run count bounds the work. */
const timeout = 60_000 + runs * 2_000;
const config = everyRuleConfig();
const workFolder = mkdtempSync(join(tmpdir(), 'healthlint-property-'));
writeFileSync(join(workFolder, '.healthlintrc.json'), JSON.stringify(everyRuleConfigFile));

afterAll(() => rmSync(workFolder, { recursive: true, force: true }));

function lint(text: string, format: Format) {
  return lintText(text, { format, config });
}

describe.each(formats)('generated %s', (format) => {
  it('never throws, reports no internal error, and every range holds the text it is about', { timeout }, () => {
    fc.assert(
      fc.property(documents[format], (text) => {
        const file = lint(text, format);
        const failures = file.messages.filter(
          (message) => message.ruleId === 'internal-error' || message.ruleId === 'parse-error',
        );
        expect(failures.map((message) => message.reason)).toEqual([]);
        expect(positionProblems(file, text, format)).toEqual([]);
      }),
      { numRuns: runs },
    );
  });

  it('gives the same messages every time, with a cached or a fresh processor', { timeout }, () => {
    fc.assert(
      fc.property(documents[format], (text) => {
        const first = serialise(lint(text, format).messages);
        expect(serialise(lint(text, format).messages)).toEqual(first);
        const fresh = everyRuleConfig();
        expect(serialise(lintText(text, { format, config: fresh }).messages)).toEqual(first);
      }),
      { numRuns: Math.ceil(runs / 2) },
    );
  });

  it('survives arbitrary strings (lone surrogates, NUL, markup soup) with ranges in bounds', { timeout }, () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const file = lint(text, format);
        expect(file.messages.filter((message) => message.ruleId === 'internal-error').map((m) => m.reason)).toEqual([]);
        for (const message of file.messages) {
          const place = message.place;
          if (!place || !('start' in place)) continue;
          expect(place.start.offset).toBeGreaterThanOrEqual(0);
          expect(place.end.offset).toBeLessThanOrEqual(text.length);
          expect(place.start.offset as number).toBeLessThanOrEqual(place.end.offset as number);
        }
      }),
      { numRuns: runs },
    );
  });

  it(
    'gives the same findings through the CLI (--stdin --format json), lintText and the language server',
    { timeout },
    async () => {
      const name = `article.${extensions[format]}`;
      // All three find the same config file in the work folder, as they would in a project.
      const discovered = new ConfigResolver({ cwd: workFolder }).configFor(join(workFolder, name));
      const folders = new WorkspaceFolders();
      folders.set([`file://${workFolder}`]);
      const server = new DocumentLinter(folders, { error: () => undefined });
      await fc.assert(
        fc.asyncProperty(
          // What a file on disk can hold: no lone surrogate, and no NUL (the CLI reads that as binary).
          documents[format].filter((text) => !/\p{Cs}/u.test(text) && !text.includes('\0')),
          async (text) => {
            const library = sortFindings(findingsOf(lintText(text, { format, config: discovered, cwd: workFolder })));
            const cli = await runMain(['--stdin', '--stdin-filename', name, '--format', 'json'], {
              cwd: workFolder,
              stdin: text,
            });
            expect(cli.stderr).toBe('');
            expect(sortFindings(findingsOfJson(cli.stdout)[0] ?? [])).toEqual(library);
            const document = TextDocument.create(`file://${join(workFolder, name)}`, format, 1, text);
            const diagnostics = server.lint(document, defaultSettings).diagnostics;
            const fromServer: Finding[] = diagnostics.map((diagnostic) => ({
              ruleId: String(diagnostic.code),
              reason: diagnostic.message,
              start: document.offsetAt(diagnostic.range.start),
              end: document.offsetAt(diagnostic.range.end),
            }));
            expect(sortFindings(fromServer)).toEqual(library);
          },
        ),
        { numRuns: Math.ceil(runs / 2) },
      );
    },
  );
});

function serialise(messages: readonly object[]): string {
  return JSON.stringify(
    messages.map((message) => {
      const { reason, ruleId, place, actual, expected, note, fatal, url } = message as Record<string, unknown>;
      return { reason, ruleId, place, actual, expected, note, fatal, url };
    }),
  );
}
