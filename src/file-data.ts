import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { formatFor } from './formats/extensions.js';
import type { documentFromMdast } from './prose/document.js';
import type { ProseDocument } from './prose/types.js';
import type { Dialect } from './language/dialect.js';

/** What healthlint keeps on `file.data` between its parser, its rules and its reporters. */
export interface HealthlintFileData {
  document?: ProseDocument;
  dialect?: Dialect;
  dialectDetected?: boolean;
  baseDirectory?: string;
  /** Set by healthlint's own parser: a rule that throws leaves its error here, for one fatal message. */
  collectFailures?: boolean;
  /** The first error a rule threw, when `collectFailures` is set; taken off by `lintVFile`. */
  failure?: Error;
}

export function healthlintData(file: VFile): HealthlintFileData {
  const data = file.data as { healthlint?: HealthlintFileData };
  data.healthlint ??= {};
  return data.healthlint;
}

/**
 * The prose document for a file: built by healthlint's parser, or from the mdast of someone
 * else's remark pipeline when a rule is used on its own.
 */
export function documentOf(tree: Root, file: VFile): ProseDocument {
  const data = healthlintData(file);
  // The document was built from this very tree (by healthlint's parser or its preset's first step).
  if (!data.document || data.document.mdast !== tree) {
    if (!fromMdast) throw new Error('healthlint rules run in healthlint’s processor or its unified preset');
    data.document = fromMdast(tree, String(file), file.path ? formatFor(file.path) : 'markdown');
  }
  return data.document;
}

let fromMdast: typeof documentFromMdast | undefined;

/**
 * Given by the processor and the unified preset, which run the rules, when they load: the rules'
 * metadata is read by runs that lint nothing (every file cached), and importing the prose model
 * here loaded every parser with it.
 */
export function provideDocumentFromMdast(build: typeof documentFromMdast): void {
  fromMdast = build;
}
