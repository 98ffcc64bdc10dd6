import type { Rule } from '../types';
import { textScope } from './text-scope';
import { matchesOf } from '../matches';

/** How a body refers to itself, by the end of its name. */
const KINDS: { kind: string; name: RegExp; self: string[] }[] = [
  { kind: '乡', name: /乡(?:人民政府)?$/, self: ['我乡', '本乡'] },
  { kind: '镇', name: /镇(?:人民政府)?$/, self: ['我镇', '本镇'] },
  // A 街道办事处 is also 街道办: 我办 fits it.
  { kind: '街道', name: /街道(?:办事处)?$/, self: ['我街道', '本街道', '我办', '本办'] },
  { kind: '局', name: /局$/, self: ['我局', '本局'] },
  { kind: '委', name: /委(?:员会)?$/, self: ['我委', '本委'] },
  { kind: '厅', name: /厅$/, self: ['我厅', '本厅'] },
  { kind: '办', name: /办(?:公室)?$/, self: ['我办', '本办'] },
];
const SELF = new RegExp([...new Set(KINDS.flatMap((k) => k.self))].join('|'), 'g');

const PROVINCES = ['北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区'];
// A provincial document cited by title: 《江苏省政府信息公开…规范》.
const CITED_PROVINCE = new RegExp(`《(${PROVINCES.join('|')})([^》\\n]{2,60})》`, 'g');

/** The body's name: the title before its year, without 关于 and the like. */
export function bodyName(title: string): string {
  const beforeYear = title.split(/\s*(?:关于)?\s*(?:[（(]?\s*\d{4}|二[〇○零]).*/s)[0];
  return beforeYear.replace(/\s+/g, '').replace(/关于(?:报送|印发|公布)?$/, '');
}

export default {
  meta: {
    id: 'body-consistency',
    description: '文中对本机关的称呼或所引的省级文件与报告机关不符（如乡政府的报告写「我局」）',
    defaultSeverity: 'info',
    fixable: false,
    messages: {
      selfName: '报告机关是「{{name}}」，文中却自称「{{said}}」：{{kind}}不是本机关，应为「{{self}}」或「本机关」',
      otherProvince: '报告机关在{{province}}，却引用了{{cited}}的文件《{{cited}}{{title}}》：请确认是否引错',
    },
  },
  check({ model, report }) {
    const title = model.title?.text;
    if (!title) return;
    const name = bodyName(title);
    const scope = textScope(model);
    const text = model.text;
    const kind = KINDS.find((k) => k.name.test(name));
    if (kind) {
      for (const m of matchesOf(text, SELF)) {
        if (kind.self.includes(m[0]) || !scope.inText(m.index)) continue;
        const other = KINDS.find((k) => k.self.includes(m[0]) && k.kind !== '街道')!;
        report({ messageId: 'selfName', data: { name, said: m[0], kind: other.kind, self: kind.self[0] }, span: { start: m.index, end: m.index + m[0].length } });
      }
    }
    const province = PROVINCES.find((p) => name.includes(p));
    if (!province) return;
    for (const m of matchesOf(text, CITED_PROVINCE)) {
      if (m[1] === province || !scope.inText(m.index)) continue;
      const start = m.index + 1;
      report({ messageId: 'otherProvince', data: { province, cited: m[1], title: m[2] }, span: { start, end: start + m[1].length } });
    }
  },
} satisfies Rule;
