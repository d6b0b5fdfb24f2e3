import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiledLexicon, lexiconSources } from '../src/build/lexicon-files.js';
import { generatedFiles } from '../src/build/generated-files.js';

const root = new URL('../', import.meta.url).pathname;

describe('generated files are up to date (run `npm run generate`)', () => {
  for (const source of lexiconSources(root)) {
    it(source, () => {
      const [target, content] = compiledLexicon(root, source);
      expect(readFileSync(root + target, 'utf8')).toBe(content);
    });
  }

  // Building the vocabulary reads cspell's compiled word lists (~2 million entries) and tests each
  // candidate's edits against Hunspell: ~20 s of CPU, more on a busy machine.
  it('docs, schema and the expanded Hunspell word list', async () => {
    for (const [path, content] of await generatedFiles()) {
      expect(readFileSync(root + path, 'utf8'), path).toBe(content);
    }
  }, 300_000);
});
