/** Anchoring the standard row labels in order (their values are read by values.ts), and turning
 *  what was read into the model's labels and cells. Shared by 表二 and 表三. */
import type { Cell, Span, TableLabel, TextPiece } from '../../types';
import { findLabel, findMisspelt, MISSPELT_WINDOW, type Anchor, type LabelDef } from './anchors';
import { normIndexAt, tokensIn, type TableText } from './region';
import type { Token } from './tokens';

export interface RowRead {
  def: LabelDef;
  anchor: Anchor;
  /** Cell tokens between this label and the next. */
  tokens: Token[];
}

/** Anchors `defs` in order. A label is accepted only if none of the next three labels comes first;
 *  otherwise it is looked for as a misspelling between the cursor and that next label. */
export function anchorRows(t: TableText, defs: readonly LabelDef[], from = 0, misspeltFor: (d: LabelDef) => boolean = () => true): (Anchor | undefined)[] {
  const { n } = t;
  const anchors: (Anchor | undefined)[] = [];
  let cursor = from;
  for (let i = 0; i < defs.length; i++) {
    const found = findLabel(t.src, n, defs[i], cursor, n.text.length);
    // The nearest of the next three labels: only where it starts matters, unless it is needed below.
    let next: LabelDef | undefined;
    let nextAt = Infinity;
    for (let j = i + 1; j <= i + 3 && j < defs.length; j++) {
      if (defs[j].core.length <= 2) continue; // too common a word to tell the order (其他)
      const at = n.text.indexOf(defs[j].core, cursor);
      if (at >= 0 && at < nextAt) [next, nextAt] = [defs[j], at];
    }
    if (found && found.from <= nextAt) {
      anchors.push(found);
      cursor = found.to;
      continue;
    }
    // A group heading without numbers (（四）无法提供) is not looked for as a misspelling: a PDF breaks
    // it apart (`无法提` … `供`), and taking a fragment for it would move the cursor past its rows.
    if (!misspeltFor(defs[i])) {
      anchors.push(undefined);
      continue;
    }
    const regionEnd = next ? findLabel(t.src, n, next, nextAt, n.text.length)!.span.start : t.span.end;
    const misspelt = findMisspelt(t.src, defs[i], tokensIn(t, n.map[cursor] ?? t.span.end, regionEnd, MISSPELT_WINDOW));
    anchors.push(misspelt);
    if (misspelt) cursor = normIndexAt(n, misspelt.span.end);
  }
  return anchors;
}


export function labelOf(a: Anchor, src: string): TableLabel {
  return {
    key: a.def.key,
    standard: a.def.label,
    text: src.slice(a.span.start, a.span.end),
    span: a.span,
    ...(a.typo ? { misspelt: true } : {}),
    ...(a.typo?.fix ? { fix: { range: [a.typo.fix.span.start, a.typo.fix.span.end] as [number, number], text: a.typo.fix.text } } : {}),
  };
}

export function cellOf(row: string, col: string, tok: Token, integer: boolean): Cell {
  const badDecimal = integer && tok.decimal;
  return {
    row,
    col,
    raw: tok.text,
    span: tok.span,
    status: badDecimal ? 'invalid' : tok.kind === 'label' ? 'invalid' : tok.kind,
    ...(tok.kind === 'number' && !badDecimal ? { value: tok.value } : {}),
  };
}



/** The span covering all of `spans` (written as a loop: spreading thousands of cells into
 *  Math.min overflows the stack). */
export function cover(spans: readonly Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}

export function piece(src: string, span: Span): TextPiece {
  return { text: src.slice(span.start, span.end), span };
}
