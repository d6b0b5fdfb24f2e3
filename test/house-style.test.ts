import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../src/config/load.js';
import { resolveConfig } from '../src/config/resolve.js';
import { UserError } from '../src/errors.js';
import { lintText } from '../src/lint.js';
import { jsonReporter } from '../src/reporters/json.js';
import { sarifReporter } from '../src/reporters/sarif.js';
import { TermMatcher } from '../src/rule/terms.js';
import { codeActionsFor } from '../src/server/code-actions.js';
import { toDiagnostic } from '../src/server/diagnostics.js';
import { flaggedTexts, onlyRules, builtInRules } from './helpers.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'healthlint-house-'));
  folders.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const personFirst = {
  id: 'person-first',
  match: ['diabetics', 'epileptics'],
  prefer: 'people with diabetes',
  message: 'Use person-first language',
};
const article = 'Diabetics and epileptics often eat a superfood. Hearing aids and AIDS differ.\n';

describe('house-style', () => {
  it('flags substitutions with a replacement and the term id, and existence checks without one', () => {
    const config = onlyRules({
      'house-style': ['warn', { terms: [personFirst, { id: 'no-superfood', match: ['superfood', 'superfoods'] }] }],
    });
    const file = lintText(article, { config, format: 'markdown' });
    const messages = file.messages.map((message) => ({
      reason: message.reason,
      expected: message.expected,
      data: (message as unknown as { data?: unknown }).data,
    }));
    expect(messages).toEqual([
      {
        reason: 'Unexpected `Diabetics`, expected `People with diabetes`: Use person-first language (person-first)',
        expected: ['People with diabetes'],
        data: { term: 'person-first' },
      },
      {
        reason: 'Unexpected `epileptics`, expected `people with diabetes`: Use person-first language (person-first)',
        expected: ['people with diabetes'],
        data: { term: 'person-first' },
      },
      { reason: 'Unexpected `superfood` (no-superfood)', expected: undefined, data: { term: 'no-superfood' } },
    ]);
  });

  it('matches a case-sensitive term only with its case, other terms in any case', () => {
    const matcher = new TermMatcher([
      { id: 'aids', match: ['AIDS'], caseSensitive: true },
      { id: 'superfood', match: ['super food*'] },
    ]);
    const found = matcher.matchAll('Hearing aids, AIDS, Aids. SUPER-FOODS and super foodies.');
    expect(found.map(({ term, text }) => `${term.id}:${text}`)).toEqual([
      'aids:AIDS',
      'superfood:SUPER-FOODS',
      'superfood:super foodies',
    ]);
  });

  it('reads terms from a YAML config and a terms file named relative to it', () => {
    const root = tree({
      'site/.healthlintrc.yml': [
        'rules:',
        '  house-style:',
        '    - warn',
        '    - termsFile: ../style/terms.yml',
        '      terms:',
        '        - id: no-superfood',
        '          match: [superfood]',
      ].join('\n'),
      'style/terms.yml': '- id: person-first\n  match: [diabetics]\n  prefer: people with diabetes\n',
    });
    const loaded = loadConfigFile(join(root, 'site/.healthlintrc.yml'));
    const file = lintText(article, { config: resolveConfig(loaded), format: 'markdown' });
    const terms = file.messages
      .filter((message) => message.ruleId === 'house-style')
      .map((message) => (message as unknown as { data: { term: string } }).data.term);
    expect(terms).toEqual(['person-first', 'no-superfood']);
  });

  it('refuses a missing or invalid terms file, bad phrases and repeated ids when the config loads', () => {
    const root = tree({
      'missing.json': JSON.stringify({ rules: { 'house-style': ['warn', { termsFile: 'nope.yml' }] } }),
      'bad.json': JSON.stringify({ rules: { 'house-style': ['warn', { termsFile: 'bad.yml' }] } }),
      'bad.yml': '- id: Not Kebab\n  match: [x]\n',
      'star.json': JSON.stringify({ rules: { 'house-style': ['warn', { terms: [{ id: 'a', match: ['*'] }] }] } }),
      'twice.json': JSON.stringify({
        rules: {
          hype: [
            'warn',
            {
              extraTerms: [
                { id: 'a', match: ['x'] },
                { id: 'a', match: ['y'] },
              ],
            },
          ],
        },
      }),
      'regex.json': JSON.stringify({ rules: { 'house-style': ['warn', { terms: [{ id: 'a', regex: '(a+)+$' }] }] } }),
    });
    const problem = (name: string): string => {
      try {
        loadConfigFile(join(root, name));
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
        return (error as Error).message;
      }
      return 'loaded';
    };
    expect(problem('missing.json')).toMatch(/Cannot use terms file .*nope\.yml: no such file/);
    expect(problem('bad.json')).toMatch(/bad\.yml: expected a list of terms/);
    expect(problem('star.json')).toMatch(/`terms`: Phrase "\*": a word needs text before its \*/);
    expect(problem('twice.json')).toMatch(/`extraTerms` has the term id `a` twice/);
    expect(problem('regex.json')).toMatch(/unknown option `regex`|must have required property/);
  });

  it('puts the term id in JSON message data and in SARIF rule metadata', () => {
    const config = onlyRules({ 'house-style': ['warn', { terms: [personFirst] }] });
    const file = lintText('Diabetics eat well.', { config, format: 'markdown', filePath: 'a.md' });
    const options = { cwd: process.cwd(), color: false, verbose: false, ruleSet: builtInRules };
    const json = JSON.parse(jsonReporter([file], options)) as { messages: { data?: unknown }[] }[];
    expect(json[0]?.messages[0]?.data).toEqual({ term: 'person-first' });
    const sarif = JSON.parse(sarifReporter([file], options)) as {
      runs: {
        tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } };
        results: { ruleId: string; ruleIndex: number; properties: unknown }[];
      }[];
    };
    const [run] = sarif.runs;
    const result = run!.results[0]!;
    expect(result.ruleId).toBe('house-style/person-first');
    expect(result.properties).toEqual({ term: 'person-first' });
    expect(run!.tool.driver.rules[result.ruleIndex]).toMatchObject({
      id: 'house-style/person-first',
      shortDescription: { text: 'Use person-first language' },
    });
  });

  it('offers the preferred wording as a quick fix in the language server', () => {
    const text = 'Diabetics eat well.';
    const config = onlyRules({ 'house-style': ['warn', { terms: [personFirst] }] });
    const file = lintText(text, { config, format: 'markdown' });
    const document = TextDocument.create('file:///a.md', 'markdown', 1, text);
    const diagnostics = file.messages.map((message) => toDiagnostic(message, document));
    const actions = codeActionsFor({
      document,
      format: 'markdown',
      requested: diagnostics,
      published: diagnostics,
      ruleSet: builtInRules,
    });
    expect(actions[0]).toMatchObject({
      title: 'Replace «Diabetics» with «People with diabetes»',
      isPreferred: true,
      edit: { changes: { 'file:///a.md': [{ newText: 'People with diabetes' }] } },
    });
  });
});

describe('extraTerms and allow on lexicon rules', () => {
  it('hype flags a project term and stays quiet on an allowed entry id or phrase', () => {
    const text = 'This next-level supplement is a breakthrough and a miracle for sleep.';
    const flagged = (options: Record<string, unknown>): string[] =>
      flaggedTexts(lintText(text, { config: onlyRules({ hype: ['warn', options] }), format: 'markdown' }), text);
    expect(flagged({})).toEqual(['breakthrough', 'miracle']);
    expect(flagged({ extraTerms: [{ id: 'next-level', match: ['next level'] }], allow: ['miracle'] })).toEqual([
      'next-level',
      'breakthrough',
    ]);
    expect(flagged({ allow: ['Breakthrough', 'miracle'] })).toEqual([]);
  });
});
