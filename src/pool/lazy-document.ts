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
  const text = textOf ? undefined : (file.value as string); // Read now: the text the findings came from.
  const sourceOf = textOf ?? (() => text);
  const data = healthlintData(file) as Record<string, unknown>;
  const settle = (document: ProseDocument | undefined): void => {
    Object.defineProperty(data, 'document', { value: document, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(data, 'document', {
    configurable: true,
    // Not enumerable while unbuilt, so that copying `data` does not parse the file.
    enumerable: false,
    get(): ProseDocument | undefined {
      const source = sourceOf();
      if (source === undefined) {
        settle(undefined);
        return undefined;
      }
      if (!build) throw new Error('A revived file’s document was read before loadDocumentBuilder() was awaited');
      const document = build(source, formatFor(file.path));
      settle(document);
      return document;
    },
    set: settle,
  });
  return file;
}
