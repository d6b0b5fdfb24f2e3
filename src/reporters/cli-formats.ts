import { loadRuleCode } from '../../rules/metadata.js';
import { checkstyleStream } from './checkstyle.js';
import { githubStream } from './github.js';
import { gitlabStream } from './gitlab.js';
import { htmlStream } from './html.js';
import { jsonStream } from './json.js';
import { junitStream } from './junit.js';
import { rdjsonlStream } from './rdjsonl.js';
import { sarifStream } from './sarif.js';
import type { StreamingReporter } from './stream.js';
import { stylishStream } from './stylish.js';

/**
 * The command line's formats (the same as `streamingReporters`), each loaded when chosen: the
 * scorecards need the language models (a fifth of the code a run loads), which a run whose files
 * all come from the cache and that prints findings never uses.
 */
export const loadStreamingReporter: Record<string, () => Promise<StreamingReporter>> = {
  stylish: async () => stylishStream,
  json: async () => jsonStream,
  sarif: async () => sarifStream,
  github: async () => githubStream,
  junit: async () => junitStream,
  checkstyle: async () => checkstyleStream,
  gitlab: async () => gitlabStream,
  rdjsonl: async () => rdjsonlStream,
  html: async () => htmlStream,
  scorecard: async () => (await loadScorecards()).scorecardStream,
  'scorecard-json': async () => (await loadScorecards()).scorecardJsonStream,
};

/** The scorecard reporters, and the rules' code they run on each document (see `ruleFromMetadata`). */
async function loadScorecards(): Promise<typeof import('./scorecard.js')> {
  const [scorecards] = await Promise.all([import('./scorecard.js'), loadRuleCode()]);
  return scorecards;
}

export const formatNames: readonly string[] = Object.keys(loadStreamingReporter);
