import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import YAML, { isAlias, isNode, visit, type Alias, type Document, type Node } from 'yaml';
import { packageField } from '../config/names.js';
import type { ResolvedConfig, RuleConfig } from '../config/resolve.js';
import { validateConfig } from '../config/validate.js';
import { UserError } from '../errors.js';
import { readLimits, readRegularTextSync, UnreadableFile } from '../read.js';
import { writeFileAtomic } from '../write.js';
import { isInside, realPathOf } from './workspace.js';

type Key = string | number;

/** A config file being edited: JSON (kept with its indentation) or YAML (kept with its comments). */
interface EditableConfig {
  get(path: Key[]): unknown;
  set(path: Key[], value: unknown): void;
  /** Appends to the list at `path`, which exists. */
  append(path: Key[], value: unknown): void;
  /** The healthlint part of the file as plain data, to validate before writing. */
  data(): unknown;
  toString(): string;
}

export interface ConfigEditResult {
  /** The file written. */
  path: string;
  created: boolean;
}

/** The file name used when a project has no config yet: JSON, the most widely understood. */
export const newConfigName = '.healthlintrc.json';

/**
 * Sets a rule to "off" in the config that applies to a document: the nearest config file, or a
 * new `.healthlintrc.json` in the project folder when there is none.
 */
export function disableRuleInProject(
  ruleId: string,
  config: ResolvedConfig | undefined,
  projectFolder: string,
  validate: Validator = validateConfig,
): ConfigEditResult {
  return editConfig(config, projectFolder, validate, (editable) => editable.set(['rules', ruleId], 'off'));
}

/**
 * Adds a word to the spelling rule's word list: to the first plain word-list file its
 * `dictionary` option names (a Hunspell `.dic` with an `.aff` beside it is not one: its words
 * carry affix flags), otherwise to `words` in the nearest config (created if missing).
 * Options a preset gave the rule are copied along when the config did not set its own, because
 * options in a config replace the preset's rather than merging with them.
 */
export function addWordToDictionary(
  word: string,
  config: ResolvedConfig | undefined,
  projectFolder: string,
  validate: Validator = validateConfig,
): ConfigEditResult {
  if (/[\r\n\u2028\u2029]/.test(word) || word.trim() === '')
    throw new UserError('Cannot add a word: expected one word');
  const effective: RuleConfig = config?.rules.get('spelling') ?? { severity: 'warn', options: {} };
  const wordList = plainWordList(effective.options['dictionary'], config?.baseDirectory ?? projectFolder);
  if (wordList) return appendToWordList(insideProject(wordList, projectFolder), word);
  return editConfig(config, projectFolder, validate, (editable) => {
    const setting = editable.get(['rules', 'spelling']);
    if (Array.isArray(setting) && isRecord(setting[1])) {
      const words = setting[1]['words'];
      if (!Array.isArray(words)) editable.set(['rules', 'spelling', 1, 'words'], [word]);
      else if (!words.includes(word)) editable.append(['rules', 'spelling', 1, 'words'], word);
      return;
    }
    const severity = Array.isArray(setting) ? setting[0] : (setting ?? effective.severity);
    const words = Array.isArray(effective.options['words']) ? (effective.options['words'] as unknown[]) : [];
    editable.set(
      ['rules', 'spelling'],
      [severity, { ...effective.options, words: words.includes(word) ? words : [...words, word] }],
    );
  });
}

/** Checks an edited config as the loader will; the default is the loader's own validation. */
export type Validator = (raw: unknown, path: string) => unknown;

function editConfig(
  config: ResolvedConfig | undefined,
  projectFolder: string,
  validate: Validator,
  change: (editable: EditableConfig) => void,
): ConfigEditResult {
  const path = insideProject(config?.configPath ?? join(projectFolder, newConfigName), projectFolder);
  const created = !existsSync(path);
  const text = created ? '{}\n' : readForEdit(path, readLimits.config);
  const editable = openConfig(path, text);
  change(editable);
  // Never write a config the CLI would then refuse: check the result exactly as it will be loaded.
  validate(editable.data() ?? {}, path);
  writeFileAtomic(path, editable.toString());
  return { path, created };
}

/**
 * The server edits files of the project it serves, never others: not a config found in a folder
 * above it (a home folder's), nor a word list a config names elsewhere (`../words.txt`, an absolute
 * path, a link to another folder), nor a file that is itself a link leading out of the project:
 * the edit reads the file before replacing it, and would copy what the link points at (a secret)
 * into the project. Paths are compared with every symbolic link resolved.
 */
function insideProject(path: string, projectFolder: string): string {
  if (!isInside(realPathOf(path), realPathOf(projectFolder))) {
    throw new UserError(`Cannot edit ${path}: it is outside the project folder ${projectFolder}`);
  }
  return path;
}

function openConfig(path: string, text: string): EditableConfig {
  const name = basename(path);
  if (name === 'package.json') return new JsonConfig(text, path, [packageField]);
  if (name.endsWith('.json')) return new JsonConfig(text, path, []);
  if (!name.endsWith('.yaml') && !name.endsWith('.yml') && looksLikeJson(text)) return new JsonConfig(text, path, []);
  return new YamlConfig(text, path);
}

function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return /^\uFEFF?\s*\{/.test(text);
  } catch {
    return false;
  }
}

class JsonConfig implements EditableConfig {
  private readonly root: Record<string, unknown>;
  private readonly indent: string;
  private readonly bom: string;
  private readonly finalNewline: boolean;

