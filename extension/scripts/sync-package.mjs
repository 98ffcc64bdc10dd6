// Writes the `reportLint.rules` setting of extension/package.json from the core rule catalog:
// one property per rule id, enum error | warning | info | off, default and description from the rule.
// Rule ids already listed but not (yet) in the core are kept. Run: node extension/scripts/sync-package.mjs
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = join(root, '.bench', 'core-extension.js');
mkdirSync(dirname(tmp), { recursive: true });
await build({ entryPoints: [join(root, 'packages/core/src/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: tmp, logLevel: 'error', conditions: ['report-lint-source'] });
const core = createRequire(import.meta.url)(tmp);

const file = join(root, 'extension', 'package.json');
const pkg = JSON.parse(readFileSync(file, 'utf8'));
const rulesSetting = pkg.contributes.configuration.properties['reportLint.rules'];
const previous = rulesSetting.properties ?? {};
const properties = {};
for (const r of core.rules) {
  const m = r.meta;
  properties[m.id] = {
    type: 'string',
    enum: ['error', 'warning', 'info', 'off'],
    default: m.recommended === false ? 'off' : m.defaultSeverity,
    markdownDescription: `${m.description}${m.fixable ? '（可自动修复）' : ''} — [${m.id}](${core.ruleDocsUrl(m.id)})`,
  };
}
for (const [id, p] of Object.entries(previous)) if (!properties[id]) properties[id] = p;
rulesSetting.properties = properties;
writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
console.log(`reportLint.rules: ${Object.keys(properties).length} rules (${core.rules.length} from the core)`);
