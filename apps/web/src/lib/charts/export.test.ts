import { describe, expect, it } from 'vitest';
import { fileSlug, toCsv } from './export';

describe('given chart data', () => {
  it('writes CSV with a BOM and CRLF, quoting commas, quotes and newlines', () => {
    const csv = toCsv(
      ['四半期', 'value'],
      [
        ['2020Q3', 1.5],
        ['a,b', 'say "hi"\nthere'],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFF四半期,value\r\n2020Q3,1.5\r\n"a,b","say ""hi""\nthere"\r\n');
  });

  it('defuses text that Excel would run as a formula', () => {
    expect(toCsv(['name'], [['=HYPERLINK("x")'], [-3]])).toBe('\uFEFFname\r\n"\'=HYPERLINK(""x"")"\r\n-3\r\n');
  });

  it('makes file names from Japanese titles', () => {
    expect(fileSlug('製品：取扱い中の件数（四半期末）')).toBe('製品-取扱い中の件数-四半期末');
  });
});
