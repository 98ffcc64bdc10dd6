// Input generators shared by scripts/bench.mjs and scripts/fuzz.mjs: reports with fresh numbers,
// a 1 MB report, batches of reports on disk, and adversarial texts for the scaling checks.
// Everything is driven by a seeded PRNG so that a run can be repeated exactly.
import { readFileSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BENCH_DIR = join(ROOT, '.bench');

export const fixture = (path) => readFileSync(join(ROOT, 'fixtures', path), 'utf8');

export const SEED_FILES = ['000_19b186ad1a196a36.txt', '001_ff4af530816f6324.txt', '002_3de73757d3cdff2d.txt', '003_f0739a87bbbceb08.txt', '004_e37f677c45259637.txt'];
export const SYNTHETIC_FILES = [
  'correct.txt', 'correct.md', 'correct.cells.txt', 'correct.pipes.txt',
  'row-total.txt', 'row-total.md', 'row-total.cells.txt', 'row-total.pipes.txt',
  'results-total.txt', 'results-total.md', 'review-total.txt', 'review-total.md', 'balance.txt', 'balance.md',
];

export { rng } from './rng.mjs';
import { rng } from './rng.mjs';
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

export const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');

// ---------------------------------------------------------------------------------------------
// Reports with fresh numbers

/** A number token in a table line: digits bounded by start/end of line, white space or `|`. */
const NUMBER_TOKEN = /(?<=^|[\s|])\d+(?:\.\d+)?(?=$|[\s|])/g;

/** Random consistent 表三 values: 25 rows × 7 columns (six parts and 总计), in the fixture's row order:
 *  new, carried, the 21 result leaves, （七）总计, 四. Balance holds in every column. */
export function applicationValues(r) {
  const rows = Array.from({ length: 25 }, () => new Array(7).fill(0));
  for (let c = 0; c < 6; c++) {
    const busy = c === 0 ? 40 : 8; // most applicants are 自然人
    let results = 0;
    for (let i = 2; i < 23; i++) {
      const v = r() < 0.35 ? int(r, 0, busy) : 0;
      rows[i][c] = v;
      results += v;
    }
    rows[23][c] = results;
    const carryover = r() < 0.3 ? int(r, 0, 5) : 0;
    rows[24][c] = carryover;
    const carried = int(r, 0, Math.min(5, results + carryover));
    rows[1][c] = carried;
    rows[0][c] = results + carryover - carried;
  }
  for (const row of rows) row[6] = row.slice(0, 6).reduce((a, b) => a + b, 0);
  return rows;
}

/** Random consistent 表四 values: three groups of four parts and their 总计. */
export function reviewValues(r) {
  const out = [];
  for (let g = 0; g < 3; g++) {
    const parts = [0, 1, 2, 3].map(() => (r() < 0.4 ? int(r, 0, 9) : 0));
    out.push(...parts, parts.reduce((a, b) => a + b, 0));
  }
  return out;
}

const AGENCIES = ['某某市某某区人民政府办公室', '某某省交通运输厅', '某某县市场监督管理局', '某某市生态环境局', '某某区某某街道办事处', '某某市教育局'];

/** A copy of the correct synthetic report (`text` or `markdown`) with new, consistent numbers.
 *  With `wrongTotal`, one 总计 cell of 表三 is off (a row-total error, like row-total.txt). */
export function randomReport(r, { format = 'text', wrongTotal = false } = {}) {
  const source = fixture(format === 'markdown' ? 'synthetic/correct.md' : 'synthetic/correct.txt');
  const app = applicationValues(r);
  const review = reviewValues(r);
  if (wrongTotal) {
    const row = int(r, 0, 24);
    app[row][6] += int(r, 1, 9);
  }
  const lines = source.split('\n');
  let appRow = 0;
  let section = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^(?:##\s*)?([一二三四五六])、/.exec(line);
    if (heading && !line.includes('\t') && !line.startsWith('|')) section = '一二三四五六'.indexOf(heading[1]) + 1;
    const count = (line.match(NUMBER_TOKEN) ?? []).length;
    if (section === 3 && count === 7 && appRow < 25) {
      const values = app[appRow++];
      let k = 0;
      lines[i] = line.replace(NUMBER_TOKEN, () => String(values[k++]));
    } else if (section === 4 && count === 15) {
      let k = 0;
      lines[i] = line.replace(NUMBER_TOKEN, () => String(review[k++]));
    }
  }
  let text = lines.join('\n');
  text = text.replace('某某市某某区人民政府办公室', pick(r, AGENCIES));
  text = text.replace(/收到政府信息公开申请\d+件/, `收到政府信息公开申请${app[0][6]}件`).replace(/上年结转申请\d+件/, `上年结转申请${app[1][6]}件`);
  return text;
}

// ---------------------------------------------------------------------------------------------
// A big report: the correct report with many body paragraphs

const SENTENCES = [
  '本机关坚持以公开为常态、不公开为例外，持续深化政务公开工作。',
  '围绕优化营商环境、民生保障等重点领域，及时发布政策文件和工作动态。',
  '严格执行《中华人民共和国政府信息公开条例》，规范依申请公开办理流程。',
  '按照国办函〔2020〕109号的要求，规范信息处理费的收取。',
  '加强政府网站和政务新媒体建设，推动政务公开标准化规范化。',
  '组织开展政务公开业务培训2次，参训人员共计120人次。',
  '在政府门户网站开设“政策解读”专栏，发布解读材料18篇。',
  '健全公开属性源头认定机制，对拟制发的公文逐件明确公开属性。',
  '完善政府信息管理动态调整机制，对现行有效的行政规范性文件进行集中清理。',
  '落实重大行政决策预公开制度，通过座谈会、网上征求意见等方式广泛听取公众意见。',
  '（一）主动公开方面，持续加大重点领域信息公开力度。',
  '(二)依申请公开方面，严格按照法定时限答复。',
  '一是加强组织领导；二是强化监督检查；三是做好宣传引导。',
  '2025年，本机关通过政府网站发布信息3500余条，同比增长12.5%。',
  '依托12345政务服务便民热线，及时回应社会关切。',
];

function paragraph(r) {
  const n = int(r, 2, 6);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(r, SENTENCES);
  return s;
}

/** A correct report of at least `bytes` UTF-8 bytes: paragraphs added to sections 一, 五 and 六. */
export function bigReport(bytes, format = 'text', seed = 1) {
  const r = rng(seed);
  const base = fixture(format === 'markdown' ? 'synthetic/correct.md' : 'synthetic/correct.txt');
  const anchors = format === 'markdown' ? ['## 二、', '## 六、', null] : ['二、主动公开', '六、其他需要报告', null];
  return withBody(base, anchors, bytes, () => paragraph(r) + '\n\n');
}

/** `base` with `unit()`s added before each anchor (null: at the end) until it has `bytes` bytes. */
function withBody(base, anchors, bytes, unit) {
  const per = Math.ceil(Math.max(0, bytes - utf8Bytes(base)) / anchors.length);
  const block = () => {
    let out = '';
    for (let size = 0; size < per; ) {
      const p = unit();
      out += p;
      size += utf8Bytes(p);
    }
    return out;
  };
  let text = base;
  for (const anchor of anchors) {
    if (anchor === null) text = text.replace(/\n*$/, '\n\n') + block();
    else {
      const at = text.indexOf(anchor);
      text = text.slice(0, at) + block() + text.slice(at);
    }
  }
  return text;
}

/** 1 MB shapes other than running prose, as users have them:
 *  - `line-heavy`: a PDF copy-out — every table cell on its own line, blank CRLF lines between
 *    lines, and the added body one short sentence per line;
 *  - `table-heavy`: the added body as tab-separated statistics rows (a label and numbers). */
export function shapedReport(bytes, shape, seed = 1) {
  if (shape === 'prose') return bigReport(bytes, 'text', seed);
  const r = rng(seed);
  const row = () => `${pick(r, ['发布政策文件', '政策解读材料', '回应关切', '新闻发布会', '政务新媒体信息', '公开意见征集'])}\t${int(r, 0, 999)}\t${int(r, 0, 99)}\t${int(r, 0, 9)}`;
  const unit = shape === 'line-heavy' ? () => pick(r, SENTENCES) + '\n\n' : () => row() + '\n';
  const text = withBody(fixture('synthetic/correct.txt'), ['二、主动公开', '六、其他需要报告', null], bytes, unit);
  return shape === 'line-heavy' ? text.replace(/\t/g, '\n\n').replace(/\n/g, '\r\n') : text;
}

// ---------------------------------------------------------------------------------------------
// Batches on disk

/** Writes `count` reports into a fresh directory under .bench/ (mostly text, one in 5 Markdown,
 *  one in 4 with a wrong total). Returns the directory. */
export function writeBatch(count, { seed = 7, dir = join(BENCH_DIR, `batch-${count}`) } = {}) {
  rmSync(dir, { recursive: true, force: true });
  const r = rng(seed);
  const per = 1000;
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(Math.floor(i / per)).padStart(3, '0'));
    if (i % per === 0) mkdirSync(sub, { recursive: true });
    const markdown = i % 5 === 4;
    const text = randomReport(r, { format: markdown ? 'markdown' : 'text', wrongTotal: i % 4 === 3 });
    writeFileSync(join(sub, `report-${String(i).padStart(5, '0')}.${markdown ? 'md' : 'txt'}`), text);
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Adversarial texts for the scaling checks (in adversarial.mjs, which jest can load too)

export { ADVERSARIAL, repeatTo } from './adversarial.mjs';
import { adversarialInput as adversarialIn } from './adversarial.mjs';

/** The text to lint for a pattern at `bytes` bytes, and the options to lint it with. */
export const adversarialInput = (pattern, bytes) => adversarialIn(pattern, bytes, fixture('synthetic/correct.txt'));
