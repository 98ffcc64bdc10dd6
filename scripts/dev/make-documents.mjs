#!/usr/bin/env node
// Writes fixtures/html, fixtures/docx and fixtures/pdf from the synthetic reports (fixtures/synthetic/*.txt):
// each report rendered as HTML with the official tables' merged cells (表三's label columns and
// 申请人情况/法人或其他组织 headers, 表四's 行政复议/行政诉讼 headers), in the shapes sites publish — a
// Word "save as web page" export (mso styles, <o:p>, &nbsp; cells), a CMS page (layout tables, menus,
// breadcrumbs, scripts) and a GBK page — then .docx written by LibreOffice from the Word-style page,
// and PDFs printed by LibreOffice (from the .docx) and by Chromium, with a page break inside 表三.
// Needs `soffice` (Debian libreoffice-writer-nogui) and `chromium`. Run from the repository root:
//   node scripts/dev/make-documents.mjs        (all)
//   node scripts/dev/make-documents.mjs long   (only the long report for npm run bench)
//   node scripts/dev/make-documents.mjs numbered   (only the .docx numbered by Word lists, from docx/correct.docx)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');
const root = process.cwd();
const synthetic = (name) => readFileSync(join(root, 'fixtures/synthetic', `${name}.txt`), 'utf8');

/** The variants: each synthetic report, and two with a fixable defect: a 发文字号 in square brackets
 *  (split over runs in the Word-style page, so fixable only in the CMS pages) and a misspelt row label. */
