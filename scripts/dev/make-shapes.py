#!/usr/bin/env python3
"""Writes fixtures/shapes/*: the synthetic report of scripts/dev/make-synthetic.py (same labels, sections
and wording; its numbers widened to multi-digit values) in the shapes real reports arrive in (issue 10):
flattened one-line crawler text, pdftotext output of a printed PDF, per-row Markdown tables, the 2019
format, wrong section numbering. Each shape is written correct and with one defect, and
fixtures/shapes/README.md is generated with what a correct linter must report for each file (line and
column computed from the files written). Run from the repo root:

    python3 scripts/dev/make-shapes.py            # text shapes, then the PDFs (chromium, LibreOffice, pdftotext)
    python3 scripts/dev/make-shapes.py --no-pdf   # text shapes only; the committed PDF outputs are kept

The PDF shape needs `chromium`, `soffice` (libreoffice-writer-nogui), `pdftotext` (poppler-utils) and
fonts-wqy-microhei (Debian): a TrueType CJK font, which chromium embeds as a small subset (Noto CJK's
CFF outlines become Type 3 glyphs, ten times the size). Never reads /work/shared/corpus."""
import copy, os, random, re, shutil, subprocess, sys, tempfile

OUT = 'fixtures/shapes'
PDF_DIR = f'{OUT}/pdf'

# --- the report's data -------------------------------------------------------------------------------
# Rows and labels as in make-synthetic.py; numbers chosen so that every run of digits in the flattened
# shapes splits into its 7 cells in exactly one way once the row total must equal its parts (checked
# below), with multi-digit cells (170, 23, 115, 13, 21, 204 …) among them.
PARTS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']
ROWS = [
    ('new', '一、本年新收政府信息公开申请数量', [170, 23, 0, 5, 3, 3]),
    ('carried', '二、上年结转政府信息公开申请数量', [4, 1, 0, 0, 0, 0]),
    ('results', '三、本年度办理结果', None),
    ('open', '（一）予以公开', [115, 13, 0, 3, 2, 2]),
    ('partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [21, 3, 0, 0, 0, 0]),
    ('withheld', '（三）不予公开', None),
    ('w1', '1.属于国家秘密', [0] * 6),
    ('w2', '2.其他法律行政法规禁止公开', [3, 0, 0, 0, 0, 0]),
    ('w3', '3.危及“三安全一稳定”', [0] * 6),
    ('w4', '4.保护第三方合法权益', [2, 0, 0, 0, 0, 0]),
    ('w5', '5.属于三类内部事务信息', [0] * 6),
    ('w6', '6.属于四类过程性信息', [0] * 6),
    ('w7', '7.属于行政执法案卷', [0] * 6),
    ('w8', '8.属于行政查询事项', [0] * 6),
    ('unavailable', '（四）无法提供', None),
    ('u1', '1.本机关不掌握相关政府信息', [14, 6, 0, 2, 0, 0]),
    ('u2', '2.没有现成信息需要另行制作', [0] * 6),
    ('u3', '3.补正后申请内容仍不明确', [1, 0, 0, 0, 0, 0]),
    ('rejected', '（五）不予处理', None),
    ('r1', '1.信访举报投诉类申请', [4, 0, 0, 0, 0, 0]),
    ('r2', '2.重复申请', [2, 1, 0, 0, 1, 0]),
    ('r3', '3.要求提供公开出版物', [0] * 6),
    ('r4', '4.无正当理由大量反复申请', [0] * 6),
    ('r5', '5.要求行政机关确认或重新出具已获取信息', [0] * 6),
    ('other', '（六）其他处理', None),
    ('o1', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [5, 1, 0, 0, 0, 0]),
    ('o2', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0] * 6),
    ('o3', '3.其他', [0] * 6),
    ('total', '（七）总计', [167, 24, 0, 5, 3, 2]),
    ('carryover', '四、结转下年度继续办理', [7, 0, 0, 0, 0, 1]),
]
RESULT_ROWS = ['open', 'partial', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'u1', 'u2', 'u3',
               'r1', 'r2', 'r3', 'r4', 'r5', 'o1', 'o2', 'o3']
LABEL = {key: label for key, label, _ in ROWS}
# 表四 as in make-synthetic.py: single digits, so that its 15 cells are fixed by their count even when
# a block total is wrong (the review-total defect stays readable in the run-together shapes).
REVIEW = [[2, 1, 0, 1, 4], [1, 0, 1, 0, 2], [0, 0, 0, 1, 1]]
REVIEW_SUB = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']

TITLE_ORG = '某某市某某区人民政府办公室'
NOTICE_2021 = '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）'
NOTICE_2019 = '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2019〕60号）'
SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
            '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']
PROBLEMS = '一是政策解读形式还不够丰富；二是依申请公开答复质量有待提高。下一步，将加强培训，规范答复。'
FEE = '本年度未收取信息处理费。本机关按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）执行。'
OTHER_2019 = '本年度无其他需要报告的事项。'

