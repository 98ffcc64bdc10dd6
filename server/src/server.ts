/** report-lint language server: diagnostics, quick-fixes, fix-all, total hovers and an outline for
 *  政府信息公开工作年度报告 drafts in Markdown and plain text. Runs over stdio (`--stdio`) or node-ipc
 *  (`--node-ipc`, what vscode-languageclient uses for a node module); createConnection picks from argv. */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, fixAllEdits, isFixAllData, resolveFixAll, FIX_ALL_COMMAND, FIX_ALL_KIND } from './code-actions';
import { countMessages, formatFor, isReportPage, runLint, toDiagnostic, type CachedLint, type LintRunOptions } from './diagnostics';
import { hover } from './hover';
import { ConfigResolver, DEFAULT_SETTINGS, effectiveConfig, normalizeSettings, uriToPath, type Settings } from './settings';
import { documentSymbols } from './symbols';
import { SHOW_RULE_DOCS_COMMAND } from './disable-actions';
import { CHECK_FILE_REQUEST, checkFile } from './check-file';
import { SuppressionFiles } from './suppressions';
import { isSuppressArgument, SUPPRESS_COMMAND } from './suppress-action';
import { defaultLevel, fingerprints, parseReport, reportFacts, ruleById, ruleDocsUrl, SuppressionsError, type LintMessage, type ReportModel, type SuppressionEntry } from '@report-lint/core';
import { PreviousReports, type Identity } from './previous';
import { collectWhenIdle } from './idle-gc';

export const STATUS_NOTIFICATION = 'reportLint/status';
/** `{text}` → `{isReport}`: whether a text looks like an annual report, for a client that decoded
 *  it itself (the extension, reading a garbled file as GB18030). */
export const LOOKS_LIKE_REPORT_REQUEST = 'reportLint/looksLikeReport';
const CONFIGURATION_TIMEOUT_MS = 3000;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let hasConfigurationCapability = false;
let hasWatchedFilesRegistration = false;
let hasConfigurationRegistration = false;
/** The client can fill in a code action's edit later (codeAction/resolve). */
let hasResolveEdit = false;
/** Settings when the client cannot be asked per document (from initializationOptions or didChangeConfiguration). */
let globalSettings: Settings = DEFAULT_SETTINGS;
const settingsRequests = new Map<string, Promise<Settings>>();
const settingsSeen = new Map<string, Settings>();
const configs = new ConfigResolver();
const suppressionFiles = new SuppressionFiles();
const warnedConfigErrors = new Set<string>();
const cache = new Map<string, CachedLint>();
/** Each document's lint to come: how to call it off. */
const timers = new Map<string, () => void>();
/** Documents linted at least once since they were opened (the first lint is not debounced). */
const linted = new Set<string>();
/** The settings (as JSON) each document's diagnostics were last computed with. */
const publishedWith = new Map<string, string>();
/** Bumped on didChangeConfiguration: settings fetched before it are stale. */
let settingsGeneration = 0;
/** Last year's reports (cross-year), read from the editor when open there, else from disk. */
const previousReports = new PreviousReports((path) => documents.all().find((d) => uriToPath(d.uri) === path)?.getText());
/** Each document's body and year at its last lint: where its last year's report is looked for. */
const identities = new Map<string, Identity>();
/** The file each document was last compared with: its diagnostics follow that file's edits. */
const previousOf = new Map<string, string>();

