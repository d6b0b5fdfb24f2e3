import type { VFile } from 'vfile';
import { healthlintData } from '../file-data.js';
import { formatFor } from '../formats/extensions.js';
import type { buildDocument } from '../prose/document.js';
import type { ProseDocument } from '../prose/types.js';

let build: typeof buildDocument | undefined;

/**
 * Loads the parsers that rebuild revived files' documents. Awaited before a document can be read
 * (by whoever revives files, when its report may read them): a run whose files all come from the
 * cache and whose report prints only messages never loads the parsers (~1 MB of code to compile).
 */
export async function loadDocumentBuilder(): Promise<void> {
  build ??= (await import('../prose/document.js')).buildDocument;
}

/**
 * Gives a file whose findings came from a worker or the cache the prose document a sequential run
 * would have left on it (`file.data.healthlint.document`), built only if something reads it — the
 * baseline and GitLab fingerprints, a scorecard — by parsing the text the same way healthlint's
 * parser does. Reporters that only print messages never pay for it. `textOf` gives the text when
 * the file was not read (a cache hit by its stamp), or undefined if it can no longer be read.
 */
export function attachLazyDocument(file: VFile, textOf?: () => string | undefined): VFile {
  // Unreadable files have no document, as in a sequential run.
  if (!textOf && typeof file.value !== 'string') return file;
  // The text is taken now if the file has it: the text the findings came from.
  const pending: Pending = textOf ? { file, textOf } : { file, text: file.value as string };
  const data = healthlintData(file) as Record<string, unknown>;
  Object.defineProperty(data, unbuilt, { value: pending, writable: true, configurable: true });
  Object.defineProperty(data, 'document', lazyDocument);
  return file;
}

/** What a file's data holds, under `unbuilt`, to build its document when it is first read. */
interface Pending {
  file: VFile;
  text?: string;
  textOf?: () => string | undefined;
}

/**
 * Where the data of a file whose document is not built yet keeps what it needs to build it: a
 * property of its own (a symbol, not enumerable, so that copies and JSON do not see it), read by
 * one getter shared by every file. A getter made of closures of its own for each file gave each
 * file's data an object shape of its own, and a WeakMap from data to file made every entry outlive
 * the young generation: either made garbage collection a fifth of a warm cached run (10,000 files).
 */
const unbuilt = Symbol('healthlint.unbuiltDocument');

type LazyData = Record<string, unknown> & { [unbuilt]?: Pending | undefined };

function settle(data: LazyData, document: ProseDocument | undefined): void {
  data[unbuilt] = undefined;
  Object.defineProperty(data, 'document', { value: document, writable: true, enumerable: true, configurable: true });
}

const lazyDocument: PropertyDescriptor = {
  configurable: true,
  // Not enumerable while unbuilt, so that copying `data` does not parse the file.
  enumerable: false,
  get(this: LazyData): ProseDocument | undefined {
    const pending = this[unbuilt];
    // Read through an object that is not a file's data (one that has it as prototype): nothing to build.
    if (!pending) return undefined;
    const source = pending.textOf ? pending.textOf() : pending.text;
    if (source === undefined) {
      settle(this, undefined);
      return undefined;
    }
    if (!build) throw new Error('A revived file’s document was read before loadDocumentBuilder() was awaited');
    const document = build(source, formatFor(pending.file.path));
    settle(this, document);
    return document;
  },
  set(this: LazyData, document: ProseDocument | undefined) {
    settle(this, document);
  },
};
