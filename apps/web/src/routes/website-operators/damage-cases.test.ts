import { describe, expect, it } from 'vitest';
import { caseTable, type CaseColumn, type DamageCase } from './damage-cases';

const columns = [
  { key: 'DEFACEMENT', group: 'DAMAGE', label: '改ざん' },
  { key: 'LEAK', group: 'DAMAGE', label: '漏えい' },
  { key: 'FORENSICS', group: 'INVESTIGATION', label: '調査' },
] as CaseColumn[];
const source = { label: '報告書', locator: '表 3-1・第1行', url: null, accessed: null, status: 'PRIMARY' };
const base = {
  date: '2020-11-17',
  organization: 'A 社',
  vulnerability: 'SQL インジェクション',
  siteForm: 'EC サイト',
  companySize: '中小',
  cloud: '○',
  damage: [
    { column: 'DEFACEMENT', mark: '○' },
    { column: 'LEAK', mark: '' },
  ],
  investigation: [{ column: 'FORENSICS', mark: '○' }],
  summary: '要約',
  raw: '=HYPERLINK("x")',
  source,
};
const cases = [
  { ...base, table: '3-1', number: 1 },
  { ...base, table: '3-2', number: 2 },
] as unknown as DamageCase[];

describe('caseTable', () => {
  it("writes Table 3-1's cases with the organisation, one column per mark, and the source in words", () => {
    const { header, rows } = caseTable('3-1', cases, columns);
    expect(header).toHaveLength(rows[0]!.length);
    expect(header.slice(5, 8)).toEqual(['改ざん', '漏えい', '調査']);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual([
      1,
      '2020-11-17',
      'A 社',
      '中小',
      '○',
      '○',
      '',
      '○',
      '要約',
      '=HYPERLINK("x")',
      '報告書、表 3-1・第1行',
    ]);
  });

  it("writes Table 3-2's with the vulnerability and the site's form instead", () => {
    const { header, rows } = caseTable('3-2', cases, columns);
    expect(header).toHaveLength(rows[0]!.length);
    expect(rows[0]!.slice(0, 4)).toEqual([2, '2020-11-17', 'SQL インジェクション', 'EC サイト']);
  });
});
