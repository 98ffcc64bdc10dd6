// The robustness properties of the core library, for scripts/fuzz.mjs. The jest suite
// packages/core/test/property.test.ts states the same properties over the same kinds of input
// (jest cannot load .mjs, so it keeps its own copy of the arbitraries: keep the two in step).
//
//   makeProperties(fc, core, fixtures) → [{ name, arbitrary, predicate, weight }]
//
// A predicate throws (with a message saying what broke) or returns true.

/** Table-ish tokens that the parser cares about. */
export const TOKENS = [
  '\t', '\t', '|', '| ', ' | ', ' ', '\u3000', '\u00a0', '\n', '\n', '\r\n', '\r', '\n\n',
  '无', '-', '/', '—', '空', '0', '1', '12', '27', '3119', '12.5', '1,234', '１２', '007', '15130000154', '-3', '12件',
  '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况', '六、其他需要报告的事项', '五、存在的问题及改进情况', '一.', '一 ', '（一）', '(一)', '二、', '七、',
  '某某区人民政府2025年政府信息公开工作年度报告', '2025 年度 政府信息公开工作报告',
  '一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数\n量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果',
  '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（三）不予公开', '1.属于国家秘密', '8.属于行政查询事项',
  '（四）无法提供', '（五）不予处理', '（六）其他处理', '3.其他', '（七）总计', '四、结转下年度继续办理',
  '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计', '申请人情况',
  '第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '本年度止件数', '现行有效件数', '规章', '行政规范性文件', '行政许可',
  '本年收费金额（单位：万元）', '上一年项目数量', '本年增/减', '第二十条第（九）项',
  '行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议直接起诉', '复议后起诉',
  '〔', '〕', '〔2020〕', '[2020]', '【2020】', '（2020）', '〔2020]', '国办函〔2020〕109号', '国办公开办函〔2021〕30号', '〔2020〕09号', '第',
  '《', '》', '〈', '〉', '<', '>', '《政府信息公开信息处理费管理办法》', '《中华人民共和国政府信息公开条例》',
  '本年度未收到政府信息公开申请', '收到申请75件', '行政复议7件', '未发生行政复议、行政诉讼', '主动公开政府信息共37条，其中', '35条，', '占', '%',
  '统计期限自2024年1月1日至2024年12月31日', '20241月1日', '信息处理费', '未收取',
  '# ', '## ', '### ', '**', '__', '| --- | --- |', '|---|', '<!--', '-->', '```\n', '> ', '- ', '1. ', '\\',
  '<!-- report-lint-disable -->', '<!-- report-lint-disable-next-line row-total -->', '// report-lint-disable-line', '<!-- report-lint-enable -->',
  '\ud83d\ude00', '\ud800', '\udc00', '\u0000', '\ufeff', '\u200b', 'e\u0301',
];

export const REPORT_FILES = [
  'seeds/000_19b186ad1a196a36.txt', 'seeds/001_ff4af530816f6324.txt', 'seeds/002_3de73757d3cdff2d.txt',
  'seeds/003_f0739a87bbbceb08.txt', 'seeds/004_e37f677c45259637.txt',
  'synthetic/correct.txt', 'synthetic/correct.md', 'synthetic/correct.cells.txt', 'synthetic/correct.pipes.txt',
  'synthetic/row-total.txt', 'synthetic/row-total.md', 'synthetic/row-total.cells.txt', 'synthetic/row-total.pipes.txt',
  'synthetic/results-total.txt', 'synthetic/results-total.md', 'synthetic/review-total.txt', 'synthetic/review-total.md',
  'synthetic/balance.txt', 'synthetic/balance.md',
];

export const TOTAL_RULES = ['row-total', 'results-total', 'review-total'];

// ---------------------------------------------------------------------------------------------
// Checks

/** 1-based lines and columns of `offsets`, counted independently of the core's LineIndex, in one
 *  scan: lines end at \n, \r\n or \r; an offset between \r and \n is still on the \r's line. */
export function positionsOf(text, offsets) {
  const order = offsets.map((o, k) => [o, k]).sort((a, b) => a[0] - b[0]);
  const out = new Array(offsets.length);
  let line = 1;
  let column = 1;
  let i = 0;
  for (const [offset, k] of order) {
    for (; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        column = 1;
      } else if (c === 13 && i + 1 < offset) {
        i++;
        line++;
        column = 1;
      } else column++;
    }
    // \r\n split by the offset: the \r counted as a column; the scan resumes on the \n.
    out[k] = { line, column };
  }
  return out;
}

