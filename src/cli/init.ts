import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { configFileNames, ignoreFileName, packageField } from '../config/names.js';
import { expandPaths } from '../files.js';
import { formatFor } from '../formats/extensions.js';
import { IgnoreMatcher } from '../ignore.js';
import { dialectEvidence } from '../language/dialect.js';
import { packageRoot } from '../package-root.js';
import { buildDocument } from '../prose/document.js';
import { readTextFile } from '../read.js';
import type { LanguageSetting } from '../rule/types.js';
import { readLimits, readRegularTextSync } from '../read.js';
import { writeFileAtomic } from '../write.js';
import type { CliIo } from './io.js';

/** Articles read to pick the language: enough to see a site's habit, few enough to answer at once. */
const articlesToSample = 200;
/** Share of articles with a clear dialect that must agree before the config names one. */
const agreementNeeded = 0.8;

/** Folders that hold built or vendored copies of a site's articles, not its sources. */
const starterIgnore = `# Files and folders healthlint skips (gitignore syntax). node_modules/ and .git/ are always skipped.
# Built sites and generated pages
dist/
build/
out/
_site/
public/
.next/
.docusaurus/
.astro/
coverage/
# Project files that are not articles
CHANGELOG.md
LICENSE*
CODE_OF_CONDUCT.md
`;

/**
 * `healthlint --init`: a starter `.healthlintrc.json` (the recommended preset, the dialect the
 * folder's own articles use, and `$schema` for editor completion) and a `.healthlintignore`.
 * Existing files are never overwritten, and a config under another name is never competed with.
 */
export async function initProject(io: CliIo): Promise<number> {
  const { cwd } = io;
  const existingConfig = configFileNames.find((name) => existsSync(join(cwd, name))) ?? packageConfig(cwd);
  const lines: string[] = [];

  if (existingConfig) {
    lines.push(`Kept ${existingConfig}: a config is already there, so no .healthlintrc.json was written.`);
  } else {
    const language = await detectProjectLanguage(cwd);
    const config = {
      ...(schemaPath(cwd) ? { $schema: schemaPath(cwd) } : {}),
      preset: 'recommended',
      language: language.setting,
      rules: {},
    };
    writeFileAtomic(join(cwd, '.healthlintrc.json'), `${JSON.stringify(config, null, 2)}\n`);
    lines.push(`Created .healthlintrc.json: preset recommended, language ${language.setting} (${language.why}).`);
  }

  if (existsSync(join(cwd, ignoreFileName))) {
    lines.push(`Kept ${ignoreFileName}: it is already there.`);
  } else {
    writeFileAtomic(join(cwd, ignoreFileName), starterIgnore);
    lines.push(`Created ${ignoreFileName}: built sites, generated pages and project files are skipped.`);
  }
  lines.push('Next: `healthlint .` lints every article here; `healthlint --explain <rule>` says what a rule wants.');
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

function packageConfig(cwd: string): string | undefined {
  const path = join(cwd, 'package.json');
  if (!existsSync(path)) return undefined;
  try {
    const manifest = JSON.parse(readRegularTextSync(path, readLimits.config)) as Record<string, unknown>;
    return packageField in manifest ? `the "${packageField}" field of package.json` : undefined;
  } catch {
    return undefined;
  }
}

/** The shipped schema, relative to the project (inside node_modules when healthlint is installed there). */
function schemaPath(cwd: string): string | undefined {
  if (!packageRoot) return undefined;
  const absolute = join(packageRoot, 'schema', 'healthlintrc.schema.json');
  if (!existsSync(absolute)) return undefined;
  const path = relative(cwd, absolute).split(sep).join('/');
  return path.startsWith('.') || path.startsWith('/') ? path : `./${path}`;
}

/**
 * The dialect most articles here are written in: a language is named only when at least 80 % of
 * the articles with a clear dialect agree; otherwise `auto` decides per article.
 */
export async function detectProjectLanguage(cwd: string): Promise<{ setting: LanguageSetting; why: string }> {
  const paths = (await expandPaths(['.'], cwd, new IgnoreMatcher(cwd))).slice(0, articlesToSample);
  let british = 0;
  let american = 0;
  for (const path of paths) {
    const read = await readTextFile(join(cwd, path));
    if (!read.ok) continue;
    const evidence = dialectEvidence(buildDocument(read.text, formatFor(path)));
    if (evidence.british > evidence.american) british++;
    else if (evidence.american > evidence.british) american++;
  }
  const decided = british + american;
  const found = `${paths.length} article${paths.length === 1 ? '' : 's'} read`;
  if (decided === 0) return { setting: 'auto', why: `${found}, none with a clear dialect: auto decides per article` };
  if (british / decided >= agreementNeeded)
    return { setting: 'en-GB', why: `${british} of ${decided} articles with a clear dialect use British spelling` };
  if (american / decided >= agreementNeeded)
    return { setting: 'en-US', why: `${american} of ${decided} articles with a clear dialect use American spelling` };
  return { setting: 'auto', why: `${british} British and ${american} American articles: auto decides per article` };
}
