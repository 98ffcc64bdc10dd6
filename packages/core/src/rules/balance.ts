import type { Rule } from '../types';
import { cellAt } from '../arithmetic';
import { columnName } from './names';

/** 一 + 二 = 三（七） + 四, per column. No fix: which side is wrong cannot be known. */
export default {
  meta: { id: 'balance', description: '表三每列应满足：本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理', defaultSeverity: 'error', fixable: false },
  check({ model, report }) {
    const table = model.tables.applications;
    if (!table?.confident) return;
    for (const col of table.columns) {
      const [received, carried, handled, carryover] = ['new', 'carried', 'results.total', 'carryover'].map((r) => cellAt(table, r, col));
      if ([received, carried, handled, carryover].some((c) => c?.value === undefined)) continue;
      const left = received!.value! + carried!.value!;
      const right = handled!.value! + carryover!.value!;
      if (left === right) continue;
      const name = columnName(table, col) ?? col;
      report({
        message:
          `表三「${name}」列不平衡：一（本年新收）+ 二（上年结转）= ${received!.value} + ${carried!.value} = ${left}，` +
          `但三（七）总计 + 四（结转下年度继续办理）= ${handled!.value} + ${carryover!.value} = ${right}`,
        span: carryover!.span,
      });
    }
  },
} satisfies Rule;