const VARIANTS = {
  correct: () => synthetic('correct'),
  'row-total': () => synthetic('row-total'),
  'results-total': () => synthetic('results-total'),
  'review-total': () => synthetic('review-total'),
  balance: () => synthetic('balance'),
  'doc-number': () => synthetic('correct').replace('国办公开办函〔2021〕30号', '国办公开办函[2021]30号'),
  label: () => synthetic('correct').replace('2.其他法律行政法规禁止公开', '2.其他法律行政止公开'),
};

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The report as blocks: paragraphs, and the three tables as their tab lines. */
function blocks(text) {
  const out = [];
  let table = null;
  for (const line of text.split('\n')) {
    if (line.includes('\t') || (table && /^[（(一二三四五六七八九十\d]/.test(line) && table.section === 3 && !/^[一二三四五六]、(?!本年|上年|结转)/.test(line))) {
      if (!table) out.push((table = { type: 'table', section: out.filter((b) => b.type === 'heading').length, lines: [] }));
      table.lines.push(line.split('\t'));
      continue;
    }
    table = null;
    if (!line.trim()) continue;
    out.push({ type: /^[一二三四五六]、/.test(line) ? 'heading' : 'p', text: line });
  }
  return out;
}

const cell = (text, attrs = '', style) => ({ text, attrs, style });

/** 表二: the four sub-tables as one table, as the official format prints it. */
function activeRows(lines) {
  return lines.map((f) => {
    const filled = f.filter((x) => x !== '');
    if (filled.length === 1) return [cell(filled[0], 'colspan="4"')];
    if (filled.length === 2) return [cell(filled[0]), cell(filled[1], 'colspan="3"')];
    return f.map((x) => cell(x));
  });
}

/** 表三: the note over three label columns, 申请人情况 over seven, 法人或其他组织 over five; the row
 *  labels of 三、本年度办理结果 and its groups in merged cells to the left of their items. */
function applicationRows(lines) {
  const rows = [
    [cell(lines[0][0], 'colspan="3" rowspan="3"'), cell('申请人情况', 'colspan="7"')],
    [cell('自然人', 'rowspan="2"'), cell('法人或其他组织', 'colspan="5"'), cell('总计', 'rowspan="2"')],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((x) => cell(x)),
  ];
  const data = lines.slice(3);
  const resultsStart = data.findIndex((f) => f[0].startsWith('三、'));
  const resultsEnd = data.findIndex((f) => f[0].startsWith('四、'));
  let resultsCell;
  let resultsRow = 0;
  for (let i = 0; i < data.length; i++) {
    const [label, ...nums] = data[i];
    const numCells = nums.map((n) => cell(n));
    if (i === resultsEnd) resultsCell.attrs = `rowspan="${rows.length - resultsRow}"`;
    if (i < resultsStart || i >= resultsEnd) {
      rows.push([cell(label, 'colspan="3"'), ...numCells]);
      continue;
    }
    if (i === resultsStart) continue; // its cell is merged into the next row
    const row = [];
    if (i === resultsStart + 1) {
      row.push((resultsCell = cell(data[resultsStart][0])));
      resultsRow = rows.length;
    }
    if (/^（[三四五六]）/.test(label) && nums.length === 0) {
      let n = 0;
      while (data[i + 1 + n] && /^\d+\./.test(data[i + 1 + n][0])) n++;
      // The group label spans its items; its first item shares the row.
      const [itemLabel, ...itemNums] = data[i + 1];
      row.push(cell(label, `rowspan="${n}"`), cell(itemLabel), ...itemNums.map((x) => cell(x)));
      rows.push(row);
      i++;
      continue;
    }
    if (/^\d+\./.test(label)) row.push(cell(label), ...numCells);
    else row.push(cell(label, 'colspan="2"'), ...numCells);
    rows.push(row);
  }
  return rows;
}

/** 表四: 行政复议 over five columns, 行政诉讼 over ten, each 总计 and 结果维持… under them. */
function reviewRows(lines) {
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [
    [cell('行政复议', 'colspan="5"'), cell('行政诉讼', 'colspan="10"')],
    [...heads.map((h) => cell(h, 'rowspan="2"')), cell('未经复议直接起诉', 'colspan="5"'), cell('复议后起诉', 'colspan="5"')],
    [...heads, ...heads].map((h) => cell(h)),
    lines[lines.length - 1].map((n) => cell(n)),
  ];
}

function tableRows(b) {
  if (b.section === 2) return activeRows(b.lines);
  if (b.section === 3) return applicationRows(b.lines);
  return reviewRows(b.lines);
}

/** Word's "save as web page" HTML: MsoNormal paragraphs, spans, <o:p>, &nbsp; in empty cells. */
function wordHtml(text, { breakInTable = false } = {}) {
  const body = blocks(text)
    .map((b) => {
      if (b.type === 'heading') return `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><b><span style='font-family:黑体;mso-ascii-font-family:"Times New Roman"'>${esc(b.text)}<o:p></o:p></span></b></p>`;
      if (b.type === 'p') return `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'><span style='font-family:仿宋_GB2312'>${esc(b.text).replace(/(\d+)/g, "<span lang=EN-US>$1</span>")}<o:p></o:p></span></p>`;
      const rows = tableRows(b);
      const tr = rows
        .map((r, i) => {
          const page = breakInTable && b.section === 3 && i === 14 ? " style='page-break-before:always'" : '';
          return `<tr${page}>${r.map((c) => `<td ${c.attrs} valign=middle style='border:solid windowtext 1.0pt;padding:0cm 2.0pt 0cm 2.0pt'><p class=MsoNormal align=center style='text-align:center'><span style='font-size:9.0pt'>${c.text === '' ? '&nbsp;' : esc(c.text)}<o:p></o:p></span></p></td>`).join('\n')}</tr>`;
        })
        .join('\n');
      return `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width="100%" style='width:100.0%;border-collapse:collapse;mso-table-layout-alt:fixed;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n${tr}\n</table>\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>`;
    })
    .join('\n');
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>${esc(text.split('\n')[0])}</title>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style>
<!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-parent:""; margin:0cm; text-align:justify; font-size:16.0pt; font-family:仿宋_GB2312;}
table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0;}
@page WordSection1 {size:595.3pt 841.9pt; margin:72.0pt 90.0pt 72.0pt 90.0pt;}
div.WordSection1 {page:WordSection1;}
-->
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<div class=WordSection1 style='layout-grid:15.6pt'>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>${esc(text.split('\n')[0])}<o:p></o:p></span></b></p>
${body.replace(/^.*\n?/, '')}
</div>
</body>
</html>
`;
}

/** A CMS article page: the page laid out with tables, menus, a breadcrumb, scripts and a footer. */
function cmsHtml(text, { charset = 'utf-8', breakInTable = false } = {}) {
  const title = text.split('\n')[0];
  const body = blocks(text)
    .slice(1)
    .map((b) => {
      if (b.type !== 'table') return `<p style="text-indent: 2em;">${esc(b.text)}</p>`;
      const tr = tableRows(b)
        .map((r, i) => {
          const page = breakInTable && b.section === 3 && i === 14 ? ' style="break-before: page; page-break-before: always"' : '';
          return `  <tr${page}>${r.map((c) => `<td ${c.attrs}>${c.text === '' ? '&nbsp;' : c.text.length > 12 ? `<p>${esc(c.text.slice(0, 10))}</p><p>${esc(c.text.slice(10))}</p>` : `<span>${esc(c.text)}</span>`}</td>`).join('')}</tr>`;
        })
        .join('\n');
      return `<div class="table-wrap"><table border="1" cellspacing="0" style="border-collapse: collapse; width: 100%;">\n<tbody>\n${tr}\n</tbody>\n</table></div>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<title>${esc(title)}_某某区人民政府</title>
