import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../src/data-dir.ts';
import { loadKnowledgeBase } from '../src/load/load-knowledge-base.ts';
import { localizeLocator, localizeLocatorStrict, tableCellLocator } from '../src/locator.ts';

/** Every `locator` string written anywhere in data/ (programs, statistics, simulation, sources). */
function locatorsInData(): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        if (k === 'locator' && typeof v === 'string') found.add(v);
        else walk(v);
      }
  };
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : name.endsWith('.yaml') ? [path] : [];
    });
  for (const file of files(defaultDataDir())) walk(parse(readFileSync(file, 'utf8')));
  return [...found];
}

/** Every cell locator derived from a Table 4-2 row. */
function cellLocators(): string[] {
  const result = loadKnowledgeBase(defaultDataDir());
  if (!result.ok) throw new Error('data/ does not load');
  return result.kb.programs.flatMap((p) =>
    p.survey ? p.survey.cells.map((_, i) => tableCellLocator(p.survey!.row, p.survey!.label, i + 1)) : [],
  );
}

// The English words of the locator grammar: none may survive on a Japanese page.
const GRAMMAR_WORDS =
  /\b(Table|Figure|rows?|items?|and|after|legend|header|Schedule|paragraph|Arts?|Annex|Part|recital|foreword)\b/i;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe('given the locators a page shows', () => {
  it('reads the grammar into Japanese as a member would write it', () => {
    expect(localizeLocator(tableCellLocator(6, 'DCMS', 2), 'ja')).toBe('表 4-2・第6行（DCMS）・項目2');
    expect(localizeLocator('Table 4-2, row 8 (CISA (ICS, IoT, 医療機器)), item 8', 'ja')).toBe(
      '表 4-2・第8行（CISA (ICS, IoT, 医療機器)）・項目8',
    );
    expect(localizeLocator('§1.2.2 (6), Figure 1-7', 'ja')).toBe('1.2.2 節（6）・図 1-7');
    expect(localizeLocator('§4.3; Table 4-3, rows KISA と KrCERT/CC and NCSC-NL', 'ja')).toBe(
      '4.3 節、表 4-3・KISA と KrCERT/CC・NCSC-NL の行',
    );
    expect(localizeLocator('Figure 1-1, 2020 3Q', 'ja')).toBe('図 1-1・2020年第3四半期');
    expect(localizeLocator('§1.1; Foreword', 'ja')).toBe('1.1 節、はじめに');
    expect(localizeLocator('§2.2 (1) c), hypothesis 9', 'ja')).toBe('2.2 節（1）c)・仮説9');
    expect(localizeLocator('§2.2 (1) b), hypotheses 4 and 5', 'ja')).toBe('2.2 節（1）b)・仮説4・5');
    expect(localizeLocator('Table 3-2, row 2-1; §3.3, case 2-1', 'ja')).toBe('表 3-2・第2-1行、3.3 節・事例 2-1');
    expect(localizeLocator('Tables 3-1 and 3-2, column headings', 'ja')).toBe('表 3-1・表 3-2・列見出し');
    expect(localizeLocator('Table 3-1, legend', 'ja')).toBe('表 3-1・凡例');
    expect(
      localizeLocator(
        'evidence/captures/eur_lex_europa_eu_eli_dir_2022_2555_oj.html (NIS2, Arts. 7(2)(c), 12 and 21(2)(e))',
        'ja',
      ),
    ).toBe('evidence/captures/eur_lex_europa_eu_eli_dir_2022_2555_oj.html（NIS2・第7条(2)(c)・第12条・第21条(2)(e)）');
  });

  it('renders the report’s Japanese row labels in English', () => {
    expect(localizeLocator('Table 4-2, row 8 (CISA (ICS, IoT, 医療機器)), item 2', 'en')).toBe(
      'Table 4-2, row 8 (CISA (ICS, IoT, medical devices)), item 2',
    );
    expect(localizeLocator('Table 4-3, row KISA と KrCERT/CC; §4.3', 'en')).toBe(
      'Table 4-3, row KISA and KrCERT/CC; §4.3',
    );
    expect(localizeLocator('Table 4-2, row 9 (NIST 及び OMB)', 'en')).toBe('Table 4-2, row 9 (NIST and OMB)');
    expect(localizeLocator('Foreword (はじめに)', 'en')).toBe('Foreword');
  });

  it('says when a locator is outside the grammar, and keeps it as written', () => {
    expect(localizeLocatorStrict('Chapter 5, box 2', 'ja')).toBeNull();
    expect(localizeLocator('Chapter 5, box 2', 'ja')).toBe('Chapter 5, box 2');
  });

  // Loading all of data/ takes seconds on a busy machine: a generous timeout, no speed claim.
  it('covers every locator in data/ and every derived cell locator, in both languages', { timeout: 60_000 }, () => {
    const all = [...locatorsInData(), ...cellLocators()];
    expect(all.length).toBeGreaterThan(100);
    const notJapanese = all.filter((l) => {
      const ja = localizeLocatorStrict(l, 'ja');
      // File paths are names, not words; what is outside them must be Japanese.
      return ja === null || GRAMMAR_WORDS.test(ja.replace(/[\w./-]+\.(md|html)/g, ''));
    });
    expect(notJapanese).toEqual([]);
    expect(all.map((l) => localizeLocator(l, 'en')).filter((en) => JAPANESE.test(en))).toEqual([]);
  });
});
