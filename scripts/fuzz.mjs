// Fuzzing the core library: the properties of packages/core/test/property.test.ts, run for as long
// as asked, a scaling check on adversarial inputs (256 KB vs 1 MB), and chains of random edits on
// 1 MB reports, each re-linted from the last as the language server does (relint = lint).
//
//   npm run fuzz -- [--runs 100000] [--seed N] [--only TEXT] [--no-scaling] [--scaling-only]
//                   [--pattern TEXT] [--max-ratio 6] [--edits 40] [--no-relint]
//
// --runs is the total over all properties (shared out by weight); --only keeps the properties
// whose name contains TEXT, --pattern the adversarial patterns whose name contains TEXT.
// Exit code 1 when a property fails (the shrunk counterexample is printed) or an input scales
// superlinearly; 2 when the fuzzer cannot run.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fixture, ADVERSARIAL, adversarialInput, bigReport, shapedReport, utf8Bytes } from './lib/generate.mjs';
import { rng } from './lib/rng.mjs';
import { loadCore } from './lib/core.mjs';
import { printTable } from './lib/table.mjs';
import { REPORT_FILES, makeProperties, mutate } from './lib/properties.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    only: { type: 'string' },
    pattern: { type: 'string' },
    'no-scaling': { type: 'boolean', default: false },
    'scaling-only': { type: 'boolean', default: false },
    'max-ratio': { type: 'string', default: '6' },
    edits: { type: 'string', default: '40' },
    'no-relint': { type: 'boolean', default: false },
  },
});
const totalRuns = Number(args.runs);
const seed = args.seed !== undefined ? Number(args.seed) : Math.floor(Math.random() * 2 ** 31);
if (!Number.isFinite(totalRuns) || totalRuns < 0 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed N] [--only TEXT] [--no-scaling] [--scaling-only] [--pattern TEXT] [--max-ratio R]');
  process.exit(2);
}

let fc;
try {
  fc = (await import('fast-check')).default;
} catch (err) {
  console.error(`fuzz: cannot load fast-check (npm ci at the repository root): ${err.message}`);
  process.exit(2);
}
let core;
try {
  core = await loadCore('core-fuzz');
} catch (err) {
  console.error(`fuzz: the core library does not build:\n${err.message}`);
  process.exit(2);
}

const started = performance.now();
const elapsed = () => ((performance.now() - started) / 1000).toFixed(1) + ' s';
const fixtures = Object.fromEntries(REPORT_FILES.map((f) => [f, fixture(f)]));
let failures = 0;
let runsDone = 0;
let slowest = { ms: 0, size: 0, property: '' };

// ---- properties
if (!args['scaling-only'] && totalRuns > 0) {
  // Seeds and run counts come from the full list, so that --only replays a property exactly.
  const props = makeProperties(fc, core, fixtures);
  const weights = props.reduce((a, p) => a + p.weight, 0);
  const chosen = props.filter((p) => !args.only || p.name.includes(args.only));
  console.log(`fuzz: ${chosen.length} properties, ${totalRuns} runs in all${args.only ? ' (shared out over all ' + props.length + ')' : ''}, seed ${seed}`);
  for (const [i, p] of props.entries()) {
    if (!chosen.includes(p)) continue;
    const numRuns = Math.max(1, Math.round((totalRuns * p.weight) / weights));
    const propSeed = (seed + i * 7919) | 0;
    let calls = 0;
    let lastPrint = performance.now();
    const t0 = performance.now();
    const timed = (input) => {
      calls++;
      const s = performance.now();
      try {
        return p.predicate(input);
      } finally {
        const ms = performance.now() - s;
        if (ms > slowest.ms) slowest = { ms, size: p.size(input), property: p.name };
        if (s - lastPrint > 2000) {
          lastPrint = s;
          process.stdout.write(`  … ${p.name}: ${calls} calls (${numRuns} runs), ${elapsed()}\n`);
        }
      }
    };
    const details = fc.check(fc.property(p.arbitrary, timed), { seed: propSeed, numRuns, endOnFailure: false });
    runsDone += details.numRuns;
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    if (details.failed) {
      failures++;
      console.log(`FAIL ${p.name} (seed ${propSeed}, path ${details.counterexamplePath}, after ${details.numRuns} runs and ${details.numShrinks} shrinks)`);
      console.log('  counterexample:', describe(details.counterexample?.[0]));
      console.log('  error:', String(details.errorInstance?.message ?? details.error).split('\n').join('\n    '));
      console.log(`  replay: npm run fuzz -- --seed ${seed} --runs ${totalRuns} --only ${JSON.stringify(p.name.slice(0, 30))} --no-scaling`);
    } else {
      console.log(`ok   ${p.name}: ${details.numRuns} runs in ${secs} s`);
    }
  }
}

/** A counterexample, readable: mutated reports show their base file and mutations, and the text. */
function describe(x) {
  if (x && typeof x === 'object' && 'file' in x && 'mutations' in x) {
    return `${JSON.stringify(x)}\n  text after mutations: ${cut(JSON.stringify(mutateText(x)))}`;
  }
  return cut(JSON.stringify(x));
}
function mutateText(x) {
  return mutate(fixtures[x.file], x.mutations);
}
function cut(s) {
  return s.length > 2000 ? s.slice(0, 2000) + `… (${s.length} chars)` : s;
}

