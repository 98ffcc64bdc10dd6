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
