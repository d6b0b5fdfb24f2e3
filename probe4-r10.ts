import { readFileSync } from 'node:fs';
import { buildDocument } from './src/prose/document.js';
import { treatmentMentions, remedyMentions } from './src/language/treatments.js';
const d = buildDocument(readFileSync(process.argv[2]!, 'utf8'), 'markdown');
const r = new Set(remedyMentions(d));
for (const m of treatmentMentions(d)) console.log(m.block.index, m.key, m.kind, m.generic, r.has(m) ? 'REMEDY' : '', JSON.stringify(m.sentence.text.slice(0, 90)));
