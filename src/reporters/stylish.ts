import { reporter } from 'vfile-reporter';
import { neutraliseCommandLines, safeFiles } from './text-safety.js';
import type { Reporter } from './types.js';

/**
 * The readable report writers see: vfile-reporter's, with the rationale under each message in
 * verbose mode. File names and messages are escaped first (see text-safety.ts).
 */
export const stylishReporter: Reporter = (files, options) =>
  neutraliseCommandLines(
    reporter(safeFiles(files), { color: options.color, verbose: options.verbose, defaultName: '<stdin>' }),
  );
