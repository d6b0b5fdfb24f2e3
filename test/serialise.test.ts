import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { applyPlainResult, toPlainResult } from '../src/serialise.js';

describe('toPlainResult and applyPlainResult', () => {
  it('leave out the repeated reason and path-and-place name, and make them again the same', () => {
    const file = new VFile({ path: 'dir/a.md', value: 'Text.' });
    const place = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } };
    Object.assign(file.message('A reason', { place, ruleId: 'rule', source: 'healthlint' }), { note: 'Why.' });
    file.message('No place at all');
    const named = file.message('Named otherwise', { place: place.start });
    named.name = 'something else';
    const plain = toPlainResult(file);
    expect(plain.messages[0]).not.toHaveProperty('message');
    expect(plain.messages[0]).not.toHaveProperty('name');
    expect(plain.messages[2]).toHaveProperty('name', 'something else');
    const revived = applyPlainResult(new VFile({ path: 'dir/a.md', value: 'Text.' }), plain);
    // Same fields, in the same order (reporters that print messages as JSON follow it).
    expect(revived.messages.map((message) => JSON.stringify(message))).toEqual(
      file.messages.map((message) => JSON.stringify(message)),
    );
    expect(revived.messages.map((message) => [message.name, message.message])).toEqual(
      file.messages.map((message) => [message.name, message.message]),
    );
  });
});
