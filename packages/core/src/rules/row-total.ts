import { APPLICATION_ROWS } from '../parse/tables/definitions';
import { totalRule } from './total-rule';

const rowLabel = (key: string) => APPLICATION_ROWS.find((r) => r.key === key)?.label ?? key;

export default totalRule(
  'row-total',
  'applications',
  '表三每行的「总计」应等于自然人与五类法人或其他组织之和',
  '表三「{{row}}」行的总计为 {{value}}，但自然人至其他六列之和为 {{formula}}，应为 {{expected}}',
  (c) => ({ row: rowLabel(c.cell.row) }),
);
