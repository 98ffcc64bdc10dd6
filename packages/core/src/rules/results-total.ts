import { APPLICANT_COLUMNS } from '../parse/tables/definitions';
import { totalRule } from './total-rule';

const columnLabel = (key: string) => APPLICANT_COLUMNS.find((c) => c.key === key)?.label ?? key;

export default totalRule(
  'results-total',
  'applications',
  '表三「（七）总计」应等于各项办理结果之和',
  '表三「（七）总计」行「{{column}}」列为 {{value}}，但（一）至（六）各项办理结果之和为 {{expected}}（{{formula}}），应为 {{expected}}',
  (c) => ({ column: columnLabel(c.cell.col) }),
);
