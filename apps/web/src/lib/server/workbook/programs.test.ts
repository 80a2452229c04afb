import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseMatrixView } from '$lib/matrix/query';
import type { MatrixResult } from '$lib/server/operations/programs';
import { programsWorkbook } from './programs';
import { workbookBytes } from './sheet';

/** A fixture in the shape MATRIX_QUERY returns; its names are hostile on purpose (formula-like, a bad URL). */
const source = (locator: string, url: string | null = null, accessed: string | null = null) => ({
  label: 'Report',
  locator,
  url,
  accessed,
  status: 'PRIMARY' as const,
});
const data: MatrixResult = {
  comparisonMatrix: {
    asOf: null,
    tagsAsOf: '2026-12-01',
    items: [
      { item: 'ACCEPTS_REPORTS', number: 1, label: '脆弱性の受付有無' },
      { item: 'COORDINATION', number: 7, label: '調整有無' },
    ],
    programs: [
      {
        slug: 'formula',
        name: '=HYPERLINK("http://evil.example","x")',
        jurisdiction: 'US',
        surveyed: true,
        acceptsReports: true,
        referenceForPartnership: true,
        referenceForPartnershipSource: source('4.3'),
        survey: [
          {
            item: 'ACCEPTS_REPORTS',
            number: 1,
            raw: '○',
            found: true,
            qualifiers: [],
            note: '+cmd|/C calc',
            source: source('Table 4-2, row 1, item 1', 'https://example.org/report.pdf', '2024-05-01'),
          },
          {
            item: 'COORDINATION',
            number: 7,
            raw: '×',
            found: false,
            qualifiers: [],
            note: null,
            source: source('Table 4-2, row 1, item 7', 'javascript:alert(1)'),
          },
        ],
        intakeScopes: ['UNRESTRICTED'],
        legalBases: [],
        coordinates: false,
        incentives: [],
        tags: [
          {
            dimension: 'INTAKE_SCOPE',
            value: 'UNRESTRICTED',
            current: true,
            validFrom: '2020-09-30',
            validTo: null,
            basis: '@SUM(A1)',
            source: source('Table 4-2, row 1, item 8'),
          },
        ],
      },
    ],
  },
  taxonomy: {
    surveyItems: [],
    marks: [
      { mark: '○', legend: '掲載有' },
      { mark: '×', legend: '掲載無' },
    ],
    qualifiers: [
      { number: 2, item: 'COORDINATION', legend: '政府システム', impliesDimension: 'INTAKE_SCOPE', impliesValue: 'X' },
    ],
    dimensions: [
      {
        dimension: 'INTAKE_SCOPE',
        label: '受付対象',
        definition: '',
        values: [{ value: 'UNRESTRICTED', label: '限定なし', definition: '' }],
      },
    ],
  },
  all: { totalCount: 1, edges: [{ node: { jurisdiction: 'US' } }] },
};

async function build(locale: 'ja' | 'en') {
  const workbook = programsWorkbook(data, {
    locale,
    view: parseMatrixView(new URLSearchParams('intakeScopes=UNRESTRICTED')),
    link: 'http://localhost/programs?intakeScopes=UNRESTRICTED',
    today: '2026-12-01',
  });
  const bytes = await workbookBytes(workbook);
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(bytes.buffer);
  return { bytes, read };
}

describe('the programs workbook', () => {
  it('has Japanese sheets and headers, a frozen header row and the filter said above it', async () => {
    const { read } = await build('ja');
    expect(read.worksheets.map((s) => s.name)).toEqual([
      '比較表',
      'セルと出典',
      'タグと出典',
      '凡例',
      'この資料について',
    ]);
    const matrix = read.getWorksheet('比較表')!;
    const view = matrix.views[0] as { state: string; ySplit: number };
    expect(view.state).toBe('frozen');
    const header = matrix.getRow(view.ySplit);
    expect(header.getCell(2).value).toBe('取組み');
    expect(header.getCell(4).value).toBe('1 脆弱性の受付有無');
    expect(header.getCell(5).value).toBe('1 出典');
    expect(header.getCell(6).value).toBe('1 箇所');
    expect(matrix.getRow(3).getCell(1).value).toBe('絞り込み：受付対象：限定なし');
    const first = matrix.getRow(view.ySplit + 1);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(6).value).toBe('Table 4-2, row 1, item 1');
  });

  it('never writes a formula: formula-like text stays a text cell', async () => {
    const { bytes, read } = await build('ja');
    const matrix = read.getWorksheet('比較表')!;
    const row = matrix.getRow((matrix.views[0] as { ySplit: number }).ySplit + 1);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(2).value).toBe('=HYPERLINK("http://evil.example","x")');
    const cells = read.getWorksheet('セルと出典')!;
    expect(cells.getRow(2).getCell(6).value).toBe('+cmd|/C calc');
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/sheet'))) {
      expect(await zip.file(name)!.async('string')).not.toMatch(/<f[ >]/);
    }
  });

  it('links http(s) source URLs, keeps any other URL as text, and writes dates as dates', async () => {
    const { read } = await build('ja');
    const cells = read.getWorksheet('セルと出典')!;
    expect(cells.getRow(2).getCell(9).value).toEqual({
      text: 'https://example.org/report.pdf',
      hyperlink: 'https://example.org/report.pdf',
    });
    expect(cells.getRow(3).getCell(9).value).toBe('javascript:alert(1)');
    const accessed = cells.getRow(2).getCell(10);
    expect(accessed.value).toEqual(new Date('2024-05-01T00:00:00Z'));
    expect(accessed.numFmt).toBe('yyyy-mm-dd');
  });

  it('puts the legend on its own sheet with the meaning of ×', async () => {
    const { read } = await build('ja');
    const legend = read.getWorksheet('凡例')!;
    const values = legend
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(values).toContain('×');
    expect(values).toContain('掲載無');
    expect(values).toContain('○2');
    expect(values.some((v) => v.includes('「しない」ではありません'))).toBe(true);
  });

  it('is English from the English page, with no Japanese punctuation of its own', async () => {
    const { read } = await build('en');
    expect(read.worksheets.map((s) => s.name)).toEqual([
      'Matrix',
      'Cells and sources',
      'Tags and sources',
      'Legend',
      'About',
    ]);
    const matrix = read.getWorksheet('Matrix')!;
    expect(matrix.getRow(2).getCell(1).value).toBe('As of: today (2026-12-01)');
  });
});
