import fc from 'fast-check';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { ATX, readMarkdown } from '../src/parse/markdown';
import { SourceLines } from '../src/parse/source-lines';

const headingsOf = (text: string) => {
  const info = readMarkdown(text, new SourceLines(text));
  return info.headings.all().map((h) => [text.slice(h.span.start, h.span.end), h.depth, h.setext]);
};

/** What remark itself makes of one line standing alone. */
function remarkHeading(line: string): number | undefined {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(line) as { children: { type: string; depth?: number }[] };
  return tree.children.length === 1 && tree.children[0].type === 'heading' ? tree.children[0].depth : undefined;
}

describe('readMarkdown', () => {
  it('reads ATX headings and their depth', () => {
    expect(headingsOf('# 一级\n正文\n   ### 三级 ###\n####### 七个井号\n#没有空格\n    # 缩进代码')).toEqual([
      ['# 一级', 1, false],
      ['   ### 三级 ###', 3, false],
    ]);
  });

  it('asks remark about setext candidates', () => {
    expect(headingsOf('一、总体情况\n======\n\n二、主动公开政府信息情况\n---\n\n- 列表项\n---\n\n> 引文\n---')).toEqual([
      ['一、总体情况', 1, true],
      ['二、主动公开政府信息情况', 2, true],
    ]);
  });

  it('ignores headings in fenced code, HTML comments and front matter', () => {
    const text = '---\ntitle: x\n---\n```\n# 代码\n```\n<!--\n# 注释\n-->\n# 标题';
    expect(headingsOf(text)).toEqual([['# 标题', 1, false]]);
    expect(readMarkdown(text, new SourceLines(text)).ignored.length).toBeGreaterThan(0);
  });

  it('takes a line as an ATX heading exactly when remark does', () => {
    const line = fc.stringMatching(/^[ \t]{0,5}#{0,8}[ \t#a中\\*`>=-]{0,6}$/);
    fc.assert(
      fc.property(line, (text) => {
        const ours = ATX.test(text) ? /#+/.exec(text)![0].length : undefined;
        expect(ours).toBe(remarkHeading(text));
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });
});
