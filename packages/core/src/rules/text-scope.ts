/** Where the report's running text is, for the rules that read sentences (typos, punctuation,
 *  brackets, numbering). Beyond `inProse` (tables the parser found, code blocks, comments) it leaves
 *  out what the parser may not have recognised as a table: standard table labels run together with
 *  their numbers, as crawlers and PDF copies give them, and a crawler's header lines. A sentence
 *  rule that reads a table label as prose would report the form's own wording. */
import type { ReportModel, Span } from '../types';
import { spanAt } from '../parse/spans';
import { matchesOf } from '../matches';

/** Labels of the standard tables (both formats) that running text practically never uses. */
const TABLE_LABELS = [
  // 表二
  '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额', '行政事业性收费',
  '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '处理决定数量', '采购项目数量',
  '采购总金额', '其他对外管理服务事项',
  // 表三
  '申请人情况', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '本年新收政府信息公开申请数量',
  '上年结转政府信息公开申请数量', '本年度办理结果', '属于国家秘密', '其他法律行政法规禁止公开', '三安全一稳定',
  '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项',
  '本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确', '信访举报投诉类申请',
  '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息', '逾期不补正', '结转下年度继续办理',
  '不计其他情形', '勾稽关系', '钩稽关系',
  // 表四
  '结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议直接起诉', '复议后起诉',
];
// As written: a label broken over lines (PDF copies) sits in a table the parser has found.
const LABEL = new RegExp(TABLE_LABELS.map((l) => [...l].map(escape).join('')).join('|'), 'g');

function escape(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/** Two labels further apart than this, or with a full stop between them, belong to different tables. */
const MAX_GAP = 80;
/** A zone needs this many labels: one or two may be quoted in a sentence. */
const MIN_LABELS = 3;

/** Stretches of the text that hold a standard table's labels and numbers, found from the labels alone. */
export function tableZones(text: string): Span[] {
  const zones: Span[] = [];
  let start = -1;
  let end = -1;
  let count = 0;
  const close = () => {
    if (count >= MIN_LABELS) zones.push({ start, end: extendOverNumbers(text, end) });
  };
  for (const m of matchesOf(text, LABEL)) {
    const gap = text.slice(end, m.index);
    if (start < 0 || m.index - end > MAX_GAP || /[。！？]/.test(gap)) {
      close();
      start = m.index;
      count = 0;
    }
    end = m.index + m[0].length;
    count++;
  }
  close();
  return zones;
}

/** The zone goes on over the cells after its last label (digits, blanks, separators). */
function extendOverNumbers(text: string, end: number): number {
  const m = /^[\d\s|.,，、\-—/无]*/.exec(text.slice(end, end + 200));
  return end + (m ? m[0].length : 0);
}

/** A crawler's header (`标题: …` … `==== 正文 ====`): metadata, not report text. */
function crawlerHeader(text: string): Span | undefined {
  const m = /^=+\s*正文\s*=+[ \t]*$/m.exec(text.slice(0, 5000));
  return m ? { start: 0, end: m.index + m[0].length } : undefined;
}

export interface TextScope {
  /** True for an offset in running text. */
  inText(offset: number): boolean;
  /** True when the whole span is running text. */
  spanInText(span: Span): boolean;
  /** The running-text stretches, in order. */
  runs: Span[];
}

const scopes = new WeakMap<ReportModel, TextScope>();

/** The running text of a report: not a table (found by the parser or by its labels), not a code block
 *  or comment, not a crawler's header. Computed once per model: every writing rule asks. */
export function textScope(model: ReportModel): TextScope {
  let scope = scopes.get(model);
  if (!scope) scopes.set(model, (scope = computeScope(model)));
  return scope;
}

function computeScope(model: ReportModel): TextScope {
  const text = model.text;
  const header = crawlerHeader(text);
  const skip: Span[] = [
    ...model.ignored,
    ...Object.values(model.tables).map((t) => t!.span),
    ...tableZones(text),
    ...(header ? [header] : []),
  ].sort((a, b) => a.start - b.start);
  const runs: Span[] = [];
  let cursor = 0;
  for (const s of skip) {
    if (s.start > cursor) runs.push({ start: cursor, end: s.start });
    cursor = Math.max(cursor, s.end);
  }
  if (cursor < text.length) runs.push({ start: cursor, end: text.length });
  // The runs are in order and apart: found by binary search (every match of every writing rule asks).
  const inText = (offset: number) => spanAt(runs, offset) !== undefined;
  const spanInText = (span: Span) => {
    const run = spanAt(runs, span.start);
    return !!run && span.end <= run.end;
  };
  return { inText, spanInText, runs };
}
