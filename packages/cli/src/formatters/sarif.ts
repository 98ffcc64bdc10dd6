/** `--format sarif`: SARIF 2.1.0 for code-scanning services. Paths are relative to the working
 *  directory under %SRCROOT%, which is how GitHub code scanning matches them to the repository. */
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocsUrl, rules } from '@report-lint/core';
import type { FileReport, FormatContext } from './types';


const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const INFORMATION_URI = 'https://github.com/report-lint/report-lint';

function artifactUri(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (!isAbsolute(filePath)) return { uri: filePath.split(sep).map(encodeURIComponent).join('/') };
  const rel = relative(cwd, filePath);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(filePath).href };
}

export function formatSarif(files: readonly FileReport[], ctx: FormatContext, version: string): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]));
  const results = files.flatMap((f) =>
    f.messages.map((m) => ({
      ruleId: m.ruleId,
      ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
      level: LEVEL[m.severity],
      message: { text: m.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactUri(f.filePath, ctx.cwd),
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
          },
        },
      ],
      // Documents: the place in the .docx/.pdf (table, row, column; page), as in the JSON output.
      ...(m.source ? { properties: { source: m.source } } : {}),
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'report-lint',
            version,
            informationUri: INFORMATION_URI,
            rules: rules.map((r) => ({
              id: r.meta.id,
              shortDescription: { text: r.meta.description },
              helpUri: r.meta.docs?.url ?? ruleDocsUrl(r.meta.id),
              defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity], ...(r.meta.recommended === false ? { enabled: false } : {}) },
              properties: { fixable: r.meta.fixable },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd + sep).href } },
        // SARIF columns count UTF-16 code units by default, as ours do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