ACTIVE_2021 = [  # (label, cells) ; cells None = block heading
    ('第二十条第（一）项', None), ('信息内容', ['本年制发件数', '本年废止件数', '现行有效件数']),
    ('规章', ['0', '0', '0']), ('行政规范性文件', ['5', '2', '37']),
    ('第二十条第（五）项', None), ('信息内容', ['本年处理决定数量']), ('行政许可', ['120']),
    ('第二十条第（六）项', None), ('信息内容', ['本年处理决定数量']), ('行政处罚', ['35']), ('行政强制', ['3']),
    ('第二十条第（八）项', None), ('信息内容', ['本年收费金额（单位：万元）']), ('行政事业性收费', ['12.5']),
]
ACTIVE_2019 = [  # SPEC §3b
    ('第二十条第（一）项', None), ('信息内容', ['本年新制作数量', '本年新公开数量', '对外公开总数量']),
    ('规章', ['0', '0', '0']), ('规范性文件', ['5', '5', '37']),
    ('第二十条第（五）项', None), ('信息内容', ['上一年项目数量', '本年增/减', '处理决定数量']),
    ('行政许可', ['45', '-2', '120']), ('其他对外管理服务事项', ['12', '1', '30']),
    ('第二十条第（六）项', None), ('信息内容', ['上一年项目数量', '本年增/减', '处理决定数量']),
    ('行政处罚', ['60', '3', '35']), ('行政强制', ['8', '0', '3']),
    ('第二十条第（八）项', None), ('信息内容', ['上一年项目数量', '本年增/减']), ('行政事业性收费', ['4', '-1']),
    ('第二十条第（九）项', None), ('信息内容', ['采购项目数量', '采购总金额']), ('政府集中采购', ['6', '85.3']),
]

# The two defects, as in make-synthetic.py: a wrong row total in 表三, a wrong block total in 表四.
# The row-total defect sits in a row of single digits, so that its 7 cells are fixed by their count
# in the run-together shapes too (a wrong total can never "add up").
DEFECTS = {
    'row-total': ('carried', 6, 6),     # 二、上年结转 总计 5 → 6
    'review-total': ('review', 0, 5),   # 行政复议 总计 4 → 5
}


def table3(defect=None, legacy=False):
    """{key: 7 cells} (None for group rows); legacy: （六）其他处理 is one row (2019 format)."""
    t3 = {key: (parts + [sum(parts)] if parts else None) for key, _, parts in ROWS}
    if legacy:
        t3['other'] = [sum(t3[k][i] for k in ('o1', 'o2', 'o3')) for i in range(7)]
        for k in ('o1', 'o2', 'o3'):
            del t3[k]
    if defect == 'row-total':
        key, col, value = DEFECTS[defect]
        t3[key][col] = value
    return t3


def review(defect=None):
    r = copy.deepcopy(REVIEW)
    if defect == 'review-total':
        _, block, value = DEFECTS[defect]
        r[block][4] = value
    return r


def check_data():
    """The correct report is consistent: row totals, results total, balance, 表四 blocks."""
    t3 = table3()
    for key, cells in t3.items():
        if cells:
            assert sum(cells[:6]) == cells[6], key
    for c in range(7):
        assert sum(t3[k][c] for k in RESULT_ROWS) == t3['total'][c], c
        assert t3['new'][c] + t3['carried'][c] == t3['total'][c] + t3['carryover'][c], c
    for block in REVIEW:
        assert sum(block[:4]) == block[4]
    legacy = table3(legacy=True)
    assert sum(legacy['other'][:6]) == legacy['other'][6]


def rows_of(t3, legacy=False):
    """(key, label, cells or None) in table order."""
    out = []
    for key, label, _ in ROWS:
        if legacy and key in ('o1', 'o2', 'o3'):
            continue
        out.append((key, label, t3.get(key)))
    return out


# --- digit runs: every split of a run into cells ------------------------------------------------------
def pieces(token):
    """Every way to cut a digit token into whole numbers without leading zeros."""
    if token == '':
        yield []
        return
    for i in range(1, len(token) + 1):
        head = token[:i]
        if len(head) > 1 and head[0] == '0':
            break
        for rest in pieces(token[i:]):
            yield [int(head)] + rest


def splits(tokens, n):
    """Every list of n numbers the space-separated digit tokens can be read as."""
    result = [[]]
    for token in tokens:
        result = [r + p for r in result for p in pieces(token) if len(r) + len(p) <= n]
    return [r for r in result if len(r) == n]


def row_consistent(v):
    return sum(v[:6]) == v[6]


def review_consistent(v):
    return all(sum(v[i:i + 4]) == v[i + 4] for i in (0, 5, 10))


def check_run(tokens, truth, consistent, where, defective):
    """The run reads as `truth` in exactly one way: among all cuts if the row is the defective one (its
    total cannot add up), else among the cuts that add up."""
    every = splits(tokens, len(truth))
    fitting = every if defective else [v for v in every if consistent(v)]
    if fitting != [truth]:
        sys.exit(f'{where}: the digits {" ".join(tokens)} do not split uniquely into {truth}: {fitting[:5]}')


