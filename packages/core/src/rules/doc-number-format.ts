import type { Citation, Rule } from '../types';

/** What is wrong with a 发文字号's year and serial (GB/T 9704-2012), in reading order. */
function problems(c: Citation, laidOut: boolean): string[] {
  const found: string[] = [];
  const tail = c.text.slice(c.agency.length);
  const [, open, close] = /^\s*(\S)\s*[0-9０-９]+\s*(\S)/.exec(tail)!;
  if (open !== '〔' || close !== '〕') found.push(`年份用了「${open}${close}」，应使用六角括号「〔〕」`);
  if (c.year.length !== 4) found.push(`年份「${c.year}」应写全四位`);
  if (/第/.test(tail)) found.push('序号前不加「第」');
  if (/^0\d/.test(c.serial)) found.push(`序号「${c.serial}」不编虚位，不加前导 0`);
  if (/[０-９]/.test(tail)) found.push('数字应使用半角阿拉伯数字');
  if (!tail.endsWith('号')) found.push('序号后缺少「号」');
  // A PDF extractor puts blanks where the page had space (`109 号`): not the author's.
  if (/\s/.test(tail) && !laidOut) found.push('中间不应有空格');
  return found;
}

export default {
  meta: {
    id: 'doc-number-format',
    description: '发文字号应为「机关代字〔年份〕序号号」，如 国办函〔2020〕109号',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      malformed: '发文字号「{{text}}」格式不规范：{{problems}}。应为「{{canonical}}」',
      malformedShortYear: '发文字号「{{text}}」格式不规范：{{problems}}',
    },
  },
  check({ model, report }) {
    for (const c of model.citations) {
      const found = problems(c, !!model.laidOut);
      if (!found.length) continue;
      // A two-digit year cannot be completed safely: say so, but do not guess the century.
      const fixable = c.year.length === 4;
      const tailStart = c.span.start + c.agency.length;
      report({
        messageId: fixable ? 'malformed' : 'malformedShortYear',
        data: { text: c.text, problems: found.join('；'), canonical: c.canonical },
        span: c.span,
        ...(fixable ? { fix: { range: [tailStart, c.span.end], text: c.canonical.slice(c.agency.length) } } : {}),
      });
    }
  },
} satisfies Rule;
