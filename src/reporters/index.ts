import { checkstyleReporter } from './checkstyle.js';
import { githubReporter } from './github.js';
import { gitlabReporter } from './gitlab.js';
import { htmlReporter } from './html.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { rdjsonlReporter } from './rdjsonl.js';
import { sarifReporter } from './sarif.js';
import { scorecardJsonReporter, scorecardReporter } from './scorecard.js';
import { stylishReporter } from './stylish.js';
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
