/** A minimal LSP client for the tests: spawns the bundled server over stdio and speaks JSON-RPC. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

export const ROOT = join(__dirname, '..', '..');
export const SERVER = join(ROOT, 'server', 'dist', 'server.js');

export const fileUri = (path: string) => pathToFileURL(path).href;

/** Applies LSP text edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const offsets = lineOffsets(text);
  const at = (p: { line: number; character: number }) => Math.min((offsets[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => at(b.range.start) - at(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, at(e.range.start)) + e.newText + out.slice(at(e.range.end));
  return out;
}

export function lineOffsets(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      out.push(i + 1);
    } else if (c === 10) out.push(i + 1);
  }
  return out;
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  const offsets = lineOffsets(text);
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - offsets[lo] };
}

export interface TestClient {
  proc: ChildProcessWithoutNullStreams;
  conn: MessageConnection;
  /** Settings answered to workspace/configuration. */
  settings: Record<string, unknown>;
  stderr: string[];
  shown: { type: number; message: string }[];
  applied: WorkspaceEdit[];
  /** Resolves with the next publishDiagnostics for `uri` satisfying `pred`. */
  diagnostics(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  notifications: { method: string; params: unknown }[];
  /** Resolves with the first notification `method` (received so far or later) satisfying `pred`. */
  notification(method: string, pred?: (params: any) => boolean): Promise<any>;
  close(): Promise<number | null>;
}

export async function startServer(
  opts: { settings?: Record<string, unknown>; configuration?: boolean; rootUri?: string; resolveEdit?: boolean; configurationHangs?: boolean } = {},
): Promise<TestClient> {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const stderr: string[] = [];
  proc.stderr.on('data', (d) => stderr.push(String(d)));
  const published: PublishDiagnosticsParams[] = [];
  const noteWaiters: { method: string; pred: (p: any) => boolean; resolve: (p: any) => void }[] = [];
  const waiters: { uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const client: TestClient = {
    proc,
    conn,
    settings: opts.settings ?? {},
    stderr,
    shown: [],
    applied: [],
    notifications: [],
    diagnostics(uri, pred = () => true, timeoutMs = 10_000) {
      const hit = published.find((p) => p.uri === uri && pred(p));
      if (hit) {
        published.splice(published.indexOf(hit), 1);
        return Promise.resolve(hit);
      }
      return new Promise((resolve, reject) => {
        const w = { uri, pred, resolve: (p: PublishDiagnosticsParams) => (clearTimeout(timer), resolve(p)) };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(w);
      });
    },
    notification(method, pred = () => true) {
      const hit = client.notifications.find((n) => n.method === method && pred(n.params));
      if (hit) return Promise.resolve(hit.params);
      return new Promise((resolve) => noteWaiters.push({ method, pred, resolve }));
    },
    async close() {
      const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
      try {
        await conn.sendRequest('shutdown');
        await conn.sendNotification('exit');
      } catch {
        proc.kill();
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const code = await Promise.race([exited, new Promise<null>((r) => (timer = setTimeout(() => r(null), 5000)))]);
      clearTimeout(timer);
      if (code === null) proc.kill();
      conn.dispose();
      return code;
    },
  };
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const i = waiters.findIndex((w) => w.uri === p.uri && w.pred(p));
    if (i >= 0) waiters.splice(i, 1)[0].resolve(p);
    else published.push(p);
  });
  conn.onNotification('window/showMessage', (p: { type: number; message: string }) => {
    client.shown.push(p);
  });
  conn.onNotification((method, params) => {
    client.notifications.push({ method, params });
    for (const w of [...noteWaiters]) {
      if (w.method === method && w.pred(params)) {
        noteWaiters.splice(noteWaiters.indexOf(w), 1);
        w.resolve(params);
      }
    }
  });
  conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
    opts.configurationHangs ? new Promise(() => undefined) : p.items.map(() => client.settings),
  );
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/showMessageRequest', () => null);
  conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
    client.applied.push(p.edit);
    return { applied: true };
  });
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: opts.rootUri ?? fileUri(ROOT),
    capabilities: {
      workspace: {
        configuration: opts.configuration ?? true,
        didChangeWatchedFiles: { dynamicRegistration: true },
        didChangeConfiguration: { dynamicRegistration: true },
        applyEdit: true,
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          ...(opts.resolveEdit ? { resolveSupport: { properties: ['edit'] }, dataSupport: true } : {}),
        },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
    },
  });
  await conn.sendNotification('initialized', {});
  return client;
}

export function open(c: TestClient, uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
  return c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}

export const codes = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line + 1}:${d.code}`);
