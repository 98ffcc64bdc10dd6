import { APPLICANT_COLUMNS } from '../parse/tables/definitions';
import { totalRule } from './total-rule';

const columnLabel = (key: string) => APPLICANT_COLUMNS.find((c) => c.key === key)?.label ?? key;

export default totalRule(
  'results-total',
  'applications',
  '表三「（七）总计」应等于各项办理结果之和',
  (c) =>
    `表三「（七）总计」行「${columnLabel(c.cell.col)}」列为 ${c.cell.value}，但（一）至（六）各项办理结果之和为 ${c.expected}（${c.formula}），应为 ${c.expected}`,
);
