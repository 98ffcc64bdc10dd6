/** A GB18030/GBK draft opened as UTF-8 shows as mojibake: most Chinese characters become U+FFFD.
 *  No `vscode` import, so tests can load it. */

const REPLACEMENT = '\uFFFD';

export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf(REPLACEMENT); i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) n++;
  return n;
}

/** Whether a document's text looks garbled: enough replacement characters, and a fair share of
 *  the text (a stray one in a UTF-8 draft is not an encoding problem). */
export function looksGarbled(text: string): boolean {
  const n = countReplacements(text);
  return n >= 8 && n / Math.max(text.length, 1) >= 0.02;
}

/** The file's bytes as GB18030, when that reads them (almost) without replacement characters —
 *  far fewer than UTF-8 gave. Undefined when GB18030 is no better. */
export function decodeGb18030(bytes: Uint8Array, utf8Replacements: number): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('gb18030').decode(bytes);
  } catch {
    return undefined; // a Node without full ICU
  }
  return countReplacements(text) * 10 < utf8Replacements ? text : undefined;
}
