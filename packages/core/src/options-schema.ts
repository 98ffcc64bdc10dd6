/** Checking a rule's options against its JSON Schema with ajv. Loaded only when a configuration
 *  gives options (rule-options.ts requires it then): the CLI bundles keep it in a file of its own,
 *  so that a run without options never reads ajv. */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { JsonSchema } from './types';

let ajv: Ajv | undefined;
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

function validatorOf(schema: JsonSchema): ValidateFunction {
  // Without the draft-07 meta-schema (and so without checking our schemas against it): compiling
  // that costs more than the rest. The rules' schemas are checked by config-schema.test.ts.
  ajv ??= new Ajv({ allErrors: false, strict: true, meta: false, validateSchema: false });
  let v = compiled.get(schema);
  if (!v) compiled.set(schema, (v = ajv.compile(schema)));
  return v;
}

/** One ajv error in Chinese, naming the option's path (`level`, `extra[0].wrong`). */
function describe(e: ErrorObject): string {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('')
    .replace(/^\./, '');
  const where = path ? `“${path}”` : '选项';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'enum':
      return `${where} 必须是以下之一：${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join('、')}`;
    case 'type':
      return `${where} 必须是 ${({ object: '对象', array: '数组', string: '字符串', boolean: 'true 或 false', number: '数字', integer: '整数' } as Record<string, string>)[String(p.type)] ?? p.type}`;
    case 'additionalProperties':
      return `${path ? `${where} 中` : ''}没有选项 “${p.additionalProperty}”`;
    case 'required':
      return `${where} 缺少 “${p.missingProperty}”`;
    case 'minLength':
      return `${where} 不能为空`;
    case 'minItems':
      return `${where} 至少要有 ${p.limit} 项`;
    default:
      return `${where} ${e.message ?? '无效'}`;
  }
}

/** Undefined when `options` fits `schema`, else what is wrong (Chinese, the first problem). */
export function checkAgainstSchema(schema: JsonSchema, options: unknown): string | undefined {
  const validate = validatorOf(schema);
  if (validate(options)) return undefined;
  return describe(validate.errors![0]);
}
