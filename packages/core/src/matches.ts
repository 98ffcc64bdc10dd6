/** The matches of a rule's global regular expression in a report's text, as `text.matchAll` gives
 *  them, found again after an edit mostly from where they were: in an editor the same expressions
 *  search a long text on every keystroke, and almost all of that search finds what it found before.
 *
 *  After an edit, each expression keeps where its matches were in the text before. Matches well
 *  before the edit and well after it (moved by the edit's length) are taken again, copied or
 *  matched anew at their places (one anchored attempt, which also checks that it still matches
 *  there); only the stretch around the edit is searched. An expression reads at most REACH
 *  characters around a place it tries (its look-behind, and how far it reads beyond a match's
 *  start); where a taken match does not match again, or the edit is large, the whole text is
 *  searched instead. */
import { changedStretch } from './diff';
import { firstIndex } from './parse/spans';

/** How far an expression reads around a place it tries. The rules' expressions read tens of
 *  characters (a bounded `[^。]{0,300}` at most); a blank run longer than this under a `\s*` is not
 *  seen in a report. */
const REACH = 2048;
/** Strings shorter than this V8 copies when it cuts them from a text (longer ones point into it). */
const SHORT = 13;
/** Texts shorter than this are searched whole: it costs less than the bookkeeping. */
const MIN_LENGTH = 16384;

interface Found {
  text: string;
  starts: number[];
  ends: number[];
  matches: RegExpExecArray[];
}

const found = new WeakMap<RegExp, Found>();
/** How many searches after an edit were made around it (the tests check that they are). */
export const matchSearches = { partial: 0 };
const anchored = new WeakMap<RegExp, RegExp>();

export function matchesOf(text: string, re: RegExp): readonly RegExpExecArray[] {
  if (!re.global) throw new Error('matchesOf needs a global regular expression');
  if (text.length < MIN_LENGTH) return [...text.matchAll(re)] as RegExpExecArray[];
  const before = found.get(re);
  if (before?.text === text) return before.matches;
  const again = before ? fromBefore(before, text, re) : undefined;
  if (again) matchSearches.partial++;
  const now = again ?? searchAll(text, re);
  found.set(re, now);
  return now.matches;
}

function searchAll(text: string, re: RegExp): Found {
  const matches = [...text.matchAll(re)] as RegExpExecArray[];
  return { text, matches, starts: matches.map((m) => m.index), ends: matches.map((m) => m.index + m[0].length) };
}

/** The matches in `text` from those in the text before, or undefined to search it whole. */
function fromBefore(before: Found, text: string, re: RegExp): Found | undefined {
  const change = changedStretch(before.text, text);
  if (!change || change.end - change.start > text.length / 4) return undefined;
  const delta = text.length - before.text.length;
  const sticky = anchoredCopy(re);
  const out: Found = { text, starts: [], ends: [], matches: [] };
  const take = (m: RegExpExecArray) => {
    out.matches.push(m);
    out.starts.push(m.index);
    out.ends.push(m.index + m[0].length);
  };
  /** Earlier match `k`, now at `start`: matched anew there (its text must come from the new text;
   *  it must end where it did), or, when all its strings are short, the same match moved (V8 copies
   *  strings that short out of a text, so the match does not keep the earlier text alive; the
   *  earlier list is not used again). */
  const retake = (k: number, start: number): boolean => {
    const earlier = before.matches[k];
    if (earlier.every((part) => part === undefined || part.length < SHORT)) {
      earlier.index = start;
      earlier.input = text;
      take(earlier);
      return true;
    }
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (!m || m.index + m[0].length !== start + before.ends[k] - before.starts[k]) return false;
    take(m);
    return true;
  };

  // Before the edit: the matches whose reading ended before it.
  const from = Math.max(0, change.start - REACH);
  let k = 0;
  for (; k < before.starts.length && before.starts[k] < from; k++) if (!retake(k, before.starts[k])) return undefined;
  // Where the earlier search went on after the last of them (past an empty match, one further).
  let at = k > 0 ? Math.max(from, before.ends[k - 1] + (before.ends[k - 1] === before.starts[k - 1] ? 1 : 0)) : from;

  // Around the edit: searched, in a slice that ends where no attempt in it can read further.
  const resume = change.end + REACH;
  if (resume >= text.length) {
    searchFrom(text, re, at, text.length + 1, take); // + 1: an empty match at the very end
    return out;
  }
  at = searchFrom(text.slice(0, resume + REACH), re, at, resume, take);

  // After it: where the search before the edit was at the same place (not inside a match), the
  // rest is the earlier search's, moved by the edit's length.
  let j = firstAtOrAfter(before.starts, at - delta);
  while (j > 0 && before.ends[j - 1] > at - delta) {
    // `at` lies inside an earlier match: try each place up to that match's end, as the earlier search did not.
    const end = before.ends[j - 1] + delta;
    for (; at < end; ) {
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m) {
        take(m);
        at = m[0] ? m.index + m[0].length : at + 1;
      } else at++;
    }
    j = firstAtOrAfter(before.starts, at - delta);
  }
  for (; j < before.starts.length; j++) if (!retake(j, before.starts[j] + delta)) return undefined;
  return out;
}

/** Searches `text` from `at`, taking the matches that start before `until`; returns where the
 *  search would go on (after the last match taken, or `until`). */
function searchFrom(text: string, re: RegExp, at: number, until: number, take: (m: RegExpExecArray) => void): number {
  try {
    re.lastIndex = at;
    let next = at;
    for (let m = re.exec(text); m && m.index < until; m = re.exec(text)) {
      take(m);
      next = m.index + m[0].length;
      if (!m[0]) re.lastIndex = ++next;
    }
    return Math.max(next, until);
  } finally {
    re.lastIndex = 0;
  }
}

function anchoredCopy(re: RegExp): RegExp {
  let copy = anchored.get(re);
  if (!copy) anchored.set(re, (copy = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return copy;
}

/** The first index of the sorted `xs` whose value is at least `x`. */
const firstAtOrAfter = (xs: readonly number[], x: number) => firstIndex(xs.length, (i) => xs[i] >= x);
