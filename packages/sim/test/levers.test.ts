import { describe, expect, it } from 'vitest';
import { runSimulation, type MetricKey, type SimulationResult } from '../src/index.ts';
import { model } from './model.ts';

const TRIALS = 24;
const run = (input: object) => runSimulation({ trials: TRIALS, seed: 11, ...input }, model);
const metric = (r: SimulationResult, key: MetricKey) => r.metrics.find((m) => m.key === key)!;
const up = (r: SimulationResult, key: MetricKey) =>
  expect(metric(r, key).scenario, key).toBeGreaterThan(metric(r, key).baseline);
const down = (r: SimulationResult, key: MetricKey) =>
  expect(metric(r, key).scenario, key).toBeLessThan(metric(r, key).baseline);
const same = (r: SimulationResult, key: MetricKey) =>
  expect(metric(r, key).scenario, key).toBe(metric(r, key).baseline);
const WEBSITE_KEYS: MetricKey[] = [
  'WEBSITE_FIXED',
  'WEBSITE_IN_HANDLING',
  'WEBSITE_FIXED_WITHIN_30_DAYS_SHARE',
  'WEBSITE_FIXED_WITHIN_90_DAYS_SHARE',
  'WEBSITE_OPEN_OVER_90_DAYS',
];
const PRODUCT_KEYS: MetricKey[] = [
  'PRODUCT_PUBLISHED',
  'PRODUCT_IN_HANDLING',
  'PRODUCT_PUBLISHED_WITHIN_45_DAYS_SHARE',
  'PRODUCT_MEDIAN_DAYS_TO_PUBLICATION',
  'PRODUCT_PUBLISHED_WITHOUT_FIX',
  'PRODUCT_UNREACHABLE_OPEN',
];

/** A lever "at zero" must give back the baseline exactly, metric by metric and series by series. */
function expectBaseline(r: SimulationResult): void {
  for (const m of r.metrics) {
    expect([m.key, m.scenario, m.scenarioLow, m.scenarioHigh]).toEqual([
      m.key,
      m.baseline,
      m.baselineLow,
      m.baselineHigh,
    ]);
  }
  expect(r.series.productInHandling.scenario).toEqual(r.series.productInHandling.baseline);
  expect(r.series.websiteOpenOver90Days.scenario).toEqual(r.series.websiteOpenOver90Days.baseline);
  expect(r.exposure.productPublicDays.scenario).toBe(r.exposure.productPublicDays.baseline);
}

describe('given forced publication for unreachable developers after 45 days', () => {
  const r = run({ forcedPublication: { afterDays: 45, appliesTo: 'UNREACHABLE_VENDORS' } });
  it('publishes their cases without a fix and takes them out of handling', () => {
    up(r, 'PRODUCT_PUBLISHED');
    up(r, 'PRODUCT_PUBLISHED_WITHOUT_FIX');
    down(r, 'PRODUCT_IN_HANDLING');
    down(r, 'PRODUCT_UNREACHABLE_OPEN');
    expect(r.forcedPublications.scenario).toBeGreaterThan(0);
    expect(r.forcedPublications.baseline).toBe(0);
  });
  it('turns private exposure into public exposure', () => {
    expect(r.exposure.productPublicDays.scenario).toBeGreaterThan(r.exposure.productPublicDays.baseline);
    expect(r.exposure.productPrivateDays.scenario).toBeLessThan(r.exposure.productPrivateDays.baseline);
  });
  it('leaves websites alone', () => WEBSITE_KEYS.forEach((k) => same(r, k)));
});

