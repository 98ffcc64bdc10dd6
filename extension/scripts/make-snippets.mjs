// Writes extension/snippets/report.json (Markdown) and report-text.json (plain text): the six-section
// skeleton of an annual report and the three statistics tables (SPEC §3–§5), all numbers 0.
// The table layouts are taken from the known-good synthetic fixtures, so the linter reads them.
// Run: node extension/scripts/make-snippets.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'extension', 'snippets');

const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** The table lines of section `n` (1-based) of a fixture: everything between the heading and the next one that is not prose. */
function tableOf(text, n, markdown) {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.replace(/^#+\s*/, '') === SECTIONS[n - 1]);
  const end = lines.findIndex((l, i) => i > start && l.replace(/^#+\s*/, '') === SECTIONS[n]);
  const body = lines.slice(start + 1, end).filter((l) => l.trim() !== '');
  const isTable = markdown ? (l) => l.startsWith('|') : (l) => l.includes('\t') || /^（[一二三四五六七]）|^三、本年度办理结果/.test(l);
  const rows = body.filter(isTable);
  // Every number becomes 0 (an empty form), whatever the fixture had.
  return rows.map((l) => l.split(markdown ? '|' : '\t').map((c) => (/^\s*\d+(\.\d+)?\s*$/.test(c) ? c.replace(/\d+(\.\d+)?/, '0') : c)).join(markdown ? '|' : '\t'));
}

/** Snippet syntax treats $, } and \ specially. */
const esc = (s) => s.replace(/[\\$}]/g, (c) => `\\${c}`);

function build(markdown) {
  const fixture = readFileSync(join(root, 'fixtures', 'synthetic', markdown ? 'correct.md' : 'correct.txt'), 'utf8');
  const t2 = tableOf(fixture, 2, markdown).map(esc);
  const t3 = tableOf(fixture, 3, markdown).map(esc);
  const t4 = tableOf(fixture, 4, markdown).map(esc);
  const h1 = markdown ? '# ' : '';
  const h2 = markdown ? '## ' : '';
  const skeleton = [
    `${h1}\${1:某某机关}\${2:2025}年政府信息公开工作年度报告`,
    '',
    '本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）编制。本报告所列数据的统计期限自${2}年1月1日至${2}年12月31日。',
    '',
    `${h2}${SECTIONS[0]}`,
    '',
    '${3:（概述本年度政府信息公开工作的总体情况。）}',
    '',
    `${h2}${SECTIONS[1]}`,
    '',
    ...t2,
    '',
    `${h2}${SECTIONS[2]}`,
    '',
    ...t3,
    '',
    `${h2}${SECTIONS[3]}`,
    '',
    ...t4,
    '',
    `${h2}${SECTIONS[4]}`,
    '',
    '${4:（说明存在的主要问题及改进情况。）}',
    '',
    `${h2}${SECTIONS[5]}`,
    '',
    '${5:本年度未收取信息处理费。}$0',
    '',
  ];
  const kind = markdown ? 'Markdown 表格' : '制表符分隔';
  return {
    '政府信息公开工作年度报告（六部分框架）': {
      prefix: ['年报', 'nianbao', 'report-skeleton'],
      description: `政府信息公开工作年度报告：标题、六个部分及三张统计表（${kind}，数字为 0）`,
      body: skeleton,
    },
    '表二 主动公开政府信息情况': {
      prefix: ['表二', 'biao2', 'table-active'],
      description: `第二部分「主动公开政府信息情况」统计表（${kind}）`,
      body: [...t2, '$0'],
    },
    '表三 收到和处理政府信息公开申请情况': {
      prefix: ['表三', 'biao3', 'table-applications'],
      description: `第三部分「收到和处理政府信息公开申请情况」统计表（${kind}）`,
      body: [...t3, '$0'],
    },
    '表四 政府信息公开行政复议、行政诉讼情况': {
      prefix: ['表四', 'biao4', 'table-review'],
      description: `第四部分「政府信息公开行政复议、行政诉讼情况」统计表（${kind}）`,
      body: [...t4, '$0'],
    },
  };
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'report.json'), JSON.stringify(build(true), null, 2) + '\n');
writeFileSync(join(out, 'report-text.json'), JSON.stringify(build(false), null, 2) + '\n');
console.log('wrote', join(out, 'report.json'), join(out, 'report-text.json'));
