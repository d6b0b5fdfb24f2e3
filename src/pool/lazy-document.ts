import type { VFile } from 'vfile';
import { healthlintData } from '../file-data.js';
import { formatFor, parseDocument } from '../formats/index.js';
import { documentFromMdast } from '../prose/document.js';
import type { ProseDocument } from '../prose/types.js';

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
      const format = formatFor(file.path);
      const { mdast, html } = parseDocument(source, format);
      const document = documentFromMdast(mdast, source, format, html);
      settle(document);
      return document;
    },
    set: settle,
  });
  return file;
}
