import type { Rule, RuleReport, Span } from '../types';
import { inProse } from './prose';

const UNITS = '条|件|个|项|篇|次|份|期|场|人次|人';
// 共 N 单位 … 其中 (same sentence): the breakdown that must add up.
const TOTAL = new RegExp(`(?:(?:共(?:计|有)?|总数|总计|合计)[^\\d。；;\\n]{0,12}?(\\d+)\\s*(${UNITS})[^。；;]{0,40}?|(?<![\\d.])(\\d+)\\s*(${UNITS})[，,：:]?\\s*)其中`, 'g');
const CHANNELS = /网站|网页|微博|微信|公众号|新媒体|客户端|APP|App|抖音|视频号|头条|公开栏|公告栏|公示栏|报刊|电视|广播|平台/;
const SENTENCE_END = /[。；;]|\n[ \t]*\n(?![ \t]*(?:条|件|个|项|篇|次|份|期|场|人))/;
// 150条，占90.9% / 150条（占总数的90.9%）
const PERCENT = /^\s*[，,（(]?\s*(?:占(?:比|总数的?|全部的?)?|比例为|比重为)\s*(\d+(?:\.\d+)?)\s*[%％]/;

interface Item {
  value: number;
  span: Span;
  percent?: { value: number; decimals: number; span: Span };
}

/** The counts of the breakdown after 其中, in `unit`, skipping parenthesised sub-breakdowns. */
function itemsOf(text: string, from: number, to: number, unit: string): Item[] {
  const items: Item[] = [];
  // A count with its unit, or without one right before a comma (`主动公开信息数169，依申请公开…317条`).
  const pattern = new RegExp(`(\\d+)\\s*(?:${UNITS}|(?=[，,、；;]))`, 'g');
  // Blank out bracketed text so that （其中…10条） is not counted twice (one level of nesting is enough).
  const visible = text.slice(from, to).replace(/[（(][^（()）]*[）)]/g, (m) => ' '.repeat(m.length));
  for (const m of visible.matchAll(pattern)) {
    const u = m[0].replace(/^\d+\s*/, '');
    if (u !== unit && !(u === '' && /[\u4e00-\u9fff]/.test(visible[m.index - 1] ?? ''))) continue;
    // A number that is part of a larger figure (2025年, 1.5万条) is not an item.
    const before = visible[m.index - 1];
    if (before !== undefined && /[\d.]/.test(before)) continue;
    const start = from + m.index;
    const item: Item = { value: Number(m[1]), span: { start, end: start + m[0].length } };
    const after = PERCENT.exec(text.slice(start + m[0].length, start + m[0].length + 16));
    if (after) {
      const at = start + m[0].length + after.index + after[0].indexOf(after[1]);
      item.percent = { value: Number(after[1]), decimals: after[1].split('.')[1]?.length ?? 0, span: { start: at, end: at + after[0].length - after[0].indexOf(after[1]) } };
    }
    items.push(item);
  }
  return items;
}

/** A percentage is right when it is the share rounded — or cut — to the printed decimals. */
function percentAgrees(count: number, base: number, printed: number, decimals: number): boolean {
  const exact = (count / base) * 100;
  const scale = 10 ** decimals;
  return Math.round(exact * scale) / scale === printed || Math.floor(exact * scale + 1e-9) / scale === printed;
}

export default {
  meta: {
    id: 'narrative-sum',
    description: '正文「共N…，其中a、b、c」的分项之和应等于总数，百分比应与数字相符',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      over: '总数为 {{total}}{{unit}}，但「其中」各项之和 {{parts}} = {{sum}}{{unit}}，超过总数',
      under: '总数为 {{total}}{{unit}}，但「其中」各项之和 {{parts}} = {{sum}}{{unit}}，少于总数',
      maybeUnder: '总数为 {{total}}{{unit}}，「其中」各项之和 {{parts}} = {{sum}}{{unit}}；如分项应列全，请核对',
      percent: '{{value}}{{unit}}占总数 {{total}}{{unit}}的 {{right}}%，这里写作 {{written}}%',
    },
  },
  check({ model, report }) {
    const text = model.text;
    const outside = inProse(model);
    const say = (r: RuleReport) => outside(r.span.start) && report(r);
    TOTAL.lastIndex = 0;
    for (let m = TOTAL.exec(text); m; m = TOTAL.exec(text)) {
      const total = Number(m[1] ?? m[3]);
      const unit = m[2] ?? m[4];
      const listStart = m.index + m[0].length;
      const rest = text.slice(listStart, listStart + 600);
      let end = listStart + (SENTENCE_END.exec(rest)?.index ?? rest.length);
      // Items separated by ； (one count before the first ；): the list runs to the sentence's 。.
      if (text[end] === '；' && itemsOf(text, listStart, end, unit).length === 1) {
        const full = /[。]|\n[ \t]*\n/.exec(rest);
        if (full) end = listStart + full.index;
      }
      const items = itemsOf(text, listStart, end, unit);
      // The breakdown is read once: a 共 inside it is part of it, not a new total.
      TOTAL.lastIndex = Math.max(TOTAL.lastIndex, end);
      const totalSpan = { start: m.index, end: m.index + m[0].length - 2 };
      // The same item is often published on several channels (网站 800 条、微信 300 条…): such a
      // breakdown may add up to more than the total, rightly.
      const byChannel = CHANNELS.test(text.slice(listStart, end));
      if (items.length >= 2 && !byChannel) {
        const sum = items.reduce((s, it) => s + it.value, 0);
        const parts = items.map((it) => it.value).join('+');
        // A list that runs to the sentence's end with three or more items is the whole breakdown;
        // one cut at ；, or of two items, may name only some kinds.
        const closed = text[end] === '。' && !/等\s*$/.test(text.slice(listStart, end));
        const whole = items.length >= 3 && closed;
        const data = { total, unit, parts, sum };
        if (sum > total) say({ messageId: 'over', data, span: totalSpan });
        else if (sum < total && whole) say({ messageId: 'under', data, span: totalSpan });
        else if (sum < total && closed) say({ messageId: 'maybeUnder', data, span: totalSpan, severity: 'info' });
      }
      for (const it of items) {
        if (!it.percent || total === 0) continue;
        if (percentAgrees(it.value, total, it.percent.value, it.percent.decimals)) continue;
        const right = ((it.value / total) * 100).toFixed(it.percent.decimals);
        say({ messageId: 'percent', data: { value: it.value, unit, total, right, written: it.percent.value }, span: it.percent.span });
      }
    }
  },
} satisfies Rule;
