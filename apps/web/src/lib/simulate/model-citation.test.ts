import { describe, expect, it } from 'vitest';
import { modelCitation } from './model-citation';

const source = {
  label: 'FY2020 study-group report',
  labelJa: '2020年度 研究会報告書',
  locator: 'Table 4-2, row 6, item 2',
  url: 'https://example.org/report.pdf',
};

describe('modelCitation', () => {
  it("reads the model's source in the page's language: the Japanese title and locator on a Japanese page", () => {
    const ja = modelCitation(source, 'ja')!;
    expect(ja.label).toBe('2020年度 研究会報告書');
    expect(ja.locator).toMatch(/^表 4-2/);
    expect(ja).toMatchObject({ url: source.url, accessed: null });
  });

  it('keeps the English title and locator on an English page, and the English title where no Japanese exists', () => {
    expect(modelCitation(source, 'en')).toMatchObject({ label: source.label, locator: 'Table 4-2, row 6, item 2' });
    expect(modelCitation({ label: 'CERT/CC guide' }, 'ja')).toEqual({
      label: 'CERT/CC guide',
      locator: null,
      url: null,
      accessed: null,
    });
  });

  it('is null for an assumption without a source', () => {
    expect(modelCitation(null, 'ja')).toBeNull();
  });
});
