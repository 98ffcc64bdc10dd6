/** VS Code extension: starts the report-lint language server (dist/server.js over node-ipc) for
 *  Markdown and plain-text documents, shows a status bar item and wires the commands. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { statusText, statusTooltip, type ReportStatus } from './status';

const FIX_ALL = 'reportLint.fixAll';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const statuses = new Map<string, ReportStatus>();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: {
      configurationSection: 'reportLint',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.reportlintrc.json'),
    },
    middleware: {
      // From the command palette the command has no argument: fix the active editor's document.
      executeCommand: (command, args, next) => {
        if (command === FIX_ALL && args.length === 0) {
          const doc = vscode.window.activeTextEditor?.document;
          if (!doc) return undefined;
          return next(command, [doc.uri.toString()]);
        }
        return next(command, args);
      },
    },
  };
  client = new LanguageClient('reportLint', 'report-lint', serverOptions, clientOptions);

  const item = vscode.window.createStatusBarItem('reportLint.status', vscode.StatusBarAlignment.Left, 100);
  item.name = 'report-lint';
  context.subscriptions.push(item);
  const refresh = () => {
    const editor = vscode.window.activeTextEditor;
    const s = editor ? statuses.get(editor.document.uri.toString()) : undefined;
    const text = statusText(s);
    if (!s || !text) {
      item.hide();
      return;
    }
    item.text = text;
    item.tooltip = statusTooltip(s);
    item.command = s.fixable ? FIX_ALL : 'workbench.actions.view.problems';
    item.backgroundColor = s.errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    item.show();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('reportLint.showOutput', () => client?.outputChannel.show(true)),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      statuses.delete(doc.uri.toString());
      refresh();
    }),
  );

  context.subscriptions.push(
    client.onNotification('reportLint/status', (s: ReportStatus) => {
      statuses.set(s.uri, s);
      refresh();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
