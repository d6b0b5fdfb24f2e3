import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { VFile } from 'vfile';
import * as z from 'zod/v4';
import { presets, type PresetName } from '../../rules/presets.js';
import { ruleDocs } from '../rule-docs.js';
import { resolveConfig, type ConfigOverrides, type ResolvedConfig } from '../config/resolve.js';
import { validateRuleSetting } from '../config/validate.js';
import { UserError } from '../errors.js';
import { expandPaths } from '../files.js';
import { IgnoreMatcher } from '../ignore.js';
import { ConfigResolver, displayPath, lintPath, lintVFile } from '../lint.js';
import { defaultMaxFileSize } from '../read.js';
import { jsonReporter } from '../reporters/json.js';
import { version } from '../version.js';

export interface McpServerOptions {
  /** The project folder: config discovery starts here and `lint_files` may not leave it. */
  root: string;
  /** One config file for everything, as the CLI's `--config`. */
  configFile?: string;
  /** As the CLI's `--no-config`. */
  noConfig?: boolean;
  /** `lint_files` refuses to expand to more files than this: a whole archive is the CLI's job. */
  maxFiles?: number;
}

const defaultMaxFiles = 500;

/**
 * The tools an AI writing assistant calls. Every answer is what the CLI would print for the same
 * input and config (`--format json`, `--explain`, `--list-rules`), so an assistant and a CI job
 * never disagree about an article. Nothing here writes a file: no cache, no baseline, no fixes.
 */
