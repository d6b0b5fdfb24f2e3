/**
 * A mistake the user can fix (bad config, unknown rule, unreadable path). The CLI prints its
 * one-line message and exits with code 2; no stack trace unless `--debug`.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}
