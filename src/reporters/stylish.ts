import { reporter } from 'vfile-reporter';
import type { Reporter } from './types.js';

/** The readable report writers see: vfile-reporter's, with the rationale under each message in verbose mode. */
export const stylishReporter: Reporter = (files, options) =>
  reporter(files, { color: options.color, verbose: options.verbose, defaultName: '<stdin>' });