export const positionOf = (text, offset) => positionsOf(text, [offset])[0];

const show = (m) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} [${m.offset},${m.endOffset})${m.fix ? ` fix [${m.fix.range}]→${JSON.stringify(m.fix.text)}` : ''} ${m.message}`;

/** Every message is well placed, and no rule crashed (the linter turns a crash into an info message). */
export function checkMessages(text, messages) {
  const positions = positionsOf(text, messages.flatMap((m) => (Number.isInteger(m.offset) && Number.isInteger(m.endOffset) ? [Math.max(0, Math.min(m.offset, text.length)), Math.max(0, Math.min(m.endOffset, text.length))] : [0, 0])));
  for (const [k, m] of messages.entries()) {
    if (/内部错误/.test(m.message)) throw new Error(`a rule crashed: ${show(m)}`);
    const ok = Number.isInteger(m.offset) && Number.isInteger(m.endOffset) && 0 <= m.offset && m.offset <= m.endOffset && m.endOffset <= text.length;
    if (!ok) throw new Error(`offsets out of range (text length ${text.length}): ${show(m)}`);
    if (!(m.line >= 1 && m.column >= 1 && m.endLine >= m.line && (m.endLine > m.line || m.endColumn >= m.column))) throw new Error(`bad line/column: ${show(m)}`);
    const s = positions[2 * k];
    const e = positions[2 * k + 1];
    if (s.line !== m.line || s.column !== m.column || e.line !== m.endLine || e.column !== m.endColumn) {
      throw new Error(`line/column disagree with offsets (expected ${s.line}:${s.column}-${e.line}:${e.column}): ${show(m)}`);
    }
    if (m.fix) {
      const [a, b] = m.fix.range;
      if (!(Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a <= b && b <= text.length)) throw new Error(`fix range out of text (length ${text.length}): ${show(m)}`);
      if (typeof m.fix.text !== 'string') throw new Error(`fix without text: ${show(m)}`);
    }
    if (!['error', 'warning', 'info'].includes(m.severity) || typeof m.ruleId !== 'string' || typeof m.message !== 'string') throw new Error(`malformed message: ${JSON.stringify(m)}`);
  }
}

/** lint and fixText do not throw and place their messages well. */
export function checkNoThrow(core, text, options) {
  const { messages } = core.lint(text, options);
  checkMessages(text, messages);
  const fixed = core.fixText(text, options);
  if (typeof fixed.output !== 'string') throw new Error('fixText gave no output');
  checkMessages(fixed.output, fixed.messages);
  return true;
}

/** fixText is idempotent: fixing its output again fixes nothing and changes nothing. */
export function checkIdempotent(core, text, options) {
  const first = core.fixText(text, options);
  const second = core.fixText(first.output, options);
  if (second.fixed !== 0 || second.output !== first.output) {
    const again = core.lint(first.output, options).messages.filter((m) => m.fix && first.output.slice(m.fix.range[0], m.fix.range[1]) !== m.fix.text);
    throw new Error(`fixText is not idempotent: after ${first.fixed} fixes in ${first.passes} passes, a second run fixed ${second.fixed} more:\n  ${again.map(show).join('\n  ')}`);
  }
  return true;
}

/** Each fix, applied alone, changes only its own range (and does change it). */
export function checkFixesLocal(core, text, options) {
  const { messages } = core.lint(text, options);
  for (const m of messages) {
    if (!m.fix) continue;
    const [s, e] = m.fix.range;
    const { output, applied } = core.applyFixes(text, [m]);
    const expected = text.slice(0, s) + m.fix.text + text.slice(e);
    if (text.slice(s, e) === m.fix.text) throw new Error(`a fix that changes nothing: ${show(m)}`);
    if (applied !== 1 || output !== expected) throw new Error(`applying one fix changed text outside its range: ${show(m)}`);
    if (output.slice(0, s) !== text.slice(0, s) || output.slice(s + m.fix.text.length) !== text.slice(e)) throw new Error(`fix touched text outside [${s},${e}): ${show(m)}`);
  }
  return true;
}

/** After changing one number of a correct report's 表三 or 表四: at least one total rule flags it
 *  with a fix, and each total fix, applied alone, removes its diagnostic (same rule, same cell
 *  start). A total diagnostic may come without a fix when two checks disagree about its cell. */
export function checkTotalFix(core, base, cell, value, options) {
  const text = base.slice(0, cell.span.start) + String(value) + base.slice(cell.span.end);
  const totals = core.lint(text, options).messages.filter((m) => TOTAL_RULES.includes(m.ruleId));
  if (!totals.some((m) => m.fix)) throw new Error(`no fixable total diagnostic after changing ${cell.row}/${cell.col} from ${cell.raw} to ${value}:\n  ${totals.map(show).join('\n  ') || '(no total diagnostic at all)'}`);
  for (const m of totals) {
    if (!m.fix) continue;
    const fixed = text.slice(0, m.fix.range[0]) + m.fix.text + text.slice(m.fix.range[1]);
    const still = core.lint(fixed, options).messages.find((x) => x.ruleId === m.ruleId && x.offset === m.offset);
    if (still) throw new Error(`fix did not remove its diagnostic (changed ${cell.row}/${cell.col} ${cell.raw}→${value}):\n  before: ${show(m)}\n  after:  ${show(still)}`);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Mutations

/** Applies a list of mutations (each a plain tuple, so fast-check shrinks and prints them). */
export function mutate(text, mutations) {
  let t = text;
  for (const [op, a, b, s] of mutations) {
    const at = (x, n) => (n <= 0 ? 0 : x % (n + 1));
    const lines = () => t.split('\n');
    switch (op) {
      case 'insert': {
        const i = at(a, t.length);
        t = t.slice(0, i) + s + t.slice(i);
        break;
      }
      case 'delete': {
        const i = at(a, t.length);
        t = t.slice(0, i) + t.slice(i + (b % 40));
        break;
      }
      case 'replace': {
        const i = at(a, t.length);
        t = t.slice(0, i) + s + t.slice(i + 1 + (b % 4));
        break;
      }
      case 'delete-line': {
        const ls = lines();
        ls.splice(at(a, ls.length - 1), 1);
        t = ls.join('\n');
        break;
      }
      case 'swap-lines': {
        const ls = lines();
        const i = at(a, ls.length - 1);
        const j = at(b, ls.length - 1);
        [ls[i], ls[j]] = [ls[j], ls[i]];
        t = ls.join('\n');
        break;
      }
      case 'duplicate-line': {
        const ls = lines();
        const i = at(a, ls.length - 1);
        ls.splice(i, 0, ls[i]);
        t = ls.join('\n');
        break;
      }
      case 'insert-line': {
        const ls = lines();
        ls.splice(at(a, ls.length), 0, s);
        t = ls.join('\n');
        break;
      }
      case 'join-lines': {
        const ls = lines();
        const i = at(a, ls.length - 2);
        if (ls.length > 1) ls.splice(i, 2, ls[i] + (s.length % 2 ? '\t' : '') + ls[i + 1]);
        t = ls.join('\n');
        break;
      }
      case 'digit': {
        const digits = [...t.matchAll(/\d/g)];
        if (digits.length) {
          const i = digits[at(a, digits.length - 1)].index;
          t = t.slice(0, i) + String(b % 10) + t.slice(i + 1);
        }
        break;
      }
      case 'number': {
        const numbers = [...t.matchAll(/\d+/g)];
        if (numbers.length) {
          const m = numbers[at(a, numbers.length - 1)];
          t = t.slice(0, m.index) + String(b) + t.slice(m.index + m[0].length);
        }
        break;
      }
      case 'crlf':
        t = t.replace(/\r?\n/g, '\r\n');
        break;
      case 'cr':
        t = t.replace(/\r?\n/g, '\r');
        break;
      case 'truncate':
        t = t.slice(0, at(a, t.length));
        break;
    }
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

export function makeArbitraries(fc, fixtures) {
  const token = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
    { weight: 2, arbitrary: fc.nat({ max: 100000 }).map(String) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  );
  const tokenText = fc.array(token, { maxLength: 120 }).map((xs) => xs.join(''));
  const anyText = fc.oneof(
    { weight: 4, arbitrary: tokenText },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 200 }) },
  );
  const options = fc.record({
    force: fc.boolean(),
    format: fc.constantFrom(undefined, 'text', 'markdown'),
    filePath: fc.constantFrom(undefined, 'report.txt', 'report.md'),
  }).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
  const mutation = fc.oneof(
    fc.tuple(fc.constantFrom('insert', 'replace', 'insert-line'), fc.nat(), fc.nat(), tokenText),
    fc.tuple(fc.constantFrom('delete', 'delete-line', 'swap-lines', 'duplicate-line', 'join-lines', 'digit', 'number', 'truncate'), fc.nat(), fc.nat({ max: 100000 }), fc.constant('')),
    fc.tuple(fc.constantFrom('crlf', 'cr'), fc.constant(0), fc.constant(0), fc.constant('')),
  );
  const reportName = fc.constantFrom(...REPORT_FILES.filter((f) => fixtures[f] !== undefined));
  const mutated = fc.record({ file: reportName, mutations: fc.array(mutation, { minLength: 1, maxLength: 8 }) });
  /** A fixture, or a mutated one: what the fix properties run on. */
  const report = fc.oneof({ weight: 1, arbitrary: fc.record({ file: reportName, mutations: fc.constant([]) }) }, { weight: 3, arbitrary: mutated });
  return { token, tokenText, anyText, options, mutation, mutated, report };
}

// ---------------------------------------------------------------------------------------------
// The properties

export function makeProperties(fc, core, fixtures) {
  const arb = makeArbitraries(fc, fixtures);
  const textOf = ({ file, mutations }) => mutate(fixtures[file], mutations);
  const optionsFor = (file) => ({ filePath: file.replace(/^.*\//, '') });

  // Number cells of the correct reports' 表三 and 表四, to change one of them.
  const totalBases = ['synthetic/correct.txt', 'synthetic/correct.md']
    .filter((f) => fixtures[f] !== undefined)
    .map((file) => {
      const text = fixtures[file];
      const model = core.parseReport(text, optionsFor(file));
      const cells = [...(model.tables.applications?.cells ?? []), ...(model.tables.review?.cells ?? [])].filter((c) => c.status === 'number');
      return { file, text, cells };
    })
    .filter((b) => b.cells.length);
  const totalEdit = totalBases.length
    ? fc.constantFrom(...totalBases).chain((b) =>
        fc.record({
          file: fc.constant(b.file),
          cell: fc.integer({ min: 0, max: b.cells.length - 1 }),
          value: fc.oneof(fc.nat({ max: 99 }), fc.nat({ max: 99999 })),
        }),
      )
    : undefined;

  const props = [
    {
      name: 'arbitrary text: lint and fixText never throw, messages well placed',
      weight: 4,
      arbitrary: fc.tuple(arb.anyText, arb.options),
      predicate: ([text, options]) => checkNoThrow(core, text, options),
      size: ([text]) => text.length,
    },
    {
      name: 'mutated reports: lint and fixText never throw, messages well placed',
      weight: 3,
      arbitrary: arb.mutated,
      predicate: (r) => checkNoThrow(core, textOf(r), optionsFor(r.file)),
      size: (r) => textOf(r).length,
    },
    {
      name: 'fixes are idempotent (fixtures and mutated reports)',
      weight: 2,
      arbitrary: arb.report,
      predicate: (r) => checkIdempotent(core, textOf(r), optionsFor(r.file)),
      size: (r) => textOf(r).length,
    },
    {
      name: 'fixes are idempotent (arbitrary text, forced)',
      weight: 2,
      arbitrary: arb.tokenText,
      predicate: (text) => checkIdempotent(core, text, { force: true }),
      size: (text) => text.length,
    },
    {
      name: 'each fix changes only its own range',
      weight: 2,
      arbitrary: arb.report,
      predicate: (r) => checkFixesLocal(core, textOf(r), optionsFor(r.file)),
      size: (r) => textOf(r).length,
    },
  ];
  if (totalEdit) {
    props.push({
      name: 'a total fix removes its diagnostic',
      weight: 1,
      arbitrary: totalEdit.filter(({ file, cell, value }) => String(value) !== totalBases.find((b) => b.file === file).cells[cell].raw),
      predicate: ({ file, cell, value }) => {
        const b = totalBases.find((x) => x.file === file);
        return checkTotalFix(core, b.text, b.cells[cell], value, optionsFor(file));
      },
      size: ({ file }) => fixtures[file].length,
    });
  }
  return props;
}
