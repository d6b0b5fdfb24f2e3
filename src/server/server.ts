import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MarkupKind,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { configFileNames, ignoreFileName } from '../config/names.js';
import { RuleSet, type RuleLookup } from '../rule/rule-set.js';
import { version } from '../version.js';
import { codeActionsFor } from './code-actions.js';
import { commandIds } from './commands.js';
import { addWordToDictionary, disableRuleInProject, type ConfigEditResult } from './config-edit.js';
import { DocumentLinter, formatOfDocument } from './document-linter.js';
import { hoverFor } from './hover.js';
import { LintScheduler } from './scheduler.js';
import { configurationSection, defaultSettings, normalizeSettings, type ServerSettings } from './settings.js';
import { pathOfUri, WorkspaceFolders } from './workspace.js';

/** How long to wait for a client to answer `workspace/configuration` before linting with defaults. */
const settingsTimeoutMs = 3000;
/** What a document not linted with a config (disabled, or its config broken) can describe. */
const noRules: RuleLookup = new RuleSet();

/** The files whose changes re-lint open documents; `package.json` because of its `healthlint` field. */
export const watchedFileGlob = `**/{${[...configFileNames, 'package.json', ignoreFileName].join(',')}}`;

interface ClientSupport {
  configuration: boolean;
  configurationRegistration: boolean;
  watchedFilesRegistration: boolean;
  workspaceFolders: boolean;
  markdownHover: boolean;
}

function clientSupport(capabilities: ClientCapabilities): ClientSupport {
  const workspace = capabilities.workspace;
  return {
    configuration: workspace?.configuration === true,
    configurationRegistration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    workspaceFolders: workspace?.workspaceFolders === true,
    markdownHover: capabilities.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) === true,
  };
}

/**
 * Wires healthlint into an LSP connection. Every handler is guarded: a failure is logged and
 * answered with an empty result, so one bad document or request never takes the server down.
 */
