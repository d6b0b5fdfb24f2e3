import remarkParse from 'remark-parse';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { healthlintPreset } from '../src/unified-preset.js';

describe('healthlint as a unified preset', () => {
  it('runs in a remark pipeline with the config-file shape', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(healthlintPreset({ rules: { hype: 'error' } }));
    const file = new VFile({ value: '# Title\n\nA *miracle* pill.\n' });
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.line, message.column])).toEqual([
      ['hype', true, 3, 4],
    ]);
  });

  it('runs in a retext pipeline on plain text', async () => {
    const processor = unified()
      .use(retextEnglish)
      .use(healthlintPreset({ rules: { hype: 'warn' } }));
    const file = new VFile({ value: 'First paragraph.\n\nThen a breakthrough pill.\n' });
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['hype', 3, 8]]);
  });

  it('honours disable and ignore comments in a remark pipeline, as the CLI does', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(healthlintPreset({ rules: { hype: 'warn' } }));
    const file = new VFile({
      value: [
        'A miracle pill.',
        '<!--healthlint ignore hype-->',
        'An ignored miracle pill.',
        'Another miracle pill.',
        '<!--healthlint disable hype-->',
        'A disabled miracle pill.',
      ].join('\n\n'),
    });
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['hype', 1],
      ['hype', 7],
    ]);
  });

  it('rejects bad options the way config files are rejected', () => {
    expect(() => healthlintPreset({ rules: { nope: 'warn' } })).toThrow(/not a healthlint rule/);
  });
});
