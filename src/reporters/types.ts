import type { VFile } from 'vfile';

export interface ReporterOptions {
  cwd: string;
  color: boolean;
  /** Show the rationale (`note`) under each message. */
  verbose: boolean;
}

/** A reporter turns linted files into the text the CLI prints or writes to `--output`. */
export type Reporter = (files: VFile[], options: ReporterOptions) => string;
