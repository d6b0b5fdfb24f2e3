import { explainLanes, type Jobs } from '../pool/lint-paths.js';
import type { CliIo } from './io.js';

/** `--verbose`: how many lanes lint and why, on standard error so reports stay clean. */
export function describeLanes(lanes: number, files: number, jobs: Jobs, io: CliIo): void {
  io.stderr.write(`healthlint: ${explainLanes(jobs, files, lanes)}\n`);
}
