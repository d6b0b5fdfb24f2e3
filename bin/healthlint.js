#!/usr/bin/env node
import { runBundledCli } from '../dist/src/cli/code-cache.js';

// The CLI is one CommonJS bundle compiled with V8's code cache (src/cli/code-cache.ts): a start
// reuses the code an earlier run compiled instead of compiling ~4 MB again.
await runBundledCli(new URL('../dist/', import.meta.url), (code) => process.exit(code));
