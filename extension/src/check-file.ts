/** 检查此文件: a .docx or .pdf (which VS Code cannot show as text) is checked by the server
 *  (`reportLint/checkFile`, reading the file from disk), its problems go to the Problems panel on a
 *  read-only view of the text read from it (scheme `report-lint-extracted:`, provided here), so
 *  that clicking a problem opens the view at its place. */
import * as vscode from 'vscode';

export const CHECK_FILE = 'reportLint.checkFile';
export const CHECK_FILE_REQUEST = 'reportLint/checkFile';
export const EXTRACTED_SCHEME = 'report-lint-extracted';
/** The files the command reads (.doc too: the server says to save it as .docx). */
export const DOCUMENT_FILE = /\.(docx|docm|dotx|doc|pdf)$/i;

/** What the server answers (server/src/check-file.ts). */
export interface CheckFileResult {
  uri: string;
  kind?: 'docx' | 'pdf';
  text?: string;
  isReport?: boolean;
  errors?: number;
  warnings?: number;
  infos?: number;
  ms?: number;
  error?: string;
}

type Request = (file: vscode.Uri) => Promise<CheckFileResult | undefined>;

/** The file a view shows the text of: `report-lint-extracted:/a/b.docx.txt` → `file:///a/b.docx`. */
export const fileOfView = (view: vscode.Uri): vscode.Uri => view.with({ scheme: 'file', path: view.path.replace(/\.txt$/, '') });

const baseName = (uri: vscode.Uri) => uri.path.split('/').pop() ?? uri.path;

/** The read-only views: the text of the last check of each file. */
export class ExtractedViews implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly request: Request) {}

  set(view: vscode.Uri, text: string): void {
    this.texts.set(view.toString(), text);
    this.changed.fire(view);
  }

  async provideTextDocumentContent(view: vscode.Uri): Promise<string> {
    const known = this.texts.get(view.toString());
    if (known !== undefined) return known;
    // A view restored with the window (or opened from a link): check the file again.
    const r = await this.request(fileOfView(view)).catch(() => undefined);
    if (r?.text !== undefined) this.texts.set(view.toString(), r.text);
    return r?.text ?? `report-lint：无法读取 ${fileOfView(view).fsPath}${r?.error ? `：${r.error}` : ''}`;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The files checked in this window, checked again when they change on disk (saved again from
 *  Word, printed again): the Problems panel and the view follow the file without a new command. */
export class CheckedFiles implements vscode.Disposable {
  private readonly watchers = new Map<string, vscode.Disposable>();

  constructor(private readonly recheck: (file: vscode.Uri) => unknown) {}

  watch(file: vscode.Uri): void {
    const key = file.toString();
    if (this.watchers.has(key)) return;
    const dir = file.with({ path: file.path.replace(/\/[^/]*$/, '') || '/' });
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, baseName(file)));
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Word writes a file in several steps: wait for it to settle.
    const soon = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void this.recheck(file), 500);
    };
    watcher.onDidChange(soon);
    watcher.onDidCreate(soon);
    this.watchers.set(key, { dispose: () => (timer && clearTimeout(timer), watcher.dispose()) });
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
  }
}

/** Checks a file again after it changed: the view's text and (through the server) its problems,
 *  without a message. */
export async function recheckFile(views: ExtractedViews, request: Request, file: vscode.Uri): Promise<void> {
  const r = await request(file).catch(() => undefined);
  if (r && !r.error) views.set(vscode.Uri.parse(r.uri), r.text ?? '');
}

/** The file the command is for when it has no argument: the active view's file, or a .docx/.pdf
 *  open in the active tab (a PDF viewer's custom editor), else one the user picks. */
async function targetFile(): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === EXTRACTED_SCHEME) return fileOfView(active);
  const input = vscode.window.tabGroups?.activeTabGroup?.activeTab?.input as { uri?: vscode.Uri } | undefined;
  if (input?.uri && DOCUMENT_FILE.test(input.uri.path)) return input.uri;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: '检查',
    title: 'report-lint：选择要检查的 Word 或 PDF 文件',
    filters: { 'Word 和 PDF 文件': ['docx', 'pdf', 'doc'] },
  });
  return picked?.[0];
}

/** Runs the check and tells the user what came of it; returns the server's answer (for tests). */
export async function checkFileCommand(views: ExtractedViews, request: Request, arg?: vscode.Uri, checked?: CheckedFiles): Promise<CheckFileResult | undefined> {
  // From the explorer: the file's Uri; from the palette: nothing.
  const file = arg && typeof arg.path === 'string' ? arg : await targetFile();
  if (!file) return undefined;
  const name = baseName(file);
  if (!DOCUMENT_FILE.test(file.path)) {
    void vscode.window.showInformationMessage(`report-lint：「${name}」不是 .docx 或 .pdf 文件。网页（.html）、文本和 Markdown 文件在编辑器中打开即会检查。`);
    return undefined;
  }
  if (file.scheme !== 'file') {
    void vscode.window.showWarningMessage(`report-lint：只能检查本机磁盘上的文件，「${name}」在 ${file.scheme}: 中。`);
    return undefined;
  }
  const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `report-lint：正在检查 ${name}` }, () => request(file));
  if (!r) return undefined;
  if (r.error) {
    void vscode.window.showWarningMessage(`report-lint：「${name}」${r.error}`);
    return r;
  }
  const view = vscode.Uri.parse(r.uri);
  views.set(view, r.text ?? '');
  checked?.watch(file);
  const openView = '查看提取的文字';
  const total = (r.errors ?? 0) + (r.warnings ?? 0) + (r.infos ?? 0);
  let message: string;
  if (!r.isReport) {
    message = `report-lint：「${name}」看起来不是政府信息公开工作年度报告（没有报告标题，且六个部分的标准标题少于两个），没有检查。要强制检查，请打开设置 reportLint.force。`;
  } else if (total) {
    message = `report-lint：「${name}」有 ${r.errors} 个错误，${r.warnings} 个警告，${r.infos} 条提示，见「问题」面板（点击问题即打开提取的文字）。`;
    // Focus, not workbench.actions.view.problems: that one toggles, hiding an open Problems panel.
    void vscode.commands.executeCommand('workbench.panel.markers.view.focus');
  } else {
    message = `report-lint：「${name}」没有发现问题。`;
  }
  void Promise.resolve(vscode.window.showInformationMessage(message, openView)).then((choice) =>
    choice === openView ? vscode.window.showTextDocument(view, { preview: true }) : undefined,
  );
  return r;
}
