/** Hovers: a table total's formula; the rule of a diagnostic under the cursor. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { cellName, explainTotal, ruleById, specOf, type TotalExplanation } from '@report-lint/core';
import { ruleDocUrl, type CachedLint } from './diagnostics';
import { spanRange } from './positions';

/** Where a total sits and what it adds, in words, from the table's description. */
function totalName(cached: CachedLint, e: TotalExplanation): string {
  const table = Object.values(cached.model.tables).find((t) => t?.cells.includes(e.cell));
  if (!table) return '总计';
  const total = specOf(table).totals.find((t) => t.cell[0] === e.cell.row && t.cell[1] === e.cell.col && t.parts.length === e.parts.length);
  return `${cellName(table, e.cell.row, e.cell.col)}${total ? `：${total.sumOf}` : ''}`;
}

/** Every total at `offset` (表三's （七）总计 × 总计 cell is both a row total and a results total). */
export function totalHover(doc: TextDocument, cached: CachedLint, offset: number): Hover | null {
  // Cell spans are in the text the model was read from; for a page, mapped into the HTML.
  const inDoc = (e: TotalExplanation) => cached.toDocument(e.cell.span);
  const here = explainTotal(cached.model).filter((e) => offset >= inDoc(e).start && offset <= inDoc(e).end) as (TotalExplanation & { ruleId?: string })[];
  if (!here.length) return null;
  const blocks = here.map((e) => {
    const lines = [`**总计** = ${e.formula}`, '', totalName(cached, e)];
    if (e.expected !== undefined && e.cell.value !== e.expected) lines.push('', `表中填写 ${e.cell.raw}，按各项相加应为 ${e.expected}`);
    return lines.join('\n');
  });
  return { contents: { kind: MarkupKind.Markdown, value: blocks.join('\n\n') }, range: spanRange(doc, inDoc(here[0])) };
}

/** The rules of the diagnostics under the cursor, with a link to their page. */
export function ruleHover(doc: TextDocument, cached: CachedLint, offset: number): Hover | null {
  const here = cached.messages.filter((m) => offset >= m.offset && offset <= m.endOffset);
  if (!here.length) return null;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const m of here) {
    if (seen.has(m.ruleId)) continue;
    seen.add(m.ruleId);
    const meta = ruleById(m.ruleId)?.meta;
    const url = ruleDocUrl(m.ruleId);
    parts.push(`${url ? `[\`${m.ruleId}\`](${url})` : `\`${m.ruleId}\``}${meta ? `：${meta.description}` : ''}`);
  }
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') } };
}

export function hover(doc: TextDocument, cached: CachedLint, offset: number): Hover | null {
  const total = totalHover(doc, cached, offset);
  const rule = ruleHover(doc, cached, offset);
  if (total && rule) {
    const value = `${(total.contents as { value: string }).value}\n\n---\n\n${(rule.contents as { value: string }).value}`;
    return { contents: { kind: MarkupKind.Markdown, value }, range: total.range };
  }
  return total ?? rule;
}