export function createServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const folders = new WorkspaceFolders();
  const linter = new DocumentLinter(folders, { error: (message) => connection.console.error(message) });
  const published = new Map<string, Diagnostic[]>();
  /** The rules each published document was linted with, which hover and quick fixes describe. */
  const publishedRules = new Map<string, RuleLookup>();
  const publishedVersion = new Map<string, number>();
  const settingsCache = new Map<string, Promise<ServerSettings>>();
  const knownSettings = new Map<string, ServerSettings>();
  let pushedSettings: ServerSettings = defaultSettings;
  let support = clientSupport({});
  let state: 'new' | 'initialized' | 'shut down' = 'new';

  const log = (message: string): void => {
    try {
      connection.console.error(message);
    } catch {
      process.stderr.write(`${message}\n`);
    }
  };
  const guard =
    <Args extends unknown[], Result>(name: string, fallback: Result, handler: (...args: Args) => Result) =>
    (...args: Args): Result => {
      try {
        const result = handler(...args);
        if (result instanceof Promise) {
          return result.catch((error: unknown) => {
            log(`healthlint: ${name} failed: ${describe(error)}`);
            return fallback;
          }) as Result;
        }
        return result;
      } catch (error) {
        log(`healthlint: ${name} failed: ${describe(error)}`);
        return fallback;
      }
    };

  const settingsFor = (uri: string): Promise<ServerSettings> => {
    if (!support.configuration) return Promise.resolve(pushedSettings);
    const cached = settingsCache.get(uri);
    if (cached) return cached;
    const request = connection.workspace
      .getConfiguration({ scopeUri: uri, section: configurationSection })
      .then(normalizeSettings, (error: unknown) => {
        log(`healthlint: workspace/configuration failed, using defaults: ${describe(error)}`);
        return defaultSettings;
      });
    const timeout = new Promise<undefined>((resolve) =>
      setTimeout(() => resolve(undefined), settingsTimeoutMs).unref(),
    );
    const pending: Promise<ServerSettings> = Promise.race([request, timeout]).then((settings) => {
      if (settings) return settings;
      // A slow client must not block linting, nor have its answer lost: lint with the defaults
      // now, and again with the real settings when they arrive (unless newer ones replaced them).
      void request.then((late) => {
        if (settingsCache.get(uri) !== pending) return;
        settingsCache.set(uri, Promise.resolve(late));
        scheduler.soon(uri);
      });
      return defaultSettings;
    });
    settingsCache.set(uri, pending);
    return pending;
  };

  const publish = (uri: string, diagnostics: Diagnostic[], version?: number, ruleSet?: RuleLookup): void => {
    // A result is never published over a newer one (versions only grow while a document is open).
    if (version !== undefined && (publishedVersion.get(uri) ?? -Infinity) > version) return;
    if (version !== undefined) publishedVersion.set(uri, version);
    published.set(uri, diagnostics);
    if (ruleSet) publishedRules.set(uri, ruleSet);
    else publishedRules.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics, ...(version !== undefined ? { version } : {}) });
  };

  const lintDocument = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const settings = await settingsFor(uri);
    knownSettings.set(uri, settings);
    // Stale run: the document changed or closed while settings were fetched; a newer run is queued.
    if (documents.get(uri) !== document || document.version !== version) return;
    if (!settings.enable) return publish(uri, [], version);
    const { diagnostics, config } = linter.lint(document, settings);
    publish(uri, diagnostics, version, config?.ruleSet);
  };
  const lint = guard('lint', Promise.resolve(), (uri: string) => lintDocument(uri));
  const scheduler = new LintScheduler(lint);
  const relintAll = (): void => {
    for (const document of documents.all()) scheduler.soon(document.uri);
  };
  const linted = new Set<string>();

  connection.onInitialize(
    guard('initialize', { capabilities: {} }, (params: InitializeParams): InitializeResult => {
      support = clientSupport(params.capabilities ?? {});
      state = 'initialized';
      const folderUris = params.workspaceFolders?.map((folder) => folder.uri) ?? [];
      if (folderUris.length === 0 && params.rootUri) folderUris.push(params.rootUri);
      folders.set(folderUris);
      return {
        capabilities: {
          textDocumentSync: {
            openClose: true,
            change: TextDocumentSyncKind.Incremental,
            save: { includeText: false },
          },
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
          hoverProvider: true,
          executeCommandProvider: { commands: Object.values(commandIds) },
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
          // No formatting provider, ever: a linter must not rewrite articles on save.
        },
        serverInfo: { name: 'healthlint', version },
      };
    }),
  );

  connection.onInitialized(
    guard('initialized', undefined, () => {
      setTimeout(
        guard('warm-up', undefined, () => linter.warmUp()),
        0,
      );
      // Dynamic registrations only where the client says it can; a refusal is logged, not fatal.
      if (support.watchedFilesRegistration) {
        connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: watchedFileGlob }] })
          .catch((error: unknown) => log(`healthlint: client refused file watching: ${describe(error)}`));
      }
      if (support.configuration && support.configurationRegistration) {
        connection.client
          .register(DidChangeConfigurationNotification.type, { section: configurationSection })
          .catch((error: unknown) => log(`healthlint: client refused configuration changes: ${describe(error)}`));
      }
      if (support.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard('workspace folders', undefined, (event) => {
            folders.add(event.added.map((folder) => folder.uri));
            folders.remove(event.removed.map((folder) => folder.uri));
            linter.clear();
            relintAll();
          }),
        );
      }
    }),
  );

  connection.onDidChangeConfiguration(
    guard('configuration change', undefined, (params) => {
      settingsCache.clear();
      if (!support.configuration) {
        const settings: unknown = params?.settings;
        const section =
          settings !== null && typeof settings === 'object'
            ? (settings as Record<string, unknown>)[configurationSection]
            : undefined;
        pushedSettings = normalizeSettings(section);
      }
      relintAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('watched files', undefined, () => {
      linter.clear();
      relintAll();
    }),
  );

  documents.onDidChangeContent(
    guard('change', undefined, ({ document }) => {
      const settings = knownSettings.get(document.uri) ?? pushedSettings;
      const first = !linted.has(document.uri);
      linted.add(document.uri);
      if (first) scheduler.soon(document.uri);
      else if (settings.run === 'onType') scheduler.changed(document.uri, settings.debounceMs);
    }),
  );
  documents.onDidSave(guard('save', undefined, ({ document }) => scheduler.soon(document.uri)));
  documents.onDidClose(
    guard('close', undefined, ({ document }) => {
      const uri = document.uri;
      scheduler.cancel(uri);
      linted.delete(uri);
      settingsCache.delete(uri);
      knownSettings.delete(uri);
      publishedVersion.delete(uri);
      publish(uri, []);
      published.delete(uri);
      publishedRules.delete(uri);
    }),
  );

  connection.onCodeAction(
    guard('code action', [], (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      return codeActionsFor({
        document,
        format: formatOfDocument(pathOfUri(document.uri), document.languageId),
        requested: params.context.diagnostics,
        published: published.get(document.uri) ?? [],
        ruleSet: publishedRules.get(document.uri) ?? noRules,
      });
    }),
  );

  connection.onHover(
    guard('hover', null, (params) =>
      hoverFor(
        params.position,
        published.get(params.textDocument.uri) ?? [],
        support.markdownHover,
        publishedRules.get(params.textDocument.uri) ?? noRules,
      ),
    ),
  );

  connection.onExecuteCommand(
    guard('command', null, async (params): Promise<null | ResponseError<void>> => {
      // Commands write files: only for a client that has introduced itself and not said goodbye.
      if (state === 'new') return new ResponseError(ErrorCodes.ServerNotInitialized, 'healthlint: not initialized');
      if (state === 'shut down') return new ResponseError(ErrorCodes.InvalidRequest, 'healthlint: shut down');
      const command = Object.values(commandIds).find((id) => id === params.command);
      const [uri, value] = params.arguments ?? [];
      if (!command || typeof uri !== 'string' || typeof value !== 'string') return null;
      // A refused edit is answered like a done one, with the reason shown once (an error reply
      // would make some clients show a second, less clear message).
      const refuse = (reason: string): null => {
        const message = `healthlint: ${reason}`;
        log(message);
        void connection.window.showErrorMessage(message);
        return null;
      };
      const path = pathOfUri(uri);
      if (!documents.get(uri) || path === undefined)
        return refuse(`cannot edit the project of ${uri}: it is not an open file`);
      const folder = folders.editableFolderOf(path);
      if (folder === undefined) {
        return refuse(`cannot edit the project of ${path}: it is not inside a workspace folder`);
      }
      const settings = await settingsFor(uri);
      let result: ConfigEditResult;
      try {
        const config = linter.configFor(uri, settings);
        result =
          command === commandIds.addWordToDictionary
            ? addWordToDictionary(value, config, folder)
            : disableRuleInProject(value, config, folder);
      } catch (error) {
        const edit =
          command === commandIds.addWordToDictionary ? `add «${value}» to the dictionary` : `disable «${value}»`;
        return refuse(`cannot ${edit}: ${describe(error)}`);
      }
      connection.console.info(`healthlint: ${result.created ? 'created' : 'updated'} ${result.path}`);
      // Publish before answering: some clients (Emacs 28's jsonrpc) leave a notification that
      // arrives just after the reply unread until the server writes again.
      linter.clear();
      await Promise.all(documents.all().map((document) => lint(document.uri)));
      return null;
    }),
  );

  connection.onShutdown(
    guard('shutdown', undefined, () => {
      state = 'shut down';
      scheduler.dispose();
    }),
  );

  documents.listen(connection);
  connection.listen();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
