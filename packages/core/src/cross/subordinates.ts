/** A parent report against the reports it aggregates (issue 14 §2, `report-lint sum`): each 表三 and
 *  表四 cell of the parent = Σ the children's cells. A child that cannot be read, or whose table
 *  cannot, is said once as "cannot assess" (info); a cell is then a mismatch only when the children
 *  that were read already add up to more than the parent (cells are never negative). */
import type { OtherReport, ReportModel, RuleReport, Span, Table, TableFacts, TableKind } from '../types';
import { cellAt } from '../arithmetic';
import { specOf } from '../parse/tables/specs';
import { cellName, shortTableName } from '../rules/names';
import { valueAt } from './facts';

const KINDS: TableKind[] = ['applications', 'review'];

/** The child's table, or what to say about it: `whole` when nothing of the child can be assessed. */
function childTable(child: OtherReport, kind: TableKind, year: number | undefined): { table?: TableFacts; note?: string; whole?: boolean } {
  const facts = child.facts;
  if (!facts) return { note: `无法评估下级报告 ${child.name}：${child.problem ?? '无法读取'}`, whole: true };
  if (year !== undefined && facts.year !== undefined && facts.year !== year) {
    return { note: `无法评估下级报告 ${child.name}：它是 ${facts.year} 年度的报告，本级报告是 ${year} 年度`, whole: true };
  }
  const table = facts.tables[kind];
  const name = shortTableName(kind);
  if (!table) return { note: `无法评估下级报告 ${child.name} 的${name}：该报告中没有找到${name}` };
  if (!table.confident) return { note: `无法评估下级报告 ${child.name} 的${name}：该表无法可靠读取${table.doubt ? `（${table.doubt}）` : ''}` };
  // Confident, with some rows left out: those cells are unknown, the rest are compared.
  return { table, ...(table.doubt ? { note: `下级报告 ${child.name} 的${name}有未能读取的行（${table.doubt}）：这些行无法评估` } : {}) };
}

function checkTable(parent: Table, children: OtherReport[], tables: (TableFacts | undefined)[], out: RuleReport[]): void {
  for (const row of specOf(parent).rows) {
    if (!row.values) continue;
    for (const col of row.columns) {
      const cell = cellAt(parent, row.key, col);
      if (cell?.value === undefined) continue;
      const values = tables.map((t) => valueAt(t, row.key, col));
      const listed = children.map((c, i) => `${c.name} ${values[i] ?? '无法评估'}`).join('、');
      const known = values.filter((v): v is number => v !== undefined);
      const sum = known.reduce((a, b) => a + b, 0);
      const name = cellName(parent, row.key, col);
      if (known.length === values.length) {
        if (sum !== cell.value) out.push({ messageId: 'mismatch', data: { cell: name, value: cell.value, sum, listed }, span: cell.span });
      } else if (sum > cell.value) {
        out.push({ messageId: 'belowKnown', data: { cell: name, value: cell.value, sum, listed }, span: cell.span });
      }
    }
  }
}

/** The sum findings of a parent report over its subordinates' reports. */
export function subordinateSumFindings(parent: ReportModel, children: OtherReport[]): RuleReport[] {
  const out: RuleReport[] = [];
  const at: Span = parent.title?.span ?? { start: 0, end: 0 };
  // What could not be assessed: sentences of many shapes, one message id.
  const note = (text: string) => out.push({ messageId: 'cannotAssess', data: { text }, span: at, severity: 'info' });
  if (!children.length) return out;
  const said = new Set<string>();
  for (const kind of KINDS) {
    const table = parent.tables[kind];
    const name = shortTableName(kind);
    if (!table) {
      note(`本级报告中没有找到${name}，无法与下级报告核对`);
      continue;
    }
    if (!table.confident) {
      note(`本级报告的${name}无法可靠读取${table.doubt ? `（${table.doubt}）` : ''}，无法与下级报告核对`);
      continue;
    }
    // Confident, with rows left out: said, since `sum` runs no other rule that would say it.
    if (table.doubt) note(`本级报告的${name}有未能读取的行（${table.doubt}）：这些行未与下级报告核对`);
    const found = children.map((c) => childTable(c, kind, parent.year));
    found.forEach((f, i) => {
      const key = f.whole ? children[i].name : `${children[i].name}|${kind}`;
      if (!f.note || said.has(key)) return;
      said.add(key);
      note(f.note);
    });
    checkTable(table, children, found.map((f) => f.table), out);
  }
  return out;
}
