import type { ReportModel } from '../types';
import { insideAny } from '../parse/spans';

/** True for offsets in the report's prose: not in a table, a code block or an HTML comment.
 *  Rules that read sentences use it so that table labels and numbers are never taken for text. */
export function inProse(model: ReportModel): (offset: number) => boolean {
  const skipped = insideAny([...model.ignored, ...Object.values(model.tables).map((t) => t!.span)]);
  return (offset) => !skipped(offset);
}
