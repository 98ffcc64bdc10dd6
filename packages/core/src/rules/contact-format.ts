import type { Rule } from '../types';
import { textScope } from './text-scope';

interface Problem {
  re: RegExp;
  message: (m: RegExpMatchArray) => string;
  fix?: (m: RegExpMatchArray) => string;
  /** Reports only the matches it accepts. */
  only?: (m: RegExpMatchArray) => boolean;
}

const PROBLEMS: Problem[] = [
  // https//www… , http:/www… , https：//…
  {
    re: /\b(https?|ftp)(:\/(?!\/)|\/\/|：\/\/|：\/(?!\/)|:\\\\)(?=[A-Za-z0-9])/gi,
    message: (m) => `网址「${m[0]}…」写法有误，应为「${m[1].toLowerCase()}://」`,
    fix: (m) => `${m[1]}://`,
  },
  // an e-mail with a full-width ＠: name＠163.com
  {
    re: /[A-Za-z0-9._%+-]+＠[A-Za-z0-9-]+(?:[.．][A-Za-z0-9-]+)+/g,
    message: (m) => `电子邮箱「${m[0]}」用了全角「＠」，应为半角「@」`,
    fix: (m) => m[0].replace('＠', '@'),
  },
  // an e-mail or web address with a full-width dot or 。 in it: name@163．com, www。gov。cn
  {
    re: /(?:[A-Za-z0-9._%+-]+[@＠]|\bwww(?=[.．。]))[A-Za-z0-9-]*(?:[.．。][A-Za-z0-9-]+)+/gi,
    message: (m) => `地址「${m[0]}」中用了全角「．」或「。」，应为半角「.」`,
    fix: (m) => m[0].replace(/[．。]/g, '.'),
    only: (m) => /[．。]/.test(m[0]),
  },
  // white space inside an e-mail address: name @163.com
  {
    re: /[A-Za-z0-9._%+-]+(?:\s+@\s*|@\s+)[A-Za-z0-9-]+\.[A-Za-z]{2,}/g,
    message: (m) => `电子邮箱「${m[0]}」中间有空格`,
    fix: (m) => m[0].replace(/\s+/g, ''),
  },
  // 邮编 with other than six digits
  {
    re: /(邮政编码|邮编)[：:]?\s*(\d{1,5}|\d{7,})(?!\d)/g,
    message: (m) => `邮政编码「${m[2]}」应为 6 位数字，这里是 ${m[2].length} 位`,
  },
];

export default {
  meta: { id: 'contact-format', description: '联系方式写法有误（https//、全角＠、邮编位数等）', defaultSeverity: 'warning', fixable: true },
  check({ model, report }) {
    const text = model.text;
    const scope = textScope(model);
    for (const p of PROBLEMS) {
      for (const m of text.matchAll(p.re)) {
        const span = { start: m.index, end: m.index + m[0].length };
        if (!scope.spanInText(span)) continue;
        if (p.only && !p.only(m)) continue;
        report({ message: p.message(m), span, ...(p.fix ? { fix: { range: [span.start, span.end] as [number, number], text: p.fix(m) } } : {}) });
      }
    }
  },
} satisfies Rule;
