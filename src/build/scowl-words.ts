import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicon } from '../language/combining-forms.generated.js';
import { nspellFor } from './hunspell-words.js';
import { scowlKinds, writeScowlList } from './scowl-list.js';

/**
 * Builds `dictionaries/scowl-supplement.txt`: words from SCOWL (Spell Checker Oriented Word
 * Lists, Kevin Atkinson), the lists dictionary-en itself is made from, that the size-60 Hunspell
 * dictionaries leave out. Levels up to 70 ("large") are taken whole; level 80 only for words
 * built like medical terms (a combining form and a medical ending), since level 80 also holds
 * rare words that hide real typos. SCOWL's variant lists ("anesthetic" as a British variant,
 * "focussed") are left out: the dialect dictionaries decide those. Run with Debian's `scowl`:
 *   npx tsx src/build/scowl-words.ts /usr/share/dict/scowl
 */
const [, , folder = '/usr/share/dict/scowl'] = process.argv;
const english = { us: nspellFor('en-US'), gb: nspellFor('en-GB') };
const forms = lexicon.find((entry) => entry.id === 'medical-combining-forms')?.match ?? [];
const medicalStart = new RegExp(`^(?:${[...forms].map((form) => form.replace(/o$/, '')).join('|')})`);
const medicalEnd =
  /(?:itis|os[ie]s|a?emia|omas?|ectomy|otomy|ostomy|plasty|scopy|pathy|algia|penia|trophy|genic|lysis|cytes?|al|ic|ines?|ins?|ases?|oids?|ides?|ates?|ols?|um|us|ae|ias?|ism)$/;

const tags = new Map<string, string>();
for (const level of [10, 20, 35, 40, 50, 55, 60, 70, 80]) {
  for (const [kind, tag] of scowlKinds) {
    const path = join(folder, `${kind}.${level}`);
    if (!existsSync(path)) continue;
    for (const word of readFileSync(path, 'latin1').split('\n')) {
      if (!/^[a-z]{4,}$/.test(word) || tags.has(word)) continue;
      if (english.us.correct(word) && english.gb.correct(word)) continue;
      if (level === 80 && !(medicalStart.test(word) && medicalEnd.test(word))) continue;
      tags.set(word, tag);
    }
  }
}

writeScowlList(
  'scowl-supplement.txt',
  [
    '# Words from SCOWL (Spell Checker Oriented Word Lists) 2020.12.07 that the dictionary-en and',
    '# dictionary-en-gb Hunspell files (SCOWL size 60) lack: sizes up to 70, and medical-looking words of',
    '# size 80. A second column limits a spelling to one dialect. Built by src/build/scowl-words.ts.',
  ],
  tags,
);
