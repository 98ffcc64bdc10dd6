import type { Rule } from '../types';
import { shortTableName } from './names';

/** 2021 and later reports use the format of 国办公开办函〔2021〕30号; the 2019 one is superseded. */
export default {
  meta: {
    id: 'table-legacy-format',
    description: '2021 年度及以后的报告不应使用 2019 年版（国办公开办函〔2019〕60号）表格格式',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      otherNotSplit: '{{table}}「（六）其他处理」没有细分为 3 项，是 2019 年版格式；{{forYear}}应使用国办公开办函〔2021〕30号规定的格式',
      legacyColumns: '{{table}}使用了 2019 年版栏目（{{markers}}），是 2019 年版格式；{{forYear}}应使用国办公开办函〔2021〕30号规定的格式',
    },
  },
  check({ model, report }) {
    // 2019 and 2020 reports may use the old format; when the year is unknown, only mention it.
    if (model.year !== undefined && model.year < 2021) return;
    const severity = model.year === undefined ? { severity: 'info' as const } : {};
    const forYear = model.year ? `${model.year} 年度报告` : '2021 年度及以后的报告';
    for (const table of Object.values(model.tables)) {
      if (!table?.legacyMarkers.length) continue;
      const markers = [...new Set(table.legacyMarkers.map((m) => m.text.replace(/\s+/g, '')))];
      report({
        messageId: table.kind === 'applications' ? 'otherNotSplit' : 'legacyColumns',
        data: { table: shortTableName(table.kind), markers: `${markers.slice(0, 5).join('、')}${markers.length > 5 ? '等' : ''}`, forYear },
        span: table.legacyMarkers[0].span,
        ...severity,
      });
    }
  },
} satisfies Rule;
