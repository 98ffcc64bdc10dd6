/** The documentation's links: every link to the project's docs derives from the one
 *  DOCS_BASE_URL (packages/core/src/docs.ts) and names a page that exists in docs/; relative links
 *  and their #anchors resolve; no user document points at the development-only spec. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DOCS_BASE_URL, ruleDocsUrl, rules } from '@report-lint/core';

const ROOT = join(__dirname, '..', '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const REPO = DOCS_BASE_URL.replace(/\/blob\/[^/]+\/docs\/$/, '');

/** The user-facing documents and manifests. */
const USER_FILES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`),
  ...readdirSync(join(ROOT, 'docs/rules')).map((f) => `docs/rules/${f}`),
  'extension/README.md',
  'extension/CHANGELOG.md',
  'extension/package.json',
  'packages/core/README.md',
  'packages/core/package.json',
  'packages/cli/README.md',
  'packages/cli/package.json',
];

/** GitHub's heading anchors: lower case, punctuation (ASCII and CJK) dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)].map((m) => slug(m[1])));
}

const markdownLinks = (text: string) => [...text.replace(/^```[\s\S]*?^```/gm, '').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);

test('DOCS_BASE_URL is the repository of every package manifest, at docs/', () => {
  expect(DOCS_BASE_URL).toMatch(/^https:\/\/[^/]+\/[^/]+\/[^/]+\/blob\/[^/]+\/docs\/$/);
  for (const p of ['extension/package.json', 'packages/core/package.json', 'packages/cli/package.json']) {
    const pkg = JSON.parse(read(p));
    expect(`${p}: ${pkg.repository?.url?.replace(/\.git$/, '')}`).toBe(`${p}: ${REPO}`);
    for (const url of [pkg.homepage, pkg.bugs?.url]) expect(url?.startsWith(REPO)).toBe(true);
  }
  for (const r of rules) expect(existsSync(join(ROOT, 'docs/rules', `${r.meta.id}.md`))).toBe(true);
  expect(ruleDocsUrl('row-total')).toBe(`${DOCS_BASE_URL}rules/row-total.md`);
});

test('every absolute link into the repository starts at DOCS_BASE_URL (or the repository root) and names a file that exists', () => {
  const bad: string[] = [];
  for (const file of USER_FILES) {
    for (const m of read(file).matchAll(/https?:\/\/[^\s)"'`>\]]+/g)) {
      const url = m[0].replace(/[.,;:。，]+$/, '');
      if (!url.startsWith(REPO)) continue;
      if (url === REPO || url === `${REPO}.git` || url === `${REPO}/issues`) continue;
      const path = url.startsWith(DOCS_BASE_URL) ? `docs/${url.slice(DOCS_BASE_URL.length)}` : url.replace(new RegExp(`^${REPO}/(?:blob|tree)/main/`), '');
      const target = path.split('#')[0].replace(/\/$/, '');
      if (path === url || !existsSync(join(ROOT, target))) bad.push(`${file}: ${url}`);
    }
  }
  expect(bad).toEqual([]);
});

test('the extension settings link each rule to its page at DOCS_BASE_URL', () => {
  const props = JSON.parse(read('extension/package.json')).contributes.configuration.properties['reportLint.rules'].properties;
  for (const r of rules) expect(props[r.meta.id].markdownDescription).toContain(`](${ruleDocsUrl(r.meta.id)})`);
});

test('relative links resolve, with their #anchors; none points at ../shared or the spec', () => {
  const bad: string[] = [];
  for (const file of USER_FILES.filter((f) => f.endsWith('.md'))) {
    for (const link of markdownLinks(read(file))) {
      if (/shared|SPEC\.md/i.test(link)) bad.push(`${file}: ${link} (the spec is not for users)`);
      if (/^[a-z]+:/i.test(link)) continue;
      const [path, anchor] = link.split('#');
      const target = path ? resolve(ROOT, dirname(file), path) : join(ROOT, file);
      if (!existsSync(target)) {
        bad.push(`${file}: ${link} (no such file)`);
        continue;
      }
      if (anchor && target.endsWith('.md') && !anchorsOf(target).has(decodeURIComponent(anchor))) {
        bad.push(`${file}: ${link} (no heading #${anchor} in ${relative(ROOT, target)})`);
      }
    }
  }
  expect(bad).toEqual([]);
});

test('every rule page and the README link to docs/format.md', () => {
  for (const f of readdirSync(join(ROOT, 'docs/rules'))) {
    expect(`${f}: ${markdownLinks(read(`docs/rules/${f}`)).some((l) => l.startsWith('../format.md'))}`).toBe(`${f}: true`);
  }
  expect(markdownLinks(read('README.md'))).toContain('docs/format.md');
});
