import type { Rule } from '../types';
import { normalize } from '../parse/normalize';

/** `<机关><YYYY>年政府信息公开工作年度报告`; `YYYY年度` says the same, and a cover letter's title
 *  (`<机关>关于报送YYYY年度…年度报告的函`) carries the report's title inside it. */
const STANDARD = /^(.+?)(?:关于(?:报送|印发|公布|发布)?)?(\d{4})年(?:度)?政府信息公开工作年度报告(?:的函|的通知)?$/;

export default {
  meta: {
    id: 'report-title',
    description: '标题应为「<机关名称><YYYY>年政府信息公开工作年度报告」',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      missing: '没有找到报告标题，应在开头写明「<机关名称><YYYY>年政府信息公开工作年度报告」',
      noBody: '标题「{{title}}」缺少机关名称，应为「<机关名称>{{year}}年政府信息公开工作年度报告」',
      nonStandard: '标题「{{title}}」不规范，应为「{{expected}}」',
    },
  },
  check({ model, report }) {
    const title = model.title;
    if (!title) {
      const first = model.sections[0]?.heading ?? { start: 0, end: 0 };
      report({ messageId: 'missing', span: first });
      return;
    }
    const n = normalize(title.text);
    if (STANDARD.test(n)) return;
    const year = /(\d{4})/.exec(n)?.[1];
    const org = (/^(.*?)\d{4}/.exec(n)?.[1] ?? '').replace(/关于(?:报送|印发|公布|发布)?$/, '');
    if (/^\d{4}年(?:度)?政府信息公开工作年度报告$/.test(n)) {
      report({ messageId: 'noBody', data: { title: title.text, year: year! }, span: title.span });
      return;
    }
    const expected = year && org ? `${org}${year}年政府信息公开工作年度报告` : '<机关名称><YYYY>年政府信息公开工作年度报告';
    report({ messageId: 'nonStandard', data: { title: title.text, expected }, span: title.span });
  },
} satisfies Rule;
