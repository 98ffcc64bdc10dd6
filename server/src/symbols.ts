/** The outline: sections 一…六 with their tables as children. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { specOf, type ReportModel, type Span, type Table } from '@report-lint/core';
import { spanRange } from './positions';

/** `表：收到和处理政府信息公开申请情况`, from the table's description. */
export const tableSymbolName = (t: Table) => `表：${specOf(t).title}`;

const identity = (span: Span) => span;

function tableSymbol(doc: TextDocument, t: Table, toDocument: (span: Span) => Span): DocumentSymbol {
  const range = spanRange(doc, toDocument(t.span));
  return { name: tableSymbolName(t), detail: t.confident ? undefined : t.doubt, kind: SymbolKind.Struct, range, selectionRange: range };
}

/** `toDocument` maps the model's spans into the document (an HTML page: through the reader's source
 *  map; the sections and tables keep their order there, so the nesting holds). */
export function documentSymbols(doc: TextDocument, model: ReportModel, toDocument: (span: Span) => Span = identity): DocumentSymbol[] {
  const tables = (Object.values(model.tables) as (Table | undefined)[]).filter((t): t is Table => !!t).sort((a, b) => a.span.start - b.span.start);
  const used = new Set<Table>();
  const out: DocumentSymbol[] = [];
  for (const s of model.sections) {
    const section = toDocument(s.span);
    const heading = toDocument(s.heading);
    const start = Math.min(section.start, heading.start);
    const end = Math.max(section.end, heading.end);
    const children = tables.filter((t) => !used.has(t) && toDocument(t.span).start >= start && toDocument(t.span).start < end);
    children.forEach((t) => used.add(t));
    out.push({
      name: `${s.numeral}、${s.title.text}`,
      kind: SymbolKind.Namespace,
      range: { start: doc.positionAt(start), end: doc.positionAt(end) },
      selectionRange: { start: doc.positionAt(heading.start), end: doc.positionAt(heading.end) },
      children: children.map((t) => {
        const sym = tableSymbol(doc, t, toDocument);
        // A child must lie inside its parent.
        if (toDocument(t.span).end > end) sym.range = sym.selectionRange = { start: sym.range.start, end: doc.positionAt(end) };
        return sym;
      }),
    });
  }
  for (const t of tables) if (!used.has(t)) out.push(tableSymbol(doc, t, toDocument));
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
