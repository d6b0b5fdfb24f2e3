#!/usr/bin/env node
import { runMcpServer } from '../dist/bundle/mcp.js';

const code = await runMcpServer(process.argv.slice(2), process.stdin, process.stdout, process.stderr);
if (code !== undefined) process.exitCode = code;
