import { rules } from '../../rules/index.js';
import { configSchema } from '../config/schema.js';
import { readFileSync } from 'node:fs';
import { hunspellWordList } from './hunspell-words.js';
import { presetsDoc } from './preset-table.js';
import { ruleMetadataModule } from './rule-metadata.js';
import { ruleDocs } from '../rule-docs.js';
import { vocabularyLists, vocabularySourceFolder } from './vocabulary.js';
import { harmVocabularyModule } from './harm-vocabulary.js';

/** Every generated file (except lexicon modules) by path: docs, the rules' metadata, schema, the expanded Hunspell list and the vocabulary lists; `npm run generate` writes them and a test compares. */
export async function generatedFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const index = ['# Rules', '', '| rule | what it flags |', '| --- | --- |'];
  for (const rule of rules) {
    const { id, docs } = rule.definition;
    files.set(`docs/rules/${id}.md`, ruleDocs(rule.definition));
    index.push(`| [\`${id}\`](./${id}.md) | ${docs.summary} |`);
  }
  files.set('docs/rules/README.md', index.join('\n') + '\n');
  files.set('rules/metadata.generated.ts', ruleMetadataModule(rules));
  const presetsPath = new URL('../../docs/presets.md', import.meta.url).pathname;
  files.set('docs/presets.md', await presetsDoc(readFileSync(presetsPath, 'utf8'), presetsPath));
  files.set('schema/healthlintrc.schema.json', JSON.stringify(configSchema(), null, 2) + '\n');
  files.set('dictionaries/hunspell-en.txt', hunspellWordList());
  // The health vocabulary and names lists come from ../shared/corpora/medical-words, which only a
  // checkout beside it has: elsewhere the committed lists stand, unchecked.
  const vocabularySource = vocabularySourceFolder();
  if (vocabularySource) {
    for (const [name, text] of await vocabularyLists(vocabularySource)) files.set(`dictionaries/${name}`, text);
    files.set('src/language/harm-vocabulary.generated.ts', harmVocabularyModule(vocabularySource));
  }
  return files;
}