# --- flattened one-line crawler text -------------------------------------------------------------------
def flat(variant, defect):
    """A site crawler's text: 8 metadata lines, a rule, then the page's text on one line. `runs`: table
    cells with nothing between them; `spaced`: one space between some cells, none between others."""
    rng = random.Random(10)  # same gaps in the correct and the defective file
    spaced = variant == 'spaced'

    def gap(p=0.5):
        return ' ' if spaced and rng.random() < p else ''

    def digits(cells, where, consistent, defective):
        parts = [str(cells[0])]
        for c in cells[1:]:
            parts.append(gap() + str(c))
        text = ''.join(parts)
        check_run(text.split(' '), cells, consistent, where, defective)
        return text

    t3 = table3(defect)
    r = review(defect)
    title = f'{TITLE_ORG}2025年政府信息公开工作年度报告'
    body = ['当前位置： 首页 > 政务公开 > 政府信息公开年报 > 正文', gap(1), title, gap(1),
            '发布时间：2026-01-20 来源：某某区人民政府办公室 【字体：大 中 小】 打印本页', gap(1),
            f'本报告根据《中华人民共和国政府信息公开条例》和{NOTICE_2021}编制。本报告所列数据的统计期限自2025年1月1日至2025年12月31日。',
            gap(), SECTIONS[0], gap(), narrative(), gap(), SECTIONS[1], gap()]
    for label, cells in ACTIVE_2021:
        body.append(label + gap() + gap().join(cells or []))
    body += [gap(), SECTIONS[2], gap(), '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
             '申请人情况', '自然人', '法人或其他组织', '总计', ''.join(PARTS[1:])]
    for key, label, cells in rows_of(t3):
        body.append(label)
        if cells:
            body.append(gap() + digits(cells, f'flat.{variant} {label}', row_consistent, defect == 'row-total' and key == DEFECTS['row-total'][0]))
    body += [gap(), SECTIONS[3], gap(), '行政复议', '行政诉讼', ''.join(REVIEW_SUB), '未经复议直接起诉', '复议后起诉',
             ''.join(REVIEW_SUB) * 2, gap()]
    body.append(digits([v for b in r for v in b], f'flat.{variant} 表四', review_consistent, defect == 'review-total'))
    body += [gap(), SECTIONS[4], gap(), PROBLEMS, gap(), SECTIONS[5], gap(), FEE, gap(1),
             '附件下载：', gap(1), '【关闭窗口】', gap(1), '分享到： 微信 微博 QQ空间']
    header = [
        f'标题: {title}',
        '发布时间: 2026-01-20 09:30',
        '文号: ',
        '发布机构: 某某区人民政府办公室',
        '栏目: 政府信息公开年报',
        '原文链接: https://www.example.gov.cn/zwgk/zfxxgknb/202601/t20260120_0001.html',
        '本地目录: crawl/某某区人民政府/zfxxgknb/t20260120_0001',
        '页面链接与图片详见 links.tsv(同目录)',
        '==================== 正文 ====================',
    ]
    return '\n'.join(header) + '\n' + ''.join(body) + '\n'


def narrative():
    """Section 一's figures, of the correct tables (as in make-synthetic.py: a defect is in one cell only)."""
    return (f'2025年，本机关共收到政府信息公开申请{sum(table3()["new"][:6])}件，另有上年结转申请{sum(table3()["carried"][:6])}件。'
            '主动公开政府信息共165条，其中机构职能5条，政策文件150条，其他10条。')


# --- tab-separated text (make-synthetic.py's layout), for the 2019 and numbering shapes -----------------
def tabs(year, defect, legacy=False, headings=None, fee_section=False):
    t3 = table3(defect, legacy)
    r = review(defect)
    h = headings or SECTIONS
    notice = NOTICE_2019 if legacy else NOTICE_2021
    out = [f'{TITLE_ORG}{year}年政府信息公开工作年度报告', '',
           f'本报告根据《中华人民共和国政府信息公开条例》和{notice}编制。本报告所列数据的统计期限自{year}年1月1日至{year}年12月31日。', '',
           h[0], '', narrative().replace('2025', str(year)), '', h[1], '']
    for label, cells in (ACTIVE_2019 if legacy else ACTIVE_2021):
        out.append('\t'.join([label] + (cells or []) + [''] * (3 - len(cells or []))))
    out += ['', h[2], '', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
            '\t自然人\t法人或其他组织\t\t\t\t\t总计', '\t\t' + '\t'.join(PARTS[1:])]
    for key, label, cells in rows_of(t3, legacy):
        out.append('\t'.join([label] + [str(v) for v in (cells or [])]))
    out += ['', h[3], '', '行政复议\t\t\t\t\t行政诉讼', '\t'.join(REVIEW_SUB) + '\t未经复议直接起诉\t\t\t\t\t复议后起诉',
            '\t\t\t\t\t' + '\t'.join(REVIEW_SUB * 2), '\t'.join(str(v) for b in r for v in b), '']
    if fee_section:  # numbering defect: 五 is a fee table, 六 holds the problems, 其他需要报告的事项 is gone
        out += [h[4], '', '收费项目\t收费金额（元）\t减免金额（元）', '信息处理费\t0\t0', '',
                h[5], '', PROBLEMS, '']
    else:
        out += [h[4], '', PROBLEMS, '', h[5], '', OTHER_2019 if legacy else FEE, '']
    return '\n'.join(out)


