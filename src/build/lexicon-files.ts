import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileLexicon } from '../rule/lexicon.js';

/** Lexicon sources: every `.yml` file in a rule folder or in `src/language/`, relative to the root. */
export function lexiconSources(root: string): string[] {
  const folders = [join(root, 'src', 'language')];
  for (const id of readdirSync(join(root, 'rules'))) {
    const folder = join(root, 'rules', id);
    if (statSync(folder).isDirectory()) folders.push(folder);
  }
  return folders
    .filter((folder) => existsSync(folder))
    .flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.yml'))
        .map((name) => relative(root, join(folder, name))),
    )
    .sort();
}

/** The generated module's path and content for one lexicon source. */
export function compiledLexicon(root: string, yamlPath: string): [string, string] {
  return [
    yamlPath.replace(/\.yml$/, '.generated.ts'),
    compileLexicon(readFileSync(join(root, yamlPath), 'utf8'), yamlPath),
  ];
}
