import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import YAML from 'yaml';
import { UserError } from '../errors.js';
import { readLimits, readRegularTextSync, UnreadableFile } from '../read.js';
import { isRepositoryRoot } from '../repository.js';
import { configFileNames, packageField } from './names.js';
import { validateConfig, type HealthlintConfig } from './validate.js';

export interface LoadedConfig {
  /** The file the config came from, or undefined for built-in defaults. */
  path?: string;
  config: HealthlintConfig;
}

/** Reads and validates one config file: JSON, YAML, extensionless rc (YAML, a superset of JSON) or package.json. */
export function loadConfigFile(path: string): LoadedConfig {
  const absolute = resolve(path);
  let text: string;
  try {
    text = readRegularTextSync(absolute, readLimits.config);
  } catch (error) {
    throw new UserError(`Cannot read config file ${path}: ${(error as UnreadableFile).reason ?? String(error)}`);
  }
  try {
    const raw =
      basename(absolute) === 'package.json' ? parseJson(text, path)?.[packageField] : parseConfigText(text, path);
    return { path: absolute, config: validateConfig(raw ?? {}, path) };
  } catch (error) {
    // Errors quote the text (a JSON syntax error shows the start of the file, validation names
    // keys). A config that is a link to another file (a committed `.healthlintrc -> ~/.ssh/…`)
    // must not print that file's contents into a CI log, so its errors say where, never what.
    if (error instanceof UserError && linksElsewhere(absolute)) {
      const where = /^[^:]*?(:\d+:\d+)?:/.exec(error.message.replace(path, ''))?.[1] ?? '';
      throw new UserError(
        `Invalid config ${path}${where}: not a valid config (it is a link to ${realpathSync(absolute)}, whose contents are not shown)`,
      );
    }
    throw error;
  }
}

function linksElsewhere(path: string): boolean {
  try {
    return realpathSync(path) !== path;
  } catch {
    return false;
  }
}

function parseConfigText(text: string, path: string): unknown {
  if (path.endsWith('.json')) return parseJson(text, path);
  try {
    return YAML.parse(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const linePos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    const where = linePos ? `:${linePos.line}:${linePos.col}` : '';
    const reason = String((error as Error).message)
      .split('\n')[0]
      ?.replace(/ at line \d+, column \d+:?$/, '');
    throw new UserError(`Invalid config ${path}${where}: ${reason}`);
  }
}

function parseJson(text: string, path: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  } catch (error) {
    const message = String((error as Error).message);
    const position = /position (\d+)/.exec(message);
    let where = '';
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      where = `:${line}:${before.length - before.lastIndexOf('\n')}`;
    }
    throw new UserError(
      `Invalid JSON in config ${path}${where}: ${message.replace(/ in JSON at position \d+[^]*$/, '').replace(/^.*?: /, '')}`,
    );
  }
}

/**
 * Finds the config that applies to a file: the nearest `.healthlintrc*` or `package.json` with a
 * `healthlint` field, walking up from the file's folder. Results are cached per folder.
 */
export class ConfigFinder {
  private readonly byDirectory = new Map<string, LoadedConfig | undefined>();

  find(filePath: string): LoadedConfig | undefined {
    return this.findInDirectory(dirname(resolve(filePath)));
  }

  /** Forgets cached lookups, for the language server when a config file changes. */
  clear(): void {
    this.byDirectory.clear();
  }

  private findInDirectory(directory: string): LoadedConfig | undefined {
    if (this.byDirectory.has(directory)) return this.byDirectory.get(directory);
    let found: LoadedConfig | undefined;
    for (const name of configFileNames) {
      const candidate = join(directory, name);
      if (isFile(candidate)) {
        found = loadConfigFile(candidate);
        break;
      }
    }
    if (!found) {
      const packagePath = join(directory, 'package.json');
      if (isFile(packagePath) && hasPackageField(packagePath)) found = loadConfigFile(packagePath);
    }
    if (!found && !isRepositoryRoot(directory)) {
      const parent = dirname(directory);
      found = parent === directory ? undefined : this.findInDirectory(parent);
    }
    this.byDirectory.set(directory, found);
    return found;
  }
}

/**
 * Whether a config candidate is there to be loaded: anything but a folder, so a link to a device or
 * a dangling link is loaded and refused (exit 2) rather than passed over for a config further up.
 */
function isFile(path: string): boolean {
  try {
    const info = lstatSync(path, { throwIfNoEntry: false });
    return info !== undefined && !info.isDirectory();
  } catch {
    return false;
  }
}

function hasPackageField(path: string): boolean {
  let text: string;
  try {
    text = readRegularTextSync(path, readLimits.config);
  } catch (error) {
    const reason = (error as UnreadableFile).reason ?? String(error);
    if (error instanceof UnreadableFile && (error.code === 'ENOTREG' || error.code === 'EFBIG')) {
      throw new UserError(`Cannot read config file ${path}: ${reason}`);
    }
    return false; // Missing or unreadable: not ours to judge, keep looking upwards.
  }
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    return data !== null && typeof data === 'object' && packageField in data;
  } catch {
    return false; // A broken package.json that is not ours to judge: keep looking upwards.
  }
}
