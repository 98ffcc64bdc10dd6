/** The JSON schema of .reportlintrc.json (packages/core/schema/, used by editors for completion and
 *  checking) describes what validateConfig accepts: the same keys, rules and levels. It is generated
 *  from the rule catalog; after adding a rule run `UPDATE_SCHEMA=1 npx jest packages/core/test/config-schema`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { defaultLevel, rules, validateConfig } from '../src';

const SCHEMA_FILE = join(__dirname, '..', 'schema', 'reportlintrc.schema.json');
const LEVELS = ['error', 'warning', 'info', 'off', true, false];

/** A rule's entry: a level, [level], or [level, options] for a rule with an options schema. */
function ruleSchema(r: (typeof rules)[number]) {
  const level = { enum: LEVELS };
  const tuple = (items: object[]) => ({ type: 'array', items, minItems: items.length, maxItems: items.length, additionalItems: false });
  return {
    description: `${r.meta.description}（默认：${defaultLevel(r.meta)}）`,
    default: defaultLevel(r.meta),
    anyOf: [level, tuple([level]), ...(r.meta.schema ? [tuple([level, r.meta.schema])] : [])],
  };
}

function generatedSchema() {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.reportlintrc.json',
    description: 'report-lint 的配置文件（政府信息公开工作年度报告检查）。',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: '本 JSON schema 的位置（编辑器用）。' },
      root: { type: 'boolean', description: '为 true 时不再向上级目录查找配置文件。' },
      extends: {
        description: '在其上扩展的配置：相对于本文件的路径（./base.json）或包名（@org/report-lint-config、pkg/strict.json），按顺序应用，本文件优先。',
        oneOf: [
          { type: 'string', pattern: '\\S' },
          { type: 'array', items: { type: 'string', pattern: '\\S' } },
        ],
      },
      force: { type: 'boolean', description: '不像年度报告的文件也检查。' },
      rules: {
        type: 'object',
        description: '规则编号 → 级别（error、warning、info、off；false 即 off，true 即默认级别），或 [级别, 选项]。',
        additionalProperties: false,
        properties: Object.fromEntries(rules.map((r) => [r.meta.id, ruleSchema(r)])),
      },
    },
  };
}

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));

test('the shipped schema is the one generated from the rule catalog', () => {
  const want = generatedSchema();
  if (process.env.UPDATE_SCHEMA) writeFileSync(SCHEMA_FILE, JSON.stringify(want, null, 2) + '\n');
  else expect(schema).toEqual(want);
});

const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const samples: [string, unknown][] = [
  ['empty', {}],
  ['every key', { $schema: './x.json', root: true, extends: ['./base.json', '@acme/cfg'], force: false, rules: { balance: 'off', 'row-total': true, 'fee-statement': false, 'narrative-sum': 'info' } }],
  ['extends as a string', { extends: './base.json' }],
  ['an unknown key', { rule: {} }],
  ['an unknown rule', { rules: { 'no-such-rule': 'off' } }],
  ['a bad level', { rules: { balance: 'fatal' } }],
  ['a numeric level', { rules: { balance: 1 } }],
  ['force not boolean', { force: 'yes' }],
  ['root not boolean', { root: 1 }],
  ['extends empty', { extends: ' ' }],
  ['extends not strings', { extends: [3] }],
  ['rules an array', { rules: [] }],
  ['[level]', { rules: { balance: ['warning'] } }],
  ['[level, options]', { rules: { 'regulations-authority': ['warning', { level: 'county' }], 'known-typo': [true, { extra: [{ wrong: '公开公开', right: '公开' }] }] } }],
  ['an option value not allowed', { rules: { 'regulations-authority': ['warning', { level: 'village' }] } }],
  ['an unknown option', { rules: { 'regulations-authority': ['warning', { levels: 'county' }] } }],
  ['options for a rule that has none', { rules: { balance: ['error', {}] } }],
  ['an empty array', { rules: { balance: [] } }],
  ['a bad level in the array', { rules: { 'regulations-authority': ['fatal', { level: 'county' }] } }],
  ['three items', { rules: { 'regulations-authority': ['warning', { level: 'county' }, 1] } }],
  ['a typo entry without right', { rules: { 'known-typo': ['warning', { extra: [{ wrong: 'x' }] }] } }],
  ['not an object', []],
];

test.each(samples)('agrees with validateConfig on %s', (_name, value) => {
  let accepted = true;
  try {
    validateConfig(value, 'x.json');
  } catch {
    accepted = false;
  }
  expect(validate(value)).toBe(accepted);
});