# --- OCR'd Markdown: one small table per 表三 row --------------------------------------------------------
OCR_LABELS = {  # ASCII punctuation and spaces as an OCR or a converter writes them
    'other': '(六) 其他',
    'o1': '1. 申请人无正当理由逾期不补正, 行政机关不再处理其政府信息公开申请',
    'o2': '2. 申请人逾期未按收费通知要求缴纳费用, 行政机关不再处理其政府信息公开申请',
    'w3': '3. 危及"三安全一稳定"',
}


def md_rows(defect):
    t3 = table3(defect)
    r = review(defect)
    head = '| 项目 | ' + ' | '.join(f'数据{i}' for i in range(1, 8)) + ' |\n|' + ' --- |' * 8
    column_header = [
        '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | | | | | | |',
        '| | 自然人 | 法人或其他组织 | | | | | 总计 |',
        '| | | ' + ' | '.join(PARTS[1:]) + ' | |',
    ]
    out = [f'# {TITLE_ORG}2025年政府信息公开工作年度报告', '',
           f'本报告根据《中华人民共和国政府信息公开条例》和{NOTICE_2021}编制。本报告所列数据的统计期限自2025年1月1日至2025年12月31日。', '',
           '## ' + SECTIONS[0], '', narrative(), '', '## ' + SECTIONS[1], '',
           '| 第二十条第（一）项 | | | |', '| --- | --- | --- | --- |']
    for label, cells in ACTIVE_2021[1:]:
        cells = cells or []
        out.append('| ' + ' | '.join([label] + cells + [''] * (3 - len(cells))) + ' |')
    out += ['', '## ' + SECTIONS[2], '', head] + column_header + ['']
    for key, label, cells in rows_of(t3):
        if key == 'unavailable':  # the page break of the scanned page: its column header again
            out += [head] + column_header + ['']
        label = OCR_LABELS.get(key, label)
        cells = [str(v) for v in cells] if cells else [''] * 7
        out += [head, '| ' + ' | '.join([label] + cells) + ' |', '']
    out += ['## ' + SECTIONS[3], '',
            '| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |', '|' + ' --- |' * 15,
            '| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |',
            '| ' + ' | '.join(REVIEW_SUB * 3) + ' |', '| ' + ' | '.join(str(v) for b in r for v in b) + ' |', '',
            '## ' + SECTIONS[4], '', PROBLEMS, '', '## ' + SECTIONS[5], '', FEE, '']
    return '\n'.join(out)


# --- HTML in the official table layout, printed to PDF -------------------------------------------------
# LibreOffice's HTML import knows no @page margin boxes; it takes a footer from this (its own export's form)
LO_FOOTER = '<div title="footer"><p align="center">- <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> -</p></div>\n'
CSS = '''
@page { size: A4; margin: 22mm 20mm 24mm; @bottom-center { content: "- " counter(page) " -"; font: 10.5pt "WenQuanYi Micro Hei"; } }
body { font: 12pt/1.6 "WenQuanYi Micro Hei", sans-serif; margin: 0; }
h1, h2 { font-weight: normal; } /* no synthetic bold: it becomes Type 3 glyphs, ten times the size */
h1 { font-size: 16pt; text-align: center; margin: 0 0 12pt; }
h2 { font-size: 12pt; margin: 10pt 0 4pt; }
p { text-indent: 2em; margin: 0 0 6pt; }
table { border-collapse: collapse; table-layout: fixed; /* needs a width on each table */ font-size: 9.5pt; line-height: 1.3; margin: 4pt 0 8pt; }
td { border: 0.75pt solid #000; padding: 1.5pt 2pt; text-align: center; vertical-align: middle; }
td.l { text-align: left; }
tr.break { break-before: page; }
.break-before { break-before: page; }
'''


TABLE_EM_PT = 9.5  # the tables' font size
CELL_PAD_PT = 5    # padding and border of a cell


def table_start(widths):
    """<table><colgroup> for columns whose text is `widths` em wide: CSS widths for chromium (fixed
    layout needs the table's width), pixel `width` attributes, which LibreOffice's HTML import takes as proportions."""
    cols = ''.join(f'<col width="{round((w * TABLE_EM_PT + CELL_PAD_PT) * 4 / 3)}" style="width:calc({w}em + {CELL_PAD_PT}pt)">'
                   for w in widths)
    return f'<table style="width:calc({sum(widths):g}em + {CELL_PAD_PT * len(widths)}pt)"><colgroup>{cols}</colgroup>'


