/** Hovers: a table total's formula; the rule of a diagnostic under the cursor. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { APPLICANT_COLUMNS, APPLICATION_ROWS, REVIEW_GROUPS, explainTotal, ruleById, type Cell, type TotalExplanation } from '@report-lint/core';
import { ruleDocUrl, type CachedLint } from './diagnostics';
import { spanRange } from './positions';

/** Where a total sits, in words: `表三「一、本年新收…」行「总计」列`. */
function totalName(cell: Cell): string {
  if (cell.row === 'results.total') {
    const col = APPLICANT_COLUMNS.find((c) => c.key === cell.col)?.label ?? cell.col;
    return `表三「（七）总计」行「${col}」列`;
  }
  const group = REVIEW_GROUPS.find((g) => g.key === cell.row);
  if (group) return `表四「${group.label}」总计`;
  const row = APPLICATION_ROWS.find((r) => r.key === cell.row);
  if (row) return `表三「${row.label}」行「总计」列`;
  return '总计';
}

const SUM_OF: Record<string, string> = {
  'row-total': '自然人至其他六列之和',
  'results-total': '（一）至（六）各项办理结果之和',
  'review-total': '结果维持、结果纠正、其他结果、尚未审结之和',
};

/** Every total at `offset` (表三's （七）总计 × 总计 cell is both a row total and a results total). */
export function totalHover(doc: TextDocument, cached: CachedLint, offset: number): Hover | null {
  const here = explainTotal(cached.model).filter((e) => offset >= e.cell.span.start && offset <= e.cell.span.end) as (TotalExplanation & { ruleId?: string })[];
  if (!here.length) return null;
  const blocks = here.map((e) => {
    const lines = [`**总计** = ${e.formula}`, '', `${totalName(e.cell)}${e.ruleId && SUM_OF[e.ruleId] ? `：${SUM_OF[e.ruleId]}` : ''}`];
    if (e.expected !== undefined && e.cell.value !== e.expected) lines.push('', `表中填写 ${e.cell.raw}，按各项相加应为 ${e.expected}`);
    return lines.join('\n');
  });
  return { contents: { kind: MarkupKind.Markdown, value: blocks.join('\n\n') }, range: spanRange(doc, here[0].cell.span) };
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
    parts.push(`[\`${m.ruleId}\`](${ruleDocUrl(m.ruleId)})${meta ? `：${meta.description}` : ''}`);
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
