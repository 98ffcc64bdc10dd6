/** Finds 发文字号 (document numbers) and the titles cited with them. (Stub: filled in by the citations work.) */
import type { Citation, Span } from '../types';

export function findCitations(text: string, ignored: readonly Span[] = []): Citation[] {
  void text;
  void ignored;
  return [];
}