def html(defect, year=2025, libreoffice=False):
    """The report with the 2021 format's table layout: merged header cells, 三、本年度办理结果 written
    down a one-character column, group cells over their sub-rows, columns narrow enough to wrap
    labels, a page break inside 表三."""
    t3 = table3(defect)
    r = review(defect)
    e = []
    e.append(f'<h1>{TITLE_ORG}<br>{year}年政府信息公开工作年度报告</h1>')
    e.append(f'<p>本报告根据《中华人民共和国政府信息公开条例》和{NOTICE_2021}编制。本报告所列数据的统计期限自{year}年1月1日至{year}年12月31日。</p>')
    e.append(f'<h2>{SECTIONS[0]}</h2><p>{narrative()}</p>')
    e.append(f'<h2>{SECTIONS[1]}</h2>')
    e.append(table_start([10, 7, 7, 7]))
    for label, cells in ACTIVE_2021:
        if cells is None:
            e.append(f'<tr><td colspan="4">{label}</td></tr>')
        elif len(cells) == 1:
            e.append(f'<tr><td>{label}</td><td colspan="3">{cells[0]}</td></tr>')
        else:
            e.append('<tr>' + ''.join(f'<td>{c}</td>' for c in [label] + cells) + '</tr>')
    e.append('</table>')
    e.append(f'<h2 class="break-before">{SECTIONS[2]}</h2>')
    # columns: vertical group (1 char) | group label (4 chars) | sub-row label | 7 numbers (3 chars)
    e.append(table_start([1.3, 4.2, 15.1] + [3.2] * 7))
    e.append('<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
             '<td colspan="7">申请人情况</td></tr>')
    e.append('<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>')
    e.append('<tr>' + ''.join(f'<td>{p}</td>' for p in PARTS[1:]) + '</tr>')

    def nums(cells):
        return ''.join(f'<td>{v}</td>' for v in cells)

    groups = {'withheld': 8, 'unavailable': 3, 'rejected': 5, 'other': 3}
    rows = rows_of(t3)
    n_results = sum(1 for k, _, c in rows if k in RESULT_ROWS or k == 'total')
    pending_group = None
    for key, label, cells in rows:
        cls = ' class="break"' if key == 'u2' else ''  # the page turns inside （四）无法提供
        if key in ('new', 'carried', 'carryover'):
            e.append(f'<tr{cls}><td colspan="3" class="l" align="left">{label}</td>{nums(cells)}</tr>')
        elif key == 'results':
            pending_vertical = f'<td rowspan="{n_results}">{label}</td>'
        elif key in groups:
            pending_group = f'<td rowspan="{groups[key]}">{label}</td>'
        else:
            lead = ''
            if key == 'open':
                lead = pending_vertical
            if cells is not None and pending_group and key[0] in 'wuro' and key[1:].isdigit():
                lead += pending_group
                pending_group = None
            if key in ('open', 'partial', 'total'):
                e.append(f'<tr{cls}>{lead}<td colspan="2" class="l" align="left">{label}</td>{nums(cells)}</tr>')
            else:
                e.append(f'<tr{cls}>{lead}<td class="l" align="left">{label}</td>{nums(cells)}</tr>')
    e.append('</table>')
    e.append(f'<h2>{SECTIONS[3]}</h2>')
    e.append(table_start([2.2] * 15))
    e.append('<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>')
    e.append('<tr>' + ''.join(f'<td rowspan="2">{s}</td>' for s in REVIEW_SUB) +
             '<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>')
    e.append('<tr>' + ''.join(f'<td>{s}</td>' for s in REVIEW_SUB * 2) + '</tr>')
    e.append('<tr>' + ''.join(f'<td>{v}</td>' for b in r for v in b) + '</tr>')
    e.append('</table>')
    e.append(f'<h2>{SECTIONS[4]}</h2><p>{PROBLEMS}</p>')
    e.append(f'<h2>{SECTIONS[5]}</h2><p>{FEE}</p>')
    return ('<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<title>{TITLE_ORG}{year}年政府信息公开工作年度报告</title><style>{CSS}</style></head><body>\n'
            + (LO_FOOTER if libreoffice else '') + '\n'.join(e) + '\n</body></html>\n')


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def fix_dates(pdf):
    """The converters stamp the time, an ID and a checksum into the PDF; overwrite them with characters of the
    same length (the xref offsets stay right), so that a rerun leaves an unchanged PDF unchanged in git."""
    with open(pdf, 'rb') as f:
        data = f.read()
    data = re.sub(rb'D:\d{14}', b'D:20260120000000', data)
    data = re.sub(rb'/ID ?\[ ?<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+> ?\]', lambda m: re.sub(rb'[0-9A-Fa-f](?=[0-9A-Fa-f]*>)', b'0', m.group()), data)
    data = re.sub(rb'/DocChecksum /[0-9A-F]+', lambda m: re.sub(rb'(?<=/)[0-9A-F]+$', lambda h: b'0' * len(h.group()), m.group()), data)
    with open(pdf, 'wb') as f:
        f.write(data)


