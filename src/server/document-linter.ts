import { extname, join, resolve } from 'node:path';
import { VFile } from 'vfile';
import type { Diagnostic } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveConfig, type ResolvedConfig } from '../config/resolve.js';
import { UserError } from '../errors.js';
import { extensionsByFormat, formatFor } from '../formats/index.js';
import { IgnoreMatcher } from '../ignore.js';
import { ConfigResolver, lintVFile } from '../lint.js';
import type { Format } from '../prose/types.js';
import { decodeText, formatBytes } from '../read.js';
import { FileChangeTracker, filesNamedByConfig, settingFilesFor } from './config-fingerprint.js';
import { diagnosticsOf, documentProblem } from './diagnostics.js';
import type { ServerSettings } from './settings.js';
import { pathOfUri, type WorkspaceFolders } from './workspace.js';

export interface LintOutcome {
  diagnostics: Diagnostic[];
  /** The config the document was linted with, when it could be resolved. */
  config?: ResolvedConfig;
  format: Format;
}

export interface Logger {
  error(message: string): void;
}

const formatByLanguageId: Record<string, Format> = {
  markdown: 'markdown',
  mdx: 'mdx',
  html: 'html',
  plaintext: 'text',
  text: 'text',
};

/**
 * The format of an open document: by file extension first, exactly as the CLI picks it, so a
 * file gets the same findings in both; by the editor's language only when the extension says
 * nothing (unsaved documents, a Markdown file without an extension).
 */
export function formatOfDocument(path: string | undefined, languageId: string): Format {
  const extension = path ? extname(path).slice(1).toLowerCase() : '';
  if (Object.values(extensionsByFormat).some((extensions) => extensions.includes(extension))) return formatFor(path);
  return formatByLanguageId[languageId] ?? 'text';
}

/**
 * Lints open documents from their editor text with the CLI's processor, config discovery
 * (ConfigResolver) and ignore files (IgnoreMatcher), so both report the same findings. Caches
 * are per working folder and are dropped when a config, ignore or word-list file changes.
 */
export class DocumentLinter {
  private resolvers = new Map<string, ConfigResolver>();
  private ignorers = new Map<string, IgnoreMatcher>();
  private readonly tracker = new FileChangeTracker();

  constructor(
    private readonly folders: WorkspaceFolders,
    private readonly log: Logger,
  ) {}

  /** Forgets every cached config and ignore file (after a watched file changed or the server edited one). */
  clear(): void {
    for (const resolver of this.resolvers.values()) resolver.clear();
    this.resolvers.clear();
    this.ignorers.clear();
  }

  lint(document: TextDocument, settings: ServerSettings): LintOutcome {
    const path = pathOfUri(document.uri);
    const format = formatOfDocument(path, document.languageId);
    try {
      return { ...this.lintChecked(document, path, format, settings), format };
    } catch (error) {
      // A bug in a rule must cost one document its findings, never the server.
      const reason = error instanceof Error ? error.message : String(error);
      this.log.error(`healthlint: linting ${document.uri} failed: ${error instanceof Error ? error.stack : reason}`);
      return { diagnostics: [documentProblem(document, 'internal-error', `healthlint failed: ${reason}`)], format };
    }
  }

  /**
   * Loads the rules' lexicons and the spelling dictionaries once, before the first document
   * arrives, by linting a short text with the default config: the first real lint is then as
   * fast as the others instead of paying a second or more of start-up work.
   */
  warmUp(): void {
    const sample = 'Warm-up: a new drug may help some patients, according to a 2020 trial [1].';
    const file = new VFile({ value: sample, path: join(this.folders.rootFor(undefined), 'warm-up.md') });
    lintVFile(file, resolveConfig(undefined, {}, file.cwd));
  }

  /**
   * The config a document is linted with. Throws the config's UserError while it is broken: an
   * edit must then wait for the fix, not go to a new config file that would compete with it.
   */
  configFor(uri: string, settings: ServerSettings): ResolvedConfig {
    const path = pathOfUri(uri);
    return this.resolverFor(this.folders.rootFor(path), settings).configFor(this.configLookupPath(path));
  }

