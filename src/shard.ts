import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import { UserError } from './errors.js';
import { toPosixPath } from './fingerprint.js';

export interface Shard {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

/** Parses `--shard i/n` (1 ≤ i ≤ n). */
export function parseShard(text: string): Shard {
  const match = /^([1-9]\d*)\/([1-9]\d*)$/.exec(text.trim());
  if (!match) throw new UserError(`Invalid --shard \`${text}\`: expected i/n, e.g. --shard 2/3`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (index > count) throw new UserError(`Invalid --shard \`${text}\`: shard ${index} of ${count} does not exist`);
  return { index, count };
}

/**
 * The shard (1-based) a file belongs to: a hash of its path relative to the working folder, with
 * POSIX separators, so every machine and operating system puts a file in the same shard, and adding
 * or removing a file never moves another one.
 */
export function shardOf(path: string, cwd: string, count: number): number {
  const key = toPosixPath(relative(cwd, resolve(cwd, path)));
  const digest = createHash('sha256').update(key).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** The paths of one shard, in the order given. */
export function selectShard(paths: string[], cwd: string, shard: Shard | undefined): string[] {
  if (!shard || shard.count === 1) return paths;
  return paths.filter((path) => shardOf(path, cwd, shard.count) === shard.index);
}
