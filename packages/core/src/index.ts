export * from './types';
export { lint } from './lint';
export { applyFixes, fixText } from './fix';
export { parseReport, detectFormat } from './parse';
export { rules, ruleById } from './rules';
export { LineIndex } from './lines';
export { explainTotal, totalAt, totalChecks, cellAt } from './arithmetic';
export { APPLICATION_ROWS, APPLICANT_COLUMNS, REVIEW_GROUPS, REVIEW_COLUMNS, ACTIVE_ROWS, ACTIVE_COLUMN_LABELS } from './parse/tables/definitions';
