/** The standard texts of the 2021 format (国办公开办函〔2021〕30号), SPEC §2. */

export const SECTION_TITLES: Record<number, string> = {
  1: '总体情况',
  2: '主动公开政府信息情况',
  3: '收到和处理政府信息公开申请情况',
  4: '政府信息公开行政复议、行政诉讼情况',
  5: '存在的主要问题及改进情况',
  6: '其他需要报告的事项',
};

/** Accepted variants: worth an info, no more. */
export const SECTION_VARIANTS: Record<number, string[]> = {
  4: ['因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
  5: ['政府信息公开工作存在的主要问题及改进情况'],
};

/** Wordings that real reports use and that say the same as the standard title (normalized text):
 *  a conjunction for 、 (与/和/及), 需 for 需要, 改进措施/整改措施 for 改进情况, 的 added. These are
 *  accepted without a word; what changes the meaning (行政法复议, 主要 or 需要 dropped) is not. */
export const SECTION_SYNONYMS: Record<number, RegExp> = {
  1: /^(?:工作)?总体情况$/,
  2: /^主动公开政府信息(?:的)?情况$/,
  3: /^收到和处理政府信息公开申请(?:的)?情况$/,
  4: /^(?:因)?政府信息公开(?:工作|申请)?(?:被申请)?行政复议(?:、|与|和|及)(?:提起)?行政诉讼(?:的)?情况$/,
  5: /^(?:政府信息公开(?:工作)?)?存在的主要问题(?:及|和|与)(?:改进|整改)(?:情况|措施)$/,
  6: /^其他需(?:要)?报告的事项$/,
};

export const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一 → 1 … 十 → 10, 十一 → 11, 二十 → 20; undefined for anything else. */
export function numeralValue(s: string): number | undefined {
  const digit = (c: string) => NUMERALS.indexOf(c);
  if (s.length === 1) return digit(s) > 0 ? digit(s) : undefined;
  if (s.length === 2 && s[0] === '十' && digit(s[1]) > 0 && digit(s[1]) < 10) return 10 + digit(s[1]);
  if (s.length === 2 && s[1] === '十' && digit(s[0]) > 1 && digit(s[0]) < 10) return digit(s[0]) * 10;
  return undefined;
}

export function numeralOf(n: number): string {
  return n <= 10 ? NUMERALS[n] : n < 20 ? '十' + NUMERALS[n - 10] : String(n);
}
