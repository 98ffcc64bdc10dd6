/** What every rule's metadata carries (messages by id, its page, its options schema) and what the
 *  linter makes of it: messages formatted from ids, suggestions that no fix applies, options checked. */
import { DOCS_BASE_URL, fixText, formatMessage, lint, rules, validateConfig, validateRuleOptions, ruleById } from '../src';
import { correctText, fixture, SEEDS } from './support/lint-rule';

const SAMPLES = [
  ...SEEDS,
  'synthetic/balance.txt',
  'synthetic/balance.md',
  'synthetic/row-total.txt',
  'synthetic/results-total.md',
  'synthetic/review-total.txt',
  'cli/placeholder.txt',
];

describe('meta.messages', () => {
  it('every rule has its messages in meta.messages, each placeholder a {{name}}', () => {
    for (const r of rules) {
      expect(`${r.meta.id}: ${Object.keys(r.meta.messages ?? {}).length > 0}`).toBe(`${r.meta.id}: true`);
      for (const t of Object.values(r.meta.messages!)) expect(t).not.toMatch(/\$\{|\{\{\s*\}\}/);
    }
  });

  it('every message of the samples comes from its rule\'s meta.messages, all placeholders filled', () => {
    let seen = 0;
    for (const f of SAMPLES) {
      for (const m of lint(fixture(f), { force: true }).messages) {
        seen++;
        expect(m.messageId && ruleById(m.ruleId)?.meta.messages?.[m.messageId]).toBeTruthy();
        expect(m.message).not.toMatch(/\{\{|内部错误/);
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('formatMessage fills {{name}} from data and leaves a name without data as written', () => {
    expect(formatMessage('「{{a}}」应为「{{ b }}」', { a: '不子公开', b: '不予公开' })).toBe('「不子公开」应为「不予公开」');
    expect(formatMessage('共 {{n}} 件，{{missing}}', { n: 0 })).toBe('共 0 件，{{missing}}');
    // A value is not read again as a template.
    expect(formatMessage('{{a}}{{b}}', { a: '{{b}}', b: 'x' })).toBe('{{b}}x');
  });
});

describe('meta.docs.url', () => {
  it('is the rule\'s page under DOCS_BASE_URL for every rule', () => {
    for (const r of rules) expect(r.meta.docs?.url).toBe(`${DOCS_BASE_URL}rules/${r.meta.id}.md`);
  });
});

describe('rule options', () => {
  const withRegulations = (body: string) => correctText().replace('规章\t0\t0\t0', '规章\t2\t0\t5').replace('某某市某某区人民政府办公室', body);

  it('regulations-authority takes {level} for a body whose name does not show its level', () => {
    const text = withRegulations('某某管理委员会');
    const of = (options?: unknown) => lint(text, { ruleOptions: options ? { 'regulations-authority': options } : undefined }).messages.filter((m) => m.ruleId === 'regulations-authority');
    expect(of()).toEqual([]); // the name says nothing
    const [county] = of({ level: 'county' });
    expect(county.message).toBe('「某某管理委员会」按配置是县级机关，无权制定规章，但表二「规章」行填写了 2、0、5；请核实是否应填入「行政规范性文件」');
    expect(county.messageId).toBe('noAuthorityByLevel');
    expect(of({ level: 'township' })).toHaveLength(1);
    // A configured level that makes 规章 wins over a name read as a 区.
    expect(lint(withRegulations('某某市某某区人民政府办公室'), { ruleOptions: { 'regulations-authority': { level: 'city' } } }).messages.filter((m) => m.ruleId === 'regulations-authority')).toEqual([]);
  });

  it('validateRuleOptions accepts what the schema allows and names the rule and the problem otherwise', () => {
    const rule = ruleById('regulations-authority')!;
    expect(validateRuleOptions(rule, { level: 'county' })).toBeUndefined();
    expect(validateRuleOptions(rule, {})).toBeUndefined();
    expect(validateRuleOptions(rule, { level: 'village' })).toBe(
      '规则 “regulations-authority” 的选项无效：“level” 必须是以下之一："national"、"province"、"city"、"county"、"township"（got {"level":"village"}）',
    );
    expect(validateRuleOptions(rule, { levl: 'county' })).toMatch(/没有选项 “levl”/);
    expect(validateRuleOptions(rule, 'county')).toMatch(/选项 必须是 对象/);
    expect(validateRuleOptions(ruleById('balance')!, { x: 1 })).toBe('规则 “balance” 没有选项（got {"x":1}）');
    expect(validateRuleOptions(ruleById('known-typo')!, { extra: [{ wrong: '公开公开' }] })).toMatch(/“extra\[0\]” 缺少 “right”/);
    expect(validateRuleOptions(ruleById('punctuation-width')!, { all: 'yes' })).toMatch(/“all” 必须是 true 或 false/);
  });

  it('a config takes [level, options] and says which rule and what is wrong', () => {
    expect(validateConfig({ rules: { 'regulations-authority': ['warning', { level: 'county' }], balance: ['info'] } }, 'c.json')).toEqual({
      rules: { 'regulations-authority': 'warning', balance: 'info' },
      ruleOptions: { 'regulations-authority': { level: 'county' } },
    });
    expect(() => validateConfig({ rules: { 'regulations-authority': ['warning', { level: 'village' }] } }, 'c.json')).toThrow(/c\.json: 规则 “regulations-authority” 的选项无效：“level” 必须是以下之一/);
    expect(() => validateConfig({ rules: { balance: [] } }, 'c.json')).toThrow(/应为 \[级别\] 或 \[级别, 选项\]/);
    expect(() => validateConfig({ rules: { balance: ['warning', {}] } }, 'c.json')).toThrow(/规则 “balance” 没有选项/);
  });
});

describe('suggestions', () => {
  it('balance offers each cell that would balance the column, and fixText applies none', () => {
    const text = fixture('synthetic/balance.txt');
    const balance = lint(text).messages.filter((m) => m.ruleId === 'balance');
    expect(balance).toHaveLength(2);
    const [natural] = balance;
    expect(natural.fix).toBeUndefined();
    expect(natural.suggestions!.map((s) => s.desc)).toEqual([
      '将「自然人」列的四（结转下年度继续办理）改为 2（使本列平衡）',
      '将「自然人」列的三（七）总计改为 19（使本列平衡）',
      '将「自然人」列的一（本年新收）改为 21（使本列平衡）',
      '将「自然人」列的二（上年结转）改为 3（使本列平衡）',
    ]);
    // Each suggestion, applied, balances that column.
    for (const s of natural.suggestions!) {
      const after = text.slice(0, s.fix.range[0]) + s.fix.text + text.slice(s.fix.range[1]);
      expect(lint(after).messages.filter((m) => m.ruleId === 'balance' && m.message.includes('「自然人」'))).toEqual([]);
    }
    expect(fixText(text)).toMatchObject({ output: text, fixed: 0 });
  });

  it('the disputed corner cell offers its row sum and its column sum, and has no fix', () => {
    // A part of the corner's row (自然人 of （七）, 20 → 25) and one of its column (（一）'s 总计, 14 → 15)
    // both wrong: the row sums to 31, the column to 27, and neither can be trusted.
    const text = correctText().replace('（七）总计\t20\t3', '（七）总计\t25\t3').replace('（一）予以公开\t10\t2\t0\t1\t1\t0\t14', '（一）予以公开\t10\t2\t0\t1\t1\t0\t15');
    const cornerAt = text.indexOf('\t26\n', text.indexOf('（七）总计')) + 1;
    const corner = lint(text).messages.filter((m) => m.offset === cornerAt);
    expect(corner.map((m) => m.ruleId).sort()).toEqual(['results-total', 'row-total']);
    for (const m of corner) {
      expect(m.fix).toBeUndefined();
      expect(m.suggestions!.map((s) => s.desc).sort()).toEqual(['将总计改为 27（按列合计）', '将总计改为 31（按行合计）']);
    }
    // --fix mends the two parts and leaves the corner as written: no suggestion is applied.
    const fixed = fixText(text);
    expect(fixed.output).toBe(correctText());
    expect(fixed.messages).toEqual([]);
  });
});
