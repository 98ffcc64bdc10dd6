/** The real reports of ../shared/corpus (kept outside the repository, never copied into it), held to
 *  fixtures/corpus-expected.json by `npm run corpus`: every hand-checked defect found, no false error
 *  or warning, every 表三/表四 cell read as expected. Skipped, saying so, where the corpus is absent. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const corpus = join(root, '../shared/corpus');
const run = existsSync(corpus) ? describe : describe.skip;
if (!existsSync(corpus)) console.warn(`corpus.test: ${corpus} is absent; the real-report checks are skipped`);

run('real reports (npm run corpus)', () => {
  it('finds every expected defect, raises no false error or warning, and reads the cells as expected', () => {
    let output = '';
    try {
      output = execFileSync(process.execPath, [join(root, 'scripts/corpus.mjs')], { encoding: 'utf8' });
    } catch (err) {
      throw new Error(`npm run corpus failed:\n${(err as { stdout?: string }).stdout ?? err}`);
    }
    expect(output).toMatch(/false positives 0,/);
    expect(output).toMatch(/\(0 differ from the expectations\)/);
  });
});
