import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../src/data-dir.ts';
import { formatProblem } from '../src/load/knowledge-base.ts';
import { loadKnowledgeBase } from '../src/load/load-knowledge-base.ts';
import { CHAPTER_2_FIGURES, CHAPTER_2_VERDICTS } from './fixtures/chapter-2.ts';
import { TABLE_3_1, TABLE_3_2 } from './fixtures/chapter-3.ts';
import { copyOfData } from './data-folder.ts';

function loadRealData() {
  const result = loadKnowledgeBase(defaultDataDir());
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.kb;
}

function problemsOf(dir: string): string[] {
  const result = loadKnowledgeBase(dir);
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** '44.5%' → 0.445, '約25~30%' → 0.25 (the low end), '半数以上' → 0.5, '約60%から80%' → 0.6. */
function lowEnd(printed: string): number {
  if (printed === '半数以上') return 0.5;
  const first = /(\d+(?:\.\d+)?)/.exec(printed);
  return Number(first![1]) / 100;
}

describe('given Chapter 2 (the survey of 301 small website operators)', () => {
  const { operatorSurvey: survey } = loadRealData();

  it('has the 301 respondents of §2.1', () => {
    expect(survey.respondents).toBe(301);
  });

  it('has every figure of §2.2 and §2.3, in the printed order, with its question and placement', () => {
    const recorded = survey.figures.map((f) => [
      f.hypothesis !== undefined
        ? `仮説${f.hypothesis}`
        : survey.conclusions.find((c) => c.key === f.conclusion)!.section,
      f.question ?? '',
      f.printed,
    ]);
    expect(recorded).toEqual(CHAPTER_2_FIGURES);
  });

  it.each(CHAPTER_2_FIGURES.map((f, i) => [i, ...f] as const))(
    'figure %i (%s, %s, %s) has the share the seed prints',
    (i, _where, _question, printed) => {
      const figure = survey.figures[i]!;
      expect(figure.share).toBeCloseTo(lowEnd(printed), 10);
      const range = /~(\d+)%|から(\d+)%/.exec(printed);
      if (range) expect(figure.upTo).toBeCloseTo(Number(range[1] ?? range[2]) / 100, 10);
      else expect(figure.upTo).toBeUndefined();
      expect(figure.precision).toBe(
        printed.startsWith('約')
          ? 'ABOUT'
          : printed.endsWith('近く')
            ? 'NEARLY'
            : printed === '半数以上'
              ? 'AT_LEAST'
              : 'EXACT',
      );
    },
  );

  it('gives the fourteen hypotheses with the seed’s verdicts', () => {
    expect(Object.fromEntries(survey.hypotheses.map((h) => [h.number, h.verdict]))).toEqual(CHAPTER_2_VERDICTS);
  });

  it('files the evidence printed for 仮説4・5 under both', () => {
    const shared = survey.figures.filter((f) => f.hypothesis === 4);
    expect(shared.length).toBe(9);
    for (const f of shared) expect(f.alsoHypotheses).toEqual([5]);
  });

  it('has the conclusions of §2.3 (1)-(4) and §5 (1)', () => {
    expect(survey.conclusions.map((c) => c.section)).toEqual([
      '§2.3 (1)',
      '§2.3 (2)',
      '§2.3 (3)',
      '§2.3 (4)',
      '§5 (1)',
    ]);
  });
});

describe('given Chapter 3 (Tables 3-1 and 3-2)', () => {
  const { damageCases } = loadRealData();
  const rows = (table: string) => damageCases.cases.filter((c) => c.table === table);

  it('has Table 3-1’s ten rows and Table 3-2’s seven, in the printed order', () => {
    expect(rows('3-1').map((c) => c.number)).toEqual(Object.keys(TABLE_3_1));
    expect(rows('3-2').map((c) => c.number)).toEqual(['1', '2-1', '2-2', '3', '4', '5', '6']);
  });

  it.each(Object.entries(TABLE_3_1))('Table 3-1 row %s has every cell the seed prints', (number, printed) => {
    const c = rows('3-1').find((r) => r.number === number)!;
    expect(
      [
        c.date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日'),
        c.organization,
        c.companySize,
        c.cloud,
        ...c.damage,
        ...c.investigation,
      ].join(' '),
    ).toBe(printed);
  });

  it.each(Object.entries(TABLE_3_2))('Table 3-2 row %s has every cell the seed prints', (number, printed) => {
    const c = rows('3-2').find((r) => r.number === number)!;
    const date = c.date.replace(/^(\d+)-0?(\d+)$/, '$1年$2月').replace(/^(\d{4})$/, '$1年');
    expect([date, c.companySize, c.cloud, ...c.damage, ...c.investigation].join(' ')).toBe(printed);
    expect(c.siteForm!.ja).toBe(number === '4' ? '外部サービス利用' : '自社構築・運営');
  });

  it('gives each table its own legend: ■ only in Table 3-2', () => {
    const legend = (t: string) => damageCases.legends.find((l) => l.table === t)!.marks.map((m) => m.mark);
    expect(legend('3-1')).toEqual(['○', '×', '△', '▲']);
    expect(legend('3-2')).toEqual(['○', '×', '■', '△', '▲']);
  });

  it('has the two considerations of §3.4', () => {
    expect(damageCases.considerations.map((c) => [c.section, c.measures.ja.length])).toEqual([
      ['§3.4 (1)', 4],
      ['§3.4 (2)', 5],
    ]);
  });
});

describe('given a curator mistake in the website operators’ data', () => {
  it('refuses a survey share outside 0..1 (44.5 for 44.5%)', () => {
    const data = copyOfData();
    data.edit('website-operators/survey.yaml', (t) => t.replace('share: 0.445', 'share: 44.5'));
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(/^website-operators\/survey\.yaml:\d+: figures\.0\.share: a share is between 0 and 1/),
    );
  });

  it('refuses a figure without its question', () => {
    const data = copyOfData();
    data.edit('website-operators/survey.yaml', (t) => t.replace('    question: 予備調査 問9\n', ''));
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(
        /^website-operators\/survey\.yaml:\d+: figures\.0\.question: a figure needs the question the seed cites/,
      ),
    );
  });

  it('refuses a question not written as the seed cites it', () => {
    const data = copyOfData();
    data.edit('website-operators/survey.yaml', (t) => t.replace('question: 予備調査 問9', 'question: Q9'));
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(
        /^website-operators\/survey\.yaml:\d+: figures\.0\.question: expected the question as the seed cites it/,
      ),
    );
  });

  it('refuses a figure under a hypothesis that does not exist', () => {
    const data = copyOfData();
    data.edit('website-operators/survey.yaml', (t) => t.replace('  - hypothesis: 14\n', '  - hypothesis: 15\n'));
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(
        /^website-operators\/survey\.yaml:\d+: figures\.\d+\.hypothesis: no hypothesis 15 in hypotheses$/,
      ),
    );
  });

  it('refuses a case with an unknown mark', () => {
    const data = copyOfData();
    data.edit('website-operators/damage-cases.yaml', (t) => t.replace('damage: [○, ×, ○, ○]', 'damage: [◎, ×, ○, ○]'));
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(
        /^website-operators\/damage-cases\.yaml:\d+: cases\.0\.damage\.0: a mark is one of ○ × △ ▲ ■/,
      ),
    );
  });

  it('refuses a mark its table’s legend does not define (■ in Table 3-1)', () => {
    const data = copyOfData();
    data.edit('website-operators/damage-cases.yaml', (t) =>
      t.replace('investigation: [○, ○, ×, ○, ○]', 'investigation: [○, ○, ■, ○, ○]'),
    );
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(
        /^website-operators\/damage-cases\.yaml:\d+: cases\.0\.investigation\.2: '■' is not in Table 3-1's legend/,
      ),
    );
  });

  it('refuses cells that contradict the printed row', () => {
    const data = copyOfData();
    data.edit('website-operators/damage-cases.yaml', (t) => t.replace('companySize: 小\n', 'companySize: 大\n'));
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(
        /^website-operators\/damage-cases\.yaml:\d+: cases\.0\.raw: the cells spell '2020年1月15日 企業A 大/,
      ),
    );
  });
});

