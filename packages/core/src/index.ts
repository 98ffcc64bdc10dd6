export * from './types';
export { lint } from './lint';
export { applyFixes, fixText } from './fix';
export { parseReport, detectFormat } from './parse';
export { rules, ruleById } from './rules';
export { LineIndex } from './lines';
export { explainTotal, totalAt } from './explain';
