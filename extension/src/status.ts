/** The status bar text for a document's counts (no `vscode` import, so tests can load it). */
export interface ReportStatus {
  uri: string;
  version?: number;
  enabled: boolean;
  isReport: boolean;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  /** Findings left out because report-lint-suppressions.json accepts them (absent from older servers). */
  suppressed?: number;
}

/** `年报 ✓`, `年报 ✖3 ⚠2`, or undefined when the document is not a report (or not checked). */
export function statusText(s: ReportStatus | undefined): string | undefined {
  if (!s || !s.enabled || !s.isReport) return undefined;
  if (!s.errors && !s.warnings) return '年报 ✓';
  const parts = ['年报'];
  if (s.errors) parts.push(`✖${s.errors}`);
  if (s.warnings) parts.push(`⚠${s.warnings}`);
  return parts.join(' ');
}

export function statusTooltip(s: ReportStatus): string {
  const lines = [`report-lint：${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 条提示`];
  if (s.fixable) lines.push(`${s.fixable} 处可自动修复（点击修复全部）`);
  if (s.suppressed) lines.push(`另有 ${s.suppressed} 个问题已按 report-lint-suppressions.json 忽略`);
  return lines.join('\n');
}
