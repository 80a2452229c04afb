import { loadSimulationModel } from '../src/node/index.ts';

/** The model from the repository's data/, loaded once per test file. */
export const model = loadSimulationModel();
