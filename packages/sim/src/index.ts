export {
  ASSUMPTION_KINDS,
  ENGINE_VERSION,
  PREVIEW_TRIALS,
  runSimulation,
  calibrationMeasures,
  modelVersion,
} from './simulation.ts';
export {
  BACKTEST_METHOD,
  BACKTEST_ORIGINS,
  BACKTEST_SERIES,
  BACKTEST_TRIALS,
  modelAt,
  runBacktest,
} from './backtest.ts';
export type { BacktestOptions, BacktestOrigin, BacktestPoint, BacktestResult, BacktestScore } from './backtest.ts';
export type {
  AssumptionKind,
  AssumptionUsed,
  MetricResult,
  OutcomeResult,
  RunOptions,
  SeriesResult,
  SimulationResult,
} from './simulation.ts';
export { SERIES, type SeriesName } from './measure.ts';
export {
  DEFAULT_SEED,
  DEFAULT_TRIALS,
  INPUT_RANGES,
  MAX_TRIALS,
  MAX_UNTIL,
  SimulationInput,
  SimulationInputError,
  parseSimulationInput,
} from './input.ts';
export type { InputIssue, ScenarioInput, SimulationInputRaw } from './input.ts';
export { HistoryCache } from './history-cache.ts';
export { Confidence, SimulationModel } from './model.ts';
export type { Assumption, CalibrationTarget, FittedParameter, LeverRange, ResolvedSource } from './model.ts';
export { METRIC_INFO, METRIC_KEYS, type MetricKey } from './metrics.ts';
export type { Band, Estimate } from './summary.ts';
export type { SimulationWarning } from './warnings.ts';
export {
  SENSITIVITY_TRIALS,
  mergeSensitivityRuns,
  runSensitivity,
  runSensitivityRuns,
  tornadoOf,
} from './sensitivity.ts';
export type {
  MetricMeans,
  SensitivityBar,
  SensitivityOptions,
  SensitivityResult,
  SensitivityRuns,
} from './sensitivity.ts';
