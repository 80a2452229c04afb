export { defaultDataDir } from '@kaiji/kb/data-dir';
export { SIMULATION_FILES, loadSimulationModel, readCalibrationFile, type LoadOptions } from './load-model.ts';
