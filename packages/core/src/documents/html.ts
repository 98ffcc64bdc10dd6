/** The HTML reader: pages as government sites publish them (Word "save as web page" exports with
 *  mso styles, CMS pages with layout tables, GBK or UTF-8). Parsed with hast-util-from-html, which
 *  keeps each node's position, so every character maps back to its line and column in the file. */
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Nodes, Root, Text } from 'hast';
import { LineIndex } from '../lines';
import { decodeHtml, encodeHtml, sniffCharset, type Charset } from './charset';
import { writeTable, type SourceCell } from './grid';
import { append, collapseSpace, emptyPiece, joinParts, mapDecoded, nearAt, placedPiece, trimPiece, TextBuilder, verbatimRange, type Piece } from './pieces';
import type { ExtractedDocument, ExtractedTable } from './types';

export interface HtmlDocument extends ExtractedDocument {
  /** The decoded page and its charset, for writing fixes back. */
  source: string;
  charset: Charset;
  /** The offset in `source` near which the extracted text's character at `offset` came from. */
  sourceOffset(offset: number): number;
}

/** Not text a reader sees. */
const DROPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'select', 'button', 'input', 'textarea', 'nav', 'header', 'footer', 'aside', 'map', 'canvas', 'audio', 'video']);
/** Page chrome by class or id: menus, breadcrumbs, share bars, footers. */
const CHROME = /(^|[\s_-])(nav|navbar|menu|breadcrumb|crumbs?|share|toolbar|footer|foot|top-?bar|sidebar|location|position|dqwz)([\s_-]|$)/i;
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'html', 'legend', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

function classAndId(el: Element): string {
  const cls = el.properties.className;
  return `${Array.isArray(cls) ? cls.join(' ') : (cls ?? '')} ${el.properties.id ?? ''}`;
}

function isHidden(el: Element): boolean {
  if (el.properties.hidden) return true;
  const style = el.properties.style;
  return typeof style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i.test(style);
}

function isDropped(el: Element): boolean {
  return DROPPED.has(el.tagName) || isHidden(el) || (el.tagName !== 'body' && el.tagName !== 'html' && CHROME.test(classAndId(el)));
}

const containsTable = (el: Element): boolean => el.children.some((c) => c.type === 'element' && (c.tagName === 'table' || containsTable(c)));

/** The rows of a table (through thead/tbody/tfoot, not into nested tables) and their cells. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (el: Element) => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'tr') rows.push(c);
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') visit(c);
    }
  };
  visit(table);
  return rows;
}

const spanOf = (v: unknown) => {
  const n = typeof v === 'number' ? v : parseInt(String(v ?? '1'), 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
};

class HtmlReader {
  readonly out = new TextBuilder();
  readonly tables: ExtractedTable[] = [];
  private line: Piece = emptyPiece();

  constructor(private readonly src: string) {}

  private textOf(node: Text): Piece {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return placedPiece(node.value, start ?? 0);
    return mapDecoded(this.src.slice(start, end), start, node.value) ?? placedPiece(node.value, start);
  }

  private flush(): void {
    const p = trimPiece(collapseSpace(this.line));
    if (p.s) this.out.line(p);
    this.line = emptyPiece();
  }

  /** Text flow outside data tables: blocks end lines, inline content joins the current line. */
  walk(node: Nodes): void {
    if (node.type === 'text') {
      append(this.line, this.textOf(node));
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (isDropped(node)) return;
      if (node.tagName === 'br') {
        this.flush();
        return;
      }
      if (node.tagName === 'table' && !containsTable(node)) {
        this.flush();
        this.table(node);
        return;
      }
    }
    const block = node.type === 'root' || BLOCKS.has(node.tagName);
    if (block) this.flush();
    for (const c of node.children) this.walk(c);
    if (block) this.flush();
  }

  /** A cell's text: its lines (blocks, <br>) joined as SourceCell text, never a tab or line break. */
  private cellText(cell: Element): Piece {
    const parts: Piece[] = [];
    let cur = emptyPiece();
    const end = () => {
      parts.push(collapseSpace(cur));
      cur = emptyPiece();
    };
    const visit = (n: ElementContent) => {
      if (n.type === 'text') return append(cur, this.textOf(n));
      if (n.type !== 'element' || isDropped(n)) return;
      if (n.tagName === 'br') return end();
      const block = BLOCKS.has(n.tagName);
      if (block) end();
      n.children.forEach(visit);
      if (block) end();
    };
    cell.children.forEach(visit);
    end();
    return joinParts(parts);
  }

  private table(el: Element): void {
    const rows: SourceCell[][] = rowsOf(el).map((tr) =>
      tr.children
        .filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th') && !isHidden(c))
        .map((td) => ({
          text: this.cellText(td),
          rowspan: spanOf(td.properties.rowSpan),
          colspan: spanOf(td.properties.colSpan),
          near: td.position?.start.offset ?? 0,
        })),
    );
    if (!rows.some((r) => r.length)) return;
    this.tables.push(writeTable(this.out, rows));
  }
}

export function readHtml(bytes: Uint8Array): HtmlDocument {
  const charset = sniffCharset(bytes);
  return readHtmlSource(decodeHtml(bytes, charset), charset);
}

/** Reads a page that is already text (an editor's buffer); `charset` is what a fix is written back in. */
export function readHtmlSource(source: string, charset: Charset = { name: 'utf-8', bom: false }): HtmlDocument {
  const tree: Root = fromHtml(source);
  const reader = new HtmlReader(source);
  reader.walk(tree);
  const { out } = reader;
  const text = out.text();
  const lines = new LineIndex(source);
  return {
    kind: 'html',
    text,
    tables: reader.tables,
    source,
    charset,
    sourceOffset(offset) {
      return nearAt(out.near, offset);
    },
    placeOf(offset) {
      return { kind: 'html', ...lines.position(nearAt(out.near, offset)) };
    },
    sourceRange(start, end) {
      return verbatimRange(out.exact, start, end);
    },
  };
}

/** The page with its text replaced by `source` (fixes written in), in the page's own charset. */
export function writeHtml(doc: HtmlDocument, source: string): Uint8Array {
  return encodeHtml(source, doc.charset);
}
