import type { Cell, Rule } from '../types';
import { cellAt } from '../arithmetic';
import { columnName } from './names';

const PART_NAMES = { new: '一（本年新收）', carried: '二（上年结转）', 'results.total': '三（七）总计', carryover: '四（结转下年度继续办理）' } as const;

/** 一 + 二 = 三（七） + 四, per column. No fix: which side is wrong cannot be known; each of the four
 *  cells set to the value that balances the column is a suggestion for the user to choose. */
export default {
  meta: {
    id: 'balance',
    description: '表三每列应满足：本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    messages: {
      unbalanced:
        '表三「{{column}}」列不平衡：一（本年新收）+ 二（上年结转）= {{received}} + {{carried}} = {{left}}，' +
        '但三（七）总计 + 四（结转下年度继续办理）= {{handled}} + {{carryover}} = {{right}}',
      setCell: '将{{part}}改为 {{value}}（使本列平衡）',
    },
  },
  check({ model, report }) {
    const table = model.tables.applications;
    if (!table?.confident) return;
    for (const col of table.columns) {
      const [received, carried, handled, carryover] = (['new', 'carried', 'results.total', 'carryover'] as const).map((r) => cellAt(table, r, col));
      if ([received, carried, handled, carryover].some((c) => c?.value === undefined)) continue;
      const left = received!.value! + carried!.value!;
      const right = handled!.value! + carryover!.value!;
      if (left === right) continue;
      const name = columnName(table, col) ?? col;
      // The value each cell would need for the column to balance, the others as they are.
      const candidates: [Cell, number][] = [
        [carryover!, left - handled!.value!],
        [handled!, left - carryover!.value!],
        [received!, right - carried!.value!],
        [carried!, right - received!.value!],
      ];
      report({
        messageId: 'unbalanced',
        data: { column: name, received: received!.value!, carried: carried!.value!, left, handled: handled!.value!, carryover: carryover!.value!, right },
        span: carryover!.span,
        suggest: candidates
          .filter(([, value]) => value >= 0)
          .map(([cell, value]) => ({
            messageId: 'setCell',
            data: { part: `「${name}」列的${PART_NAMES[cell.row as keyof typeof PART_NAMES]}`, value },
            fix: { range: [cell.span.start, cell.span.end], text: String(value) },
          })),
      });
    }
  },
} satisfies Rule;
