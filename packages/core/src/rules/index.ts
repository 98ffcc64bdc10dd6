/** The rule catalog (SPEC §11), in the order rules run and are documented. */
import type { Rule } from '../types';
import { ruleDocsUrl } from '../docs';
// --- structure and table rules
import sectionMissing from './section-missing';
import sectionOrder from './section-order';
import sectionTitle from './section-title';
import reportTitle from './report-title';
import headingLevel from './heading-level';
import tableMissing from './table-missing';
import tableLegacyFormat from './table-legacy-format';
import tableShape from './table-shape';
import tableLabel from './table-label';
import cellNotNumber from './cell-not-number';
import rowTotal from './row-total';
import resultsTotal from './results-total';
import balance from './balance';
import reviewTotal from './review-total';
import regulationsAuthority from './regulations-authority';
import narrativeTable from './narrative-table';
// --- text rules (citations, narrative, years, fees)
import docNumberFormat from './doc-number-format';
import docNumberKnown from './doc-number-known';
import titleMarkNesting from './title-mark-nesting';
import narrativeSum from './narrative-sum';
import feeStatement from './fee-statement';
import reportYear from './report-year';
// --- writing rules (the text itself: typos, repeats, punctuation, numbering, contact details)
import knownTypo from './known-typo';
import repeatedText from './repeated-text';
import punctuationWidth from './punctuation-width';
import unbalancedPair from './unbalanced-pair';
import placeholder from './placeholder';
import contactFormat from './contact-format';
import itemNumbering from './item-numbering';
import promisedCount from './promised-count';
import sectionContent from './section-content';
import bodyConsistency from './body-consistency';
// --- cross-report rules (run only when the other reports are given)
import crossYear from './cross-year';
import subordinateSum from './subordinate-sum';

export const rules: Rule[] = [
  // --- structure and table rules
  sectionMissing,
  sectionOrder,
  sectionTitle,
  reportTitle,
  headingLevel,
  tableMissing,
  tableLegacyFormat,
  tableShape,
  tableLabel,
  cellNotNumber,
  rowTotal,
  resultsTotal,
  balance,
  reviewTotal,
  regulationsAuthority,
  narrativeTable,
  // --- text rules (citations, narrative, years, fees)
  docNumberFormat,
  docNumberKnown,
  titleMarkNesting,
  narrativeSum,
  feeStatement,
  reportYear,
  // --- writing rules (the text itself: typos, repeats, punctuation, numbering, contact details)
  knownTypo,
  repeatedText,
  punctuationWidth,
  unbalancedPair,
  placeholder,
  contactFormat,
  itemNumbering,
  promisedCount,
  sectionContent,
  bodyConsistency,
  // --- cross-report rules (run only when the other reports are given)
  crossYear,
  subordinateSum,
];

// Every rule's page, from the one DOCS_BASE_URL (docs.ts): set here rather than in 35 modules.
for (const r of rules) r.meta.docs ??= { url: ruleDocsUrl(r.meta.id) };

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