describe('given the English of the website operators’ data', () => {
  const kb = loadRealData();
  /** Every `en` text anywhere under a value (English pages show them; they must carry no Japanese). */
  const englishTexts = (node: unknown, path = ''): [string, string][] => {
    if (Array.isArray(node)) return node.flatMap((n, i) => englishTexts(n, `${path}.${i}`));
    if (node === null || typeof node !== 'object') return [];
    return Object.entries(node).flatMap(([k, v]) =>
      k === 'en'
        ? (Array.isArray(v) ? v : [v]).map((t) => [`${path}.en`, String(t)] as [string, string])
        : englishTexts(v, `${path}.${k}`),
    );
  };

  it('has no Japanese characters or punctuation in any English text', () => {
    const japanese = /[\u3000-\u30ff\u4e00-\u9faf\uff00-\uffef]/;
    const offending = [
      ...englishTexts(kb.operatorSurvey, 'survey'),
      ...englishTexts(kb.damageCases, 'damageCases'),
    ].filter(([, text]) => japanese.test(text));
    expect(offending).toEqual([]);
  });

  it('writes every locator in English, as Table 4-2’s are (English pages print them)', () => {
    const locators = JSON.stringify([kb.operatorSurvey, kb.damageCases]).match(/"locator":"[^"]*"/g) ?? [];
    expect(locators.length).toBeGreaterThan(90);
    expect(locators.filter((l) => /[\u3040-\u30ff\u4e00-\u9faf]/.test(l))).toEqual([]);
  });
});
