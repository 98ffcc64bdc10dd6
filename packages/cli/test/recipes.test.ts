/** The recipes in docs/recipes/ work as written: their command lines are taken from the pages
 *  themselves (the code block after each `<!-- recipe: … -->` marker) and run in a temporary
 *  project where report-lint is installed in node_modules, as `npm install --save-dev` leaves it. */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, makeTmp, ROOT, ROW_TOTAL, removeTmp } from './helpers';

afterAll(removeTmp);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require('js-yaml') as { load(text: string): unknown };

function recipe(page: string, name: string): string {
  const text = readFileSync(join(ROOT, 'docs', 'recipes', page), 'utf8');
  const m = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(text);
  if (!m) throw new Error(`docs/recipes/${page} has no code block marked "recipe: ${name}"`);
  return m[1] + '\n';
}

/** A project folder with report-lint in node_modules (linked to this repository's package). */
function project(): string {
  const dir = makeTmp();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'reports', private: true, devDependencies: { 'report-lint': '*' } }));
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(join(ROOT, 'packages', 'cli'), join(dir, 'node_modules', 'report-lint'));
  symlinkSync('../report-lint/bin/report-lint.js', join(dir, 'node_modules', '.bin', 'report-lint'));
  return dir;
}

const sh = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
};

describe('pre-commit hook (docs/recipes/pre-commit.md)', () => {
  const hasGit = spawnSync('git', ['--version']).status === 0;
  (hasGit ? test : test.skip)('refuses a commit with a wrong report, accepts the fixed one and commits without reports', () => {
    const dir = project();
    const git = (...args: string[]) => sh('git', ['-c', 'user.name=测试', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], dir);
    expect(git('init', '-q').status).toBe(0);
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, recipe('pre-commit.md', 'pre-commit-hook'));
    chmodSync(hook, 0o755);

    // Nothing to check: the hook lets it through.
    git('add', '.gitignore', 'package.json');
    expect(git('commit', '-q', '-m', 'init').status).toBe(0);

    mkdirSync(join(dir, '报告'));
    const report = join(dir, '报告', '2025年 报告.txt'); // a space and Chinese in the name
    copyFileSync(fixture(ROW_TOTAL), report);
    git('add', '.');
    const refused = git('commit', '-q', '-m', 'report');
    expect(refused.status).not.toBe(0);
    expect(refused.out).toContain('报告/2025年 报告.txt');
    expect(refused.out).toContain('row-total');
    expect(git('rev-list', '--count', 'HEAD').out.trim()).toBe('1');

    copyFileSync(fixture('synthetic/correct.txt'), report);
    git('add', '.');
    expect(git('commit', '-q', '-m', 'report').status).toBe(0);
    expect(git('rev-list', '--count', 'HEAD').out.trim()).toBe('2');
  });
});

describe('GitHub Actions (docs/recipes/github-actions.md)', () => {
  interface Step {
    run?: string;
    uses?: string;
    name?: string;
  }
  const stepsOf = (name: string) => {
    const workflow = yaml.load(recipe('github-actions.md', name)) as { jobs: Record<string, { steps: Step[] }> };
    return Object.values(workflow.jobs).flatMap((j) => j.steps);
  };
  /** Every `run:` step, as GitHub's default shell runs it; `npm ci` is what the temporary project
   *  has done already (its node_modules). */
  const runSteps = (name: string) => {
    const runs = stepsOf(name).flatMap((s) => (s.run ? [s.run] : []));
    expect(runs[0]).toBe('npm ci');
    return runs.slice(1);
  };
  const inWorkspace = (dir: string, command: string) => sh('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], dir, { GITHUB_ACTIONS: 'true', CI: 'true' });

  function workspace(report: string): string {
    const dir = project();
    mkdirSync(join(dir, 'reports'));
    copyFileSync(fixture(report), join(dir, 'reports', '2025.txt'));
    return dir;
  }

  test('annotations: the step fails with one ::error per problem, passes on a correct report', () => {
    const steps = runSteps('github-actions-annotations');
    expect(steps).toHaveLength(1);
    const bad = inWorkspace(workspace(ROW_TOTAL), steps[0]);
    expect(bad.status).toBe(1);
    const annotations = bad.out.trim().split('\n');
    expect(annotations.length).toBeGreaterThan(0);
    for (const a of annotations) expect(a).toMatch(/^::(error|warning|notice) title=report-lint \([a-z-]+\),file=reports\/2025\.txt,line=\d+,endLine=\d+,col=\d+,endColumn=\d+::\S/);
    expect(annotations.some((a) => a.includes('(row-total)'))).toBe(true);
    const good = inWorkspace(workspace('synthetic/correct.txt'), steps[0]);
    expect(good).toEqual({ status: 0, out: '' });
  });

  test('SARIF: the step writes the file the upload step names, also when it fails', () => {
    const steps = stepsOf('github-actions-sarif');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))! as Step & { with: { sarif_file: string }; if?: string };
    expect(upload.if).toBe('always()');
    const [lint] = runSteps('github-actions-sarif');
    const dir = workspace(ROW_TOTAL);
    const r = inWorkspace(dir, lint);
    expect(r.status).toBe(1);
    const file = join(dir, upload.with.sarif_file);
    expect(existsSync(file)).toBe(true);
    const log = JSON.parse(readFileSync(file, 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('row-total');
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'reports/2025.txt', uriBaseId: '%SRCROOT%' });
  });
});
