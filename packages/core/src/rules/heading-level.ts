import type { Rule, Section } from '../types';

const levelOf = (s: Section) => (s.depth ? `${s.depth}级标题` : s.style === 'bold' ? '加粗段落' : '普通段落');

/** Markdown only: the six section headings should share one level, so the outline is flat. */
export default {
  meta: {
    id: 'heading-level',
    description: 'Markdown 中六个部分的标题应使用同一级别的标题',
    defaultSeverity: 'warning',
    fixable: false,
    messages: { mixed: '「{{numeral}}、{{title}}」是{{level}}，其他部分标题是{{reference}}；六个部分标题应使用同一级别' },
  },
  check({ model, report }) {
    if (model.format !== 'markdown') return;
    const sections = model.sections.filter((s) => s.number <= 6);
    if (!sections.some((s) => s.depth)) return; // no Markdown headings at all: nothing to compare
    const tally = new Map<string, number>();
    for (const s of sections) tally.set(levelOf(s), (tally.get(levelOf(s)) ?? 0) + 1);
    const top = Math.max(...tally.values());
    // The most common level wins; on a tie, the first section's level.
    const reference = tally.get(levelOf(sections[0])) === top ? levelOf(sections[0]) : [...tally.entries()].find(([, c]) => c === top)![0];
    for (const s of sections) {
      const level = levelOf(s);
      if (level === reference) continue;
      report({ messageId: 'mixed', data: { numeral: s.numeral, title: s.title.text, level, reference }, span: s.heading });
    }
  },
} satisfies Rule;