  constructor(
    text: string,
    path: string,
    private readonly prefix: Key[],
  ) {
    this.bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
    try {
      this.root = JSON.parse(text.slice(this.bom.length)) as Record<string, unknown>;
    } catch {
      throw new UserError(`Cannot edit ${path}: it is not valid JSON`);
    }
    if (!isRecord(this.root)) throw new UserError(`Cannot edit ${path}: expected a JSON object`);
    this.indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
    this.finalNewline = text === '' || text.endsWith('\n');
  }

  get(path: Key[]): unknown {
    let value: unknown = this.root;
    for (const key of [...this.prefix, ...path]) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<Key, unknown>)[key];
    }
    return value;
  }

  set(path: Key[], value: unknown): void {
    const full = [...this.prefix, ...path];
    let container = this.root as Record<Key, unknown>;
    for (const key of full.slice(0, -1)) {
      if (container[key] === null || typeof container[key] !== 'object') container[key] = {};
      container = container[key] as Record<Key, unknown>;
    }
    container[full[full.length - 1] as Key] = value;
  }

  append(path: Key[], value: unknown): void {
    (this.get(path) as unknown[]).push(value);
  }

  data(): unknown {
    return this.prefix.length > 0 ? this.get([]) : this.root;
  }

  toString(): string {
    return `${this.bom}${JSON.stringify(this.root, null, this.indent)}${this.finalNewline ? '\n' : ''}`;
  }
}

/**
 * YAML through the `yaml` Document API, which keeps comments, key order and flow or block style.
 * A value shared through an anchor (`hype: &s warn` … `spelling: *s`) is unshared before an edit,
 * so the edit changes only the rule it is for, never the others that use the same anchor.
 */
class YamlConfig implements EditableConfig {
  private readonly document: Document;

  constructor(text: string, path: string) {
    this.document = YAML.parseDocument(text);
    if (this.document.errors.length > 0) throw new UserError(`Cannot edit ${path}: it is not valid YAML`);
  }

  get(path: Key[]): unknown {
    const value: unknown = this.document.getIn(path, true);
    if (isAlias(value)) return value.resolve(this.document)?.toJS(this.document);
    return isNode(value) ? value.toJS(this.document) : value;
  }

  set(path: Key[], value: unknown): void {
    this.unshare(path);
    const node = typeof value === 'object' && value !== null ? this.document.createNode(value, { flow: true }) : value;
    this.document.setIn(path, node);
  }

  append(path: Key[], value: unknown): void {
    this.unshare(path);
    this.document.addIn(path, value);
  }

  data(): unknown {
    return this.document.toJS();
  }

  toString(): string {
    return this.document.toString();
  }

  /**
   * Makes every node on `path` this path's own: an alias becomes a copy of what it points at,
   * and an anchored node that later aliases use hands its anchor (on a copy) to the first of them.
   */
  private unshare(path: Key[]): void {
    for (let depth = 1; depth <= path.length; depth++) {
      const at = path.slice(0, depth);
      const node: unknown = this.document.getIn(at, true);
      if (isAlias(node)) {
        const target = node.resolve(this.document);
        if (!target) return;
        const copy = target.clone() as Node;
        visit(copy, (_key, inner) => {
          if (isNode(inner)) dropAnchor(inner);
        });
        dropAnchor(copy);
        copyComments(copy, node); // the comments written beside the alias stay where they were
        this.document.setIn(at, copy);
      } else if (isNode(node) && node.anchor) {
        const anchor = node.anchor;
        const [first] = this.aliasesOf(node, anchor);
        if (!first) continue;
        const keeper = node.clone() as Node;
        copyComments(keeper, first);
        dropAnchor(node);
        visit(this.document, {
          Alias: (_key, alias) => (alias === first ? keeper : undefined),
        });
      }
    }
  }

  /** The aliases that resolve to `node`: after it, before the anchor's name is given to another node. */
  private aliasesOf(node: Node, anchor: string): Alias[] {
    const aliases: Alias[] = [];
    let seen = false;
    visit(this.document, (_key, current) => {
      if (current === node) {
        seen = true;
        return visit.SKIP;
      }
      if (!seen) return undefined;
      if (isAlias(current) && current.source === anchor) aliases.push(current);
      else if (isNode(current) && current.anchor === anchor) return visit.BREAK;
      return undefined;
    });
    return aliases;
  }
}

function dropAnchor(node: Node): void {
  delete (node as { anchor?: string }).anchor;
}

function copyComments(to: Node, from: Node): void {
  for (const key of ['comment', 'commentBefore'] as const) {
    const value = from[key];
    if (value === undefined || value === null) delete to[key];
    else to[key] = value;
  }
}

function plainWordList(dictionary: unknown, baseDirectory: string): string | undefined {
  const paths = typeof dictionary === 'string' ? [dictionary] : Array.isArray(dictionary) ? dictionary : [];
  return paths
    .filter((path): path is string => typeof path === 'string' && path !== '')
    .map((path) => resolve(baseDirectory, path))
    .find((path) => !(/\.dic$/i.test(path) && existsSync(path.replace(/\.dic$/i, '.aff'))));
}

/** Adds a word to a plain word list (one a line, `#` comments), unless it is there already. */
function appendToWordList(path: string, word: string): ConfigEditResult {
  const created = !existsSync(path);
  const text = created ? '' : readForEdit(path, readLimits.wordList);
  const present = text.split(/\r?\n/).some((line) => line.trim() === word);
  if (!present) writeFileAtomic(path, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${word}\n`);
  return { path, created };
}

/** A file about to be edited, read only if it is a regular file within the limit. */
function readForEdit(path: string, limit: number): string {
  try {
    return readRegularTextSync(path, limit);
  } catch (error) {
    if (error instanceof UnreadableFile) throw new UserError(`Cannot edit ${path}: ${error.reason}`);
    throw error;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