const log = (msg: string) => connection.console.log(msg);
const logError = (where: string, err: unknown) =>
  connection.console.error(`report-lint: ${where}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);

process.on('uncaughtException', (err) => logError('uncaught exception', err));
process.on('unhandledRejection', (err) => logError('unhandled rejection', err));

// ---------------------------------------------------------------------------------------------
// Settings

function getSettings(uri: string): Promise<Settings> {
  if (!hasConfigurationCapability) return Promise.resolve(globalSettings);
  let pending = settingsRequests.get(uri);
  if (!pending) {
    // A client that never answers must not stop the linting: fall back to the global settings.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), CONFIGURATION_TIMEOUT_MS)));
    pending = Promise.race([connection.workspace.getConfiguration({ scopeUri: uri, section: 'reportLint' }), timeout]).then(
      (raw) => {
        clearTimeout(timer);
        if (raw === undefined) connection.console.warn('report-lint: workspace/configuration did not answer; using the default settings');
        return normalizeSettings(raw, globalSettings);
      },
      (err) => {
        clearTimeout(timer);
        logError('workspace/configuration', err);
        return globalSettings;
      },
    );
    settingsRequests.set(uri, pending);
  }
  return pending.then((s) => {
    settingsSeen.set(uri, s);
    return s;
  });
}

/** The settings last seen for a document, for requests that must answer without waiting. */
const settingsNow = (uri: string) => settingsSeen.get(uri) ?? globalSettings;

function lintOptions(doc: TextDocument, settings: Settings): LintRunOptions | undefined {
  const format = formatFor(doc.languageId, doc.uri);
  if (!format) return undefined;
  if (format === 'html' && !isReportPage(doc.getText())) return undefined;
  const filePath = uriToPath(doc.uri);
  const resolved = configs.forPath(filePath);
  if (resolved.error && !warnedConfigErrors.has(resolved.error.message)) {
    warnedConfigErrors.add(resolved.error.message);
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: `report-lint：配置文件无法使用，已按默认规则检查。${resolved.error.message}`,
    });
    connection.console.warn(resolved.error.message);
  }
  const { rules, ruleOptions, force } = effectiveConfig(resolved.config, settings);
  // Markdown documents are read as Markdown; for plain text the core decides from the content, as
  // the CLI does (a .txt draft written in Markdown, like seed 004, is read as Markdown). A document
  // of another language is checked only if it looks like a report: `force` is not for it.
  if (format === 'html') return { ...(filePath ? { filePath } : {}), html: true, rules, ...(ruleOptions ? { ruleOptions } : {}), force };
  return { ...(filePath ? { filePath } : {}), ...(format === 'markdown' ? { format } : {}), rules, ...(ruleOptions ? { ruleOptions } : {}), force: format === 'detect' ? false : force };
}

// ---------------------------------------------------------------------------------------------
// Linting and publishing

const identityOf = (model: ReportModel): Identity => ({ body: reportFacts(model).body, year: model.year });
const CROSS_YEAR = ruleById('cross-year')!;

/** Lints with last year's report when one is found. It is looked for by the body and year of the
 *  last lint; when this lint reads another body or year (the title was edited), once more. */
function lintDocument(doc: TextDocument, settings: Settings): CachedLint | undefined {
  const options = settings.enable ? lintOptions(doc, settings) : undefined;
  if (!options) {
    cache.delete(doc.uri);
    return undefined;
  }
  const path = options.filePath;
  const cross = !!path && (options.rules[CROSS_YEAR.meta.id] ?? defaultLevel(CROSS_YEAR.meta)) !== 'off';
  const find = (id: Identity) => (cross ? previousReports.find(path!, id, settings.previousReport) : undefined);
  const withPrevious = (p: ReturnType<typeof find>) => runLint(doc, p ? { ...options, previous: p.report } : options, cache.get(doc.uri));
  let previous = find(identities.get(doc.uri) ?? {});
  let result = withPrevious(previous);
  const id = identityOf(result.model);
  const before = identities.get(doc.uri);
  if (id.body !== before?.body || id.year !== before?.year) {
    identities.set(doc.uri, id);
    const again = find(id);
    if (again?.path !== previous?.path) result = withPrevious((previous = again));
  }
  result = withoutSuppressed(result);
  if (previous) previousOf.set(doc.uri, previous.path);
  else previousOf.delete(doc.uri);
  cache.set(doc.uri, result);
  return result;
}

/** The open documents compared with `uri`'s file: re-linted when it is edited. */
function dependentsOf(uri: string): string[] {
  const path = uriToPath(uri);
  return path ? [...previousOf].filter(([other, used]) => other !== uri && used === path).map(([other]) => other) : [];
}

/** The result without the findings report-lint-suppressions.json accepts; every message keeps its
 *  entry (worked out over all of them), for "忽略此问题". */
function withoutSuppressed<T extends CachedLint>(result: T): T {
  const filePath = result.options.filePath;
  if (!filePath || !result.messages.length) return result;
  const all = result.messages;
  let byMessage: Map<LintMessage, SuppressionEntry> | undefined;
  const keyOf = (m: LintMessage) => {
    if (!byMessage) {
      const keys = fingerprints(all, result.model);
      byMessage = new Map(all.map((msg, i) => [msg, keys[i]]));
    }
    return byMessage.get(m);
  };
  let filtered = { messages: result.messages, suppressed: 0 };
  try {
    filtered = suppressionFiles.filter(filePath, result.messages, result.model);
  } catch (err) {
    if (!(err instanceof SuppressionsError)) throw err;
    if (!warnedConfigErrors.has(err.message)) {
      warnedConfigErrors.add(err.message);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `report-lint：忽略记录文件无法使用，已报告全部问题。${err.message}` });
    }
  }
  return { ...result, messages: filtered.messages, suppressed: filtered.suppressed, keyOf, unfiltered: all };
}

/** The lint result for the document's current version, computed now if the cache is stale. */
function currentLint(doc: TextDocument): CachedLint | undefined {
  const cached = cache.get(doc.uri);
  if (cached && cached.version === doc.version) return cached;
  return lintDocument(doc, settingsNow(doc.uri));
}

async function lintAndPublish(uri: string, edited = false): Promise<void> {
  const doc = documents.get(uri);
  if (!doc) return;
  const version = doc.version;
  let settings: Settings;
  let generation: number;
  do {
    generation = settingsGeneration;
    settings = await getSettings(uri);
  } while (generation !== settingsGeneration);
  const now = documents.get(uri);
  // A newer version (or a close) arrived while we waited: its own lint will publish.
  if (!now || now.version !== version) return;
  linted.add(uri);
  const result = lintDocument(now, settings);
  const diagnostics = result ? result.messages.map((m) => toDiagnostic(m, version)) : [];
  publishedWith.set(uri, JSON.stringify(settings));
  await connection.sendDiagnostics({ uri, version, diagnostics });
  collectWhenIdle(now.getText().length);
  const counts = countMessages(result?.messages ?? []);
  await connection.sendNotification(STATUS_NOTIFICATION, {
    uri,
    version,
    enabled: !!result,
    isReport: !!result && (result.model.isReport || result.options.force),
    ...counts,
    fixable: result?.messages.filter((m) => m.fix).length ?? 0,
    suppressed: result?.suppressed ?? 0,
    ms: result ? Math.round(((result as { ms?: number }).ms ?? 0) * 10) / 10 : 0,
  });
  // This year's reports compared with this one follow its edits (one step: no ping-pong).
  if (edited) {
    for (const other of dependentsOf(uri)) {
      cache.delete(other);
      lintSoon(other, true);
    }
  }
}

function lintSoon(uri: string, immediately = false, edited = false): void {
  timers.get(uri)?.();
  const run = () => {
    timers.delete(uri);
    lintAndPublish(uri, edited).catch((err) => logError(`lint ${uri}`, err));
  };
  if (immediately) {
    timers.delete(uri);
    run();
    return;
  }
  // No pause asked for: after the changes already read (setImmediate), not a timer's millisecond.
  const pause = settingsNow(uri).debounceMs;
  if (pause > 0) {
    const timer = setTimeout(run, pause);
    timers.set(uri, () => clearTimeout(timer));
  } else {
    const immediate = setImmediate(run);
    timers.set(uri, () => clearImmediate(immediate));
  }
}

function relintAll(): void {
  cache.clear();
  for (const doc of documents.all()) lintSoon(doc.uri, true);
}

documents.onDidChangeContent((e) => {
  try {
    // Opening a document fires this too: lint an opened document at once, changes after a pause.
    lintSoon(e.document.uri, !linted.has(e.document.uri), true);
  } catch (err) {
    logError('didChange', err);
  }
});

documents.onDidClose((e) => {
  try {
    const uri = e.document.uri;
    // Reports compared with this one now read it from disk, as saved (or not).
    for (const other of dependentsOf(uri)) {
      cache.delete(other);
      lintSoon(other, true);
    }
    timers.get(uri)?.();
    timers.delete(uri);
    cache.delete(uri);
    linted.delete(uri);
    identities.delete(uri);
    previousOf.delete(uri);
    publishedWith.delete(uri);
    settingsRequests.delete(uri);
    settingsSeen.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  } catch (err) {
    logError('didClose', err);
  }
});

// ---------------------------------------------------------------------------------------------
// Requests

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function uriParam(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string') throw invalid('textDocument.uri is required');
  return uri;
}

function isPosition(p: unknown): p is Position {
  const q = p as Position | null | undefined;
  return !!q && Number.isInteger(q.line) && Number.isInteger(q.character) && q.line >= 0 && q.character >= 0;
}

function positionParam(params: unknown): Position {
  const p = (params as { position?: unknown } | null | undefined)?.position;
  if (!isPosition(p)) throw invalid('position must be {line, character} with non-negative integers');
  return p;
}

function rangeParam(params: unknown): Range {
  const r = (params as { range?: { start?: unknown; end?: unknown } } | null | undefined)?.range;
  if (!r || !isPosition(r.start) || !isPosition(r.end)) throw invalid('range must be {start, end} positions');
  return r as Range;
}

/** Runs a handler; bad params become InvalidParams, anything else is logged and answered as an error. */
function guard<P, R>(name: string, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R | ResponseError<void>> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (err) {
      if (err instanceof ResponseError) return err as ResponseError<void>;
      logError(name, err);
      return new ResponseError(ErrorCodes.InternalError, `report-lint: ${name} failed: ${(err as Error)?.message ?? String(err)}`);
    }
  };
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities ?? {};
  hasConfigurationCapability = !!caps.workspace?.configuration;
  hasWatchedFilesRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  hasConfigurationRegistration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  hasResolveEdit = !!caps.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit');
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  suppressionFiles.workspaceFolders = folders.map(uriToPath).filter((p): p is string => !!p);
  const init = params.initializationOptions as Record<string, unknown> | null | undefined;
  globalSettings = normalizeSettings(init && typeof init === 'object' && 'reportLint' in init ? init.reportLint : init);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
      hoverProvider: true,
      documentSymbolProvider: { label: '年报' },
      executeCommandProvider: { commands: [FIX_ALL_COMMAND, SHOW_RULE_DOCS_COMMAND, SUPPRESS_COMMAND] },
    },
    serverInfo: { name: 'report-lint', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (hasConfigurationRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'reportLint' }).catch((err) => logError('register', err));
  }
  if (hasWatchedFilesRegistration) {
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.reportlintrc.json' }, { globPattern: '**/report-lint-suppressions.json' }] })
      .catch((err) => logError('register', err));
  }
});

connection.onDidChangeConfiguration((params) => {
  try {
    if (!hasConfigurationCapability) {
      const raw = (params?.settings as { reportLint?: unknown } | undefined)?.reportLint;
      if (raw !== undefined) globalSettings = normalizeSettings(raw);
    }
    settingsGeneration++;
    settingsRequests.clear();
    settingsSeen.clear();
    // Clients send this often (on registration, for other sections): re-lint only the documents
    // whose settings really changed. A lint still waiting for its settings asks again by itself.
    for (const doc of documents.all()) {
      const uri = doc.uri;
      const used = publishedWith.get(uri);
      if (used === undefined) continue;
      getSettings(uri)
        .then((now) => {
          if (JSON.stringify(now) !== used) {
            cache.delete(uri);
            lintSoon(uri, true);
          }
        })
        .catch((err) => logError('didChangeConfiguration', err));
    }
  } catch (err) {
    logError('didChangeConfiguration', err);
  }
});

connection.onDidChangeWatchedFiles(() => {
  try {
    configs.clear();
    previousReports.clear();
    suppressionFiles.clear();
    warnedConfigErrors.clear();
    relintAll();
  } catch (err) {
    logError('didChangeWatchedFiles', err);
  }
});

connection.onCodeAction(
  guard('codeAction', (params) => {
    const uri = uriParam(params);
    const range = rangeParam(params);
    const doc = documents.get(uri);
    if (!doc) return [];
    const cached = currentLint(doc);
    if (!cached) return [];
    const only = Array.isArray(params.context?.only) ? params.context.only.filter((k): k is string => typeof k === 'string') : undefined;
    return codeActions(doc, cached, range, only, hasResolveEdit, !!uriToPath(uri));
  }),
);

connection.onCodeActionResolve(
  guard('codeAction/resolve', (action) => {
    if (!action || typeof action !== 'object' || typeof action.title !== 'string') throw invalid('a CodeAction is required');
    if (action.edit || !isFixAllData(action.data)) return action;
    const doc = documents.get(action.data.uri);
    if (!doc) return action;
    const cached = currentLint(doc);
    return cached ? resolveFixAll(doc, cached, action) : action;
  }),
);

connection.onHover(
  guard('hover', (params) => {
    const uri = uriParam(params);
    const position = positionParam(params);
    const doc = documents.get(uri);
    if (!doc) return null;
    const cached = currentLint(doc);
    if (!cached) return null;
    return hover(doc, cached, doc.offsetAt(position));
  }),
);

connection.onDocumentSymbol(
  guard('documentSymbol', (params) => {
    const uri = uriParam(params);
    const doc = documents.get(uri);
    if (!doc) return [];
    const cached = currentLint(doc);
    if (!cached) return [];
    return documentSymbols(doc, cached.model, cached.toDocument);
  }),
);

connection.onRequest(
  LOOKS_LIKE_REPORT_REQUEST,
  guard(LOOKS_LIKE_REPORT_REQUEST, (params: unknown) => {
    const text = (params as { text?: unknown } | null | undefined)?.text;
    if (typeof text !== 'string') throw invalid(`${LOOKS_LIKE_REPORT_REQUEST} expects {text: string}`);
    return { isReport: parseReport(text).isReport };
  }),
);

/** `{uri}` of a .docx or .pdf on disk → its problems, published on the read-only view of its text
 *  (see check-file.ts), with the rule levels of the file's folder and the settings. */
connection.onRequest(
  CHECK_FILE_REQUEST,
  guard(CHECK_FILE_REQUEST, async (params: unknown) => {
    const uri = (params as { uri?: unknown } | null | undefined)?.uri;
    if (typeof uri !== 'string') throw invalid(`${CHECK_FILE_REQUEST} expects {uri: string}`);
    const path = uriToPath(uri);
    if (!path) throw invalid(`${CHECK_FILE_REQUEST} reads files on disk: ${uri} is not a file: URI`);
    const settings = await getSettings(uri);
    const resolved = configs.forPath(path);
    if (resolved.error) connection.console.warn(resolved.error.message);
    const options = effectiveConfig(resolved.config, settings);
    const result = await checkFile({ path, uri, options, publish: (view, diagnostics) => connection.sendDiagnostics({ uri: view, diagnostics }) });
    log(`checked ${path}: ${result.error ?? `${result.errors} errors, ${result.warnings} warnings, ${result.ms} ms`}`);
    return result;
  }),
);

/** Opens a rule's page in the browser (window/showDocument, external). */
async function showRuleDocs(ruleId: unknown): Promise<{ opened: boolean; uri: string }> {
  if (typeof ruleId !== 'string' || !ruleById(ruleId)) throw invalid(`${SHOW_RULE_DOCS_COMMAND} expects a rule id, got ${JSON.stringify(ruleId)}`);
  const uri = ruleById(ruleId)!.meta.docs!.url;
  const result = await connection.window.showDocument({ uri, external: true });
  return { opened: result.success, uri };
}

/** "忽略此问题": the finding's entry added to the suppressions file (written directly: a workspace
 *  edit cannot create a JSON file in every client), then every open document linted again. */
function suppress(arg: unknown): { file: string } {
  if (!isSuppressArgument(arg)) throw invalid(`${SUPPRESS_COMMAND} expects {uri, entry}`);
  const filePath = uriToPath(arg.uri);
  if (!filePath) throw invalid(`${SUPPRESS_COMMAND}: not a file on disk: ${arg.uri}`);
  const file = suppressionFiles.add(filePath, arg.entry);
  relintAll();
  return { file };
}

connection.onExecuteCommand(
  guard('executeCommand', async (params) => {
    if (params?.command === SHOW_RULE_DOCS_COMMAND) return showRuleDocs(params.arguments?.[0]);
    if (params?.command === SUPPRESS_COMMAND) return suppress(params.arguments?.[0]);
    if (!params || params.command !== FIX_ALL_COMMAND) throw invalid(`unknown command ${String(params?.command)}`);
    const arg = params.arguments?.[0] as unknown;
    const uri = typeof arg === 'string' ? arg : ((arg as { uri?: unknown } | undefined)?.uri as string | undefined);
    if (typeof uri !== 'string') throw invalid(`${FIX_ALL_COMMAND} expects the document URI as its argument`);
    const doc = documents.get(uri);
    if (!doc) throw invalid(`document not open: ${uri}`);
    const cached = currentLint(doc);
    if (!cached) return { applied: false, edits: 0 };
    const edits = fixAllEdits(doc, cached);
    if (!edits.length) return { applied: false, edits: 0 };
    const result = await connection.workspace.applyEdit({ label: '修复报告中的全部问题', edit: { changes: { [uri]: edits } } });
    return { applied: result.applied, edits: edits.length };
  }),
);

connection.onShutdown(() => {
  for (const cancel of timers.values()) cancel();
  timers.clear();
});

documents.listen(connection);
connection.listen();
log(`report-lint language server started (${process.argv.includes('--stdio') ? 'stdio' : 'ipc'})`);
