import type { Rule } from '../types';
import { itemLists } from './enumeration';

const NUMERAL = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const numeral = (n: number) => (n <= 10 ? NUMERAL[n] : n < 20 ? `十${NUMERAL[n - 10]}` : String(n));

export default {
  meta: {
    id: 'item-numbering',
    description: '「一是、二是、三是」的编号重复、跳号或倒退',
    defaultSeverity: 'warning',
    fixable: true,
    messages: { outOfSequence: '编号{{what}}：「{{previous}}」之后是「{{found}}是」，应为「{{expected}}」' },
  },
  check({ model, report }) {
    for (const list of itemLists(model)) {
      let expected = 1;
      for (const m of list.markers) {
        if (m.value !== expected) {
          const what = m.value < expected ? (m.value === expected - 1 ? '重复' : '倒退') : '跳号';
          const right = `${numeral(expected)}是`;
          const prev = `${numeral(expected - 1)}是`;
          report({
            messageId: 'outOfSequence',
            data: { what, previous: prev, found: m.numeral, expected: right },
            span: m.span,
            fix: { range: [m.span.start, m.span.end], text: right },
          });
        }
        expected++;
      }
    }
  },
} satisfies Rule;
