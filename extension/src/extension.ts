/** VS Code extension: starts the report-lint language server (dist/server.js over node-ipc) for
 *  Markdown, plain-text and HTML documents and for Untitled drafts of any language (the server checks
 *  those only when they look like a report), shows a status bar item, wires the commands, checks
 *  .docx and .pdf files on request (check-file.ts), and offers to reopen a GB18030/GBK report that
 *  VS Code opened as UTF-8 mojibake. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { statusText, statusTooltip, type ReportStatus } from './status';
import { countReplacements, decodeGb18030, looksGarbled } from './garbled';
import { registerTextSnippets } from './text-snippets';
import { CHECK_FILE, CHECK_FILE_REQUEST, CheckedFiles, checkFileCommand, DOCUMENT_FILE, EXTRACTED_SCHEME, ExtractedViews, recheckFile, type CheckFileResult } from './check-file';

const FIX_ALL = 'reportLint.fixAll';
const CHECK_DOCUMENT = 'reportLint.checkDocument';
const REOPEN_GB18030 = 'reportLint.reopenAsGb18030';
const LOOKS_LIKE_REPORT = 'reportLint/looksLikeReport';
let client: LanguageClient | undefined;

/** file: on disk; untitled: new tabs; vscode-vfs: virtual workspaces (GitHub Repositories). */
const SELECTOR: DocumentSelector = [
  ...['file', 'untitled', 'vscode-vfs'].flatMap((scheme) => [
    { scheme, language: 'markdown' },
    { scheme, language: 'plaintext' },
    // Pages of a report only: the server checks an HTML page that names 政府信息公开 and 年度报告.
    { scheme, language: 'html' },
  ]),
  // A draft pasted into a new tab gets whatever language VS Code guesses (Ini, Log, …).
  { scheme: 'untitled' },
];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const statuses = new Map<string, ReportStatus>();
  const statusWaiters: { uri: string; resolve: (s: ReportStatus) => void }[] = [];
  const clientOptions: LanguageClientOptions = {
    documentSelector: SELECTOR,
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

  /** The next status the server sends for a document (or undefined after a few seconds). */
  const nextStatus = (uri: string) =>
    new Promise<ReportStatus | undefined>((resolve) => {
      const w = { uri, resolve: (s: ReportStatus | undefined) => (clearTimeout(timer), resolve(s as ReportStatus)) };
      const timer = setTimeout(() => {
        statusWaiters.splice(statusWaiters.indexOf(w), 1);
        resolve(undefined);
      }, 5000);
      statusWaiters.push(w);
    });

  registerTextSnippets(context);
  const checkRequest = (file: vscode.Uri) => client!.sendRequest<CheckFileResult>(CHECK_FILE_REQUEST, { uri: file.toString() });
  const views = new ExtractedViews(checkRequest);
  const checked = new CheckedFiles((file) => recheckFile(views, checkRequest, file));
  context.subscriptions.push(
    views,
    checked,
    vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_SCHEME, views),
    vscode.commands.registerCommand(CHECK_FILE, (uri?: vscode.Uri) => checkFileCommand(views, checkRequest, uri, checked)),
  );
  const garbled = new GarbledReports(() => client);
  context.subscriptions.push(
    vscode.commands.registerCommand('reportLint.showOutput', () => client?.outputChannel.show(true)),
    vscode.commands.registerCommand(CHECK_DOCUMENT, () => checkDocument(garbled, (uri) => statuses.get(uri), nextStatus)),
    vscode.commands.registerCommand(REOPEN_GB18030, (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      return target ? reopenAsGb18030(target) : undefined;
    }),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidOpenTextDocument((doc) => void garbled.check(doc)),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      statuses.delete(doc.uri.toString());
      refresh();
    }),
  );

  context.subscriptions.push(
    client.onNotification('reportLint/status', (s: ReportStatus) => {
      statuses.set(s.uri, s);
      refresh();
      for (const w of statusWaiters.filter((x) => x.uri === s.uri)) {
        statusWaiters.splice(statusWaiters.indexOf(w), 1);
        w.resolve(s);
      }
    }),
  );
  await client.start();
  for (const doc of vscode.workspace.textDocuments) void garbled.check(doc);
}

/** Notices a report saved as GB18030/GBK that VS Code decoded as UTF-8, once per file and session,
 *  and offers to reopen it. */