def print_pdfs(names, lo_names):
    for tool in ('chromium', 'soffice', 'pdftotext'):
        if not shutil.which(tool):
            sys.exit(f'{tool} not found: apt-get install -y chromium libreoffice-writer-nogui poppler-utils '
                     'fonts-noto-cjk fonts-wqy-microhei (or use --no-pdf)')
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            pdf = f'{PDF_DIR}/{name}.chromium.pdf'
            # no tagging: the structure tree would double the file for nothing pdftotext reads
            run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
                 '--disable-background-networking', '--disable-pdf-tagging', f'--user-data-dir={tmp}/chromium',
                 f'--print-to-pdf={pdf}', '--no-pdf-header-footer', f'{PDF_DIR}/{name}.html'])
            fix_dates(pdf)
            run(['pdftotext', '-layout', '-enc', 'UTF-8', pdf, f'{OUT}/pdftotext.chromium.{name}.txt'])
            run(['pdftotext', '-enc', 'UTF-8', pdf, f'{OUT}/pdfcopy.chromium.{name}.txt'])
            check_layout(f'pdftotext.chromium.{name}.txt')
        for name in lo_names:
            # HTML -> ODT -> PDF: printed straight from the HTML import, even pages lose the footer
            soffice = ['soffice', f'-env:UserInstallation=file://{tmp}/lo', '--headless']
            run(soffice + ['--infilter=HTML (StarWriter)', '--convert-to', 'odt:writer8', '--outdir', tmp,
                           f'{PDF_DIR}/{name}.libreoffice.html'])
            run(soffice + ['--convert-to', 'pdf:writer_pdf_Export', '--outdir', tmp, f'{tmp}/{name}.libreoffice.odt'])
            pdf = f'{PDF_DIR}/{name}.libreoffice.pdf'
            shutil.move(f'{tmp}/{name}.libreoffice.pdf', pdf)
            fix_dates(pdf)
            run(['pdftotext', '-layout', '-enc', 'UTF-8', pdf, f'{OUT}/pdftotext.libreoffice.{name}.txt'])


def check_layout(name):
    """The chromium `pdftotext -layout` output has the shapes it is there for; a chromium or poppler that
    lays the page out otherwise needs other column widths."""
    lines = read(name).split('\n')
    text = '\n'.join(lines)
    stripped = [l.strip() for l in lines]

    def index(pred, start=0):
        return next((i for i in range(start, len(lines)) if pred(stripped[i])), None)

    numbers = re.compile(r'^(\d+\s+)+\d+$')
    partial = index(lambda l: l.endswith('（二）部分公开（区分处理的，只计这一情'))
    vertical = index(lambda l: l == '三、')
    u1, u2 = index(lambda l: '1.本机关不掌握相关政府信息' in l), index(lambda l: '2.没有现成信息需要另行制作' in l)
    review_head = index(lambda l: l.startswith('维持 纠正 结果 审结'))
    problems = {
        'a column header wrapped (商业企 / 业)': '商业企' in text and '商业企业' not in text,
        '（二） wrapped around its numbers': partial is not None and numbers.match(stripped[partial + 1])
        and stripped[partial + 2] == '形，不计其他情形）',
        '三、本年度办理结果 one character per line': vertical is not None
        and [l[:1] for l in stripped[vertical + 1:vertical + 8]] == list('本年度办理结果'),
        'a page number between two 表三 rows': u1 is not None and u2 is not None
        and any(re.fullmatch(r'-\s*\d+\s*-', l) for l in stripped[u1:u2]),
        '表四 header wrapped, its 15 numbers on a line further down': review_head is not None
        and any(numbers.match(l) and len(l.split()) == 15 for l in stripped[review_head + 1:review_head + 4]),
    }
    for what, ok in problems.items():
        if not ok:
            sys.exit(f'{name}: no {what}; adjust the column widths in html()')


def write(path, text):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


def read(name):
    with open(f'{OUT}/{name}', encoding='utf-8') as f:
        return f.read()


# --- where the defects sit, for the README ------------------------------------------------------------
def cell_positions(text, anchor, cells):
    """Offsets of `cells` read in order after `anchor`, skipping whatever is not a digit (labels, spaces,
    `|`, line breaks) and page numbers (`-2-`)."""
    i = text.index(anchor) + len(anchor)
    found = []
    for c in cells:
        while True:
            m = re.compile(r'-\s*\d+\s*-|\d').search(text, i)
            if m.group().startswith('-'):
                i = m.end()
                continue
            break
        if not text.startswith(str(c), m.start()):
            sys.exit(f'cannot find {cells} after {anchor}: {text[m.start():m.start() + 40]!r}')
        found.append(m.start())
        i = m.start() + len(str(c))
    return found


def line_col(text, offset):
    return f'{text.count(chr(10), 0, offset) + 1}:{offset - text.rfind(chr(10), 0, offset)}'


def at(name, anchor, cells, index):
    """line:column of cells[index] read after the label `anchor` (its first 6 characters: PDF text wraps it)."""
    text = read(name)
    return line_col(text, cell_positions(text, anchor[:6], cells)[index])


def row_total_expectation(name, legacy=False, balance=True):
    t3 = table3('row-total', legacy)
    carried, total, carryover, new = t3['carried'], t3['total'], t3['carryover'], t3['new']
    where = at(name, LABEL['carried'], carried, 6)
    text = (f'**row-total** at {where}: 表三「{LABEL["carried"]}」总计为 {carried[6]}，'
            f'{"+".join(map(str, carried[:6]))} = {sum(carried[:6])}，应为 {sum(carried[:6])} (section 一\'s '
            f'「另有上年结转申请{sum(carried[:6])}件」 agrees with the parts: no narrative-table)')
    if not balance:
        return text
    return (text + f'; and from it, as for `fixtures/synthetic/row-total.txt`, **balance** of the 总计 column '
            f'({new[6]} + {carried[6]} = {new[6] + carried[6]} ≠ {total[6]} + {carryover[6]} = {total[6] + carryover[6]}), '
            f'at the 四、结转下年度继续办理 总计 cell {at(name, LABEL["carryover"], carryover, 6)}')


