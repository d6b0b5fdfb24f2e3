import { Console } from 'node:console';
import { createConnection, type Connection } from 'vscode-languageserver/node.js';
import { version } from '../version.js';
import { FramingGuard } from './framing.js';
import { createServer } from './server.js';

const transports = ['--stdio', '--node-ipc', '--socket=', '--pipe='];

const usage = `Usage: healthlint-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>

The healthlint language server: diagnostics, quick fixes and hover for health articles in
Markdown, HTML and plain text, with the same rules and config files as the healthlint CLI.
Editors start it themselves; see docs/editors.md.
`;

/**
 * Starts the language server on the transport named in `argv` (as vscode-languageserver reads
 * it). Returns an exit code when there is nothing to serve (help, version, no transport);
 * otherwise undefined, and the process lives until the client says exit.
 */
export function runLanguageServer(
  argv: string[],
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): number | undefined {
  if (argv.includes('--help') || argv.includes('-h')) {
    stdout.write(usage);
    return 0;
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    stdout.write(`${version}\n`);
    return 0;
  }
  if (!argv.some((arg) => transports.some((transport) => arg === transport || arg.startsWith(transport)))) {
    stderr.write(`healthlint-language-server: no transport given\n${usage}`);
    return 2;
  }
  // Last resort: anything that escaped a handler's guard is logged; stdout belongs to the protocol.
  process.on('uncaughtException', (error) => stderr.write(`healthlint-language-server: ${error.stack ?? error}\n`));
  process.on('unhandledRejection', (reason) => stderr.write(`healthlint-language-server: ${String(reason)}\n`));
  createServer(argv.includes('--stdio') ? guardedStdioConnection(stderr) : createConnection());
  return undefined;
}

/**
 * The stdio connection, with the message framing checked before vscode-jsonrpc reads it: on a
 * malformed header that reader goes deaf without exiting, so the client never knows to restart
 * the server. A framing error is logged and ends the input, and the process exits with code 1.
 */
function guardedStdioConnection(stderr: NodeJS.WritableStream): Connection {
  const guard = new FramingGuard((reason) => {
    stderr.write(`healthlint-language-server: the client sent ${reason}; exiting so that it restarts the server\n`);
  });
  process.stdin.pipe(guard);
  // vscode-languageserver sends console output to the client only for the stdio it opens itself;
  // here stdout still carries the protocol alone, so anything a library prints goes to stderr.
  const toStderr = new Console({ stdout: process.stderr, stderr: process.stderr });
  for (const method of ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'table', 'count'] as const) {
    Object.defineProperty(console, method, { value: toStderr[method], configurable: true, writable: true });
  }
  return createConnection(guard, process.stdout);
}
