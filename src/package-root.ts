import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of healthlint's package.json, found by walking up from this module: it is
 * src/ in a checkout, dist/src/ once compiled and dist/bundle/ once bundled, so no fixed number
 * of levels fits all three. Undefined where no package.json names healthlint (an editor
 * extension's bundle).
 */
export const packageRoot: string | undefined = (() => {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'healthlint') return folder;
      } catch {
        // Not ours; keep looking.
      }
    }
    folder = dirname(folder);
  }
  return undefined;
})();
