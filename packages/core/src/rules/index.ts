/** The rule catalog (SPEC §11), in the order rules run and are documented. */
import type { Rule } from '../types';

export const rules: Rule[] = [];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
