/** Rows whose values could not be read, said once per table (SPEC §10). */
import type { Span } from '../../types';

export interface Unread {
  /** The row's standard label. */
  label: string;
  span: Span;
  reason: string;
}

/** `「四、结转下年度继续办理」行只有 6 位数字…；另有 2 行`: the first rows named, the rest counted. */
export function describeUnread(unread: readonly Unread[]): string | undefined {
  if (!unread.length) return undefined;
  const named = unread.slice(0, 2).map((u) => `「${u.label}」行${u.reason}`);
  const more = unread.length > 2 ? `；另有 ${unread.length - 2} 行也无法读取` : '';
  return named.join('；') + more;
}
