import type { VFileMessage } from 'vfile-message';

/**
 * A mistake the user can fix (bad config, unknown rule, unreadable path). The CLI prints its
 * one-line message and exits with code 2; no stack trace unless `--debug`.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/**
 * A file whose syntax its format refuses (MDX is a language with syntax errors; Markdown, HTML and
 * text are not), or whose markup nests deeper than the pipeline can walk. It becomes one fatal
 * `parse-error` message at `place`, and the run goes on.
 */
export class SourceSyntaxError extends Error {
  override readonly name = 'SourceSyntaxError';
  constructor(
    message: string,
    readonly place: { line: number; column: number; offset: number } | undefined,
  ) {
    super(message);
  }
}

/** What a file nested too deeply to parse is told, wherever the nesting is found. */
export const nestedTooDeeply = 'Cannot lint file: its markup is nested too deeply to parse';

/** The error behind a `parse-error` or `internal-error` message, for `--debug`. */
export function failureOf(message: VFileMessage): unknown {
  return (message as VFileMessage & { failure?: unknown }).failure;
}
