import { checkstyleReporter, checkstyleStream } from './checkstyle.js';
import { githubReporter, githubStream } from './github.js';
import { gitlabReporter, gitlabStream } from './gitlab.js';
import { htmlReporter, htmlStream } from './html.js';
import { jsonReporter, jsonStream } from './json.js';
import { junitReporter, junitStream } from './junit.js';
import { rdjsonlReporter, rdjsonlStream } from './rdjsonl.js';
import { sarifReporter, sarifStream } from './sarif.js';
import { scorecardJsonReporter, scorecardJsonStream, scorecardReporter, scorecardStream } from './scorecard.js';
import type { StreamingReporter } from './stream.js';
import { stylishReporter, stylishStream } from './stylish.js';
import type { Reporter } from './types.js';

/** Output formats by `--format` name; every one is built from the same VFile messages. */
export const reporters: Record<string, Reporter> = {
  stylish: stylishReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  junit: junitReporter,
  checkstyle: checkstyleReporter,
  gitlab: gitlabReporter,
  rdjsonl: rdjsonlReporter,
  html: htmlReporter,
  scorecard: scorecardReporter,
  'scorecard-json': scorecardJsonReporter,
};

/** The same formats, written file by file as a run goes (what the CLI uses). */
export const streamingReporters: Record<string, StreamingReporter> = {
  stylish: stylishStream,
  json: jsonStream,
  sarif: sarifStream,
  github: githubStream,
  junit: junitStream,
  checkstyle: checkstyleStream,
  gitlab: gitlabStream,
  rdjsonl: rdjsonlStream,
  html: htmlStream,
  scorecard: scorecardStream,
  'scorecard-json': scorecardJsonStream,
};
