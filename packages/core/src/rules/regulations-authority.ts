import type { Rule } from '../types';

/** Only State Council departments and the governments of provinces and 设区的市 make 规章. A 乡 or
 *  镇 counts only where it ends the place name (哈拉直沟乡人民政府), not inside it (镇江市). */
const CANNOT_MAKE_RULES = /(?:乡|镇|苏木)(?:人民政府|政府|党委|$)|街道|[县旗区]/;

/** The levels a body can be configured at (`{"level": …}`), for a name that does not show it. */
const LEVELS = {
  national: { name: '国务院部门', makesRules: true },
  province: { name: '省级机关', makesRules: true },
  city: { name: '设区的市级机关', makesRules: true },
  county: { name: '县级机关', makesRules: false },
  township: { name: '乡镇、街道机关', makesRules: false },
} as const;
type Level = keyof typeof LEVELS;

export interface RegulationsAuthorityOptions {
  level?: Level;
}

function body(model: { title?: { text: string } }): string | undefined {
  const m = /^(.*?)\d{4}\s*年/.exec((model.title?.text ?? '').replace(/\s+/g, ''));
  return m?.[1] || undefined;
}

export default {
  meta: {
    id: 'regulations-authority',
    description: '乡镇、街道、县、区等无权制定规章的机关，表二「规章」应为 0',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      noAuthority: '「{{org}}」无权制定规章，但表二「规章」行填写了 {{values}}；请核实是否应填入「行政规范性文件」',
      noAuthorityByLevel: '{{org}}按配置是{{level}}，无权制定规章，但表二「规章」行填写了 {{values}}；请核实是否应填入「行政规范性文件」',
    },
    schema: {
      type: 'object',
      properties: { level: { enum: Object.keys(LEVELS), description: '报告机关的层级，机关名称看不出层级时使用' } },
      additionalProperties: false,
    },
  },
  check({ model, report, options }) {
    const org = body(model);
    const level = (options as RegulationsAuthorityOptions | undefined)?.level;
    if (level) {
      if (LEVELS[level].makesRules) return;
    } else if (!org || !CANNOT_MAKE_RULES.test(org.replace(/自治区|特别行政区|地区/g, ''))) {
      // 自治区 and 特别行政区 are provinces; 地区 is not a body that makes 规章 either, but be careful.
      return;
    }
    // One message for the row, at its first number that is not 0.
    const row = (model.tables.active?.cells ?? []).filter((c) => c.row === 'regulations' && c.status === 'number');
    const first = row.find((c) => c.value);
    if (!first) return;
    const values = row.map((c) => c.value).join('、');
    if (level) report({ messageId: 'noAuthorityByLevel', data: { org: org ? `「${org}」` : '报告机关', level: LEVELS[level].name, values }, span: first.span });
    else report({ messageId: 'noAuthority', data: { org: org!, values }, span: first.span });
  },
} satisfies Rule;
