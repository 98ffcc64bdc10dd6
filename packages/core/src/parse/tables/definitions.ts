/** The standard tables' rows and columns (SPEC §3–§5), with the keys the model and rules use. */
import { def, type LabelDef } from './anchors';

// ---- 表三 收到和处理政府信息公开申请情况
export const APPLICANT_COLUMNS: LabelDef[] = [
  def('natural', '自然人'),
  def('commercial', '商业企业'),
  def('research', '科研机构'),
  def('nonprofit', '社会公益组织'),
  def('legal', '法律服务机构'),
  def('other', '其他'),
  def('total', '总计'),
];
export const APPLICANT_PARTS = APPLICANT_COLUMNS.slice(0, 6).map((c) => c.key);

export interface RowDef extends LabelDef {
  /** Whether the row holds numbers (group headings like （三）不予公开 do not). */
  values: boolean;
}

const row = (key: string, label: string, values = true, coreLength?: number, variants?: string[]): RowDef => ({ ...def(key, label, coreLength, variants), values });

export const APPLICATION_ROWS: RowDef[] = [
  row('new', '一、本年新收政府信息公开申请数量', true, 6),
  row('carried', '二、上年结转政府信息公开申请数量', true, 6),
  row('results', '三、本年度办理结果', false),
  row('results.open', '（一）予以公开'),
  row('results.partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', true, 4),
  row('results.withheld', '（三）不予公开', false),
  row('results.withheld.1', '1.属于国家秘密'),
  row('results.withheld.2', '2.其他法律行政法规禁止公开', true, undefined, ['其他法律和行政法规禁止公开', '其他法律、行政法规禁止公开']),
  row('results.withheld.3', '3.危及“三安全一稳定”'),
  row('results.withheld.4', '4.保护第三方合法权益'),
  row('results.withheld.5', '5.属于三类内部事务信息'),
  row('results.withheld.6', '6.属于四类过程性信息'),
  row('results.withheld.7', '7.属于行政执法案卷'),
  row('results.withheld.8', '8.属于行政查询事项'),
  row('results.unavailable', '（四）无法提供', false),
  row('results.unavailable.1', '1.本机关不掌握相关政府信息'),
  row('results.unavailable.2', '2.没有现成信息需要另行制作'),
  row('results.unavailable.3', '3.补正后申请内容仍不明确'),
  row('results.rejected', '（五）不予处理', false),
  row('results.rejected.1', '1.信访举报投诉类申请'),
  row('results.rejected.2', '2.重复申请'),
  row('results.rejected.3', '3.要求提供公开出版物'),
  row('results.rejected.4', '4.无正当理由大量反复申请'),
  row('results.rejected.5', '5.要求行政机关确认或重新出具已获取信息', true, 8),
  // In the 2019 format （六）其他处理 is one row of numbers with no sub-rows.
  row('results.other', '（六）其他处理', false),
  row('results.other.1', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', true, 8),
  row('results.other.2', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', true, 8),
  row('results.other.3', '3.其他'),
  row('results.total', '（七）总计'),
  row('carryover', '四、结转下年度继续办理', true, 5),
];

/** 表三 of the 2019 format: （六）其他处理 is one row of numbers, without sub-rows. */
export const APPLICATION_ROWS_2019: RowDef[] = APPLICATION_ROWS.filter((r) => !r.key.startsWith('results.other.')).map((r) =>
  r.key === 'results.other' ? { ...r, values: true } : r,
);

/** The rows that add up to （七）总计 (2021 format). */
export const RESULT_LEAVES = APPLICATION_ROWS.filter((r) => r.values && /^results\.(open|partial|\w+\.\d)$/.test(r.key)).map((r) => r.key);
/** The same for the 2019 format, where （六）其他处理 is a leaf. */
export const RESULT_LEAVES_2019 = [...RESULT_LEAVES.filter((k) => !k.startsWith('results.other.')), 'results.other'];

// ---- 表四 行政复议、行政诉讼
export const REVIEW_GROUPS = [
  { key: 'reconsideration', label: '行政复议' },
  { key: 'direct', label: '行政诉讼（未经复议直接起诉）' },
  { key: 'after', label: '行政诉讼（复议后起诉）' },
];
export const REVIEW_COLUMNS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
];
export const REVIEW_HEADER_LABELS = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'];

// ---- 表二 主动公开
export interface ActiveRowDef extends RowDef {
  block: string;
  columns: string[];
}
const active = (key: string, label: string, block: string, columns: string[]): ActiveRowDef => ({ ...row(key, label), block, columns });
export const ACTIVE_ROWS: ActiveRowDef[] = [
  active('regulations', '规章', '(一)', ['issued', 'repealed', 'effective']),
  active('normative', '行政规范性文件', '(一)', ['issued', 'repealed', 'effective']),
  active('license', '行政许可', '(五)', ['decisions']),
  active('punishment', '行政处罚', '(六)', ['decisions']),
  active('enforcement', '行政强制', '(六)', ['decisions']),
  active('fees', '行政事业性收费', '(八)', ['amount']),
];
export const ACTIVE_COLUMN_LABELS: Record<string, string> = {
  issued: '本年制发件数',
  repealed: '本年废止件数',
  effective: '现行有效件数',
  decisions: '本年处理决定数量',
  amount: '本年收费金额（单位：万元）',
};
/** 表二 of the 2019 format (国办公开办函〔2019〕60号, SPEC §3b): other rows and columns. */
export const LEGACY_ACTIVE_ROWS: ActiveRowDef[] = [
  active('regulations', '规章', '(一)', ['made', 'published', 'total']),
  active('normative', '规范性文件', '(一)', ['made', 'published', 'total']),
  active('license', '行政许可', '(五)', ['previous', 'change', 'decisions']),
  active('services', '其他对外管理服务事项', '(五)', ['previous', 'change', 'decisions']),
  active('punishment', '行政处罚', '(六)', ['previous', 'change', 'decisions']),
  active('enforcement', '行政强制', '(六)', ['previous', 'change', 'decisions']),
  active('fees', '行政事业性收费', '(八)', ['previous', 'change']),
  active('procurement', '政府集中采购', '(九)', ['count', 'procurementAmount']),
];
export const LEGACY_ACTIVE_COLUMN_LABELS: Record<string, string> = {
  made: '本年新制作数量',
  published: '本年新公开数量',
  total: '对外公开总数量',
  previous: '上一年项目数量',
  change: '本年增/减',
  decisions: '处理决定数量',
  count: '采购项目数量',
  procurementAmount: '采购总金额',
};
/** Columns whose cells may be negative (本年增/减) or decimal (amounts). */
export const SIGNED_COLUMNS = new Set(['change']);
export const DECIMAL_COLUMNS = new Set(['amount', 'procurementAmount']);

/** Header texts of the 2019 format (国办公开办函〔2019〕60号), SPEC §3. */
export const LEGACY_ACTIVE_MARKERS = [
  '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '第二十条第(九)项',
  '政府集中采购', '采购项目数量', '采购总金额', '其他对外管理服务事项',
];
