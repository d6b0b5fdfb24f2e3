import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { healthlintData } from '../src/file-data.js';
import { attachLazyDocument, loadDocumentBuilder } from '../src/pool/lazy-document.js';

describe('attachLazyDocument', () => {
  it('builds the document when first read, and hides it from copies until then', async () => {
    await loadDocumentBuilder();
    const file = attachLazyDocument(new VFile({ path: 'a.md', value: '# Title\n\nOne sentence here.\n' }));
    const data = healthlintData(file) as Record<string, unknown>;
    expect(Object.keys(data)).not.toContain('document');
    expect(JSON.stringify(data)).toBe('{}');
    const document = data['document'];
    expect(document).toBeDefined();
    expect(Object.keys(data)).toContain('document');
    expect(data['document']).toBe(document); // Built once.
  });

  it('gives no document when the text can no longer be read, and takes one that is set', () => {
    const unread = attachLazyDocument(new VFile({ path: 'b.md' }), () => undefined);
    expect(healthlintData(unread).document).toBeUndefined();
    const set = attachLazyDocument(new VFile({ path: 'c.md', value: 'Text.' }));
    (healthlintData(set) as Record<string, unknown>)['document'] = undefined;
    expect(Object.getOwnPropertyDescriptor(healthlintData(set), 'document')).toMatchObject({ value: undefined });
  });

  it('shares one getter between files, so that their data keep one shape (a warm cached run revives 10,000)', () => {
    const getterOf = (text: string): unknown =>
      Object.getOwnPropertyDescriptor(
        healthlintData(attachLazyDocument(new VFile({ path: 'd.md', value: text }))),
        'document',
      )?.get;
    expect(getterOf('One.')).toBe(getterOf('Two.'));
  });
});
