/** What the Markdown syntax tree tells the line-based parser: heading depths, and the spans that
 *  are not report text (fenced code, HTML such as comments). */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Span } from '../types';

export interface MarkdownHeading {
  depth: number;
  setext: boolean;
  span: Span;
}

export interface MarkdownInfo {
  /** ATX/setext headings by the offset of their first character. */
  headings: Map<number, MarkdownHeading>;
  ignored: Span[];
}

interface Node {
  type: string;
  depth?: number;
  value?: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: Node[];
}

const processor = unified().use(remarkParse).use(remarkGfm);

export function readMarkdown(text: string): MarkdownInfo {
  const tree = processor.parse(text) as Node;
  const headings = new Map<number, MarkdownHeading>();
  const ignored: Span[] = [];
  const visit = (node: Node) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'heading') {
      const setext = !/^\s{0,3}#/.test(text.slice(start, start + 8));
      headings.set(start, { depth: node.depth ?? 1, setext, span: { start, end } });
    } else if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') {
      // Only fenced code and comments are set aside: pasted tables indented by tabs parse as
      // "indented code" in Markdown but are report text, and inline HTML such as <br> is harmless.
      const source = text.slice(start, start + 8);
      const fenced = node.type === 'code' && /^ {0,3}(```|~~~)/.test(source);
      const comment = node.type === 'html' && /^\s*<!--/.test(node.value ?? '');
      if (fenced || comment || node.type === 'yaml') ignored.push({ start, end });
      return;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return { headings, ignored };
}
