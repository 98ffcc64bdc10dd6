/** Word's automatic numbering (`word/numbering.xml`): a heading numbered by a list (`w:numPr`, its own
 *  or its style's) shows `一、` that is in no w:t. The reader asks `next()` for each numbered paragraph
 *  in document order and puts the label in front of its text. Counting follows ECMA-376 §17.9 as Word
 *  does: one running count per abstract definition (numIds on one abstractNum continue each other),
 *  a numId's `w:startOverride` restarts it where that numId first appears, a level restarts when a
 *  level above it is used (`w:lvlRestart` changes that), `w:start` is where a level begins. */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element as XmlElement } from 'domhandler';

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  /** w:lvlRestart: this level restarts when a level above `restart` (1-based) is used; 0: never. */
  restart?: number;
  /** w:isLgl: every number in the label as a decimal (legal numbering, 1.1.1). */
  legal: boolean;
}

interface Instance {
  abstractId: string;
  /** w:lvlOverride by level: a new start, and/or a whole level definition. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

const isElement = (n: ChildNode): n is XmlElement => n.type === 'tag';
const kids = (el: XmlElement) => el.children.filter(isElement);
const child = (el: XmlElement | undefined, name: string) => (el ? kids(el).find((c) => c.name === name) : undefined);
const val = (el: XmlElement | undefined) => el?.attribs['w:val'];
const intVal = (el: XmlElement | undefined) => {
  const n = parseInt(val(el) ?? '', 10);
  return Number.isFinite(n) ? n : undefined;
};
const parse = (xml: string) => parseDocument(xml, { xmlMode: true });
const root = (xml: string, name: string) => parse(xml).children.find((c): c is XmlElement => isElement(c) && c.name === name);

/** w:numFmt, also inside mc:AlternateContent (LibreOffice writes a custom format there, with the
 *  standard one as the fallback). */
function numFormat(lvl: XmlElement): string {
  const direct = child(lvl, 'w:numFmt');
  if (direct) return val(direct) ?? 'decimal';
  const alt = child(lvl, 'mc:AlternateContent');
  const fallback = child(child(alt, 'mc:Fallback'), 'w:numFmt');
  return val(fallback) ?? 'decimal';
}

function readLevel(lvl: XmlElement): Level {
  return {
    start: intVal(child(lvl, 'w:start')) ?? 0,
    format: numFormat(lvl),
    text: val(child(lvl, 'w:lvlText')) ?? '',
    suffix: val(child(lvl, 'w:suff')) ?? 'tab',
    ...(child(lvl, 'w:lvlRestart') ? { restart: intVal(child(lvl, 'w:lvlRestart')) ?? 0 } : {}),
    legal: !!child(lvl, 'w:isLgl') && val(child(lvl, 'w:isLgl')) !== '0' && val(child(lvl, 'w:isLgl')) !== 'false',
  };
}

/** A paragraph's w:numPr (numId, ilvl), as far as it says. */
export function numPrOf(pPr: XmlElement | undefined): StyleNumbering | undefined {
  const numPr = child(pPr, 'w:numPr');
  if (!numPr) return undefined;
  const numId = val(child(numPr, 'w:numId'));
  const ilvl = intVal(child(numPr, 'w:ilvl'));
  return { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl } : {}) };
}

export class Numbering {
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly seen = new Set<string>();

  constructor(
    private readonly abstracts: Map<string, { levels: Level[]; styleLink?: string }>,
    private readonly instances: Map<string, Instance>,
    private readonly styles: Map<string, StyleNumbering>,
  ) {}

  /** The numbering of a paragraph: its own w:numPr over its style's (and the styles it is based on). */
  resolve(pPr: XmlElement | undefined): { numId: string; ilvl: number } | undefined {
    const own = numPrOf(pPr);
    let numId = own?.numId;
    let ilvl = own?.ilvl;
    let style = val(child(pPr, 'w:pStyle'));
    for (let depth = 0; style && depth < 10 && (numId === undefined || ilvl === undefined); depth++) {
      const s = this.styles.get(style);
      if (!s) break;
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      style = s.basedOn;
    }
    if (numId === undefined || numId === '0') return undefined;
    return { numId, ilvl: Math.max(0, Math.min(ilvl ?? 0, 8)) };
  }

  /** An abstract definition, through a numbering style link (w:numStyleLink → the style's list). */
  private abstractOf(instance: Instance): { id: string; levels: Level[] } | undefined {
    let id = instance.abstractId;
    for (let depth = 0; depth < 5; depth++) {
      const a = this.abstracts.get(id);
      if (!a) return undefined;
      if (!a.styleLink) return { id, levels: a.levels };
      const linked = this.styles.get(a.styleLink)?.numId;
      const target = linked !== undefined ? this.instances.get(linked)?.abstractId : undefined;
      if (target === undefined || target === id) return { id, levels: a.levels };
      id = target;
    }
    return undefined;
  }

