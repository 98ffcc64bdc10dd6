#!/usr/bin/env python3
"""Writes fixtures/synthetic/*: a correct 2025 report with non-zero tables, in tab-separated text and
in Markdown (GFM tables; the correct one also with setext headings), and copies with one arithmetic
defect each. Run from the repo root."""
import copy, os, re

PARTS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other']
ROWS = [
    ('new', '一、本年新收政府信息公开申请数量', [20, 3, 0, 1, 2, 1]),
    ('carried', '二、上年结转政府信息公开申请数量', [2, 1, 0, 0, 0, 0]),
    ('results', '三、本年度办理结果', None),
    ('open', '（一）予以公开', [10, 2, 0, 1, 1, 0]),
    ('partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [3, 0, 0, 0, 0, 0]),
    ('withheld', '（三）不予公开', None),
    ('w1', '1.属于国家秘密', [0] * 6),
    ('w2', '2.其他法律行政法规禁止公开', [1, 0, 0, 0, 0, 0]),
    ('w3', '3.危及“三安全一稳定”', [0] * 6),
    ('w4', '4.保护第三方合法权益', [0] * 6),
    ('w5', '5.属于三类内部事务信息', [0] * 6),
    ('w6', '6.属于四类过程性信息', [0] * 6),
    ('w7', '7.属于行政执法案卷', [0] * 6),
    ('w8', '8.属于行政查询事项', [0] * 6),
    ('unavailable', '（四）无法提供', None),
    ('u1', '1.本机关不掌握相关政府信息', [4, 1, 0, 0, 0, 0]),
    ('u2', '2.没有现成信息需要另行制作', [0] * 6),
    ('u3', '3.补正后申请内容仍不明确', [0] * 6),
    ('rejected', '（五）不予处理', None),
    ('r1', '1.信访举报投诉类申请', [1, 0, 0, 0, 0, 0]),
    ('r2', '2.重复申请', [0, 0, 0, 0, 1, 0]),
    ('r3', '3.要求提供公开出版物', [0] * 6),
    ('r4', '4.无正当理由大量反复申请', [0] * 6),
    ('r5', '5.要求行政机关确认或重新出具已获取信息', [0] * 6),
    ('other', '（六）其他处理', None),
    ('o1', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [1, 0, 0, 0, 0, 0]),
    ('o2', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0] * 6),
    ('o3', '3.其他', [0] * 6),
    ('total', '（七）总计', [20, 3, 0, 1, 2, 0]),
    ('carryover', '四、结转下年度继续办理', [2, 1, 0, 0, 0, 1]),
]
REVIEW = [[2, 1, 0, 1, 4], [1, 0, 1, 0, 2], [0, 0, 0, 1, 1]]

def table3_values():
    vals = {}
    for key, _, parts in ROWS:
        if parts is not None:
            vals[key] = parts + [sum(parts)]
    return vals

