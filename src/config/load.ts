import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import YAML from 'yaml';
import { UserError } from '../errors.js';
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
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new UserError(`Cannot read config file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const raw =
    basename(absolute) === 'package.json' ? parseJson(text, path)?.[packageField] : parseConfigText(text, path);
  return { path: absolute, config: validateConfig(raw ?? {}, path) };
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
    if (!found) {
      const parent = dirname(directory);
      found = parent === directory ? undefined : this.findInDirectory(parent);
    }
    this.byDirectory.set(directory, found);
    return found;
  }
}

function isFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

function hasPackageField(path: string): boolean {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    return data !== null && typeof data === 'object' && packageField in data;
  } catch {
    return false; // A broken package.json that is not ours to judge: keep looking upwards.
  }
}
