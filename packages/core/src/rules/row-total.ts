import { APPLICATION_ROWS } from '../parse/tables/definitions';
import { totalRule } from './total-rule';

const rowLabel = (key: string) => APPLICATION_ROWS.find((r) => r.key === key)?.label ?? key;

export default totalRule(
  'row-total',
  'applications',
  '表三每行的「总计」应等于自然人与五类法人或其他组织之和',
  (c) => `表三「${rowLabel(c.cell.row)}」行的总计为 ${c.cell.value}，但自然人至其他六列之和为 ${c.formula}，应为 ${c.expected}`,
);