def body(layout, t3, review):
    md = layout == 'markdown'
    h = '## ' if md else ''
    out = []
    out.append(('# ' if md else '') + '某某市某某区人民政府办公室2025年政府信息公开工作年度报告')
    out.append('')
    out.append('本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）编制。本报告所列数据的统计期限自2025年1月1日至2025年12月31日。')
    out.append('')
    out.append(h + '一、总体情况')
    out.append('')
    out.append('2025年，本机关共收到政府信息公开申请27件，另有上年结转申请3件。主动公开政府信息共165条，其中机构职能5条，政策文件150条，其他10条。')
    out.append('')
    out.append(h + '二、主动公开政府信息情况')
    out.append('')
    active = [
        ('第二十条第（一）项', None), ('信息内容', ['本年制发件数', '本年废止件数', '现行有效件数']),
        ('规章', ['0', '0', '0']), ('行政规范性文件', ['5', '2', '37']),
        ('第二十条第（五）项', None), ('信息内容', ['本年处理决定数量']), ('行政许可', ['120']),
        ('第二十条第（六）项', None), ('信息内容', ['本年处理决定数量']), ('行政处罚', ['35']), ('行政强制', ['3']),
        ('第二十条第（八）项', None), ('信息内容', ['本年收费金额（单位：万元）']), ('行政事业性收费', ['12.5']),
    ]
    if md:
        out.append('| 第二十条第（一）项 | | | |')
        out.append('| --- | --- | --- | --- |')
        for label, cells in active[1:]:
            cells = cells or []
            out.append('| ' + ' | '.join([label] + cells + [''] * (3 - len(cells))) + ' |')
    else:
        for label, cells in active:
            out.append('\t'.join([label] + (cells or []) + [''] * (3 - len(cells or []))))
    out.append('')
    out.append(h + '三、收到和处理政府信息公开申请情况')
    out.append('')
    header = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
    if md:
        out.append('| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | ' + ' | '.join(header) + ' |')
        out.append('| --- |' + ' --- |' * 7)
        for key, label, parts in ROWS:
            cells = [str(v) for v in t3[key]] if parts is not None else [''] * 7
            out.append('| ' + ' | '.join([label] + cells) + ' |')
    else:
        out.append('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况')
        out.append('\t自然人\t法人或其他组织\t\t\t\t\t总计')
        out.append('\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他')
        for key, label, parts in ROWS:
            cells = [str(v) for v in t3[key]] if parts is not None else []
            out.append('\t'.join([label] + cells))
    out.append('')
    out.append(h + '四、政府信息公开行政复议、行政诉讼情况')
    out.append('')
    sub = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    flat = [str(v) for group in review for v in group]
    if md:
        out.append('| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |')
        out.append('|' + ' --- |' * 15)
        out.append('| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |')
        out.append('| ' + ' | '.join(sub * 3) + ' |')
        out.append('| ' + ' | '.join(flat) + ' |')
    else:
        out.append('行政复议\t\t\t\t\t行政诉讼')
        out.append('\t'.join(sub) + '\t未经复议直接起诉\t\t\t\t\t复议后起诉')
        out.append('\t\t\t\t\t' + '\t'.join(sub * 2))
        out.append('\t'.join(flat))
    out.append('')
    out.append(h + '五、存在的主要问题及改进情况')
    out.append('')
    out.append('一是政策解读形式还不够丰富；二是依申请公开答复质量有待提高。下一步，将加强培训，规范答复。')
    out.append('')
    out.append(h + '六、其他需要报告的事项')
    out.append('')
    out.append('本年度未收取信息处理费。本机关按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）执行。')
    out.append('')
    return '\n'.join(out)

def defect(name):
    t3 = table3_values()
    review = copy.deepcopy(REVIEW)
    if name == 'row-total':
        t3['new'][6] = 28
    elif name == 'results-total':
        t3['open'][0] = 11
        t3['open'][6] = 15
    elif name == 'balance':
        t3['carryover'][0] = 3
        t3['carryover'][6] = 5
    elif name == 'review-total':
        review[0][4] = 5
    return t3, review

def one_cell_per_line(text):
    """Like seed 000 (copied out of a PDF): each cell on its own line, long labels broken mid-word."""
    out = []
    for line in text.split('\n'):
        if '\t' not in line:
            out.append(line)
            continue
        cells = [c[:9] + '\n' + c[9:] if len(c) > 12 and not c.startswith('（本列') else c for c in line.split('\t')]
        out.append('\t\n'.join(cells))
    return '\n'.join(out)

def setext_headings(text):
    """The Markdown report with `===` / `---` underlined headings instead of `#` / `##`."""
    out = []
    for line in text.split('\n'):
        m = re.match(r'^(#{1,2}) (.*)$', line)
        out += [m.group(2), ('=' if len(m.group(1)) == 1 else '-') * 8] if m else [line]
    return '\n'.join(out)

def pipe_per_line(text):
    """Like seed 002: each cell on its own line ending in ` |`."""
    return '\n'.join(('|\n' + ' |\n'.join(l.split('\t')) + ' |') if '\t' in l else l for l in text.split('\n'))

os.makedirs('fixtures/synthetic', exist_ok=True)
for name in ['correct', 'row-total', 'results-total', 'balance', 'review-total']:
    for layout, ext in [('tabs', 'txt'), ('markdown', 'md')]:
        t3, review = defect(name)
        with open(f'fixtures/synthetic/{name}.{ext}', 'w', encoding='utf-8') as f:
            f.write(body(layout, t3, review))
    if name in ('correct', 'row-total'):
        t3, review = defect(name)
        for suffix, shape in [('cells', one_cell_per_line), ('pipes', pipe_per_line)]:
            with open(f'fixtures/synthetic/{name}.{suffix}.txt', 'w', encoding='utf-8') as f:
                f.write(shape(body('tabs', t3, review)))
    if name == 'correct':
        with open('fixtures/synthetic/correct.setext.md', 'w', encoding='utf-8') as f:
            f.write(setext_headings(body('markdown', *defect(name))))
