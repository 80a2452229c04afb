import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/csv.ts';
import { asSpreadsheetText, FORMULA_TRIGGERS, startsLikeFormula } from '../src/spreadsheet-text.ts';

describe('given rows to write as CSV', () => {
  it('writes a BOM, CRLF line ends and RFC 4180 quoting', () => {
    const csv = toCsv(
      ['四半期', 'value', 'ok'],
      [
        ['2020Q3', 1.5, true],
        ['a,b', 'say "hi"\nthere', null],
      ],
    );
    expect(csv).toBe('\uFEFF四半期,value,ok\r\n2020Q3,1.5,true\r\n"a,b","say ""hi""\nthere",\r\n');
  });

  it('writes every formula-leading text cell as text, and numbers as numbers', () => {
    const name = '=HYPERLINK("http://example.invalid","x")';
    const csv = toCsv(['name'], [[name], ['+1'], ['-1'], ['@SUM(A1)'], ['\tx'], ['\rx'], ['＝1'], [-3], [Number.NaN]]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      'name',
      `"'=HYPERLINK(""http://example.invalid"",""x"")"`,
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
      "'＝1",
      '-3',
      '',
      '',
    ]);
  });
});

describe('given a spreadsheet cell', () => {
  it('marks as text exactly the cells that start with = + - @ tab or CR', () => {
    for (const trigger of FORMULA_TRIGGERS) {
      expect(startsLikeFormula(`${trigger}1`)).toBe(true);
      expect(asSpreadsheetText(`${trigger}1`)).toBe(`'${trigger}1`);
    }
    expect(asSpreadsheetText('＝1')).toBe("'＝1");
    for (const plain of ['', 'CERT/CC', '○1-4', ' =1', '１', '「=」']) expect(asSpreadsheetText(plain)).toBe(plain);
  });
});
