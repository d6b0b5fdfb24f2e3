/**
 * A programmatic LSP client for tests and the latency benchmark: spawns the real server over
 * stdio and speaks to it with vscode-languageserver's own protocol connection (one copy of
 * vscode-jsonrpc, so message shapes are exactly what editors send).
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExecuteCommandRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ResponseError,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type ConfigurationItem,
  type Diagnostic,
  type FileEvent,
  type Hover,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type WorkspaceFolder,
} from 'vscode-languageserver/node.js';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const serverBin = fileURLToPath(new URL('../bin/healthlint-language-server.js', import.meta.url));

/** What a capable editor (VS Code-like) advertises. */
export const fullCapabilities: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    applyEdit: true,
    executeCommand: {},
  },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    publishDiagnostics: {
      relatedInformation: true,
      versionSupport: true,
      codeDescriptionSupport: true,
      dataSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
  },
};

export interface ClientOptions {
  /** Workspace folders; `null` sends none (a document opened on its own). */
  workspaceFolders?: WorkspaceFolder[] | null;
  capabilities?: ClientCapabilities;
  /** Answer to each `workspace/configuration` item (or a promise of it); `null` is what Neovim sends for a missing section. */
  settings?: (item: ConfigurationItem) => unknown;
  /** Answer `client/registerCapability` with an error, as some clients do. */
  refuseRegistrations?: boolean;
  command?: string[];
  /** `ipc` forks the server with `--node-ipc`, as VS Code's language client does. */
  transport?: 'stdio' | 'ipc';
  cwd?: string;
  /** `false` leaves the server uninitialized; call `initialize` when the test is ready. */
  initialize?: boolean;
}

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly registrations: Registration[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly configurationRequests: ConfigurationItem[] = [];
  stderr = '';
  initializeResult!: InitializeResult;
  private waiters: (() => void)[] = [];

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(options: ClientOptions = {}): Promise<LspClient> {
    let child: ChildProcess;
    let connection: ProtocolConnection;
    if (options.transport === 'ipc') {
      child = fork(serverBin, ['--node-ipc'], { cwd: options.cwd ?? repoRoot, silent: true });
      connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      const [command, ...args] = options.command ?? [process.execPath, serverBin, '--stdio'];
      child = spawn(command as string, args, { cwd: options.cwd ?? repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
      connection = createProtocolConnection(
        new StreamMessageReader(child.stdout!),
        new StreamMessageWriter(child.stdin!),
      );
    }
    const client = new LspClient(child, connection);
    child.stderr?.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    const settings = options.settings ?? (() => ({}));
    connection.onRequest(ConfigurationRequest.type, async (params) => {
      client.configurationRequests.push(...params.items);
      return Promise.all(params.items.map(settings));
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      if (options.refuseRegistrations) return new ResponseError(-32601, 'registration refused by test client');
      client.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest(ShowMessageRequest.type, () => null);
    connection.onNotification(ShowMessageNotification.type, (params) => client.messages.push(params));
    connection.onNotification(LogMessageNotification.type, (params) => client.messages.push(params));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      client.published.push(params);
      for (const wake of client.waiters.splice(0)) wake();
    });
    connection.listen();
    if (options.initialize !== false) await client.initialize(options);
    return client;
  }

  async initialize(options: Pick<ClientOptions, 'workspaceFolders' | 'capabilities'> = {}): Promise<void> {
    const folders = options.workspaceFolders === undefined ? null : options.workspaceFolders;
    this.initializeResult = await withTimeout(
      this.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: folders?.[0]?.uri ?? null,
        workspaceFolders: folders,
        capabilities: options.capabilities ?? fullCapabilities,
      }),
      10_000,
      'initialize',
    );
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** The number of publications so far; pass it to `diagnostics` to wait for a later one. */
  mark(): number {
    return this.published.length;
  }

  /** The first publication for `uri` after `since` that satisfies `accept`. */
  async diagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    since = 0,
    timeoutMs = 10_000,
  ): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    let checked = since;
    for (;;) {
      for (; checked < this.published.length; checked++) {
        const params = this.published[checked] as PublishDiagnosticsParams;
        if (params.uri === uri && accept(params)) return params;
      }
      const left = deadline - Date.now();
      if (left <= 0 || this.process.exitCode !== null) {
        throw new Error(
          `No matching diagnostics for ${uri} within ${timeoutMs} ms (server ${this.process.exitCode === null ? 'running' : `exited ${this.process.exitCode}`}); stderr: ${this.stderr}`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
  }

  /** Replaces the whole text (or a range of it) and bumps the version. */
  change(uri: string, version: number, text: string, range?: Range): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [range ? { range, text } : { text }],
    });
  }

  save(uri: string): Promise<void> {
    return this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async codeActions(uri: string, diagnostics: Diagnostic[], range?: Range): Promise<CodeAction[]> {
    const result = await this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: range ?? (diagnostics[0] as Diagnostic).range,
      context: { diagnostics },
    });
    // The server answers with CodeAction literals only, never bare Commands.
    return (result ?? []) as CodeAction[];
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  watchedFilesChanged(changes: FileEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  configurationChanged(settings: unknown): Promise<void> {
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  /** Shuts the server down politely, then makes sure the process is gone. */
  async stop(): Promise<void> {
    if (this.process.exitCode === null) {
      try {
        await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 3000, 'shutdown');
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // The server is already gone or stuck; killing it below is enough.
      }
    }
    const exited =
      this.process.exitCode !== null || this.process.signalCode !== null
        ? Promise.resolve()
        : new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

export function withTimeout<T>(promise: PromiseLike<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Applies the text edits of a code action for one document (edits sorted from the end). */
export function applyEdits(
  text: string,
  action: CodeAction,
  uri: string,
  offsetAt: (position: Position) => number,
): string {
  const edits = [...(action.edit?.changes?.[uri] ?? [])].sort(
    (a, b) => offsetAt(b.range.start) - offsetAt(a.range.start),
  );
  let result = text;
  for (const edit of edits) {
    result = result.slice(0, offsetAt(edit.range.start)) + edit.newText + result.slice(offsetAt(edit.range.end));
  }
  return result;
}
