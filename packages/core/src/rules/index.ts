/** The rule catalog (SPEC §11), in the order rules run and are documented. */
import type { Rule } from '../types';
// --- structure and table rules
// --- text rules (citations, narrative, years, fees)

export const rules: Rule[] = [
  // --- structure and table rules
  // --- text rules (citations, narrative, years, fees)
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
