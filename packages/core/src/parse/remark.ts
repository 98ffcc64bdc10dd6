/** The remark processor, remark-parse with GFM. A module of its own so that it is loaded only when a
 *  document needs it: the CLI ships it as a bundle of its own, dist/markdown.js, most of the CLI's
 *  code by size, which a run on plain-text reports or on `#` headings never reads. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

export function createProcessor() {
  return unified().use(remarkParse).use(remarkGfm);
}
