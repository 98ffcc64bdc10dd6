import type { Rule } from '../types';
import { KNOWN_TYPOS, type KnownTypo } from './data/known-typos';
import { textScope } from './text-scope';
import { matchesIn, readSpan } from './window';

export interface KnownTypoOptions {
  /** More misspellings, checked with the built-in list. */
  extra?: { wrong: string; right: string; reason?: string }[];
  /** Wrong forms of the built-in list not to check (e.g. a local proper name). */
  ignore?: string[];
}

/** The rule's options, checked: a malformed option is an error the user sees, not a silent no-op. */
export function typoList(options: unknown): KnownTypo[] {
  if (options === undefined) return [...KNOWN_TYPOS];
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new Error('known-typo 的选项必须是对象，如 {"extra": [{"wrong": "…", "right": "…"}]}');
  const { extra = [], ignore = [] } = options as KnownTypoOptions;
  if (!Array.isArray(extra) || !extra.every((e) => e && typeof e.wrong === 'string' && e.wrong && typeof e.right === 'string' && e.wrong !== e.right)) {
    throw new Error('known-typo 的 extra 必须是 {"wrong", "right"} 对象的数组，wrong 非空且与 right 不同');
  }
  if (!Array.isArray(ignore) || !ignore.every((w) => typeof w === 'string')) throw new Error('known-typo 的 ignore 必须是字符串数组');
  const skip = new Set(ignore);
  return [
    ...KNOWN_TYPOS.filter((t) => !skip.has(t.wrong)),
    ...extra.map((e) => ({ wrong: e.wrong, right: e.right, reason: e.reason ?? '配置中列出的错别字' })),
  ];
}

/** The list's lookup and expression, made once per list (the built-in one on every lint). */
let last: { key: string; byWrong: Map<string, KnownTypo>; pattern: RegExp } | undefined;
function compiled(typos: KnownTypo[]): { byWrong: Map<string, KnownTypo>; pattern: RegExp } {
  const key = typos.map((t) => `${t.wrong}\u0000${t.right}\u0000${t.reason}`).join('\u0001');
  if (last?.key !== key) {
    const byWrong = new Map(typos.map((t) => [t.wrong, t]));
    // Longest first, so that a longer entry wins over one it contains.
    last = { key, byWrong, pattern: new RegExp([...byWrong.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g') };
  }
  return last;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export default {
  meta: {
    id: 'known-typo',
    description: '本类报告中常见的错别字（如「不子公开」应为「不予公开」）',
    defaultSeverity: 'warning',
    fixable: true,
    local: true,
    messages: { typo: '「{{wrong}}」应为「{{right}}」（{{reason}}）' },
    schema: {
      type: 'object',
      properties: {
        extra: {
          type: 'array',
          description: '更多错别字，与内置列表一同检查',
          items: {
            type: 'object',
            properties: { wrong: { type: 'string', minLength: 1 }, right: { type: 'string' }, reason: { type: 'string' } },
            required: ['wrong', 'right'],
            additionalProperties: false,
          },
        },
        ignore: { type: 'array', description: '不检查的内置错别字（如本地的专有名称）', items: { type: 'string' } },
      },
      additionalProperties: false,
    },
  },
  check({ model, report, options, window }) {
    const typos = typoList(options);
    if (!typos.length) return;
    const { byWrong, pattern } = compiled(typos);
    const scope = textScope(model);
    for (const m of matchesIn(model.text, pattern, readSpan({ model, window }))) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!scope.spanInText(span)) continue;
      const t = byWrong.get(m[0])!;
      report({ messageId: 'typo', data: { wrong: t.wrong, right: t.right, reason: t.reason }, span, fix: { range: [span.start, span.end], text: t.right } });
    }
  },
} satisfies Rule;
