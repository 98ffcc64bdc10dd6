/** Pairing a batch's reports by body and year (the CLI's folders, issue 14 §1). */
import { pairReports } from '../src/cross';
import type { ReportFacts } from '../src/types';

const facts = (body: string | undefined, year: number | undefined): ReportFacts => ({ ...(body ? { body } : {}), ...(year ? { year } : {}), tables: {} });
const candidate = (name: string, body?: string, year?: number) => ({ name, facts: facts(body, year), item: name });
const names = (pairs: ReturnType<typeof pairReports>['pairs']) => pairs.map((p) => `${p.previous.name}→${p.current.name}`);

describe('pairReports', () => {
  it('pairs each report with the same body\'s of the year before, in the order of this year\'s reports', () => {
    const p = pairReports([candidate('b25', 'B局', 2025), candidate('a24', 'A局', 2024), candidate('a23', 'A局', 2023), candidate('b24', 'B局', 2024), candidate('a25', 'A局', 2025)]);
    expect(names(p.pairs)).toEqual(['b24→b25', 'a23→a24', 'a24→a25']);
    expect(p.pairs[0].current.item).toBe('b25');
    expect([p.ambiguous, p.unidentified]).toEqual([[], []]);
  });

  it('pairs no years that are not consecutive, and no other bodies', () => {
    expect(pairReports([candidate('a23', 'A局', 2023), candidate('a25', 'A局', 2025), candidate('b24', 'B局', 2024)]).pairs).toEqual([]);
  });

  it('reads one body in names written with blanks, full-width forms or 人民政府 for 政府', () => {
    const p = pairReports([candidate('x24', '某某区人民政府办公室', 2024), candidate('x25', '某某区 政府办公室', 2025), candidate('a24', 'Ａ局', 2024), candidate('a25', 'A局', 2025)]);
    expect(names(p.pairs)).toEqual(['x24→x25', 'a24→a25']);
  });

  it('does not guess between two reports of one body and year, and names them', () => {
    const p = pairReports([candidate('a24', 'A局', 2024), candidate('a24-draft', 'A局', 2024), candidate('a25', 'A局', 2025)]);
    expect(p.pairs).toEqual([]);
    expect(p.ambiguous).toEqual([{ body: 'A局', year: 2024, names: ['a24', 'a24-draft'] }]);
  });

  it('lists the reports whose body or year could not be read', () => {
    expect(pairReports([candidate('n', undefined, 2025), candidate('m', 'A局', undefined)]).unidentified).toEqual(['n', 'm']);
  });
});