  private lintChecked(
    document: TextDocument,
    path: string | undefined,
    format: Format,
    settings: ServerSettings,
  ): Omit<LintOutcome, 'format'> {
    const root = this.folders.rootFor(path);
    if (path) this.clearIfChanged(settingFilesFor(path));
    const text = document.getText();
    try {
      // Inside the try: an ignore file that is a link to a device is refused with a UserError.
      if (path && this.ignorerFor(root).ignores(path)) return { diagnostics: [] };
      const unreadable = this.unreadableReason(text, settings);
      if (unreadable) return { diagnostics: [documentProblem(document, 'read-error', unreadable)] };
      let config = this.resolverFor(root, settings).configFor(this.configLookupPath(path));
      if (this.clearIfChanged([...filesNamedByConfig(config), ...(config.configPath ? [config.configPath] : [])])) {
        config = this.resolverFor(root, settings).configFor(this.configLookupPath(path));
      }
      const file = new VFile({ value: text, cwd: root, ...(path ? { path } : {}) });
      (file.data as { format?: Format }).format = format;
      lintVFile(file, config);
      return { diagnostics: diagnosticsOf(file, document), config };
    } catch (error) {
      // A broken config, or options that name a missing file (found when a rule loads them).
      if (!(error instanceof UserError)) throw error;
      return { diagnostics: [configProblem(document, error)] };
    }
  }

  /** Unsaved documents find their config from the workspace folder, as a file saved there would. */
  private configLookupPath(path: string | undefined): string {
    return path ?? join(this.folders.rootFor(undefined), 'untitled');
  }

  /** The CLI refuses files over its size limit and binary files; the editor says the same, once. */
  private unreadableReason(text: string, settings: ServerSettings): string | undefined {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > settings.maxFileSize) {
      return `Cannot lint document of ${formatBytes(size)}: over the ${formatBytes(settings.maxFileSize)} limit (raise it with the healthlint.maxFileSize setting)`;
    }
    // Same check as the CLI's reader (a NUL byte near the start means binary), same wording.
    const head = decodeText(Buffer.from(text.slice(0, 8000), 'utf8'));
    return head.ok ? undefined : head.reason;
  }

  private resolverFor(root: string, settings: ServerSettings): ConfigResolver {
    const configFile = settings.configFile ? resolve(root, settings.configFile) : undefined;
    const key = `${root}\0${configFile ?? ''}`;
    let resolver = this.resolvers.get(key);
    if (!resolver) {
      resolver = new ConfigResolver({ cwd: root, ...(configFile ? { configFile } : {}) });
      this.resolvers.set(key, resolver);
    }
    return resolver;
  }

  private ignorerFor(root: string): IgnoreMatcher {
    let matcher = this.ignorers.get(root);
    if (!matcher) {
      matcher = new IgnoreMatcher(root);
      this.ignorers.set(root, matcher);
    }
    return matcher;
  }

  private clearIfChanged(paths: string[]): boolean {
    const changed = this.tracker.changed(paths);
    if (changed) this.clear();
    return changed;
  }
}

/** A broken config file: one diagnostic on line 1 naming the file and the place, linking to it. */
function configProblem(document: TextDocument, error: UserError): Diagnostic {
  // A path starts after white space and is split at its slashes: the looser `[^\s:]*[\\/][^\s:]+?`
  // backtracked cubically on a long token of slashes (a hostile config key ends up in the message).
  const match = /(?<![^\s])((?:[A-Za-z]:)?(?:[^\s:\\/]*[\\/])+[^\s:\\/]+)(?::(\d+):(\d+))?:/.exec(error.message);
  const related =
    match?.[1] !== undefined
      ? {
          uri: pathToUri(match[1]),
          line: Math.max(0, Number(match[2] ?? 1) - 1),
          character: Math.max(0, Number(match[3] ?? 1) - 1),
          message: 'The broken config file',
        }
      : undefined;
  return documentProblem(document, 'config-error', `healthlint cannot lint this file: ${error.message}`, related);
}

function pathToUri(path: string): string {
  return new URL(`file://${resolve(path)}`).href;
}
