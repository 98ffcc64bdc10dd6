/** Rule options from a configuration (`"rule-id": ["warning", {…}]`), checked against the rule's
 *  `meta.schema` before any linting: a mistake is one clear error, not a rule that silently does
 *  nothing. */
import type { Rule } from './types';

/** Undefined when the options are acceptable, else what is wrong, in Chinese, naming the rule. */
export function validateRuleOptions(rule: Rule, options: unknown): string | undefined {
  const id = rule.meta.id;
  if (!rule.meta.schema) return `规则 “${id}” 没有选项（got ${JSON.stringify(options)}）`;
  // ajv is read only now, when options are given (see options-schema.ts).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkAgainstSchema } = require('./options-schema') as typeof import('./options-schema');
  const problem = checkAgainstSchema(rule.meta.schema, options);
  return problem && `规则 “${id}” 的选项无效：${problem}（got ${JSON.stringify(options)}）`;
}
