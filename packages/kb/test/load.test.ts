import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../src/data-dir.ts';
import { loadKnowledgeBase } from '../src/load/load-knowledge-base.ts';
import { formatProblem } from '../src/load/knowledge-base.ts';

const SLUGS = [
  'cert-eu',
  'enisa',
  'cpni',
  'ncsc-uk',
  'oxford-information-labs',
  'dcms',
  'cert-cc',
  'cisa-bod-20-01',
  'cisa-ics-iot-medical',
  'nist-omb',
  'cccs',
  'kisa-krcert',
  'singcert',
  'imda',
  'govtech',
  'ncsc-fi',
  'ncsc-nl',
  // Programs outside the survey come last, by file name: two EU schemes after the report, and the Partnership.
  'eu-cra-reporting',
  'eu-nis2-cvd-coordinators',
  'jp-partnership',
];

function loadRealData() {
  const result = loadKnowledgeBase(defaultDataDir());
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.kb;
}

describe('given the curated data folder', () => {
  const kb = loadRealData();

  it('loads every file without a problem', () => {
    expect(kb.programs.length).toBe(20);
  });

  it('has one program per Table 4-2 row in the table order, then the programs outside the survey', () => {
    expect(kb.programs.map((p) => p.slug)).toEqual(SLUGS);
  });

  it('gives every program names, organisation and summary in Japanese and English', () => {
    for (const p of kb.programs) {
      for (const text of [p.name, p.organization, p.summary]) {
        expect(text.ja, p.slug).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
        expect(text.en, p.slug).toMatch(/[A-Za-z]/);
      }
    }
  });

  it('marks the five programs that section 4.3 chose as references', () => {
    const references = kb.programs.filter((p) => p.referenceForPartnership.value).map((p) => p.slug);
    expect(references.sort()).toEqual(['cert-cc', 'cert-eu', 'cisa-bod-20-01', 'kisa-krcert', 'ncsc-nl']);
  });

  it('keeps × as "not found in published material" in the legend, never as "no"', () => {
    const cross = kb.taxonomy.marks.find((m) => m.mark === '×')!;
    expect(cross.legend.ja).toBe('掲載無');
    expect(cross.legend.en.toLowerCase()).toContain('not found');
  });

  it('lists Table 4-3 options with their reference programs, and the conclusion that none was adopted', () => {
    const refs = Object.fromEntries(kb.policyOptions.options.map((o) => [o.key, o.assessments.map((a) => a.program)]));
    expect(refs).toEqual({
      ACKNOWLEDGEMENT: ['cert-eu'],
      FORCED_PUBLICATION: ['cert-cc'],
      LEGAL_MANDATE: ['cisa-bod-20-01'],
      BOUNTY: ['kisa-krcert', 'ncsc-nl'],
    });
    expect(kb.policyOptions.conclusion.adopted).toEqual([]);
  });

  it('sources every URL with the date it was read', () => {
    for (const s of kb.sources.filter((s) => s.url)) expect(s.accessed, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("given Chapter 1's counts", () => {
  const { partnership, intakeHistory } = loadRealData();
  const outcomes = (kind: string) => partnership.outcomes.find((o) => o.kind === kind)!;
  const count = (kind: string, outcome: string) => outcomes(kind).outcomes.find((o) => o.outcome === outcome)!.count;
  const figure = (key: string) => partnership.figures.find((f) => f.key === key)!.value;

  it('adds up product outcomes: 4,627 = 2,141 + 40 + 98 + 1,853 + 495', () => {
    expect(outcomes('SOFTWARE_PRODUCT').total).toBe(4627);
    const parts = ['PUBLISHED', 'HANDLED_INDIVIDUALLY', 'NOT_VULNERABLE', 'IN_HANDLING', 'NOT_ACCEPTED'].map((o) =>
      count('SOFTWARE_PRODUCT', o),
    );
    expect(parts).toEqual([2141, 40, 98, 1853, 495]);
    expect(parts.reduce((a, b) => a + b)).toBe(4627);
  });

  it('adds up website outcomes: 11,296 = 7,921 + 1,130 + 679 + 1,077 + 215 + 274', () => {
    const parts = [
      'FIXED',
      'CLOSED_AFTER_ALERT',
      'NOT_VULNERABLE',
      'IN_HANDLING',
      'OPERATOR_UNREACHABLE',
      'NOT_ACCEPTED',
    ].map((o) => count('WEBSITE', o));
    expect(parts).toEqual([7921, 1130, 679, 1077, 215, 274]);
    expect(parts.reduce((a, b) => a + b)).toBe(11296);
  });

  it('totals 15,923 reports, the last point of Figure 1-1 and of the intake history', () => {
    expect(figure('totalReports')).toBe(4627 + 11296);
    expect(partnership.quarterly.points.at(-1)).toMatchObject({
      quarter: '2020Q3',
      cumulativeReports: 15923,
      reportsPerWorkingDay: 4.03,
    });
    expect(intakeHistory.points.at(-1)).toMatchObject({ software: 4627, web: 11296, total: 15923 });
  });

  it('keeps the accepted counts consistent with the outcomes (4,132 and 11,022)', () => {
    expect(figure('productAcceptedReports')).toBe(4627 - count('SOFTWARE_PRODUCT', 'NOT_ACCEPTED'));
    expect(figure('websiteAcceptedReports')).toBe(11296 - count('WEBSITE', 'NOT_ACCEPTED'));
  });

  it('records the timing shares and the unreachable-developer figures', () => {
    expect(figure('productPublishedWithin45DaysShare')).toBe(0.29);
    expect([figure('websiteFixedWithin30DaysShare'), figure('websiteFixedWithin90DaysShare')]).toEqual([0.49, 0.67]);
    expect(
      ['unreachableListed', 'unreachableResumed', 'unreachableResumedCompleted', 'unreachableStillUnreachable'].map(
        figure,
      ),
    ).toEqual([251, 49, 26, 182]);
    expect(figure('priorityProvisionTotal')).toBe(
      figure('priorityProvisionPower') + figure('priorityProvisionGovernment'),
    );
    expect([figure('jvnPublishedTotal'), figure('jvnPublishedViaOverseasCsirts')]).toEqual([3739, 1919]);
    expect([figure('websiteOpenOver90Days'), figure('websiteOpenOver90DaysPreviousYear')]).toEqual([409, 391]);
  });

  it('rises monotonically in cumulative intake, quarter after quarter', () => {
    const totals = intakeHistory.points.map((p) => p.total);
    expect([...totals].sort((a, b) => a - b)).toEqual(totals);
  });
});
