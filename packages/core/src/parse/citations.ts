/** Finds 发文字号 (document numbers, SPEC §7) and the 《title》 cited with them.
 *  A document number is 机关代字 + bracketed year + 序号 + 号. Brackets of any of the shapes drafts use
 *  are accepted here so that the rules can say what is wrong with them. */
import type { Citation, Span, TextPiece } from '../types';
import { foldDigits } from './normalize';
import { matchesOf } from '../matches';

// Bracketed year · optional 第 · serial · 号. Matched from the bracket (cheap to reject anywhere
// else); the 代字 is then read backwards from it.
const NUMBER_TAIL = /[〔\[【（(［〖{｛][ \t]*([0-9０-９]{2,4})[ \t]*[〕\]】）)］〗}｝][ \t]*第?[ \t]*([0-9０-９]{1,5})(?![0-9０-９])[ \t]*(号)?/g;
/** Without 号 only the proper brackets and a 代字 that reads as one (国办公开办函〔2021〕30) make a number. */
const AGENCY_WORD = /(?:函|发|字|令|办|文|通)$/;

const AGENCY_BEFORE = /([\u4e00-\u9fff]{1,16})[ \t]*$/;

// Words that run into the 代字 in prose (按照国办函〔…〕) and are not part of it.
const LEADING_WORDS = /^(?:.*?(?:按照|根据|依据|依照|参照|对照|执行|落实|贯彻|印发|转发|详见|见|即|及|和|与|或|的|是|为))+/;

/** The 机关代字: the CJK run before the bracket, without the prose words that lead into it. */
function agencyOf(run: string): string {
  const stripped = run.replace(LEADING_WORDS, '');
  return stripped.length >= 1 ? stripped : run;
}

/** A 《title》 ending right before `at` (allowing an opening bracket and spaces between). */
function titleBefore(text: string, at: number): TextPiece | undefined {
  const gap = /[（(\s]{0,3}$/.exec(text.slice(Math.max(0, at - 3), at))![0].length;
  const close = at - gap - 1;
  if (text[close] !== '》') return undefined;
  let depth = 0;
  for (let i = close; i >= Math.max(0, close - 300); i--) {
    if (text[i] === '》') depth++;
    else if (text[i] === '《' && --depth === 0) return { text: text.slice(i + 1, close), span: { start: i, end: close + 1 } };
    else if (text[i] === '\n') return undefined;
  }
  return undefined;
}

/** A 《title》 starting right after `at`, as in 国办函〔2020〕109号《…》. */
function titleAfter(text: string, at: number): TextPiece | undefined {
  const m = /^[）)\s]{0,2}《([^《》\n]{1,200})》/.exec(text.slice(at, at + 210));
  if (!m) return undefined;
  const start = at + m[0].indexOf('《');
  return { text: m[1], span: { start, end: at + m[0].length } };
}

export function findCitations(text: string, ignored: readonly Span[] = []): Citation[] {
  const out: Citation[] = [];
  if (!/号/.test(text)) return out;
  for (const m of matchesOf(text, NUMBER_TAIL)) {
    const before = AGENCY_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index));
    if (!before) continue;
    const [, rawYear, rawSerial, hao] = m;
    const agency = agencyOf(before[1]);
    if (!hao && !(/^〔/.test(m[0]) && AGENCY_WORD.test(agency))) continue;
    const [year, serial] = [foldDigits(rawYear), foldDigits(rawSerial)];
    const start = m.index - before[0].length + before[1].length - agency.length;
    const end = m.index + m[0].trimEnd().length;
    if (ignored.some((s) => start < s.end && end > s.start)) continue;
    const cited = titleBefore(text, start) ?? titleAfter(text, end);
    out.push({
      text: text.slice(start, end),
      span: { start, end },
      agency,
      year,
      serial,
      canonical: `${agency}〔${year}〕${Number(serial)}号`,
      ...(cited ? { citedTitle: cited } : {}),
    });
  }
  return out;
}
