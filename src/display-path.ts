import { isAbsolute, relative } from 'node:path';

/** Paths inside the working folder are shown relative to it, as every linter's report does. */
export function displayPath(absolute: string, cwd: string): string {
  const inside = relative(cwd, absolute);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : absolute;
}
