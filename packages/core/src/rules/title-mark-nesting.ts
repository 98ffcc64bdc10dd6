import type { Fix, Rule, Span } from '../types';
import { readSpan } from './window';

interface Nested {
  open: number;
  close: number;
  /** The marks used, e.g. `<>` or `《》`. */
  marks: string;
}

/** Inner titles marked `<…>` or `《…》` inside a closed `《…》`, one line at a time (titles do not span
 *  lines, and an unclosed mark must not swallow the rest of the text). */
export function nestedTitles(text: string, ignored: readonly Span[], read: Span = { start: 0, end: text.length }): Nested[] {
  const found: Nested[] = [];
  let lineStart = text.lastIndexOf('\n', read.start - 1) + 1;
  while (lineStart <= text.length && lineStart < Math.max(read.end, 1)) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).includes('《')) scanLine(text, lineStart, lineEnd, found);
    lineStart = lineEnd + 1;
  }
  return found.filter((n) => !ignored.some((s) => n.open >= s.start && n.open < s.end));
}

function scanLine(text: string, from: number, to: number, found: Nested[]): void {
  const opens: number[] = [];
  let pending: Nested[] = [];
  let angle = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '《') {
      opens.push(i);
    } else if (ch === '》' && opens.length) {
      const open = opens.pop()!;
      if (opens.length) pending.push({ open, close: i, marks: '《》' });
      else {
        for (const p of pending) found.push(p);
        pending = [];
      }
      angle = -1;
    } else if (opens.length && ch === '<') {
      angle = i;
    } else if (opens.length && ch === '>' && angle >= 0) {
      // Only a title in angle brackets: CJK inside, so `<br>` and the like are left alone.
      if (/[\u4e00-\u9fff]/.test(text.slice(angle + 1, i))) pending.push({ open: angle, close: i, marks: '<>' });
      angle = -1;
    }
  }
}

export default {
  meta: {
    id: 'title-mark-nesting',
    description: '书名号内再用书名号时应使用单书名号〈〉，不能用 <> 或《》',
    defaultSeverity: 'warning',
    fixable: true,
    local: true,
    messages: { nested: '书名号内的「{{inner}}」用了{{used}}，应使用单书名号：〈{{inner}}〉' },
  },
  check({ model, report, window }) {
    const text = model.text;
    for (const n of nestedTitles(text, model.ignored, readSpan({ model, window }))) {
      const inner = text.slice(n.open + 1, n.close);
      const fix: Fix = { range: [n.open, n.close + 1], text: `〈${inner}〉` };
      const used = n.marks === '<>' ? '尖括号「<>」' : '双书名号「《》」';
      report({ messageId: 'nested', data: { inner, used }, span: { start: n.open, end: n.close + 1 }, fix });
    }
  },
} satisfies Rule;
