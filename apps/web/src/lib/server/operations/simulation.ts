import type { MetricKey } from '@kaiji/sim';
import type { Citation } from '$lib/source';

const SOURCE = /* GraphQL */ `label(lang: $lang) locator url accessed`;

/** One scenario run for meeting material: every figure the deck and the workbook show. */
export const SIMULATION_REPORT_QUERY = /* GraphQL */ `
  query SimulationReport($input: SimulationInput!, $lang: Lang!) {
    simulate(input: $input) {
      seed
      trials
      engineVersion
      modelVersion
      asOf
      dataEndsOn
      calibrated
      metrics { key label(lang: $lang) unit baseline baselineLow baselineHigh scenario scenarioLow scenarioHigh }
      assumptions {
        key kind value rangeLow rangeHigh unit drawn overridden confidence
        text(lang: $lang) basis(lang: $lang) source { ${SOURCE} }
      }
      series { name quarters baseline { low mean high } scenario { low mean high } observed }
      warnings { code field text(lang: $lang) }
    }
  }
`;

/** The tornado of one metric for the same input. */
export const SENSITIVITY_QUERY = /* GraphQL */ `
  query Sensitivity($input: SimulationInput!, $metric: MetricKey!) {
    sensitivity(input: $input, metric: $metric) {
      metric
      base
      trials
      runs
      bars {
        assumption
        low
        high
        atLow
        atHigh
      }
    }
  }
`;

export interface Band {
  low: number[];
  mean: number[];
  high: number[];
}

export interface ReportMetric {
  key: MetricKey;
  label: string;
  unit: string;
  baseline: number;
  baselineLow: number;
  baselineHigh: number;
  scenario: number;
  scenarioLow: number;
  scenarioHigh: number;
}

export interface ReportAssumption {
  key: string;
  kind: 'assumption' | 'fitted';
  value: number;
  rangeLow: number | null;
  rangeHigh: number | null;
  unit: string;
  drawn: boolean;
  overridden: boolean;
  confidence: 'H' | 'M' | 'L' | null;
  text: string;
  basis: string | null;
  source: Citation | null;
}

export interface ReportSeries {
  name: string;
  quarters: string[];
  baseline: Band;
  scenario: Band;
  /** What the knowledge base observed for each quarter, else null. */
  observed: (number | null)[];
}

export interface SimulationReportResult {
  simulate: {
    seed: number;
    trials: number;
    engineVersion: string;
    modelVersion: string;
    asOf: string;
    dataEndsOn: string;
    calibrated: boolean;
    metrics: ReportMetric[];
    assumptions: ReportAssumption[];
    series: ReportSeries[];
    warnings: { code: string; field: string | null; text: string }[];
  };
}

export interface SensitivityResult {
  sensitivity: {
    metric: MetricKey;
    base: number;
    trials: number;
    runs: number;
    bars: { assumption: string; low: number; high: number; atLow: number; atHigh: number }[];
  };
}
