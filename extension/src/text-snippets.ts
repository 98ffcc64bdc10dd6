/** The plain-text snippets (年报, 表二, 表三, 表四; snippets/report-text.json) as completion items
 *  that keep their white space. A contributed snippet is re-indented on insertion: the tab that
 *  starts a table row (its empty first cell) would become the editor's indentation, four spaces in
 *  a plain-text file, and the table would no longer be tab-separated. `keepWhitespace` inserts the
 *  tabs as written. (The Markdown snippets have no leading white space and stay contributed.) */
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';

interface SnippetFile {
  [name: string]: { prefix: string[]; body: string[]; description: string };
}

export function textSnippetItems(file: string): vscode.CompletionItem[] {
  const snippets = JSON.parse(readFileSync(file, 'utf8')) as SnippetFile;
  return Object.values(snippets).flatMap((s) =>
    s.prefix.map((prefix) => {
      const item = new vscode.CompletionItem({ label: prefix, description: s.description }, vscode.CompletionItemKind.Snippet);
      item.insertText = new vscode.SnippetString(s.body.join('\n'));
      item.keepWhitespace = true;
      item.detail = 'report-lint';
      item.documentation = s.description;
      return item;
    }),
  );
}

/** Plain-text documents, saved or Untitled. */
export function registerTextSnippets(context: vscode.ExtensionContext): void {
  const items = textSnippetItems(context.asAbsolutePath('snippets/report-text.json'));
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider({ language: 'plaintext' }, { provideCompletionItems: () => items }));
}
