import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';

/** The package version, read once from package.json. */
function readVersion(): string {
  if (!packageRoot) return '0.0.0';
  const data = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version?: string };
  return data.version ?? '0.0.0';
}

export const version: string = readVersion();
