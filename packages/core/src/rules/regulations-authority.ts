import type { Rule } from '../types';

/** Only State Council departments and the governments of provinces and 设区的市 make 规章. A 乡 or
 *  镇 counts only where it ends the place name (哈拉直沟乡人民政府), not inside it (镇江市). */
const CANNOT_MAKE_RULES = /(?:乡|镇|苏木)(?:人民政府|政府|党委|$)|街道|[县旗区]/;

function body(model: { title?: { text: string } }): string | undefined {
  const m = /^(.*?)\d{4}\s*年/.exec((model.title?.text ?? '').replace(/\s+/g, ''));
  return m?.[1] || undefined;
}

export default {
  meta: { id: 'regulations-authority', description: '乡镇、街道、县、区等无权制定规章的机关，表二「规章」应为 0', defaultSeverity: 'warning', fixable: false },
  check({ model, report }) {
    const org = body(model);
    // 自治区 and 特别行政区 are provinces; 地区 is not a body that makes 规章 either, but be careful.
    if (!org || !CANNOT_MAKE_RULES.test(org.replace(/自治区|特别行政区|地区/g, ''))) return;
    // One message for the row, at its first number that is not 0.
    const row = (model.tables.active?.cells ?? []).filter((c) => c.row === 'regulations' && c.status === 'number');
    const first = row.find((c) => c.value);
    if (!first) return;
    const values = row.map((c) => c.value).join('、');
    report({ message: `「${org}」无权制定规章，但表二「规章」行填写了 ${values}；请核实是否应填入「行政规范性文件」`, span: first.span });
  },
} satisfies Rule;
