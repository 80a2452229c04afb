import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from '@kaiji/kb';
import { PartnershipStatistics } from '@kaiji/kb/schema';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { calibrationMeasures, runSimulation } from '../src/index.ts';
import { model } from './model.ts';

const result = runSimulation(model.calibration.check, model);
const measures = calibrationMeasures(result);

describe('given the baseline replayed to 2020-09-30 (calibration.yaml)', () => {
  for (const target of model.calibration.targets) {
    it(`reproduces ${target.measure} = ${target.value} within ${target.tolerance}`, () => {
      const achieved = measures.get(target.measure);
      expect(achieved, `no measure named ${target.measure}`).toBeDefined();
      expect(Math.abs(achieved! - target.value)).toBeLessThanOrEqual(target.tolerance);
    });
  }

  it('accounts for every report of each kind in exactly one outcome', () => {
    const sum = (kind: string) => result.outcomes.filter((o) => o.kind === kind).reduce((s, o) => s + o.baseline, 0);
    expect(sum('SOFTWARE_PRODUCT')).toBeCloseTo(4627, 6);
    expect(sum('WEBSITE')).toBeCloseTo(11296, 6);
  });
});

describe('given the calibration targets and the Partnership statistics', () => {
  const statistics = PartnershipStatistics.parse(
    parse(readFileSync(join(defaultDataDir(), 'partnership/statistics.yaml'), 'utf8'), { schema: 'core' }),
  );
  const seedCount = (kind: string, outcome: string) =>
    statistics.outcomes.find((k) => k.kind === kind)?.outcomes.find((o) => o.outcome === outcome)?.count;
  const figure = (key: string) => statistics.figures.find((f) => f.key === key)?.value;
  const expected: Record<string, number | undefined> = {
    PRODUCT_PUBLISHED: seedCount('SOFTWARE_PRODUCT', 'PUBLISHED'),
    PRODUCT_IN_HANDLING: seedCount('SOFTWARE_PRODUCT', 'IN_HANDLING'),
    WEBSITE_FIXED: seedCount('WEBSITE', 'FIXED'),
    WEBSITE_IN_HANDLING: seedCount('WEBSITE', 'IN_HANDLING'),
    PRODUCT_PUBLISHED_WITHIN_45_DAYS_SHARE: figure('productPublishedWithin45DaysShare'),
    WEBSITE_FIXED_WITHIN_30_DAYS_SHARE: figure('websiteFixedWithin30DaysShare'),
    WEBSITE_FIXED_WITHIN_90_DAYS_SHARE: figure('websiteFixedWithin90DaysShare'),
    WEBSITE_OPEN_OVER_90_DAYS: figure('websiteOpenOver90Days'),
    'series.websiteOpenOver90Days.2019Q3': figure('websiteOpenOver90DaysPreviousYear'),
    REPORTS_PER_WORKING_DAY: figure('reportsPerWorkingDay'),
    'unreachable.listed': figure('unreachableListed'),
    'unreachable.resumed': figure('unreachableResumed'),
    'unreachable.completed': figure('unreachableResumedCompleted'),
    PRODUCT_UNREACHABLE_OPEN: figure('unreachableStillUnreachable'),
  };

  it('states each target as data/partnership/statistics.yaml does', () => {
    for (const target of model.calibration.targets) {
      const [prefix, kind, outcome] = target.measure.split('.');
      const fromStatistics = prefix === 'outcome' ? seedCount(kind!, outcome!) : expected[target.measure];
      expect(fromStatistics, `statistics.yaml has no figure for ${target.measure}`).toBeDefined();
      expect(target.value, target.measure).toBe(fromStatistics);
    }
  });
});
