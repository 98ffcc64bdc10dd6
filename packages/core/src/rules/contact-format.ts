import type { Fix, Rule, Span } from '../types';
import { textScope } from './text-scope';
import { matchesOf } from '../matches';

interface Problem {
  span: Span;
  messageId: keyof typeof MESSAGES;
  data: Record<string, string | number>;
  fix?: string;
}

const MESSAGES = {
  emailSpace: '电子邮箱「{{address}}」中间有空格',
  emailFullwidthAt: '电子邮箱「{{address}}」用了全角「＠」，应为半角「@」',
  emailFullwidthDot: '电子邮箱「{{address}}」中用了全角「．」或「。」，应为半角「.」',
  webFullwidthDot: '网址「{{address}}」中用了全角「．」或「。」，应为半角「.」',
  scheme: '网址「{{written}}…」写法有误，应为「{{scheme}}://」',
  postcode: '邮政编码「{{digits}}」应为 6 位数字，这里是 {{length}} 位',
};

// https//www… , http:/www… , https：//…
const SCHEME = /\b(https?|ftp)(:\/(?!\/)|\/\/|：\/\/|：\/(?!\/)|:\\\\)(?=[A-Za-z0-9])/gi;
// 邮编 with other than six digits.
const POSTCODE = /(邮政编码|邮编)[：:]?[ \t]*(\d+)/g;

const LOCAL = /[A-Za-z0-9._%+-]/;
const DOMAIN = /[A-Za-z0-9.．。-]/;
/** An address is read at most this far on either side of its @ (or www). */
const MAX_PART = 64;

/** The e-mail address around the @ or ＠ at `at`, read outwards from it (a regex that starts at every
 *  position of a long run of letters would be quadratic). Space around the @ is kept, to report it. */
function emailAt(text: string, at: number): { start: number; end: number } | undefined {
  let start = at;
  let gapBefore = start;
  while (gapBefore > 0 && /[ \t]/.test(text[gapBefore - 1]) && at - gapBefore < 2) gapBefore--;
  start = gapBefore;
  while (start > 0 && at - start < MAX_PART && LOCAL.test(text[start - 1])) start--;
  if (start === gapBefore) return undefined;
  let end = at + 1;
  while (end < text.length && /[ \t]/.test(text[end]) && end - at <= 2) end++;
  const domainStart = end;
  while (end < text.length && end - at < MAX_PART && DOMAIN.test(text[end])) end++;
  // Trailing dots are punctuation, not part of the domain.
  while (end > domainStart && /[.．。]/.test(text[end - 1])) end--;
  const domain = text.slice(domainStart, end);
  return /^[A-Za-z0-9-]+(?:[.．。][A-Za-z0-9-]+)+$/.test(domain) ? { start, end } : undefined;
}

function emailProblems(text: string): Problem[] {
  const out: Problem[] = [];
  const ats: number[] = [];
  for (const ch of ['@', '＠']) for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) ats.push(at);
  for (const at of ats.sort((a, b) => a - b)) {
    const ch = text[at];
    const e = emailAt(text, at);
    if (!e) continue;
    const address = text.slice(e.start, e.end);
    const span = { start: e.start, end: e.end };
    if (/\s/.test(address)) out.push({ span, messageId: 'emailSpace', data: { address }, fix: address.replace(/\s+/g, '') });
    else if (ch === '＠') out.push({ span, messageId: 'emailFullwidthAt', data: { address }, fix: address.replace(/[．。]/g, '.').replace('＠', '@') });
    else if (/[．。]/.test(address)) out.push({ span, messageId: 'emailFullwidthDot', data: { address }, fix: address.replace(/[．。]/g, '.') });
  }
  return out;
}

function webProblems(text: string): Problem[] {
  const out: Problem[] = [];
  for (let at = text.indexOf('www'); at >= 0; at = text.indexOf('www', at + 3)) {
    if (at > 0 && /[A-Za-z0-9]/.test(text[at - 1])) continue;
    let end = at + 3;
    while (end < text.length && end - at < MAX_PART * 2 && DOMAIN.test(text[end])) end++;
    while (end > at + 3 && /[.．。]/.test(text[end - 1])) end--;
    const address = text.slice(at, end);
    if (!/^www(?:[.．。][A-Za-z0-9-]+)+$/.test(address) || !/[．。]/.test(address)) continue;
    out.push({ span: { start: at, end }, messageId: 'webFullwidthDot', data: { address }, fix: address.replace(/[．。]/g, '.') });
  }
  for (const m of matchesOf(text, SCHEME)) {
    out.push({ span: { start: m.index, end: m.index + m[0].length }, messageId: 'scheme', data: { written: m[0], scheme: m[1].toLowerCase() }, fix: `${m[1]}://` });
  }
  return out;
}

function postcodeProblems(text: string): Problem[] {
  const out: Problem[] = [];
  for (const m of matchesOf(text, POSTCODE)) {
    const digits = m[2];
    if (digits.length === 6) continue;
    const start = m.index + m[0].length - digits.length;
    out.push({ span: { start: m.index, end: start + digits.length }, messageId: 'postcode', data: { digits, length: digits.length } });
  }
  return out;
}

export default {
  meta: { id: 'contact-format', description: '联系方式写法有误（https//、全角＠、邮编位数等）', defaultSeverity: 'warning', fixable: true, messages: MESSAGES },
  check({ model, report }) {
    const text = model.text;
    const scope = textScope(model);
    for (const p of [...emailProblems(text), ...webProblems(text), ...postcodeProblems(text)]) {
      if (!scope.spanInText(p.span)) continue;
      const fix: Fix | undefined = p.fix === undefined ? undefined : { range: [p.span.start, p.span.end], text: p.fix };
      report({ messageId: p.messageId, data: p.data, span: p.span, ...(fix ? { fix } : {}) });
    }
  },
} satisfies Rule;
