import { graphql, type ResultOf } from '$lib/graphql';

/** One score of the backtest: coverage of the 90% band and MAPE, over all series or one. */
const BACKTEST_SCORE = graphql(`
  fragment BacktestScore on BacktestScore {
    coverage
    meanAbsolutePercentageError
    points
    series
  }
`);
export type BacktestScore = ResultOf<typeof BACKTEST_SCORE>;

/** The backtest at the API's defaults: every origin's scores and points, and what was refitted at each. */
export const BACKTEST_QUERY = graphql(
  `
    query Backtest($lang: Lang!) {
      backtest {
        seed
        trials
        engineVersion
        modelVersion
        dataEndsOn
        refitted(lang: $lang)
        fittedOnce(lang: $lang)
        overall {
          ...BacktestScore
        }
        bySeries {
          ...BacktestScore
        }
        origins {
          origin
          intakeFittedTo
          score {
            ...BacktestScore
          }
          bySeries {
            ...BacktestScore
          }
          points {
            series
            quarter
            observed
            mean
            low
            high
            inside
            absolutePercentageError
          }
        }
      }
    }
  `,
  [BACKTEST_SCORE],
);
export type BacktestPoint = ResultOf<typeof BACKTEST_QUERY>['backtest']['origins'][number]['points'][number];
