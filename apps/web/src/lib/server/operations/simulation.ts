import { graphql, type ResultOf } from '$lib/graphql';

/** One scenario run for meeting material: every figure the deck and the workbook show. */
export const SIMULATION_REPORT_QUERY = graphql(`
  query SimulationReport($input: SimulationInput!, $lang: Lang!) {
    simulate(input: $input) {
      seed
      trials
      engineVersion
      modelVersion
      asOf
      dataEndsOn
      calibrated
      metrics {
        key
        label(lang: $lang)
        unit
        baseline
        baselineLow
        baselineHigh
        scenario
        scenarioLow
        scenarioHigh
      }
      assumptions {
        key
        kind
        value
        rangeLow
        rangeHigh
        unit
        drawn
        overridden
        confidence
        text(lang: $lang)
        basis(lang: $lang)
        # The locator as the model writes it: the deck and the workbook localize it themselves.
        source {
          label(lang: $lang)
          locator
          url
          accessed
        }
      }
      series {
        name
        quarters
        baseline {
          low
          mean
          high
        }
        scenario {
          low
          mean
          high
        }
        observed
      }
      warnings {
        code
        field
        text(lang: $lang)
      }
    }
  }
`);
export type SimulationRun = ResultOf<typeof SIMULATION_REPORT_QUERY>['simulate'];
export type ReportAssumption = SimulationRun['assumptions'][number];
export type ReportSeries = SimulationRun['series'][number];

/** The tornado of one metric for the same input. */
export const SENSITIVITY_QUERY = graphql(`
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
`);
export type SensitivityRun = ResultOf<typeof SENSITIVITY_QUERY>['sensitivity'];
