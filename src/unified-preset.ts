import type { Nodes as MdastNodes, Root as MdastRoot, RootContent } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import type { Pluggable, Preset } from 'unified';
import type { VFile } from 'vfile';
import { resolveConfig } from './config/resolve.js';
import { validateConfig } from './config/validate.js';
import { healthlintData, provideDocumentFromMdast } from './file-data.js';
import { healthlintMessageControl } from './message-control.js';
import { detectDialect } from './language/dialect.js';
import { documentFromMdast } from './prose/document.js';
import { isUnifiedRuleId, unifiedLintAttacher } from './unified-lint.js';
// A preset runs the rules, so their code loads with it (the config sees them as metadata only).
import '../rules/index.js';

// Rules find the prose document through file-data, which does not import the parsers itself.
provideDocumentFromMdast(documentFromMdast);

/**
 * healthlint's rules as a unified preset, for anyone's remark or retext pipeline:
 *
 *     unified().use(remarkParse).use(healthlintPreset({ rules: { hype: 'error' } }))
 *     retext().use(healthlintPreset())            // plain text through retext-english
 *
 * The options are the config-file shape (`preset`, `language`, `rules`) and are validated the same way.
 */
export function healthlintPreset(options: unknown = {}): Preset {
  const config = resolveConfig({ config: validateConfig(options, 'healthlint preset options') });
  const plugins: Pluggable[] = [[prepareDocument, config.language]];
  for (const rule of config.ruleSet) {
    const setting = config.rules.get(rule.definition.id);
    if (setting && setting.severity !== 'off') plugins.push([rule, [setting.severity, setting.options]]);
  }
  for (const plugin of config.unifiedPlugins) plugins.push(unifiedLintAttacher(plugin));
  // Last, as in healthlint's own processor, so that disable comments work in anyone's pipeline.
  plugins.push([
    healthlintMessageControl,
    config.ruleSet.ids(),
    (id: string) => isUnifiedRuleId(config.unifiedPlugins, id),
  ]);
  return { plugins };
}

/** The `recommended` rules, for `"plugins": ["healthlint/unified"]` in a `.remarkrc`. */
const recommended: Preset = healthlintPreset();
export default recommended;

/** Builds the prose document from the pipeline's own tree (mdast from remark, nlcst from retext) and sets the dialect. */
function prepareDocument(language: 'en-US' | 'en-GB' | 'auto') {
  return (tree: MdastRoot | NlcstRoot, file: VFile): MdastRoot | NlcstRoot => {
    const source = String(file);
    const mdast = tree.type === 'root' ? tree : mdastFromNlcst(tree, source);
    const data = healthlintData(file);
    data.document = documentFromMdast(mdast, source, 'markdown');
    data.dialect = language === 'auto' ? detectDialect(data.document) : language;
    data.dialectDetected = language === 'auto';
    if (tree.type !== 'root') data.document = { ...data.document, mdast: tree as unknown as MdastRoot };
    return tree;
  };
}

/** retext's paragraphs become mdast paragraphs over the same source range, so the rules read them alike. */
function mdastFromNlcst(tree: NlcstRoot, source: string): MdastRoot {
  const children: RootContent[] = [];
  for (const paragraph of tree.children) {
    const position = paragraph.position;
    if (paragraph.type !== 'ParagraphNode' || !position) continue;
    const value = source.slice(position.start.offset, position.end.offset);
    const text: MdastNodes = { type: 'text', value, position };
    children.push({ type: 'paragraph', children: [text], position });
  }
  return { type: 'root', children };
}
