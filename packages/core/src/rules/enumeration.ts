/** Lists written with 一是、二是、三是… in running text: the item-numbering and promised-count rules
 *  read them. A marker counts only at the start of a clause (after 。；：，、 or a line break), so
 *  之一是、统一是、第二是 are not markers. */
import type { ReportModel, Span } from '../types';
import { textScope } from './text-scope';
import { firstIndex } from '../parse/spans';
import { matchesOf } from '../matches';

const NUMERALS = '一二三四五六七八九十';
const MARKER = /([一二三四五六七八九十]{1,3})是/g;
/** What may stand before a marker (a lookbehind in MARKER would be tried at every position). */
const CLAUSE_START = /[。；;：:，,、！？\s）)”*]/;

/** 一 → 1 … 十九 → 19; undefined for anything else. */
export function numeralValue(s: string): number | undefined {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(s)) return undefined;
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? NUMERALS.indexOf(s) + 1 : undefined;
  const tens = ten === 0 ? 1 : NUMERALS.indexOf(s[0]) + 1;
  const units = ten === s.length - 1 ? 0 : NUMERALS.indexOf(s[ten + 1]) + 1;
  return s.length - ten > 2 || tens > 9 ? undefined : tens * 10 + units;
}

export interface Marker {
  value: number;
  numeral: string;
  span: Span;
}

/** A list: markers from a 一是 on, until the next 一是 or a section boundary. */
export interface ItemList {
  markers: Marker[];
}

/** The 一是… markers of the running text, in order. */
export function markers(model: ReportModel): Marker[] {
  const scope = textScope(model);
  const out: Marker[] = [];
  for (const m of matchesOf(model.text, MARKER)) {
    if (m.index > 0 && !CLAUSE_START.test(model.text[m.index - 1])) continue;
    const value = numeralValue(m[1]);
    if (value === undefined || !scope.inText(m.index)) continue;
    out.push({ value, numeral: m[1], span: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}

// A sub-heading such as （二） starts a new part: a list does not run on into it. So does a section
// heading that the parser has not found (crawler text: 。二、主动公开…). Arabic 1. 2. are not
// bounds: they often number the points inside one item.
const SUB_HEADING = /[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,2}[、.．](?=\p{Script=Han})/gu;
const HEADING_START = /[。；\s]/;

/** Lists: each starts at a 一是 and runs to the next 一是, section heading or sub-heading. Markers
 *  before any 一是 (an orphan 二是) belong to no list: the text may number them some other way. */
export function itemLists(model: ReportModel): ItemList[] {
  let lists = cache.get(model);
  if (!lists) cache.set(model, (lists = findLists(model)));
  return lists;
}

/** item-numbering and promised-count both read the lists: found once per model. */
const cache = new WeakMap<ReportModel, ItemList[]>();

function findLists(model: ReportModel): ItemList[] {
  const found = markers(model);
  if (!found.some((m) => m.value === 1)) return [];
  const text = model.text;
  const bounds = model.sections.map((s) => s.heading.start);
  for (const m of matchesOf(text, SUB_HEADING)) {
    if (m[0][0] === '（' || m[0][0] === '(' || m.index === 0 || HEADING_START.test(text[m.index - 1])) bounds.push(m.index);
  }
  bounds.sort((a, b) => a - b);
  // The number of bounds at or before the offset (binary search: a long report has many).
  const sectionOf = (offset: number) => firstIndex(bounds.length, (i) => bounds[i] > offset);
  const lists: ItemList[] = [];
  let current: ItemList | undefined;
  for (const m of found) {
    if (m.value === 1) {
      current = { markers: [m] };
      lists.push(current);
    } else if (current && sectionOf(m.span.start) === sectionOf(current.markers[0].span.start)) {
      current.markers.push(m);
    } else {
      current = undefined;
    }
  }
  return lists;
}
