// Runs the bundled extension (dist/extension.js) against a stand-in `vscode` module: activation
// starts the real server (dist/server.js) over node-ipc through vscode-languageclient, an already
// open report is synced, and the diagnostics, the status bar item and the fix-all command are
// observed. Prints one JSON object. Usage: node activate.js <extension dir> <report file>
'use strict';
const Module = require('module');
const path = require('path');
const fs = require('fs');
const { pathToFileURL } = require('url');

const [extDir, reportFile] = process.argv.slice(2);
const result = { commands: [], diagnostics: [], status: [], applied: 0, errors: [] };

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

const text = fs.readFileSync(reportFile, 'utf8');
const href = pathToFileURL(reportFile).href;
const uri = { scheme: 'file', fsPath: reportFile, path: reportFile, authority: '', query: '', fragment: '', toString: () => href, toJSON: () => href };
const document = {
  uri,
  fileName: reportFile,
  languageId: reportFile.endsWith('.md') ? 'markdown' : 'plaintext',
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
vscode.commands.executeCommand = async () => undefined;
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
    result.diagnostics.push({ uri: String(u && u.__args ? u.__args[0] : u), count: ds ? ds.length : 0, codes: (ds || []).map((d) => (d.code && typeof d.code === 'object' ? d.code.value : d.code)) });
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
    await ext.deactivate();
  } catch (err) {
    result.errors.push(String(err && err.stack ? err.stack : err));
  }
  clearTimeout(timer);
  console.log(JSON.stringify(result));
  process.exit(0);
})();
