/** Where the documentation is published: the one place to change when it moves. Rule links in
 *  diagnostics (editor, SARIF), the extension's settings and the READMEs all derive from it, and
 *  scripts/docs-links.test.ts checks that they do and that each linked page exists in docs/. */
export const DOCS_BASE_URL = 'https://github.com/report-lint/report-lint/blob/main/docs/';

/** The page of a document under docs/, e.g. `format.md`. */
export const docsUrl = (path: string): string => `${DOCS_BASE_URL}${path}`;

/** The page of a rule, docs/rules/<id>.md. */
export const ruleDocsUrl = (ruleId: string): string => docsUrl(`rules/${ruleId}.md`);