def review_total_expectation(name):
    r = review('review-total')
    where = at(name, SECTIONS[3], [v for b in r for v in b], 4)
    return (f'**review-total** at {where}: 表四「行政复议」总计为 {r[0][4]}，'
            f'{"+".join(map(str, r[0][:4]))} = {sum(r[0][:4])}，应为 {sum(r[0][:4])}')


def readme(lo_names):
    rows = []

    def row(name, shape, expect):
        rows.append(f'| `{name}` | {shape} | {expect} |')

    for variant, shape in [('runs', 'flattened crawler text, cells run together (`…申请数量170230533204二、…` = 170 23 0 5 3 3 204)'),
                           ('spaced', 'flattened crawler text, one space between some cells (`…申请数量 170230 5 3 3 204二、…`)')]:
        row(f'flat.{variant}.correct.txt', shape,
            'nothing. All six sections are there (mid-line); the title is in the `标题:` line and again after '
            'the page chrome; every 表三 row and the 表四 run split into their cells in exactly one way that adds '
            'up (checked by the script), the next row\'s number follows the digits directly '
            '(`1.属于国家秘密00000002.其他法律…`). 表二 runs (`规章000`, `行政规范性文件5237`) must not be '
            'guessed: at most one info that 表二 cannot be read')
        row(f'flat.{variant}.row-total.txt', shape,
            row_total_expectation(f'flat.{variant}.row-total.txt') + '. The run `4100006` has 7 digits for 7 '
            'cells, so its reading is certain although it does not add up')
        row(f'flat.{variant}.review-total.txt', shape,
            review_total_expectation(f'flat.{variant}.review-total.txt') + '. The 表四 run has 15 digits for 15 '
            'cells, so its reading is certain although a block does not add up')
    row('pdftotext.chromium.correct.txt', '`pdftotext -layout` of `pdf/correct.chromium.pdf`',
        'nothing. Traps: column headers over 3 lines (`商业企`/`业`), （二） wrapped around its numbers, '
        '`三、` `本` `年` … `果` one per line with `本` in front of `1.本机关不掌握相关政府信息`, `（三）不`/`予公开`, '
        '`（四）无`/`法提供`, page number `-2-` between the （四）1 and （四）2 rows, 表四 header over 4 lines and its '
        '15 numbers alone on the next line')
    row('pdftotext.chromium.row-total.txt', 'as above, one defect', row_total_expectation('pdftotext.chromium.row-total.txt'))
    row('pdftotext.chromium.review-total.txt', 'as above, one defect', review_total_expectation('pdftotext.chromium.review-total.txt'))
    row('pdfcopy.chromium.correct.txt', '`pdftotext` without `-layout` (viewer copy-out: a cell per line)',
        'no error, no warning; one **info** that 表三 cannot be read from about （三）4 on: the labels are out '
        'of place (（三）8 and （四）1 after their numbers; （五）3, 4, （六）2, 3, （七）总计 and 四 after all the numbers), '
        'though the number rows themselves come in table order — a reader that reads them by order may say so '
        'and check them. 表四 reads: its 15 numbers follow its header in order')
    row('pdfcopy.chromium.row-total.txt', 'as above, one defect',
        'the info as above and '
        + row_total_expectation('pdfcopy.chromium.row-total.txt', balance=False)
        + ': row 二 comes before the displaced labels (label, then its 7 numbers), so it is certain; the '
        'balance of the 总计 column only if （七） and 四 are read by the order of the number rows')
    row('pdfcopy.chromium.review-total.txt', 'as above, one defect',
        'the info as above and ' + review_total_expectation('pdfcopy.chromium.review-total.txt'))
    if 'correct' in lo_names:
        row('pdftotext.libreoffice.correct.txt', '`pdftotext -layout` of `pdf/correct.libreoffice.pdf`',
            'nothing. Traps: 一 and 二 labels wrapped around their numbers (`…申请数` / numbers / `量`), the group '
            'label in a 3-character column in front of the （一）/（二） labels (`三、本`, `年度办`, `理结果`), the page '
            'number `-2-` inside the （四） group label (`无法提` / `-2-` / `供`), 表四 header cut by the page number '
            '`-3-`, sub-row labels wrapped around their numbers')
    if 'row-total' in lo_names:
        row('pdftotext.libreoffice.row-total.txt', 'as above, one defect', row_total_expectation('pdftotext.libreoffice.row-total.txt'))
    md = 'Markdown as OCR or a converter gives it: one GFM table per 表三 row, each headed `\\| 项目 \\| 数据1 \\| … \\| 数据7 \\|`, the column header again before （四）, `(六) 其他`, `1. …不补正, 行政机关…`, `3. 危及"三安全一稳定"`'
    row('md-rows.correct.md', md, 'nothing')
    row('md-rows.row-total.md', 'as above, one defect', row_total_expectation('md-rows.row-total.md'))
    legacy = '2019 report in the 2019 format (国办公开办函〔2019〕60号): 表二 blocks of SPEC §3b, （六）其他处理 one row, no fee statement'
    row('legacy2019.correct.txt', legacy,
        'nothing: no table-legacy-format, no 缺少标准行, no fee-statement (required from 2021), no doc-number-known '
        '(the 2019 notice has the same title as the 2021 one), no cell-not-number for 本年增/减 `-2`, `-1` '
        '(may be negative, SPEC §3b)')
    row('legacy2019.row-total.txt', 'as above, one defect', row_total_expectation('legacy2019.row-total.txt', legacy=True))
    text = read('numbering.correct.txt').split('\n')
    one, six = text.index(SECTIONS[0].replace('、', '')) + 1, text.index('l' + SECTIONS[5]) + 1
    row('numbering.correct.txt', 'tab-separated; heading `一总体情况` without `、` (line %d), `l六、其他需要报告的事项` '
        'with an OCR `l` (line %d)' % (one, six),
        'nothing (both are the sections 一 and 六; an info on the heading form at most)')
    text = read('numbering.fee-section.txt').split('\n')
    five, six = text.index('五、信息处理费收取情况') + 1, text.index('六、存在的主要问题及改进情况') + 1
    row('numbering.fee-section.txt', 'as above, but 五 is a fee table `五、信息处理费收取情况` (line %d) and 六 holds '
        'the problems `六、存在的主要问题及改进情况` (line %d)' % (five, six),
        '**section-missing** (「其他需要报告的事项」, line %d) and **section-order** (六 carries 五\'s title); a warning that '
        '五\'s title is not the standard one (no fix: it is another text) and one that 六 does not state the fee (it stands '
        'in 五\'s table, SPEC §2: a numbering defect); no table error' % six)
    t3 = table3()
    data = '\n'.join(f'| {label} | ' + ' | '.join(map(str, cells)) + ' |' for _, label, cells in rows_of(t3) if cells)
    return f'''# Shape fixtures

Written by `python3 scripts/dev/make-shapes.py` (run from the repo root; `--no-pdf` skips the PDFs);
this file too. They are the synthetic report of `scripts/dev/make-synthetic.py` — same labels, sections
and wording, its numbers widened to multi-digit values — in the shapes real reports arrive in (issue 10).
Nothing here comes from a real report.

The `.txt` files and the `md-rows.*.md` files are the fixtures. `pdf/` holds what the PDF shapes were made from: the HTML in the
2021 format's table layout (merged header cells, `三、本年度办理结果` down a one-character column, group
cells over their sub-rows, narrow columns, a page break inside 表三), printed with Debian's chromium
(`*.chromium.pdf`, page numbers from a CSS `@page` margin box) and LibreOffice 7.4 (`*.libreoffice.pdf`,
HTML → ODT → PDF, page numbers from a Writer footer); `pdftotext -layout` and plain `pdftotext`
(poppler 22.12) give the `pdftotext.*` and `pdfcopy.*` files.

Two defects, of the kinds in `fixtures/synthetic/`: **row-total**, 表三 二、上年结转 总计 5 → 6 (a row of single digits,
so that its cells are certain even run together), and **review-total**, 表四 行政复议 总计 4 → 5. Positions
are `line:column`, 1-based, column in UTF-16 code units (the linter's convention).

| file | shape | a correct linter reports |
| --- | --- | --- |
{chr(10).join(rows)}

The 表三 of the correct files (2019: （六）其他处理 is the sum of its three rows, 6 1 0 0 0 0 7):

| row | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
| --- | --- | --- | --- | --- | --- | --- | --- |
{data}

表四: {' '.join(str(v) for b in REVIEW for v in b)}.
'''


