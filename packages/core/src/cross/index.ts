/** Checks across reports: last year's report of the same body, and a parent over its subordinates. */
export { reportFacts, bodyKey, sameBody, valueAt } from './facts';
export { crossYearFindings } from './year';
export { subordinateSumFindings } from './subordinates';
export { pairReports, type PairCandidate, type ReportPair, type Pairing } from './pairs';
