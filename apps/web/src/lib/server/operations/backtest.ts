const SCORE = /* GraphQL */ `coverage meanAbsolutePercentageError points series`;

/** The backtest at the API's defaults: every origin's scores and points, and what was refitted at each. */
export const BACKTEST_QUERY = /* GraphQL */ `
  query Backtest($lang: Lang!) {
    backtest {
      seed
      trials
      engineVersion
      modelVersion
      dataEndsOn
      refitted(lang: $lang)
      fittedOnce(lang: $lang)
      overall { ${SCORE} }
      bySeries { ${SCORE} }
      origins {
        origin
        intakeFittedTo
        score { ${SCORE} }
        bySeries { ${SCORE} }
        points { series quarter observed mean low high inside absolutePercentageError }
      }
    }
  }
`;

export interface BacktestScore {
  coverage: number;
  meanAbsolutePercentageError: number;
  points: number;
  series: string | null;
}

export interface BacktestPoint {
  series: string;
  quarter: string;
  observed: number;
  mean: number;
  low: number;
  high: number;
  inside: boolean;
  absolutePercentageError: number;
}

export interface BacktestResult {
  backtest: {
    seed: number;
    trials: number;
    engineVersion: string;
    modelVersion: string;
    dataEndsOn: string;
    refitted: string;
    fittedOnce: string;
    overall: BacktestScore;
    bySeries: BacktestScore[];
    origins: {
      origin: string;
      intakeFittedTo: string;
      score: BacktestScore;
      bySeries: BacktestScore[];
      points: BacktestPoint[];
    }[];
  };
}
