import type { Rule } from '../types';
import { textScope } from './text-scope';
import { matchesIn, readSpan } from './window';

// Template fill-ins left in: XXX局, ××年, 〇〇, ＸＸ. Latin x's inside a word or URL (zfxxgk) are not,
// nor 〇 in a year written in numerals (二〇〇五年).
const MARKS = /(?<![A-Za-z0-9_./\\-])(?:[Xx]{2,}|[Ｘｘ]{2,}|×{2,}|(?<![一二三四五六七八九十零])[〇○]{2,}(?![一二三四五六七八九十零年月日]))(?![A-Za-z0-9_./\\-])/g;
// 【单位名称】, 【填写日期】, [机关名称]: a bracketed instruction to the writer.
const BRACKETED = /[【\[［]\s*(?:[^】\]］\n]{0,8}?(?:名称|单位|机关|日期|时间|填写|填报|此处|数量|姓名|电话|地址|网址|邮箱))\s*[】\]］]/g;
// 网址：， 电话：。 — a contact field with nothing after it before the next mark. A line break after
// the colon is not enough: a PDF copy breaks lines anywhere, and the value may follow on the next.
const EMPTY_FIELD = /(网址|网站地址|电子邮箱|邮箱|联系电话|电话|传真|邮政编码|邮编|联系地址|地址|联系人)[：:][ \t\u3000]*(?=[，,。；;）)])/g;

export default {
  meta: {
    id: 'placeholder',
    description: '模板占位符未替换（XXX、××、【单位名称】、空的「网址：」）',
    defaultSeverity: 'warning',
    fixable: false,
    local: true,
    messages: {
      marks: '「{{text}}」像是模板占位符，应填写实际内容',
      bracketed: '「{{text}}」是模板里的填写提示，应替换为实际内容',
      emptyField: '「{{field}}」后面没有内容：应填写{{field}}，或删去这一项',
    },
  },
  check({ model, report, window }) {
    const text = model.text;
    const scope = textScope(model);
    const read = readSpan({ model, window });
    for (const m of matchesIn(text, MARKS, read)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (scope.spanInText(span)) report({ messageId: 'marks', data: { text: m[0] }, span });
    }
    for (const m of matchesIn(text, BRACKETED, read)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (scope.spanInText(span)) report({ messageId: 'bracketed', data: { text: m[0] }, span });
    }
    for (const m of matchesIn(text, EMPTY_FIELD, read)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (scope.spanInText(span)) report({ messageId: 'emptyField', data: { field: m[1] }, span });
    }
  },
} satisfies Rule;
