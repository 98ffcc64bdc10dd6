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

const SEPARATOR = /[\s\u3000\u00a0|]/;
const DELIMITER_ROW = /^:?-{3,}:?$/;
const PLACEHOLDERS = new Set(['无', '-', '—', '——', '–', '/', '\\', '空', '－', '―', '/']);

export function classify(raw: string): Pick<Token, 'kind' | 'value' | 'decimal'> {
  const t = [...raw].map(foldChar).join('');
  if (/^\d+$/.test(t)) return { kind: 'number', value: Number(t) };
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

/** Tokens of text[start, end) (at most `limit`), split at white space and `|`; GFM delimiter cells are dropped. */
export function tokenize(text: string, start: number, end: number, limit = Infinity): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end && out.length < limit) {
    while (i < end && SEPARATOR.test(text[i])) i++;
    const s = i;
    while (i < end && !SEPARATOR.test(text[i])) i++;
    if (i > s) {
      const raw = text.slice(s, i);
      if (DELIMITER_ROW.test(raw)) continue;
      out.push({ text: raw, span: { start: s, end: i }, ...classify(raw) });
    }
  }
  return out;
}

export const isCellToken = (t: Token) => t.kind !== 'label';
