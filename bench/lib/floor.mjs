// The floors healthlint is measured against, each as a whole process (start-up included):
//   read  — read every file and decode it, nothing else;
//   nlcst — the parse floor: unified + remark-parse → remark-retext (bridge) → retext-english, no rules.
// Plain .mjs, so that tsx's start-up is not counted.
// Usage: node bench/lib/floor.mjs read|nlcst <file or folder>
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [mode, target] = process.argv.slice(2);
const paths = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => join(target, name))
  : [target];

if (mode === 'read') {
  let characters = 0;
  for (const path of paths) characters += readFileSync(path, 'utf8').length;
  process.stdout.write(`${characters}\n`);
} else if (mode === 'nlcst') {
  const [{ unified }, { default: remarkParse }, { default: remarkRetext }, { default: retextEnglish }] =
    await Promise.all([import('unified'), import('remark-parse'), import('remark-retext'), import('retext-english')]);
  const processor = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish)).freeze();
  let nodes = 0;
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    const tree = await processor.run(processor.parse(text));
    nodes += tree.children.length;
  }
  process.stdout.write(`${nodes}\n`);
} else {
  throw new Error(`Unknown floor \`${mode}\`: expected read or nlcst`);
}