class GarbledReports {
  private readonly asked = new Set<string>();
  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** True when the document was garbled and the user was told. */
  async check(doc: vscode.TextDocument, always = false): Promise<boolean> {
    const key = doc.uri.toString();
    if (doc.uri.scheme !== 'file' || (!always && this.asked.has(key))) return false;
    const text = doc.getText();
    if (!looksGarbled(text)) return false;
    this.asked.add(key);
    let decoded: string | undefined;
    try {
      decoded = decodeGb18030(await vscode.workspace.fs.readFile(doc.uri), countReplacements(text));
    } catch {
      return false;
    }
    const c = this.client();
    if (!decoded || !c) return false;
    const { isReport } = await c.sendRequest<{ isReport: boolean }>(LOOKS_LIKE_REPORT, { text: decoded });
    if (!isReport) return false;
    const name = doc.uri.path.split('/').pop();
    const reopen = '以 GB18030 重新打开';
    const guess = '总是自动识别编码';
    const choice = await vscode.window.showWarningMessage(
      `report-lint：「${name}」是以 GB18030/GBK 编码保存的年报，按 UTF-8 打开后显示为乱码（${countReplacements(text)} 个 �），无法检查。以 GB18030 重新打开后即可检查。`,
      reopen,
      guess,
    );
    if (choice === guess) await vscode.workspace.getConfiguration('files').update('autoGuessEncoding', true, vscode.ConfigurationTarget.Global);
    if (choice) await reopenAsGb18030(doc.uri);
    return true;
  }
}

/** VS Code 1.100+ reopens a document in another encoding (openTextDocument's `encoding`); older
 *  ones get the encoding picker, with a hint. */
async function reopenAsGb18030(uri: vscode.Uri): Promise<void> {
  type Open = (uri: vscode.Uri, options: { encoding: string }) => Thenable<vscode.TextDocument & { encoding?: string }>;
  try {
    const doc = await (vscode.workspace.openTextDocument as unknown as Open)(uri, { encoding: 'gb18030' });
    if (doc.encoding === 'gb18030') {
      await vscode.window.showTextDocument(doc);
      return;
    }
  } catch {
    // an older API: fall through to the picker
  }
  await vscode.window.showTextDocument(uri);
  void vscode.window.showInformationMessage('report-lint：请在列表中选择「通过编码重新打开」，再选择「简体中文 (GB18030)」。');
  await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
}

/** 检查此文档: the active document in a language the server reads, and what came of it. */
async function checkDocument(
  garbled: GarbledReports,
  statusOf: (uri: string) => ReportStatus | undefined,
  nextStatus: (uri: string) => Promise<ReportStatus | undefined>,
): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const tab = vscode.window.tabGroups?.activeTabGroup?.activeTab?.input as { uri?: vscode.Uri } | undefined;
  // A .docx or .pdf (a PDF viewer's tab, or the view of its text) is checked from the file.
  if (editor?.document.uri.scheme === EXTRACTED_SCHEME || (!editor && tab?.uri && DOCUMENT_FILE.test(tab.uri.path))) {
    await vscode.commands.executeCommand(CHECK_FILE, editor ? undefined : tab!.uri);
    return;
  }
  if (!editor) {
    void vscode.window.showWarningMessage('report-lint：没有打开的文档。');
    return;
  }
  let doc = editor.document;
  if (await garbled.check(doc, true)) return;
  const uri = doc.uri.toString();
  let s = statusOf(uri);
  if (doc.languageId === 'html') {
    if (!s || s.version !== doc.version) s = await nextStatus(uri);
    if (s && !s.enabled) {
      void vscode.window.showInformationMessage('report-lint：此网页中没有「政府信息公开」和「年度报告」（或「年报」）字样，不是年报网页，没有检查。');
      return;
    }
  } else if (doc.languageId !== 'markdown' && doc.languageId !== 'plaintext') {
    // Markdown if it has Markdown headings or pipe tables, else plain text (as the CLI decides).
    const waiting = nextStatus(uri);
    const markdown = /^(#{1,6}\s|\|.*\|\s*$)/m.test(doc.getText());
    doc = await vscode.languages.setTextDocumentLanguage(doc, markdown ? 'markdown' : 'plaintext');
    s = await waiting;
  } else if (!s || s.version !== doc.version) {
    s = await nextStatus(uri);
  }
  if (!s) return;
  if (!s.isReport) {
    void vscode.window.showInformationMessage(
      'report-lint：此文档看起来不是政府信息公开工作年度报告（没有报告标题，且六个部分的标准标题少于两个），没有检查。要强制检查，请打开设置 reportLint.force。',
    );
    return;
  }
  const total = s.errors + s.warnings + s.infos;
  void vscode.window.showInformationMessage(
    total ? `report-lint：${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 条提示，见「问题」面板。` : 'report-lint：没有发现问题。',
  );
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
