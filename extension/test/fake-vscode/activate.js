// Runs the bundled extension (dist/extension.js) against a stand-in `vscode` module: activation
// starts the real server (dist/server.js) over node-ipc through vscode-languageclient, an already
// open report is synced, and the diagnostics, the status bar item and the fix-all command are
// observed. With a third argument (a .docx or .pdf), the 检查此文件 command checks it: the answer, the
// diagnostics on the extracted view, the view's text from the content provider and the messages
// shown are observed too. Prints one JSON object.
// Usage: node activate.js <extension dir> <report file> [<file to check> [<file to put in its place>]]
'use strict';
const Module = require('module');
const path = require('path');
const fs = require('fs');
const { pathToFileURL } = require('url');

const [extDir, reportFile, checkFile] = process.argv.slice(2);
const result = { commands: [], diagnostics: [], status: [], applied: 0, errors: [], messages: [], executed: [] };

/** Every property is another callable, constructible stand-in; assignments stick. */
function stub(name) {
  const fn = function () {};
  return new Proxy(fn, {
    get(t, p) {
      if (p === 'prototype') return fn.prototype;
      if (p === Symbol.iterator) return function* () {};
      if (p === 'then' || typeof p === 'symbol') return undefined;
      if (!(p in t)) t[p] = stub(`${name}.${String(p)}`);
      return t[p];
    },
    set(t, p, v) {
      Object.defineProperty(t, p, { value: v, writable: true, configurable: true });
      return true;
    },
    construct(_t, args) {
      const o = stub(`new ${name}`);
      o.__args = args;
      return o;
    },
    apply() {
      return stub(`${name}()`);
    },
  });
}

const vscode = stub('vscode');
// esbuild's `import * as vscode` copies own properties, so create the namespaces up front.
for (const n of ['window', 'workspace', 'languages', 'commands', 'env', 'extensions', 'Uri', 'Disposable', 'EventEmitter', 'StatusBarAlignment', 'ThemeColor',
  'CodeActionKind', 'Range', 'Position', 'Location', 'Diagnostic', 'DiagnosticSeverity', 'DiagnosticTag', 'DiagnosticRelatedInformation', 'TextEdit', 'WorkspaceEdit',
  'Hover', 'MarkdownString', 'SymbolInformation', 'SymbolKind', 'DocumentSymbol', 'CodeAction', 'SnippetString', 'ProgressLocation', 'CancellationTokenSource',
  'CancellationError', 'RelativePattern', 'EndOfLine', 'ConfigurationTarget', 'LogLevel', 'notebooks', 'tests', 'debug', 'tasks', 'l10n', 'version', 'UIKind',
  'ExtensionMode', 'TextDocumentSaveReason', 'ViewColumn', 'Selection', 'CompletionItem', 'CompletionItemKind', 'CompletionList', 'FileSystemError']) void vscode[n];

