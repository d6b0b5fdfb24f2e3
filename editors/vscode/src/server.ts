// Entry point of the bundled server inside the extension: the same code as the npm package's
// `healthlint-language-server` bin, bundled by scripts/package.mjs.
import { runLanguageServer } from '../../../src/server/index.js';

const code = runLanguageServer(process.argv.slice(2), process.stdout, process.stderr);
if (code !== undefined) process.exitCode = code;
