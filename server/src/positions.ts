/** Offsets ↔ LSP positions. Core offsets are UTF-16 code-unit indices into the same text that
 *  TextDocument holds, so TextDocument.positionAt/offsetAt convert them exactly. */
import type { Range, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix, Span } from '@report-lint/core';

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function spanRange(doc: TextDocument, span: Span): Range {
  return rangeOf(doc, span.start, span.end);
}

export function fixEdit(doc: TextDocument, fix: Fix): TextEdit {
  return { range: rangeOf(doc, fix.range[0], fix.range[1]), newText: fix.text };
}

/** One edit turning `before` into `after`: the stretch between their common prefix and suffix. */
export function minimalEdit(doc: TextDocument, before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  // Do not split a surrogate pair.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { range: rangeOf(doc, start, endBefore), newText: after.slice(start, endAfter) };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether the ranges [a0,a1] and [b0,b1] touch (an empty range at an edge counts). */
export function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 <= b1 && b0 <= a1;
}
