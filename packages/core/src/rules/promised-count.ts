import type { Rule } from '../types';
import { itemLists, numeralValue } from './enumeration';
import { textScope } from './text-scope';
import { matchesOf } from '../matches';

// 以下三个方面：一是…  /  主要有三点：一是…  (the list must start right after the promise).
const PROMISE = /([两二三四五六七八九十]|\d{1,2})(?:个|大)?(?:方面|点|项)\p{Script=Han}{0,8}?[：:，,]?\s*(?=一是)/gu;
// 本报告包括总体情况、…和其他需要报告的事项等六个部分.
const PARTS = /本(?:年度)?(?:报告|年报)[^。]{0,12}?(?:包括|包含|涵盖|分为|由)([^。]{10,300}?)(?:等|共)?([二三四五六七八九]|\d)个部分/gu;

/** The six standard sections, by words their titles (and their variants) use. */
const SECTION_WORDS: RegExp[] = [/总体情况/, /主动公开/, /收到和处理|依申请/, /行政复议|行政诉讼/, /问题|改进|整改/, /其他/];

const value = (s: string) => (/^\d+$/.test(s) ? Number(s) : s === '两' ? 2 : numeralValue(s));

export default {
  meta: {
    id: 'promised-count',
    description: '文中说有几个方面或几个部分，列出来的却不是这么多',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      items: '说有{{promised}}{{unit}}，{{verb}} {{count}} 项（{{items}}）',
      parts: '说本报告共{{promised}}个部分，但列出的是 {{listed}} 个部分',
    },
  },
  check({ model, report }) {
    const text = model.text;
    const scope = textScope(model);
    const lists = new Map(itemLists(model).map((l) => [l.markers[0].span.start, l]));
    for (const m of matchesOf(text, PROMISE)) {
      const promised = value(m[1]);
      const listStart = m.index + m[0].length;
      const list = lists.get(listStart);
      if (!promised || !list || !scope.inText(m.index)) continue;
      const count = list.markers.length;
      if (count !== promised) {
        const unit = m[0].includes('方面') ? '个方面' : m[0].includes('点') ? '点' : '项';
        const items = list.markers.map((x) => `${x.numeral}是`).join('、');
        const verb = count < promised ? '但只列了' : '却列了';
        report({ messageId: 'items', data: { promised: m[1], unit, verb, count, items }, span: { start: m.index, end: m.index + m[0].length } });
      }
    }
    for (const m of matchesOf(text, PARTS)) {
      const promised = value(m[2]);
      if (!promised || !scope.inText(m.index)) continue;
      const listed = SECTION_WORDS.filter((w) => w.test(m[1])).length;
      // Fewer than four recognisable titles: an abbreviated list (包括总体情况等六个部分), not a count.
      if (listed < 4 || listed === promised) continue;
      const at = m.index + m[0].lastIndexOf(m[2]);
      report({ messageId: 'parts', data: { promised: m[2], listed }, span: { start: at, end: at + m[2].length } });
    }
  },
} satisfies Rule;
