import type { Citation, Rule } from '../types';

interface KnownDocument {
  number: string;
  /** The notice's full title, and the title of the document it issues (either may be cited). */
  titles: string[];
  supersededBy?: string;
}

/** SPEC §7: documents every report cites, whose number and title must agree. */
export const KNOWN_DOCUMENTS: KnownDocument[] = [
  {
    number: '国办公开办函〔2021〕30号',
    titles: ['国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知', '中华人民共和国政府信息公开工作年度报告格式'],
  },
  {
    number: '国办函〔2020〕109号',
    titles: ['国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知', '政府信息公开信息处理费管理办法'],
  },
  // The 2019 notice bears the same title as the 2021 one: the title alone cannot tell them apart.
  { number: '国办公开办函〔2019〕60号', titles: [], supersededBy: '国办公开办函〔2021〕30号' },
];

/** Titles compared without spaces and whatever marks the inner title is nested in (〈〉, <>, 《》). */
const titleKey = (t: string) => t.replace(/[\s<>〈〉《》"“”]/g, '');

const byNumber = (canonical: string) => KNOWN_DOCUMENTS.find((d) => d.number === canonical);
/** The known document a cited title names: its full title, its subject, or a tail of either
 *  (drafts drop the issuer: 《关于印发…的通知》). A provincial notice on the same subject is not it. */
function byTitle(title: string): KnownDocument | undefined {
  const key = titleKey(title);
  if (key.length < 6) return undefined;
  return KNOWN_DOCUMENTS.find((d) => d.titles.some((t) => titleKey(t).endsWith(key)));
}

export default {
  meta: {
    id: 'doc-number-known',
    description: '引用国办公开办函〔2021〕30号、国办函〔2020〕109号等已知文件时，文号与标题应一致',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      wrongTitle: '发文字号「{{text}}」对应的文件是《{{knownTitle}}》，但这里引用的标题是《{{title}}》',
      superseded: '「{{text}}」（2019 年版年报格式）已被 {{by}} 取代',
      wrongNumber: '《{{title}}》的发文字号应为「{{number}}」，这里写作「{{text}}」',
    },
  },
  check({ model, report }) {
    const inReportYear = model.year;
    for (const c of model.citations as Citation[]) {
      const known = byNumber(c.canonical);
      const title = c.citedTitle?.text;
      if (known && title !== undefined && known.titles.length && !byTitle(title)) {
        // Another document cited next to a known number is a mismatch only if its title names a known one.
        report({ messageId: 'wrongTitle', data: { text: c.text, knownTitle: known.titles[0], title }, span: c.citedTitle!.span });
        continue;
      }
      if (known?.supersededBy && (inReportYear === undefined || inReportYear >= 2021)) {
        report({ messageId: 'superseded', data: { text: c.text, by: known.supersededBy }, span: c.span, severity: 'info' });
        continue;
      }
      const meant = title !== undefined ? byTitle(title) : undefined;
      const sameTitle = known?.supersededBy === meant?.number; // 〔2019〕60号 under the format notice's title
      if (meant && meant.number !== c.canonical && !sameTitle) {
        report({ messageId: 'wrongNumber', data: { title: title!, number: meant.number, text: c.text }, span: c.span });
      }
    }
  },
} satisfies Rule;
