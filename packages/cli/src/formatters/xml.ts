/** XML text and attribute values: the five special characters escaped, and characters XML 1.0
 *  forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF: they can come from a report's text)
 *  replaced with U+FFFD so that every consumer can parse the file. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Line breaks and tabs as references: in an attribute a parser would turn them into spaces.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };

export function xmlEscape(value: string | number): string {
  return String(value)
    .replace(FORBIDDEN, '\ufffd')
    .replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c]);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
