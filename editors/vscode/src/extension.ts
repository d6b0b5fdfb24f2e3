import { commands, workspace, type ExtensionContext } from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The files whose changes decide how documents are linted (the server re-lints when they change). */
const settingFiles =
  '**/{.healthlintrc,.healthlintrc.json,.healthlintrc.yaml,.healthlintrc.yml,.healthlintignore,package.json}';

/** Starts the bundled healthlint language server for Markdown, HTML and plain text. */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.mjs');
  const runtime = workspace.getConfiguration('healthlint').get<string | null>('runtime') ?? undefined;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, ...(runtime ? { runtime } : {}) },
    debug: {
      module,
      transport: TransportKind.ipc,
      ...(runtime ? { runtime } : {}),
      options: { execArgv: ['--nolazy', '--inspect=6012'] },
    },
  };
  // `mdx` is the language id of the MDX extensions (unified's own among them); without one, .mdx files are plain text.
  const languages = ['markdown', 'mdx', 'html', 'plaintext'];
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { fileEvents: workspace.createFileSystemWatcher(settingFiles) },
  };
  client = new LanguageClient('healthlint', 'healthlint', serverOptions, clientOptions);
  context.subscriptions.push(
    commands.registerCommand('healthlint.restart', async () => {
      await client?.restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
