/** Splitting a stretch of a table into tokens, and telling numbers from placeholders and labels. */
import type { CellStatus, Span } from '../../types';
import { foldChar } from '../normalize';

export type TokenKind = CellStatus | 'label';

export interface Token {
  text: string;
  span: Span;
  kind: TokenKind;
  /** Parsed number, for kind 'number'. */
  value?: number;
  /** True when the value has a fractional part. */
  decimal?: boolean;
}

/** A run of anything but white space and `|`. */
const TOKEN = /[^\s\u3000\u00a0|]+/g;
/** Full-width forms (０-９, ，, ．…), folded to ASCII before a token is read. */
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const DELIMITER_ROW = /^:?-{3,}:?$/;
const PLACEHOLDERS = new Set(['无', '-', '—', '——', '–', '/', '\\', '空', '－', '―', '/']);
const DIGITS = /^\d+$/;

export function classify(raw: string): Pick<Token, 'kind' | 'value' | 'decimal'> {
  if (DIGITS.test(raw)) return { kind: 'number', value: Number(raw) }; // most cells: nothing to fold
  const t = raw.replace(FULL_WIDTH, foldChar);
  if (DIGITS.test(t)) return { kind: 'number', value: Number(t) };
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return { kind: 'number', value: Number(t.replace(/,/g, '')) };
  if (/^\d+\.\d+$/.test(t)) return { kind: 'number', value: Number(t), decimal: true };
  if (PLACEHOLDERS.has(t)) return { kind: 'placeholder' };
  // A number with a unit (`12件`) is a cell written wrongly; other text with Chinese in it
  // (`2.其他法律行政止公开`) is a label.
  if (/^[-+]?\d+(\.\d+)?[件个条项次元万]{0,2}$/.test(t) || (/\d/.test(t) && !/[\u4e00-\u9fff]/.test(t) && t.length <= 12)) {
    return { kind: 'invalid' };
  }
  return { kind: 'label' };
}

/** Tokens of text[start, end) (at most `limit`), split at white space and `|`; GFM delimiter cells are
 *  dropped. Found by one regular expression over the slice: natively, not a character at a time. */
export function tokenize(text: string, start: number, end: number, limit = Infinity): Token[] {
  const out: Token[] = [];
  const part = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(part); m && out.length < limit; m = TOKEN.exec(part)) {
    const raw = m[0];
    if (DELIMITER_ROW.test(raw)) continue;
    const s = start + m.index;
    out.push({ text: raw, span: { start: s, end: s + raw.length }, ...classify(raw) });
  }
  return out;
}