<link rel="stylesheet" href="/css/style.css" />
<style>td { padding: 4px; text-align: center; } .menu li { display: inline; }
@media print { .sidebar, .menu, .top-bar, .position, .article-info, .footer { display: none; } td.side { width: 0; } }</style>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top-bar">无障碍浏览 | 长者模式 | 简体版</div>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
<table width="1000" align="center" cellpadding="0" cellspacing="0" class="layout">
<tr><td class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 年度报告</td></tr>
<tr><td>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="side" valign="top"><div class="sidebar"><h3>信息公开目录</h3><ul><li>机构职能</li><li>政策文件</li></ul></div></td>
<td valign="top" class="article">
<h1 class="article-title">${esc(title)}</h1>
<div class="article-info">发布时间：2026-01-20　来源：区政府办公室　<span class="share">分享到：微信 微博</span></div>
<div class="TRS_Editor">
${body}
</div>
</td></tr></table>
</td></tr>
</table>
<div class="footer">主办单位：某某区人民政府办公室　网站标识码：0000000000<br />地址：某某区某某路1号</div>
<script src="/js/jquery.min.js"></script>
</body>
</html>
`;
}

/** A long report for the timings: the correct report with section 五 made twenty pages long. */
function longReport() {
  const text = synthetic('correct');
  const filler = Array.from({ length: 450 }, (_, i) => `（${i + 1}）关于第${i + 1}项改进措施：进一步健全政府信息公开工作机制，加强对政务公开工作人员的业务培训，规范依申请公开办理流程，按时答复，做到应公开尽公开。`).join('\n');
  return text.replace('五、存在的主要问题及改进情况\n', `五、存在的主要问题及改进情况\n\n${filler}\n`);
}

const work = mkdtempSync(join(tmpdir(), 'make-documents-'));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], timeout: 180_000 });
const soffice = (args) => run('soffice', ['-env:UserInstallation=file://' + join(work, 'lo-profile'), '--headless', ...args]);
const chromiumPdf = (html, pdf) => run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, 'file://' + html]);

const onlyLong = process.argv[2] === 'long';
const onlyNumbered = process.argv[2] === 'numbered';
try {
  if (onlyNumbered) makeNumbered();
  for (const [name, make] of onlyLong || onlyNumbered ? [] : Object.entries(VARIANTS)) {
    const text = make();
    writeFileSync(join(root, 'fixtures/html', `${name}.word.html`), wordHtml(text));
    writeFileSync(join(root, 'fixtures/html', `${name}.cms.html`), cmsHtml(text));
    writeFileSync(join(root, 'fixtures/html', `${name}.gbk.html`), iconv.encode(cmsHtml(text, { charset: 'gb2312' }), 'gbk'));

    // .docx by LibreOffice from the Word-style page.
    const src = join(work, `${name}.html`);
    writeFileSync(src, wordHtml(text));
    soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, src]);
    renameSync(join(work, `${name}.docx`), join(root, 'fixtures/docx', `${name}.docx`));
  }
  for (const name of onlyLong || onlyNumbered ? [] : ['correct', 'row-total']) {
    const text = VARIANTS[name]();
    // LibreOffice prints the .docx; the page break falls where 表三 runs over the page.
    const docx = join(work, `${name}.docx`);
    copyFileSync(join(root, 'fixtures/docx', `${name}.docx`), docx);
    soffice(['--convert-to', 'pdf', '--outdir', work, docx]);
    renameSync(join(work, `${name}.pdf`), join(root, 'fixtures/pdf', `${name}.libreoffice.pdf`));
    // Chromium prints the CMS page, with a forced page break inside 表三.
    const html = join(work, `${name}.print.html`);
    writeFileSync(html, cmsHtml(text, { breakInTable: true }));
    chromiumPdf(html, join(root, 'fixtures/pdf', `${name}.chromium.pdf`));
  }
  if (!onlyLong && !onlyNumbered) makeNumbered();
  // The 20-page report for `npm run bench`.
  if (!onlyNumbered) {
    const longHtml = join(work, 'long.html');
    writeFileSync(longHtml, cmsHtml(longReport(), { breakInTable: true }));
    chromiumPdf(longHtml, join(root, 'fixtures/pdf', 'long.chromium.pdf'));
    writeFileSync(join(work, 'long.word.html'), wordHtml(longReport()));
    soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, join(work, 'long.word.html')]);
    renameSync(join(work, 'long.word.docx'), join(root, 'fixtures/docx', 'long.docx'));
  }
  // Files that cannot be read, each for its own message: an old binary .doc (LibreOffice), a PDF with
  // no text layer (a page that is only a picture, as a scan is), an encrypted PDF (qpdf), a truncated .docx.
  if (!onlyLong && !onlyNumbered) makeUnreadable();
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The correct report's .docx with its numbers drawn by Word lists (numbering.xml), as a draft
 *  written with Word's automatic numbering has them: the 一、 of the six headings, the 一、…四、 and
 *  （一）…（七） of 表三's rows with their 1. 2. items (a second level, restarted by each group), and
 *  表二's 第二十条第（一）项 … （八）项, one list restarted at 5, 6 and 8 by startOverride. The numbers
 *  are taken out of the text, so a reader that ignores numbering.xml loses them. Then LibreOffice
 *  opens it and saves it again, writing the lists its own way (numbered.libreoffice.docx). */
function makeNumbered() {
  const { unzipSync, zipSync, strToU8, strFromU8 } = require('fflate');
  const files = unzipSync(readFileSync(join(root, 'fixtures/docx/correct.docx')));
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const lvl = (ilvl, fmt, text) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:suff w:val="nothing"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>${lvl(0, 'chineseCountingThousand', '（%1）')}${lvl(1, 'decimal', '%2.')}</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="singleLevel"/>${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="singleLevel"/>${lvl(0, 'chineseCountingThousand', '第二十条第（%1）项')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
${[5, 6, 8].map((start, i) => `<w:num w:numId="${5 + i}"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${start}"/></w:lvlOverride></w:num>`).join('\n')}
</w:numbering>
`;
  const articleList = { 一: 4, 五: 5, 六: 6, 八: 7 };
  /** The list a paragraph's leading number belongs to, and the number's length in the text. */
  const listOf = (text, inTable) => {
    let m;
    if (!inTable && (m = /^[一二三四五六]、/.exec(text))) return { numId: 1, ilvl: 0, cut: m[0].length };
    if (!inTable) return undefined;
    if ((m = /^第二十条第（([一五六八])）项/.exec(text))) return { numId: articleList[m[1]], ilvl: 0, cut: m[0].length };
    if ((m = /^[一二三四]、/.exec(text))) return { numId: 3, ilvl: 0, cut: m[0].length };
    if ((m = /^（[一二三四五六七]）/.exec(text))) return { numId: 2, ilvl: 0, cut: m[0].length };
    if ((m = /^\d\./.exec(text))) return { numId: 2, ilvl: 1, cut: m[0].length };
    return undefined;
  };
  let xml = strFromU8(files['word/document.xml']);
  let depth = 0;
  let lists = 0;
  // Paragraph by paragraph, knowing whether it is inside a table.
  xml = xml.replace(/<w:tbl>|<\/w:tbl>|<w:p>(.*?)<\/w:p>/gs, (whole, inner) => {
    if (whole === '<w:tbl>') return depth++, whole;
    if (whole === '</w:tbl>') return depth--, whole;
    const text = [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    const list = listOf(text, depth > 0);
    if (!list) return whole;
    lists++;
    // Take the number out of the leading w:t elements.
    let cut = list.cut;
    const body = inner.replace(/(<w:t(?: [^>]*)?>)([^<]*)(<\/w:t>)/g, (t, open, value, close) => {
      if (cut <= 0) return t;
      const drop = Math.min(cut, value.length);
      cut -= drop;
      return `${open}${value.slice(drop)}${close}`;
    });
    const numPr = `<w:numPr><w:ilvl w:val="${list.ilvl}"/><w:numId w:val="${list.numId}"/></w:numPr>`;
    return `<w:p>${body.replace(/(<w:pPr>(?:<w:pStyle [^>]*\/>)?)/, `$1${numPr}`)}</w:p>`;
  });
  files['word/document.xml'] = strToU8(xml);
  files['word/numbering.xml'] = strToU8(numbering);
  const rels = strFromU8(files['word/_rels/document.xml.rels']);
  files['word/_rels/document.xml.rels'] = strToU8(
    rels.replace('</Relationships>', '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'),
  );
  const types = strFromU8(files['[Content_Types].xml']);
  files['[Content_Types].xml'] = strToU8(
    types.replace('</Types>', '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>'),
  );
  const out = join(root, 'fixtures/docx', 'numbered.docx');
  // Fixed entry times, so that the same input gives the same bytes.
  writeFileSync(out, zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') }));
  console.log(`fixtures/docx/numbered.docx: ${lists} paragraphs numbered by lists`);
  const again = join(work, 'again');
  soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', again, out]);
  renameSync(join(again, 'numbered.docx'), join(root, 'fixtures/docx', 'numbered.libreoffice.docx'));
  console.log('fixtures/docx/numbered.libreoffice.docx: the same, saved again by LibreOffice');
}

function makeUnreadable() {
  copyFileSync(join(root, 'fixtures/docx/correct.docx'), join(work, 'old.docx'));
  soffice(['--convert-to', 'doc:MS Word 97', '--outdir', work, join(work, 'old.docx')]);
  renameSync(join(work, 'old.doc'), join(root, 'fixtures/docx', 'old-format.doc'));
  const scan = join(work, 'scan.html');
  writeFileSync(scan, '<!DOCTYPE html><html><body><div style="width:400px;height:560px;background:repeating-linear-gradient(0deg,#222 0 2px,#fff 2px 14px)"></div></body></html>');
  chromiumPdf(scan, join(root, 'fixtures/pdf', 'scanned.pdf'));
  run('qpdf', ['--encrypt', 'secret', 'owner-secret', '256', '--', join(root, 'fixtures/pdf/correct.libreoffice.pdf'), join(root, 'fixtures/pdf', 'encrypted.pdf')]);
  const docx = readFileSync(join(root, 'fixtures/docx/correct.docx'));
  writeFileSync(join(root, 'fixtures/docx', 'truncated.docx'), docx.subarray(0, docx.length >> 1));
}
console.log('fixtures/html, fixtures/docx, fixtures/pdf written');
