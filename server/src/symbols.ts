/** The outline: sections 一…六 with their tables as children. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { specOf, type ReportModel, type Table } from '@report-lint/core';
import { spanRange } from './positions';

/** `表：收到和处理政府信息公开申请情况`, from the table's description. */
export const tableSymbolName = (t: Table) => `表：${specOf(t).title}`;

function tableSymbol(doc: TextDocument, t: Table): DocumentSymbol {
  const range = spanRange(doc, t.span);
  return { name: tableSymbolName(t), detail: t.confident ? undefined : t.doubt, kind: SymbolKind.Struct, range, selectionRange: range };
}

export function documentSymbols(doc: TextDocument, model: ReportModel): DocumentSymbol[] {
  const tables = (Object.values(model.tables) as (Table | undefined)[]).filter((t): t is Table => !!t).sort((a, b) => a.span.start - b.span.start);
  const used = new Set<Table>();
  const out: DocumentSymbol[] = [];
  for (const s of model.sections) {
    const start = Math.min(s.span.start, s.heading.start);
    const end = Math.max(s.span.end, s.heading.end);
    const children = tables.filter((t) => !used.has(t) && t.span.start >= start && t.span.start < end);
    children.forEach((t) => used.add(t));
    out.push({
      name: `${s.numeral}、${s.title.text}`,
      kind: SymbolKind.Namespace,
      range: { start: doc.positionAt(start), end: doc.positionAt(end) },
      selectionRange: { start: doc.positionAt(s.heading.start), end: doc.positionAt(s.heading.end) },
      children: children.map((t) => {
        const sym = tableSymbol(doc, t);
        // A child must lie inside its parent.
        if (t.span.end > end) sym.range = sym.selectionRange = { start: sym.range.start, end: doc.positionAt(end) };
        return sym;
      }),
    });
  }
  for (const t of tables) if (!used.has(t)) out.push(tableSymbol(doc, t));
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
