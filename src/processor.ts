import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import { healthlintData, provideDocumentFromMdast } from './file-data.js';
import { healthlintMessageControl } from './message-control.js';
import { isUnifiedRuleId, unifiedLintAttacher } from './unified-lint.js';
import { timed } from './timing.js';
import { formatFor, parseDocument } from './formats/index.js';
import { detectDialect } from './language/dialect.js';
import { documentFromMdast } from './prose/document.js';
import type { Format } from './prose/types.js';
import type { ResolvedConfig } from './config/resolve.js';
// The built-in rules' code: a config's rule set describes them from their metadata, and runs this.
import '../rules/index.js';

// Rules find the prose document through file-data, which does not import the parsers itself.
provideDocumentFromMdast(documentFromMdast);

export type HealthlintProcessor = Processor<Root, Root, Root, undefined, undefined>;

/**
 * The one processor the CLI, the library API and the language server all use: parse by format,
 * gather facts, run the enabled rules, then apply `<!--healthlint disable …-->` comments.
 */
export function createProcessor(config: ResolvedConfig): HealthlintProcessor {
  const processor = unified().use(healthlintParse, config) as unknown as HealthlintProcessor;
  for (const rule of config.ruleSet) {
    const setting = config.rules.get(rule.definition.id);
    if (!setting || setting.severity === 'off') continue;
    processor.use(rule, [setting.severity, setting.options]);
  }
  for (const plugin of config.unifiedPlugins) processor.use(unifiedLintAttacher(plugin));
  processor.use(healthlintMessageControl, config.ruleSet.ids(), (id: string) =>
    isUnifiedRuleId(config.unifiedPlugins, id),
  );
  return processor;
}

function healthlintParse(this: Processor, config: ResolvedConfig): void {
  this.parser = (source: string, file: VFile): Root => {
    const { format: given, chunkSize } = file.data as { format?: Format; chunkSize?: number };
    const format: Format = given ?? formatFor(file.path);
    const { mdast, html } = timed(`parse (${format})`, () =>
      parseDocument(source, format, chunkSize === undefined ? {} : { chunkSize }),
    );
    const data = healthlintData(file);
    const document = timed('prose model', () => documentFromMdast(mdast, source, format, html));
    data.document = document;
    data.dialect = config.language === 'auto' ? timed('dialect', () => detectDialect(document)) : config.language;
    data.dialectDetected = config.language === 'auto';
    data.baseDirectory = config.baseDirectory;
    data.collectFailures = true;
    return mdast;
  };
}
