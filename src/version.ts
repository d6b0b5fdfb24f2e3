import { readFileSync } from 'node:fs';

/** The package version, read once from package.json (two levels up from both src/ and dist/src/). */
function readVersion(): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const data = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (data.name === 'healthlint' && data.version) return data.version;
    } catch {
      // Try the next candidate.
    }
  }
  return '0.0.0';
}

export const version: string = readVersion();
