#!/usr/bin/env node
import { runLanguageServer } from '../dist/bundle/language-server.js';

const code = runLanguageServer(process.argv.slice(2), process.stdout, process.stderr);
if (code !== undefined) process.exitCode = code;
