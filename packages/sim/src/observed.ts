import { quarterOfDate, type Calendar } from './calendar.ts';
import { intakePoints } from './intake.ts';
import type { SeriesName } from './measure.ts';
import type { SimulationModel } from './model.ts';

/**
 * What the knowledge base observed of each series, per quarter of a run (null where nothing was): the intake
 * history's cumulative counts where a kind is observed, Figure 1-1's cumulative totals, the Chapter 1 counts at
 * the data's end (the calibration targets that are series values), and the dated observations of
 * data/simulation/observations.yaml. A chart draws these over the bands; the backtest scores the projection
 * on those after its origin.
 */
export function observedSeries(model: SimulationModel, calendar: Calendar): Record<SeriesName, (number | null)[]> {
  const quarters = calendar.quarters;
  const empty = () => quarters.map((): number | null => null);
  const out = {} as Record<SeriesName, (number | null)[]>;
  const put = (name: SeriesName, quarter: string, value: number) => {
    const i = quarters.indexOf(quarter);
    if (i < 0) return;
    (out[name] ??= empty())[i] = value;
  };
  // Intake points within the data (interpolated ones are Kaiji's reading, not observations).
  for (const p of intakePoints(model, calendar)) {
    if (p.basis === 'seed+interpolated') continue;
    put('productReportsCumulative', p.quarter, p.software);
    put('websiteReportsCumulative', p.quarter, p.web);
  }
  for (const p of model.intake.history) put('reportsCumulative', p.quarter, p.total);
  // Figure 1-1 wins over the news where both give a total.
  for (const p of model.intake.seedQuarterly) put('reportsCumulative', p.quarter, p.cumulativeReports);
  const dataEnd = quarterOfDate(model.calendar.asOf);
  const atDataEnd: Partial<Record<string, SeriesName>> = {
    PRODUCT_PUBLISHED: 'productPublishedCumulative',
    WEBSITE_FIXED: 'websiteFixedCumulative',
    PRODUCT_IN_HANDLING: 'productInHandling',
    WEBSITE_IN_HANDLING: 'websiteInHandling',
    WEBSITE_OPEN_OVER_90_DAYS: 'websiteOpenOver90Days',
  };
  for (const t of model.calibration.targets) {
    const name = atDataEnd[t.measure];
    if (name) put(name, dataEnd, t.value);
    const series = /^series\.([a-zA-Z0-9]+)\.(\d{4}Q[1-4])$/.exec(t.measure);
    if (series) put(series[1] as SeriesName, series[2]!, t.value);
  }
  for (const o of model.observations) put(o.series as SeriesName, o.quarter, o.value);
  return out;
}