// ---- scaling: lint time at 256 KB and at 1 MB of each adversarial pattern
const maxRatio = Number(args['max-ratio']);
let superlinear = 0;
if (!args['no-scaling']) {
  console.log(`scaling: lint time at 256 KB and 1 MB (4× the size), flagged when the ratio is over ${maxRatio}`);
  const small = 256 * 1024;
  const large = 1024 * 1024;
  const time = (input, repeats) => {
    let best = Infinity;
    for (let i = 0; i < repeats; i++) {
      const s = performance.now();
      core.lint(input.text, input.options);
      best = Math.min(best, performance.now() - s);
    }
    return best;
  };
  const rows = [];
  for (const pattern of ADVERSARIAL) {
    if (args.pattern && !pattern.name.includes(args.pattern)) continue;
    const a = adversarialInput(pattern, small);
    const b = adversarialInput(pattern, large);
    let tSmall;
    let tLarge;
    try {
      time(a, 1); // warm up
      tSmall = time(a, 5);
      tLarge = time(b, 3);
    } catch (err) {
      failures++;
      console.log(`FAIL scaling ${pattern.name}: lint threw: ${err.message}`);
      continue;
    }
    // Below a few ms the ratio is noise: only flag when the large input takes a while, and only
    // when the next step up agrees (1 MB → 4 MB also over the bound): GC pauses alone can push one
    // ratio a little over 6, a quadratic pass makes both ~16.
    const over = (s, l) => l / Math.max(s, 0.5) > maxRatio && l > 50;
    let ratio = tLarge / Math.max(tSmall, 0.5);
    let note = '';
    let bad = false;
    if (over(tSmall, tLarge)) {
      tSmall = Math.min(tSmall, time(a, 9));
      tLarge = Math.min(tLarge, time(b, 5));
      ratio = tLarge / Math.max(tSmall, 0.5);
      if (over(tSmall, tLarge)) {
        const c = adversarialInput(pattern, 4 * large);
        const tHuge = time(c, 2);
        const next = tHuge / tLarge;
        bad = next > maxRatio;
        note = `; 4 MB: ${tHuge.toFixed(0)} ms (${next.toFixed(2)}×)`;
      }
    }
    if (bad) superlinear++;
    process.stdout.write(`  … ${pattern.name}: ${tSmall.toFixed(1)} ms → ${tLarge.toFixed(1)} ms\n`);
    if (tLarge > slowest.ms) slowest = { ms: tLarge, size: b.text.length, property: `scaling ${pattern.name}` };
    rows.push([pattern.name, `${utf8Bytes(a.text)} B`, `${tSmall.toFixed(1)} ms`, `${utf8Bytes(b.text)} B`, `${tLarge.toFixed(1)} ms`, `${ratio.toFixed(2)}×`, (bad ? 'SUPERLINEAR' : 'ok') + note]);
  }
  printTable(['pattern', 'small', 'lint', 'large', 'lint', 'ratio', ''], rows);
}

// ---- relint: chains of random edits on 1 MB reports, each re-linted from the last
let relintSteps = 0;
if (!args['scaling-only'] && !args['no-relint']) {
  const edits = Number(args.edits);
  const INSERTS = ['不子公开', '（', '）', '《关于<某某>的通知》', '审核审核', '。', '\n', '\n\n', '7', '0', '【单位名称】', '一、总体情况\n', '〔2020]', '\r\n', '“', '2024年，', '2023年13月', '一是', '三个方面：', '共计5条，其中', '统计期限自2024年1月1日至2024年12月31日'];
  const allOn = Object.fromEntries(core.rules.map((r) => [r.meta.id, r.meta.defaultSeverity]));
  const shapes = [
    ['1 MB prose text', shapedReport(1 << 20, 'prose')],
    ['1 MB Markdown', bigReport(1 << 20, 'markdown')],
    ['1 MB line-heavy', shapedReport(1 << 20, 'line-heavy')],
    ['1 MB table-heavy', shapedReport(1 << 20, 'table-heavy')],
  ];
  console.log(`relint: ${edits} random edits on each of ${shapes.length} 1 MB reports, default and all rules, each re-linted from the last`);
  const rows = [];
  for (const [name, start] of shapes) {
    for (const [label, options] of [['default', {}], ['all rules', { rules: allOn }]]) {
      const r = rng((seed ^ name.length * 7919) >>> 0);
      let text = start;
      let previous = core.lint(text, options);
      let byParts = 0;
      let failed = '';
      for (let step = 0; step < edits && !failed; step++) {
        const at = Math.floor(r() * (text.length + 1));
        const kind = r();
        const next =
          kind < 0.6 ? text.slice(0, at) + INSERTS[Math.floor(r() * INSERTS.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 30));
        const got = core.relint({ text, result: previous }, next, options);
        if (JSON.stringify(got.messages) !== JSON.stringify(core.lint(next, options).messages)) failed = `step ${step} (an edit at ${at})`;
        if (got.relinted) byParts++;
        relintSteps++;
        text = next;
        previous = got;
      }
      if (failed) {
        failures++;
        console.log(`FAIL relint ${name}, ${label}: differs from lint at ${failed}; replay: npm run fuzz -- --seed ${seed} --runs 0 --no-scaling --edits ${edits}`);
      }
      rows.push([name, label, String(edits), String(byParts), failed ? 'DIFFERS' : 'ok']);
    }
  }
  printTable(['report', 'rules', 'edits', 'by parts', 'relint = lint'], rows);
}

console.log(
  `fuzz summary: runs ${runsDone}, relint steps ${relintSteps}, failures ${failures}, superlinear ${superlinear}, seed ${seed}, elapsed ${elapsed()}, ` +
    `slowest ${slowest.ms.toFixed(1)} ms on ${slowest.size} chars (${slowest.property || 'n/a'})`,
);
process.exit(failures || superlinear ? 1 : 0);