  /** The label of the next paragraph in list `numId` at level `ilvl` (`一、`, `（三）`, `2.1 `), or ''. */
  next(numId: string, ilvl: number): string {
    const instance = this.instances.get(numId);
    const abstract = instance && this.abstractOf(instance);
    if (!instance || !abstract) return '';
    const levelAt = (k: number): Level | undefined => instance.overrides.get(k)?.level ?? abstract.levels[k];
    const level = levelAt(ilvl);
    if (!level) return '';
    let counts = this.counts.get(abstract.id);
    if (!counts) this.counts.set(abstract.id, (counts = []));
    if (!this.seen.has(numId)) {
      // A numId that restarts the list: its override takes effect where it first appears.
      this.seen.add(numId);
      for (const [k, o] of instance.overrides) if (o.start !== undefined) counts[k] = o.start - 1;
    }
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1;
    for (let k = ilvl + 1; k < 9; k++) {
      const restart = levelAt(k)?.restart ?? k;
      if (ilvl < restart) counts[k] = undefined;
    }
    if (level.format === 'bullet') return ''; // a bullet is no text the report reads
    const label = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const k = Number(n) - 1;
      const at = levelAt(k);
      if (!at) return '';
      return formatNumber(counts![k] ?? at.start, level.legal ? 'decimal' : at.format);
    });
    if (!label) return '';
    // The tab (or space) after a label is read as a space after a number or word (第一章 总则,
    // 1.1 甲), and as nothing after punctuation (一、总体情况, 1.属于国家秘密: as typed).
    if (level.suffix === 'nothing' || /\p{P}$/u.test(label)) return label;
    return `${label} `;
  }
}

const DIGITS = '〇一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 2024 → 二千零二十四. */
function chineseCount(n: number, digits = DIGITS, units = ['', '十', '百', '千'], zero = '零'): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i];
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += zero;
    pendingZero = false;
    // 十一, not 一十一, when the number starts with the tens.
    out += (d === 1 && unit === units[1] && i === 0 ? '' : digits[d]) + unit;
  });
  return out;
}

function letters(n: number, base: string): string {
  if (n <= 0) return String(n);
  // Word repeats the letter: 27 → AA, 28 → BB.
  return base[(n - 1) % 26].repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

const enclosed = (n: number, first: number, max: number) => (n >= 1 && n <= max ? String.fromCodePoint(first + n - 1) : String(n));
const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** A number in a w:numFmt. Formats the report's headings do not use fall back to decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCount(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(n).replace(/\d/g, (d) => DIGITS[Number(d)]);
    case 'chineseLegalSimplified':
      return chineseCount(n, LEGAL, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return n >= 1 ? '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10] : String(n);
    case 'ideographZodiac':
      return n >= 1 ? '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12] : String(n);
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidth(String(n));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** The lists of a .docx from numbering.xml (and styles.xml for numbering by paragraph style), or
 *  undefined when it has none. */
export function readNumbering(numberingXml: string | undefined, stylesXml: string | undefined): Numbering | undefined {
  const numbering = numberingXml ? root(numberingXml, 'w:numbering') : undefined;
  if (!numbering) return undefined;
  const abstracts = new Map<string, { levels: Level[]; styleLink?: string }>();
  const instances = new Map<string, Instance>();
  for (const el of kids(numbering)) {
    if (el.name === 'w:abstractNum') {
      const levels: Level[] = [];
      for (const lvl of kids(el).filter((c) => c.name === 'w:lvl')) {
        const k = parseInt(lvl.attribs['w:ilvl'] ?? '', 10);
        if (k >= 0 && k < 9) levels[k] = readLevel(lvl);
      }
      const link = val(child(el, 'w:numStyleLink'));
      abstracts.set(el.attribs['w:abstractNumId'] ?? '', { levels, ...(link ? { styleLink: link } : {}) });
    } else if (el.name === 'w:num') {
      const overrides: Instance['overrides'] = new Map();
      for (const o of kids(el).filter((c) => c.name === 'w:lvlOverride')) {
        const k = parseInt(o.attribs['w:ilvl'] ?? '', 10);
        if (!(k >= 0 && k < 9)) continue;
        const start = intVal(child(o, 'w:startOverride'));
        const lvl = child(o, 'w:lvl');
        overrides.set(k, { ...(start !== undefined ? { start } : {}), ...(lvl ? { level: readLevel(lvl) } : {}) });
      }
      instances.set(el.attribs['w:numId'] ?? '', { abstractId: val(child(el, 'w:abstractNumId')) ?? '', overrides });
    }
  }
  if (!instances.size) return undefined;
  const styles = new Map<string, StyleNumbering>();
  // Word's styles.xml is large (latent styles); it matters only when a style carries a list.
  const stylesRoot = stylesXml?.includes('<w:numPr') ? root(stylesXml, 'w:styles') : undefined;
  for (const s of stylesRoot ? kids(stylesRoot).filter((c) => c.name === 'w:style') : []) {
    const numPr = numPrOf(child(s, 'w:pPr'));
    const basedOn = val(child(s, 'w:basedOn'));
    if (numPr || basedOn) styles.set(s.attribs['w:styleId'] ?? '', { ...numPr, ...(basedOn ? { basedOn } : {}) });
  }
  return new Numbering(abstracts, instances, styles);
}