/** Enough of vscode.Uri for the language client's converters and the extension: parse, file, with. */
class Uri {
  constructor(scheme, authority, path, query = '', fragment = '') {
    Object.assign(this, { scheme, authority, path, query, fragment });
  }
  static parse(s) {
    const m = /^([a-z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i.exec(s);
    if (!m) throw new Error(`bad URI ${s}`);
    return new Uri(m[1], m[2] ?? '', decodeURIComponent(m[3]), m[4] ?? '', m[5] ?? '');
  }
  static file(p) {
    return new Uri('file', '', p);
  }
  with(change) {
    const u = { ...this, ...change };
    return new Uri(u.scheme, u.authority, u.path, u.query, u.fragment);
  }
  get fsPath() {
    return this.path;
  }
  toString() {
    const auth = this.authority || this.scheme === 'file' ? `//${this.authority}` : '';
    return `${this.scheme}:${auth}${encodeURI(this.path)}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }
  toJSON() {
    return this.toString();
  }
}
vscode.Uri = Uri;

const text = fs.readFileSync(reportFile, 'utf8');
const href = pathToFileURL(reportFile).href;
const uri = { scheme: 'file', fsPath: reportFile, path: reportFile, authority: '', query: '', fragment: '', toString: () => href, toJSON: () => href };
const document = {
  uri,
  fileName: reportFile,
  languageId: reportFile.endsWith('.md') ? 'markdown' : /\.html?$/.test(reportFile) ? 'html' : 'plaintext',
  version: 1,
  isClosed: false,
  isUntitled: false,
  isDirty: false,
  lineCount: text.split('\n').length,
  getText: () => text,
};

vscode.CancellationTokenSource = class {
  constructor() {
    this.token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
  }
  cancel() {
    this.token.isCancellationRequested = true;
  }
  dispose() {}
};

const commands = new Map();
vscode.commands.registerCommand = (id, fn) => {
  commands.set(id, fn);
  return { dispose() {} };
};
vscode.commands.executeCommand = async (id) => {
  result.executed.push(id);
  return undefined;
};
/** File watchers by their pattern's file name, with their listeners, so a change can be fired. */
const watchers = [];
vscode.workspace.createFileSystemWatcher = (pattern) => {
  const w = { name: pattern && pattern.__args ? pattern.__args[1] : String(pattern), change: [], create: [], remove: [] };
  watchers.push(w);
  const on = (list) => (fn) => (list.push(fn), { dispose() {} });
  return { onDidChange: on(w.change), onDidCreate: on(w.create), onDidDelete: on(w.remove), dispose() {} };
};
const providers = new Map();
vscode.workspace.registerTextDocumentContentProvider = (scheme, provider) => {
  providers.set(scheme, provider);
  return { dispose() {} };
};
vscode.EventEmitter = class {
  constructor() {
    this.fired = [];
    this.event = () => ({ dispose() {} });
  }
  fire(e) {
    this.fired.push(e);
  }
  dispose() {}
};
vscode.ProgressLocation = { Notification: 15, Window: 10, SourceControl: 1 };
vscode.window.withProgress = (_options, task) => task({ report() {} }, new vscode.CancellationTokenSource().token);
for (const kind of ['Information', 'Warning', 'Error']) {
  vscode.window[`show${kind}Message`] = async (message) => {
    result.messages.push(message);
    return undefined;
  };
}
vscode.workspace.getConfiguration = (section) => ({
  get: (key, dflt) => (section === 'reportLint' && key === undefined ? {} : dflt),
  has: () => false,
  inspect: () => undefined,
  update: async () => undefined,
});
vscode.workspace.textDocuments = [document];
vscode.workspace.workspaceFolders = undefined;
vscode.workspace.applyEdit = async () => {
  result.applied++;
  return true;
};
vscode.languages.match = (selector, doc) => {
  const filters = Array.isArray(selector) ? selector : [selector];
  return filters.some((f) => (typeof f === 'string' ? f === doc.languageId : (!f.language || f.language === doc.languageId) && (!f.scheme || f.scheme === doc.uri.scheme))) ? 10 : 0;
};
vscode.languages.createDiagnosticCollection = () => ({
  set(u, ds) {
    if (Array.isArray(u)) return;
    result.diagnostics.push({
      uri: String(u && u.__args ? u.__args[0] : u),
      count: ds ? ds.length : 0,
      codes: (ds || []).map((d) => (d.code && typeof d.code === 'object' ? d.code.value : d.code)),
      // new vscode.Diagnostic(range, message, severity), new vscode.Range(line, character, line, character)
      messages: (ds || []).map((d) => (d.__args ? d.__args[1] : d.message)),
      ranges: (ds || []).map((d) => (d.__args && d.__args[0].__args ? d.__args[0].__args : undefined)),
    });
  },
  delete() {},
  clear() {},
  dispose() {},
  forEach() {},
  get() { return []; },
  has() { return false; },
});
const item = { text: '', tooltip: '', command: undefined, visible: false, show() { this.visible = true; result.status.push(this.text); }, hide() { this.visible = false; }, dispose() {} };
vscode.window.createStatusBarItem = () => item;
vscode.window.activeTextEditor = { document };
vscode.env.language = 'zh-cn';
vscode.version = '1.91.0';

const load = Module._load;
Module._load = function (request) {
  return request === 'vscode' ? vscode : load.apply(this, arguments);
};

const ext = require(path.join(extDir, 'dist', 'extension.js'));
const context = { subscriptions: [], asAbsolutePath: (p) => path.join(extDir, p), extensionPath: extDir, extensionUri: stub('extensionUri'), extensionMode: 1, logUri: stub('logUri') };
const until = async (pred, ms) => {
  const end = Date.now() + ms;
  while (!pred() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return pred();
};

const timer = setTimeout(() => {
  result.errors.push('timeout');
  console.log(JSON.stringify(result));
  process.exit(2);
}, 20000);

(async () => {
  try {
    await ext.activate(context);
    result.commands = [...commands.keys()].sort();
    await until(() => result.status.length > 0 && result.diagnostics.length > 0, 10000);
    result.statusText = item.text;
    result.statusCommand = item.command;
    if (commands.has('reportLint.fixAll')) {
      result.fixAllResult = await commands.get('reportLint.fixAll')();
    }
    if (checkFile) {
      const answer = await commands.get('reportLint.checkFile')(Uri.file(checkFile));
      const view = answer && answer.uri;
      await until(() => result.diagnostics.some((d) => d.uri === view), 10000);
      const provider = providers.get('report-lint-extracted');
      result.checked = {
        answer: answer && { ...answer, text: undefined },
        view,
        diagnostics: result.diagnostics.filter((d) => d.uri === view).at(-1),
        content: provider ? await provider.provideTextDocumentContent(Uri.parse(view)) : undefined,
        sameAsAnswer: undefined,
      };
      result.checked.sameAsAnswer = !!answer && result.checked.content === answer.text;
      // With a fourth argument: the checked file is replaced by that one and its watcher fires;
      // the diagnostics and the view follow.
      const replacement = process.argv[5];
      const watcher = watchers.find((w) => w.name === path.basename(checkFile));
      result.checked.watched = !!watcher;
      if (replacement && watcher) {
        const before = result.diagnostics.length;
        fs.copyFileSync(replacement, checkFile);
        for (const fn of watcher.change) fn(Uri.file(checkFile));
        await until(() => result.diagnostics.slice(before).some((d) => d.uri === view), 10000);
        result.checked.afterChange = result.diagnostics.slice(before).filter((d) => d.uri === view).at(-1);
        result.checked.contentAfterChange = await provider.provideTextDocumentContent(Uri.parse(view));
      }
    }
    await ext.deactivate();
  } catch (err) {
    result.errors.push(String(err && err.stack ? err.stack : err));
  }
  clearTimeout(timer);
  console.log(JSON.stringify(result));
  process.exit(0);
})();
