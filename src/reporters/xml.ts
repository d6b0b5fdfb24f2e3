/**
 * Escapes text for XML attributes and element content. Characters XML 1.0 cannot carry at all
 * (control characters, lone surrogates) are dropped rather than escaped: `&#1;` is not allowed
 * either, and a CI reader that rejects the whole report would hide every finding.
 */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (char) => xmlEntities[char] as string)
    .replace(/[\t\n\r]/g, (char) => `&#${char.charCodeAt(0)};`);
}

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlAttributes(attributes: Record<string, string | number | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>';
