export { defaultDataDir } from './data-dir.ts';
export { SIMULATION_FILES, loadSimulationModel, readCalibrationFile, type LoadOptions } from './load-model.ts';
