/** The five real published pages of ../shared/corpus/html, read in place (never copied here). Their
 *  report text is in ../shared/corpus/NNN.txt: the 表三 rows read from each page's grid must hold the
 *  numbers that text holds. What lint says on them is printed, not asserted: the table reader is
 *  being rewritten. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument, readDocument } from '../../src/documents';

const CORPUS = join(__dirname, '../../../../../shared/corpus');
const pages = existsSync(join(CORPUS, 'html')) ? readdirSync(join(CORPUS, 'html')).filter((f) => f.endsWith('.html')).sort() : [];
const describeCorpus = pages.length ? describe : describe.skip;
if (!pages.length) console.warn(`skipped: ${CORPUS}/html is absent (the real published pages are not in the repository)`);

/** The digits of the report text, without the separators that crawling ran together or spaced. */
const digitsOf = (text: string) => text.replace(/[^\d]/g, '');

describeCorpus('real published pages (../shared/corpus/html)', () => {
  it.each(pages)('%s: 表三 comes out of the grid as rows of seven numbers, the numbers of its text', async (page) => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, 'html', page)));
    const doc = await readDocument(bytes, page);
    const t3 = doc.tables.find((t) => doc.text.slice(t.span.start, t.span.end).includes('本年新收'));
    expect(t3).toBeDefined();
    const text = readFileSync(join(CORPUS, page.replace('.html', '.txt')), 'utf8');
    // Rows of 表三: a label, then seven cells each a number or blank (a page may leave cells blank:
    // 107's row 四 has one, 134 fills only 自然人 and 总计).
    const rows = doc.text
      .slice(t3!.span.start, t3!.span.end)
      .split('\n')
      .map((l) => l.split('\t'))
      .filter((f) => f.length >= 8 && /[\u4e00-\u9fff]/.test(f.slice(0, -7).join('')))
      .map((f) => f.slice(-7))
      .filter((cells) => cells.every((c) => /^\d*$/.test(c)) && cells.some((c) => c !== ''));
    expect(rows.length).toBe(25);
    // Every row's numbers, in order, stand in the report text (in crawled text, run together).
    const digits = digitsOf(text);
    let cursor = 0;
    for (const r of rows) {
      const at = digits.indexOf(r.join(''), cursor);
      expect(at).toBeGreaterThanOrEqual(0);
      cursor = at;
    }
    // A page converted to text with a tab between cells (134) has the same row lines.
    if (text.includes('\t')) {
      const textRows = text.split('\n').map((l) => l.split('\t').slice(1).join('\t'));
      for (const r of rows) expect(textRows).toContain(r.join('\t'));
    }
    const { messages } = await lintDocument(bytes, page);
    console.log(`${page}: ${t3!.rowCount}×${t3!.colCount} grid, ${rows.length} number rows; lint: ${messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`).join(', ') || 'nothing'}`);
  });
});
