import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { stringifyPosition } from 'unist-util-stringify-position';
import type { Point, Position } from 'unist';

/**
 * A linted file's results as plain data, for the two places results leave the process that made
 * them: a worker thread posting them back, and the result cache on disk. Both rebuild real VFiles
 * and VFileMessages on the main thread, so every reporter gets exactly what a sequential run gives.
 * What is dropped: the prose document and syntax trees (big, and rebuilt by parsing when needed);
 * `ancestors` keep only what vfile-reporter prints of them (type, name and position).
 */
export interface PlainResult {
  messages: PlainMessage[];
  /** `file.data.healthlint` without the document (dialect, base folder, anything else JSON-safe). */
  data: Record<string, unknown>;
}

export type PlainMessage = Record<string, unknown> & { reason: string };

/** Fields VFileMessage sets itself, or that need converting; everything else is copied as it is. */
const rebuiltFields = new Set(['ancestors', 'cause', 'file']);

export function toPlainResult(file: VFile): PlainResult {
  const healthlint = (file.data as { healthlint?: Record<string, unknown> }).healthlint ?? {};
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(healthlint)) {
    if (key !== 'document' && value !== undefined) data[key] = jsonSafe(value);
  }
  return { messages: file.messages.map((message) => toPlainMessage(message, file.path)), data };
}

/**
 * The `name` VFile#message gives a message of a file at `path`: the path and the place. Kept in
 * plain results only when it is not this, so that each cached or posted finding does not carry
 * its file's path once more.
 */
function nameOf(path: string | undefined, place: unknown): string {
  const where = stringifyPosition(place as Point | Position | undefined) || '1:1';
  return path ? `${path}:${where}` : where;
}

function toPlainMessage(message: VFileMessage, path: string | undefined): PlainMessage {
  const plain: PlainMessage = { reason: message.reason };
  for (const [key, value] of Object.entries(message)) {
    // Message fields are plain data already (places, strings, lists); copying them as they are
    // keeps a run with 10,000 findings cheap. `message` (the reason again) and a `name` that is
    // the file's path and the place are left out: `applyPlainResult` makes them again.
    if (rebuiltFields.has(key) || value === undefined) continue;
    if (key === 'message' && value === message.reason) continue;
    if (key === 'name' && value === nameOf(path, message.place)) continue;
    plain[key] = value;
  }
  if (message.ancestors) {
    plain['ancestors'] = message.ancestors.map((node) => {
      const { type, position } = node;
      const { tagName, name } = node as { tagName?: unknown; name?: unknown };
      return {
        type,
        ...(typeof tagName === 'string' ? { tagName } : {}),
        ...(typeof name === 'string' ? { name } : {}),
        ...(position ? { position } : {}),
      };
    });
  }
  if (message.cause !== undefined) plain['cause'] = plainCause(message.cause);
  return plain;
}

function plainCause(cause: unknown): unknown {
  if (!(cause instanceof Error)) return jsonSafe(cause);
  return {
    name: cause.name,
    message: cause.message,
    ...(cause.stack ? { stack: cause.stack } : {}),
    ...(cause.cause !== undefined ? { cause: plainCause(cause.cause) } : {}),
  };
}

function reviveCause(cause: unknown): unknown {
  if (!cause || typeof cause !== 'object' || !('message' in cause)) return cause;
  const plain = cause as { name?: string; message: string; stack?: string; cause?: unknown };
  const error = new Error(plain.message, plain.cause === undefined ? {} : { cause: reviveCause(plain.cause) });
  if (plain.name) error.name = plain.name;
  if (plain.stack) error.stack = plain.stack;
  return error;
}

/** Copies file data through JSON, so a cache file keeps exactly what a worker posts. */
function jsonSafe(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? JSON.parse(JSON.stringify(value)) : value;
}

/**
 * Adds the results to a file made on this thread (with its path, cwd and text), as if it had been
 * linted here.
 */
export function applyPlainResult(file: VFile, result: PlainResult): VFile {
  const healthlint = ((file.data as { healthlint?: Record<string, unknown> }).healthlint ??= {});
  Object.assign(healthlint, result.data);
  if (result.messages.length === 0) return file;
  // `new VFileMessage` without a stack trace: it is an Error, so constructing one captures a trace,
  // which its constructor then replaces with '': a cost per cached or posted message, for nothing.
  // Turned off once for the file's messages, not around each one.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const plain of result.messages) {
      const message = new VFileMessage(plain.reason);
      // Left out when they were the usual ones (see `toPlainMessage`); set before the other fields,
      // as the constructor sets them, so that their order is that of a message made here.
      if (!Object.hasOwn(plain, 'name')) message.name = nameOf(file.path, plain['place']);
      for (const key in plain) {
        if (!Object.hasOwn(plain, key)) continue;
        const value = plain[key];
        if (key === 'cause') {
          Error.stackTraceLimit = limit; // A revived cause is an Error as the rule's was, trace and all.
          message.cause = reviveCause(value);
          Error.stackTraceLimit = 0;
        } else (message as unknown as Record<string, unknown>)[key] = value;
      }
      message.file = file.path;
      file.messages.push(message);
    }
  } finally {
    Error.stackTraceLimit = limit;
  }
  return file;
}