def main():
    check_data()
    os.makedirs(PDF_DIR, exist_ok=True)
    for variant in ('runs', 'spaced'):
        for d in (None, 'row-total', 'review-total'):
            write(f'{OUT}/flat.{variant}.{d or "correct"}.txt', flat(variant, d))
    for d in (None, 'row-total'):
        write(f'{OUT}/md-rows.{d or "correct"}.md', md_rows(d))
        write(f'{OUT}/legacy2019.{d or "correct"}.txt', tabs(2019, d, legacy=True))
    numbering = [SECTIONS[0].replace('、', ''), *SECTIONS[1:5], 'l' + SECTIONS[5]]
    write(f'{OUT}/numbering.correct.txt', tabs(2025, None, headings=numbering))
    wrong = [*numbering[:4], '五、信息处理费收取情况', '六、存在的主要问题及改进情况']
    write(f'{OUT}/numbering.fee-section.txt', tabs(2025, None, headings=wrong, fee_section=True))
    names = ['correct', 'row-total', 'review-total']
    lo_names = ['correct', 'row-total']
    for d in names:
        write(f'{PDF_DIR}/{d}.html', html(None if d == 'correct' else d))
    for d in lo_names:
        write(f'{PDF_DIR}/{d}.libreoffice.html', html(None if d == 'correct' else d, libreoffice=True))
    if '--no-pdf' not in sys.argv:
        print_pdfs(names, lo_names)
    write(f'{OUT}/README.md', readme(lo_names))


if __name__ == '__main__':
    main()
