import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconSources, compiledLexicon } from './lexicon-files.js';

/** Rebuilds every generated file: lexicon modules first (the rules import them), then docs and schema. */
const root = new URL('../../', import.meta.url).pathname;

for (const yamlPath of lexiconSources(root)) {
  const [target, content] = compiledLexicon(root, yamlPath);
  writeFileSync(join(root, target), content);
}

const { generatedFiles } = await import('./generated-files.js');
for (const [path, content] of await generatedFiles()) writeFileSync(join(root, path), content);
