/** `--fix` that knows which parts of the fixed text are the original's, so that the file is written
 *  back with every byte outside the fixed ranges as it was. Re-encoding the whole text is not
 *  enough: a decoding does not always encode back to the same bytes (GBK's 0x80 € decodes to
 *  U+20AC, which GB18030 encodes as A2 E3; a lone surrogate in UTF-16 becomes U+FFFD).
 *
 *  The passes are fixText's (lint, apply the compatible fixes, repeat until stable), using the
 *  core's own choice of fixes; only the bookkeeping is added. */
import { compatibleFixes, lint, type Fix, type LintMessage, type LintOptions, type ReportModel } from '@report-lint/core';
import { decode, encode, type Decoded } from './encoding';

const MAX_PASSES = 10;

/** A run of the output: original text [start, end), or new text. */
export type Piece = { start: number; end: number } | { text: string };
const pieceLength = (p: Piece) => ('text' in p ? p.text.length : p.end - p.start);

export interface TrackedFix {
  output: string;
  fixed: number;
  /** Messages of the output. */
  messages: LintMessage[];
  model: ReportModel;
  /** Messages of the original text (reported when the fix cannot be written). */
  originalMessages: LintMessage[];
  pieces: Piece[];
}

/** The pieces of `pieces` (which spell `current`) with `fixes` applied. Fixes are sorted and do
 *  not overlap, so one forward pass over the pieces does it. */
export function applyToPieces(pieces: Piece[], length: number, fixes: Fix[]): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  let base = 0; // offset of pieces[i] in the current text
  const copy = (from: number, to: number) => {
    while (i < pieces.length && base + pieceLength(pieces[i]) <= from) base += pieceLength(pieces[i++]);
    let j = i;
    let at = base;
    while (j < pieces.length && at < to) {
      const p = pieces[j];
      const len = pieceLength(p);
      const s = Math.max(from, at) - at;
      const e = Math.min(to, at + len) - at;
      if (e > s) out.push('text' in p ? { text: p.text.slice(s, e) } : { start: p.start + s, end: p.start + e });
      at += len;
      j++;
    }
  };
  let cursor = 0;
  for (const f of fixes) {
    copy(cursor, f.range[0]);
    if (f.text) out.push({ text: f.text });
    cursor = f.range[1];
  }
  copy(cursor, length);
  return out;
}

export function fixTracked(text: string, options: LintOptions): TrackedFix {
  let output = text;
  let pieces: Piece[] = [{ start: 0, end: text.length }];
  let fixed = 0;
  let result = lint(output, options);
  const originalMessages = result.messages;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = compatibleFixes(output, result.messages);
    if (!fixes.length) break;
    let next = '';
    let cursor = 0;
    for (const f of fixes) {
      next += output.slice(cursor, f.range[0]) + f.text;
      cursor = f.range[1];
    }
    next += output.slice(cursor);
    if (next === output) break;
    pieces = applyToPieces(pieces, output.length, fixes);
    fixed += fixes.length;
    output = next;
    result = lint(output, options);
  }
  return { output, fixed, messages: result.messages, model: result.model, originalMessages, pieces };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const gbDecode = (seq: Uint8Array) => (require('iconv-lite') as typeof import('iconv-lite')).decode(Buffer.from(seq), 'gb18030');

/** Byte length of one GB18030 sequence starting at `i`: ASCII and the single bytes 0x80 and 0xFF
 *  are one byte, a lead byte followed by a digit starts a four-byte sequence, else two. */
function gbSequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x81 || b === 0xff) return 1;
  const next = bytes[i + 1];
  return next >= 0x30 && next <= 0x39 ? 4 : 2;
}

/** The byte offsets in `bytes` (the file, BOM included) of the sorted character offsets in the
 *  decoded text. */
function byteOffsets(bytes: Uint8Array, decoded: Decoded, offsets: number[]): Map<number, number> {
  const text = decoded.text;
  const map = new Map<number, number>();
  const bomBytes = !decoded.bom ? 0 : decoded.encoding === 'utf-8' ? 3 : 2;
  let char = 0;
  let byte = bomBytes;
  for (const target of offsets) {
    if (decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') {
      map.set(target, bomBytes + 2 * target);
      continue;
    }
    if (decoded.encoding === 'utf-8') {
      byte += Buffer.byteLength(text.slice(char, target), 'utf8');
      char = target;
      map.set(target, byte);
      continue;
    }
    // GB18030: a line feed byte is always a line feed (no sequence contains 0x0A), so jump by lines
    // and step through sequences only within the last one.
    if (target <= char) {
      map.set(target, byte);
      continue;
    }
    const lastNewline = text.lastIndexOf('\n', target - 1);
    if (lastNewline >= char) {
      let lines = 0;
      for (let k = text.indexOf('\n', char); k !== -1 && k <= lastNewline; k = text.indexOf('\n', k + 1)) lines++;
      for (let n = 0; n < lines; n++) byte = Buffer.prototype.indexOf.call(bytes, 0x0a, byte) + 1;
      char = lastNewline + 1;
    }
    while (char < target) {
      const len = gbSequenceLength(bytes, byte);
      char += bytes[byte] < 0x80 ? 1 : gbDecode(bytes.subarray(byte, byte + len)).length;
      byte += len;
    }
    map.set(target, byte);
  }
  return map;
}

/** The file's new bytes: the original bytes for every untouched piece, the new text encoded. Falls
 *  back to encoding the whole text if the pieces do not decode to it (they always should). */
export function encodeTracked(bytes: Uint8Array, decoded: Decoded, fix: Pick<TrackedFix, 'pieces' | 'output'>): Buffer {
  const offsets = [...new Set(fix.pieces.flatMap((p) => ('text' in p ? [] : [p.start, p.end])))].sort((a, b) => a - b);
  const at = byteOffsets(bytes, decoded, offsets);
  const bomBytes = !decoded.bom ? 0 : decoded.encoding === 'utf-8' ? 3 : 2;
  const parts: Uint8Array[] = [bytes.subarray(0, bomBytes)];
  for (const p of fix.pieces) {
    parts.push('text' in p ? encode(p.text, { encoding: decoded.encoding, bom: false }) : bytes.subarray(at.get(p.start)!, at.get(p.end)!));
  }
  const out = Buffer.concat(parts);
  return decode(out).text === fix.output ? out : encode(fix.output, decoded);
}
