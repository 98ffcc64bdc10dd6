/** `--format checkstyle`: Checkstyle's XML, read by Jenkins (Warnings NG), reviewdog, SonarQube and
 *  others. One <file> per linted file (also those without problems), one <error> per message;
 *  `source` is `report-lint.<rule id>`, severity error/warning/info. */
import type { FileReport } from './types';
import { XML_DECLARATION, xmlEscape } from './xml';

export function formatCheckstyle(files: readonly FileReport[]): string {
  const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const f of files) {
    out.push(`  <file name="${xmlEscape(f.filePath)}">`);
    for (const m of f.messages) {
      out.push(`    <error line="${m.line}" column="${m.column}" severity="${m.severity}" message="${xmlEscape(m.message)}" source="report-lint.${xmlEscape(m.ruleId)}"/>`);
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>', '');
  return out.join('\n');
}
