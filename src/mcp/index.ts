import { Command, CommanderError } from 'commander';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { version } from '../version.js';
import { createMcpServer } from './server.js';

interface McpOptions {
  root?: string;
  config?: string | false;
}

/**
 * Starts the Model Context Protocol server on standard input and output. Returns an exit code when
 * there is nothing to serve (help, version, a bad flag); otherwise undefined, and the process lives
 * until the client closes the stream.
 */
export async function runMcpServer(
  argv: string[],
  stdin: NodeJS.ReadableStream,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<number | undefined> {
  const program = new Command('healthlint-mcp')
    .description(
      'healthlint for AI writing assistants: a Model Context Protocol server on standard input and output with ' +
        'the tools lint_text, lint_files, explain_rule and list_rules. It never writes files.',
    )
    .option(
      '--root <folder>',
      'the project folder: configs are found from here, lint_files stays inside it (default: the working folder)',
    )
    .option('-c, --config <file>', 'use this config file for every article instead of looking for one')
    .option('--no-config', 'ignore config files; use the recommended preset')
    .version(version, '-v, --version')
    .helpOption('-h, --help', 'show this help')
    .allowExcessArguments(false)
    .exitOverride()
    .configureOutput({ writeOut: (text) => stdout.write(text), writeErr: (text) => stderr.write(text) });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const options = program.opts<McpOptions>();
  let server;
  try {
    server = createMcpServer({
      root: options.root ?? process.cwd(),
      ...(typeof options.config === 'string' ? { configFile: options.config } : {}),
      noConfig: options.config === false,
    });
  } catch (error) {
    stderr.write(`healthlint-mcp: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  // stdout belongs to the protocol: anything that escapes a tool's guard is logged on stderr.
  process.on('uncaughtException', (error) => stderr.write(`healthlint-mcp: ${error.stack ?? error}\n`));
  process.on('unhandledRejection', (reason) => stderr.write(`healthlint-mcp: ${String(reason)}\n`));
  await server.connect(new StdioServerTransport(stdin as never, stdout as never));
  return undefined;
}