export function createMcpServer(options: McpServerOptions): McpServer {
  const root = realpathSync(options.root);
  const resolverOptions = {
    cwd: root,
    ...(options.configFile ? { configFile: options.configFile } : {}),
    ...(options.noConfig ? { noConfig: true } : {}),
  };
  const maxFiles = options.maxFiles ?? defaultMaxFiles;
  // The config that applies at the project's root names the plugins whose rules can be explained and listed.
  const rootConfig = (): ResolvedConfig =>
    new ConfigResolver(resolverOptions).configFor(resolve(root, 'healthlint-rules'));
  const server = new McpServer({ name: 'healthlint', version });

  server.registerTool(
    'lint_text',
    {
      title: 'Lint a health article',
      description:
        'Checks the text of a health article (Markdown, HTML or plain text) for unsupported statistics, ' +
        'unqualified efficacy claims, missing regulatory status and safety caveats, vague attributions, hype, ' +
        'spelling and more. Returns the findings as healthlint --format json does: an array with one file ' +
        'whose messages have reason, ruleId, severity, line, column, place, actual and expected (suggested wording).',
      inputSchema: {
        text: z.string().describe('The article text.'),
        filePath: z
          .string()
          .optional()
          .describe(
            'A file name inside the project (need not exist): its extension picks the format (.md, .html, .txt) ' +
              'and its folder picks the config file. Without it the text is plain text with the project config.',
          ),
      },
    },
    ({ text, filePath }) =>
      answer(() => {
        if (Buffer.byteLength(text) > defaultMaxFileSize)
          throw new UserError('The text is over the size limit of 10 MB: split it, or lint the file with the CLI');
        const resolver = new ConfigResolver(resolverOptions);
        const absolute = resolve(root, filePath ?? '<stdin>');
        const path = filePath ? displayPath(absolute, root) : '<stdin>';
        const file = lintVFile(new VFile({ path, cwd: root, value: text }), resolver.configFor(absolute));
        return jsonReporter([file], { cwd: root, color: false, verbose: false, ruleSet: resolver.ruleSet });
      }),
  );

  server.registerTool(
    'lint_files',
    {
      title: 'Lint article files',
      description:
        'Lints files, folders or globs inside the project (folders expand to .md, .markdown, .mdx, .html, .htm, .txt; ' +
        '.healthlintignore applies), each with its nearest config. Returns healthlint --format json output.',
      inputSchema: {
        paths: z.array(z.string()).min(1).describe('Paths relative to the project folder.'),
      },
    },
    ({ paths }) =>
      answerAsync(async () => {
        for (const path of paths) insideRoot(root, path);
        const expanded = await expandPaths(paths, root, new IgnoreMatcher(root));
        if (expanded.length > maxFiles)
          throw new UserError(
            `${expanded.length} files match, more than the ${maxFiles} this tool lints at once: name fewer, or run the healthlint CLI`,
          );
        const resolver = new ConfigResolver(resolverOptions);
        const files: VFile[] = [];
        for (const path of expanded) files.push(await lintPath(path, root, resolver, defaultMaxFileSize));
        return jsonReporter(files, { cwd: root, color: false, verbose: false, ruleSet: resolver.ruleSet });
      }),
  );

  server.registerTool(
    'explain_rule',
    {
      title: 'Explain a healthlint rule',
      description:
        'The documentation of one rule (what it flags, why, how to fix it, examples), as healthlint --explain prints it.',
      inputSchema: { ruleId: z.string().describe('A rule id such as unsupported-statistic or hype.') },
    },
    ({ ruleId }) =>
      answer(() => {
        // A built-in is explained even when the project's config is broken, as by --explain.
        const rule = (ruleId.includes('/') ? rootConfig() : resolveConfig(undefined)).ruleSet.get(ruleId);
        if (rule) return ruleDocs(rule.definition);
        return validateRuleSetting(ruleId, 'warn', (problem) => {
          throw new UserError(`Cannot explain \`${ruleId}\`: it ${problem}`);
        }) as never;
      }),
  );

  server.registerTool(
    'list_rules',
    {
      title: 'List healthlint rules',
      description:
        "Every rule (built-ins, then the project's plugin rules) with its severity in a preset (default recommended; " +
        "a plugin rule's in the project config) and a one-line summary, as JSON.",
      inputSchema: {
        preset: z
          .enum(Object.keys(presets) as [PresetName, ...PresetName[]])
          .optional()
          .describe('The preset whose severities to show.'),
      },
    },
    ({ preset }) =>
      answer(() => {
        const settings: ConfigOverrides['rules'] = presets[preset ?? 'recommended'];
        const config = rootConfig();
        const list = [...config.ruleSet].map(({ definition }) => {
          // Plugin rules are named `<plugin>/<id>`; built-ins never hold a slash.
          const setting = definition.id.includes('/')
            ? config.rules.get(definition.id)?.severity
            : settings?.[definition.id];
          const severity = setting ? (Array.isArray(setting) ? setting[0] : setting) : 'off';
          return { id: definition.id, severity, summary: definition.docs.summary };
        });
        return JSON.stringify(list, null, 2);
      }),
  );

  return server;
}

/** A path named by the client must stay in the project: an assistant is not a way to read the disk. */
function insideRoot(root: string, path: string): void {
  const absolute = resolve(root, path);
  let real = absolute;
  try {
    real = realpathSync(absolute);
  } catch {
    // A glob or a missing path: judged as written; expansion reports what does not exist.
  }
  for (const candidate of [absolute, real]) {
    const inside = relative(root, candidate);
    if (inside.startsWith('..') || isAbsolute(inside))
      throw new UserError(`${path} is outside the project folder ${root}`);
  }
}

/** A user's mistake is a tool error the assistant can read and act on, never a crashed server. */
function answer(compute: () => string): CallToolResult {
  try {
    return { content: [{ type: 'text', text: compute() }] };
  } catch (error) {
    return failed(error);
  }
}

async function answerAsync(compute: () => Promise<string>): Promise<CallToolResult> {
  try {
    return { content: [{ type: 'text', text: await compute() }] };
  } catch (error) {
    return failed(error);
  }
}

function failed(error: unknown): CallToolResult {
  const reason =
    error instanceof UserError
      ? error.message
      : `unexpected error: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`;
  return { content: [{ type: 'text', text: `healthlint: ${reason}` }], isError: true };
}
