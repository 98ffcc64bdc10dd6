/** Last year's report against this one (issue 14 §1): what the previous report carried over into
 *  this year (表三 四 → 二, per column), and the documents in force (表二 现行有效件数 of last year +
 *  本年制发 − 本年废止). Corrections between years happen, so these are warnings; a comparison that
 *  cannot be made is said once, as info, and nothing is guessed. */
import type { OtherReport, ReportModel, RuleReport, Span, Table, TableFacts } from '../types';
import { cellAt } from '../arithmetic';
import { specOf } from '../parse/tables/specs';
import { cellName, rowName, columnName } from '../rules/names';
import { sameBody, valueAt } from './facts';
import { bodyName } from '../rules/body-consistency';
import { baseName, fileLabel } from './names';

/** The two rows of 表三 that carry over, the same in both formats. */
const CARRIED = 'carried';
const CARRYOVER = 'carryover';
/** 表二's rows that count documents in force (2021 format only: 2019's 对外公开总数量 is another count). */
const IN_FORCE_ROWS = ['regulations', 'normative'];

interface Names {
  /** `（2025.txt，2025 年度）` */
  current: string;
  previous: string;
}

/** Why a previous table cannot be compared, or undefined when it can. */
function unusable(facts: TableFacts | undefined, tableLabel: string, names: Names): string | undefined {
  if (!facts) return `上年报告${names.previous}中没有找到${tableLabel}`;
  if (!facts.confident) return `上年报告${names.previous}的${tableLabel}无法可靠读取${facts.doubt ? `（${facts.doubt}）` : ''}`;
  return undefined;
}

function carriedOver(table: Table, prev: TableFacts, names: Names, out: RuleReport[], note: (message: string) => void): void {
  const label = rowName(table, CARRYOVER);
  const prevValues = specOf(table).columns.map((c) => valueAt(prev, CARRYOVER, c.key));
  if (prevValues.every((v) => v === undefined)) {
    note(`上年报告${names.previous}表三「${label}」行未能读取，未核对本年「${rowName(table, CARRIED)}」`);
    return;
  }
  specOf(table).columns.forEach((c, i) => {
    const cell = cellAt(table, CARRIED, c.key);
    const last = prevValues[i];
    if (cell?.value === undefined || last === undefined || cell.value === last) return;
    out.push({
      messageId: 'carriedOver',
      data: { current: names.current, cell: cellName(table, CARRIED, c.key), value: cell.value, previous: names.previous, row: label, column: c.label, last },
      span: cell.span,
    });
  });
}

function inForce(table: Table, prev: TableFacts, names: Names, out: RuleReport[]): void {
  for (const row of IN_FORCE_ROWS) {
    const [effective, issued, repealed] = ['effective', 'issued', 'repealed'].map((col) => cellAt(table, row, col));
    const last = valueAt(prev, row, 'effective');
    if (effective?.value === undefined || issued?.value === undefined || repealed?.value === undefined || last === undefined) continue;
    const expected = last + issued.value - repealed.value;
    if (effective.value === expected) continue;
    const col = (key: string) => columnName(table, key);
    out.push({
      messageId: 'inForce',
      data: {
        current: names.current,
        cell: cellName(table, row, 'effective'),
        value: effective.value,
        expected,
        previous: names.previous,
        effective: col('effective') ?? '',
        last,
        issued: col('issued') ?? '',
        issuedValue: issued.value,
        repealed: col('repealed') ?? '',
        repealedValue: repealed.value,
      },
      span: effective.span,
    });
  }
}

/** The cross-year findings of `current` against `previous` (last year's report of the same body).
 *  `currentPath` names this year's file in the messages. */
export function crossYearFindings(current: ReportModel, previous: OtherReport, currentPath?: string): RuleReport[] {
  const out: RuleReport[] = [];
  const at: Span = current.title?.span ?? { start: 0, end: 0 };
  // Why a comparison was not made: sentences of many shapes, one message id.
  const note = (text: string) => out.push({ messageId: 'notCompared', data: { text }, span: at, severity: 'info' });
  const prev = previous.facts;
  const names: Names = { current: fileLabel(currentPath && baseName(currentPath), current.year), previous: fileLabel(previous.name, prev?.year) };
  if (!prev) {
    note(`未能与上年报告${fileLabel(previous.name)}比较：${previous.problem ?? '无法读取'}`);
    return out;
  }
  if (prev.year !== undefined && current.year !== undefined && prev.year !== current.year - 1) {
    note(`上年报告${names.previous}不是本报告（${current.year} 年度）的上一年度报告，未作跨年度核对`);
    return out;
  }
  const body = current.title ? bodyName(current.title.text) : undefined;
  if (!sameBody(body, prev.body)) {
    if (!previous.explicit) return out; // found by body and year: never a pair (the caller's mistake)
    if (body && prev.body) note(`上年报告的机关为「${prev.body}」，本报告为「${body}」：按指定的上年报告${names.previous}核对`);
  }

  const applications = current.tables.applications;
  if (applications?.confident) {
    const why = unusable(prev.tables.applications, '表三', names);
    if (why) note(`${why}，未核对本年「${rowName(applications, CARRIED)}」`);
    else carriedOver(applications, prev.tables.applications!, names, out, note);
  }
  const active = current.tables.active;
  // A table in the 2019 format has no 现行有效件数: nothing to carry forward.
  if (active?.confident && specOf(active).format === 2021) {
    const why = unusable(prev.tables.active, '表二', names) ?? (prev.tables.active!.format === 2019 ? `上年报告${names.previous}的表二是 2019 年版格式，没有「现行有效件数」` : undefined);
    if (why) note(`${why}，未核对表二「现行有效件数」`);
    else inForce(active, prev.tables.active!, names, out);
  }
  return out;
}
