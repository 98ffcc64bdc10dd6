import { REVIEW_GROUPS } from '../parse/tables/definitions';
import { totalRule } from './total-rule';

const groupLabel = (key: string) => REVIEW_GROUPS.find((g) => g.key === key)?.label ?? key;

export default totalRule(
  'review-total',
  'review',
  '表四每组的「总计」应等于结果维持、结果纠正、其他结果、尚未审结之和',
  '表四「{{group}}」的总计为 {{value}}，但结果维持、结果纠正、其他结果、尚未审结之和为 {{formula}}，应为 {{expected}}',
  (c) => ({ group: groupLabel(c.cell.row) }),
);