describe('given forced publication of every product report after 45 days', () => {
  const r = run({ forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' } });
  it('publishes more, sooner, and more of it without a fix', () => {
    up(r, 'PRODUCT_PUBLISHED');
    up(r, 'PRODUCT_PUBLISHED_WITHIN_45_DAYS_SHARE');
    down(r, 'PRODUCT_MEDIAN_DAYS_TO_PUBLICATION');
    down(r, 'PRODUCT_IN_HANDLING');
    up(r, 'PRODUCT_PUBLISHED_WITHOUT_FIX');
  });
  it('publishes fewer cases without a fix when developers anticipate the deadline more', () => {
    const none = run({
      forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' },
      assumptions: [{ key: 'forcedPublication.anticipation', value: 0 }],
    });
    const most = run({
      forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' },
      assumptions: [{ key: 'forcedPublication.anticipation', value: 0.9 }],
    });
    expect(metric(most, 'PRODUCT_PUBLISHED_WITHOUT_FIX').scenario).toBeLessThan(
      metric(none, 'PRODUCT_PUBLISHED_WITHOUT_FIX').scenario,
    );
  });
  it('shortens public exposure when publication speeds fixes up more (Arora et al. 2010)', () => {
    const at = (ratio: number) =>
      run({
        forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' },
        assumptions: [{ key: 'forcedPublication.patchHazardRatio', value: ratio }],
      }).exposure.productPublicDays.scenario;
    expect(at(4)).toBeLessThan(at(1));
  });
  it('gives back the baseline when the deadline lies beyond the replay', () =>
    expectBaseline(run({ forcedPublication: { afterDays: 7300, appliesTo: 'ALL_PRODUCT_REPORTS' } })));
  it('leaves websites alone', () => WEBSITE_KEYS.forEach((k) => same(r, k)));
});

describe('given a bounty per accepted report', () => {
  const r = run({ bounty: { amountJpy: 100_000 } });
  it('brings more reports, more of them invalid, at a cost', () => {
    up(r, 'REPORTS_PER_WORKING_DAY');
    up(r, 'BOUNTY_COST_JPY');
    expect(r.reports.invalidInduced.scenario).toBeGreaterThan(0);
    const notAccepted = r.outcomes.find((o) => o.kind === 'SOFTWARE_PRODUCT' && o.outcome === 'NOT_ACCEPTED')!;
    expect(notAccepted.scenario).toBeGreaterThan(notAccepted.baseline);
  });
  it('stays inelastic: well under proportional to the reward', () => {
    const m = metric(r, 'REPORTS_PER_WORKING_DAY');
    expect(m.scenario / m.baseline).toBeLessThan(1.7);
  });
  it('loads the staff and slows handling', () => {
    expect(r.staffLoad.peakReportsPerWorkingDay.scenario).toBeGreaterThan(
      r.staffLoad.peakReportsPerWorkingDay.baseline,
    );
    expect(r.staffLoad.meanDelayFactor.scenario).toBeGreaterThan(1);
    up(r, 'PRODUCT_IN_HANDLING');
  });
  it('brings more reports with a higher elasticity', () => {
    const at = (e: number) =>
      metric(
        run({ bounty: { amountJpy: 100_000 }, assumptions: [{ key: 'bounty.supplyElasticity', value: e }] }),
        'REPORTS_PER_WORKING_DAY',
      ).scenario;
    expect(at(0.2)).toBeGreaterThan(at(0.1));
  });
  it('gives back the baseline at zero yen', () => expectBaseline(run({ bounty: { amountJpy: 0 } })));
});

describe('given published acknowledgements', () => {
  const r = run({ acknowledgement: true });
  it('adds a small share of reports at no cost', () => {
    const m = metric(r, 'REPORTS_PER_WORKING_DAY');
    expect(m.scenario).toBeGreaterThanOrEqual(m.baseline);
    expect(m.scenarioHigh / m.baseline).toBeLessThanOrEqual(1.1 + 1e-9);
    same(r, 'BOUNTY_COST_JPY');
  });
  it('gives back the baseline when off', () => expectBaseline(run({ acknowledgement: false })));
});

describe('given a legal mandate on website operators (30 days, half comply)', () => {
  const r = run({ legalMandate: { remediationDays: 30, compliance: 0.5 } });
  it('fixes more websites sooner and leaves fewer open', () => {
    up(r, 'WEBSITE_FIXED_WITHIN_30_DAYS_SHARE');
    up(r, 'WEBSITE_FIXED_WITHIN_90_DAYS_SHARE');
    down(r, 'WEBSITE_OPEN_OVER_90_DAYS');
    down(r, 'WEBSITE_IN_HANDLING');
    up(r, 'WEBSITE_FIXED');
    expect(r.exposure.websitePrivateDays.scenario).toBeLessThan(r.exposure.websitePrivateDays.baseline);
  });
  it('does more with more compliance', () => {
    const full = run({ legalMandate: { remediationDays: 30, compliance: 0.8 } });
    expect(metric(full, 'WEBSITE_OPEN_OVER_90_DAYS').scenario).toBeLessThan(
      metric(r, 'WEBSITE_OPEN_OVER_90_DAYS').scenario,
    );
  });
  it('leaves products alone', () => PRODUCT_KEYS.forEach((k) => same(r, k)));
  it('gives back the baseline when nobody complies', () =>
    expectBaseline(run({ legalMandate: { remediationDays: 30, compliance: 0 } })));
});

describe('given a different staff capacity', () => {
  it('handles faster with more staff and slower with fewer', () => {
    const more = run({ staffCapacity: { reportsPerWorkingDay: 8 } });
    const fewer = run({ staffCapacity: { reportsPerWorkingDay: 3 } });
    expect(metric(more, 'PRODUCT_IN_HANDLING').scenario).toBeLessThanOrEqual(
      metric(more, 'PRODUCT_IN_HANDLING').baseline,
    );
    expect(metric(more, 'PRODUCT_MEDIAN_DAYS_TO_PUBLICATION').scenario).toBeLessThan(
      metric(more, 'PRODUCT_MEDIAN_DAYS_TO_PUBLICATION').baseline,
    );
    expect(metric(fewer, 'PRODUCT_MEDIAN_DAYS_TO_PUBLICATION').scenario).toBeGreaterThan(
      metric(fewer, 'PRODUCT_MEDIAN_DAYS_TO_PUBLICATION').baseline,
    );
  });
  it("gives back the baseline at today's capacity", () =>
    expectBaseline(
      run({
        staffCapacity: { reportsPerWorkingDay: 4.03 },
        assumptions: [{ key: 'staff.capacityReportsPerWorkingDay', value: 4.03 }],
      }),
    ));
});

describe('given levers outside the evidence', () => {
  it('warns, naming the lever, in both languages', () => {
    const r = run({ bounty: { amountJpy: 2_000_000 }, legalMandate: { remediationDays: 5, compliance: 0.95 } });
    const fields = r.warnings.filter((w) => w.code === 'LEVER_OUTSIDE_EVIDENCE').map((w) => w.field);
    expect(fields).toEqual(
      expect.arrayContaining(['bounty.amountJpy', 'legalMandate.remediationDays', 'legalMandate.compliance']),
    );
    for (const w of r.warnings) expect(w.text.ja.length * w.text.en.length).toBeGreaterThan(0);
  });
  it('warns that overriding a structural assumption un-calibrates the baseline', () => {
    const r = run({ assumptions: [{ key: 'intake.triageMeanDays', value: 20 }] });
    expect(r.warnings.map((w) => w.code)).toContain('BASELINE_UNCALIBRATED');
  });
  it('warns when a flood of reports goes well beyond the baseline’s busiest quarter', () => {
    const r = run({ bounty: { amountJpy: 300_000 } });
    expect(r.warnings.map((w) => w.code)).toContain('STAFF_LOAD_BEYOND_HISTORY');
    expect(run({ acknowledgement: true }).warnings.map((w) => w.code)).not.toContain('STAFF_LOAD_BEYOND_HISTORY');
  });
  it('names each lever and assumption by its label in each language, never by its code name', () => {
    const r = run({
      bounty: { amountJpy: 2_000_000 },
      legalMandate: { remediationDays: 5, compliance: 0.95 },
      assumptions: [{ key: 'intake.triageMeanDays', value: 20 }],
    });
    const japanese = /[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e]/;
    expect(r.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['LEVER_OUTSIDE_EVIDENCE', 'BASELINE_UNCALIBRATED', 'STAFF_LOAD_BEYOND_HISTORY']),
    );
    for (const w of r.warnings) {
      expect(w.field, w.code).toBeTruthy();
      expect(w.text.ja, w.code).not.toContain(w.field);
      expect(w.text.en, w.code).not.toContain(w.field);
      // The staff load's text says what it compares instead of naming its limit.
      if (w.code !== 'STAFF_LOAD_BEYOND_HISTORY') {
        expect(w.text.ja, w.code).toContain(w.label!.ja);
        expect(w.text.en, w.code).toContain(w.label!.en);
      }
      expect(w.text.en, w.code).not.toMatch(japanese);
      expect([typeof w.value, w.range?.length], w.code).toEqual(['number', 2]);
    }
  });
  it('stays quiet for a 45-day rule', () => {
    expect(run({ forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' } }).warnings).toEqual([]);
  });
});
