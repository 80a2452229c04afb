import { loadSimulationModel } from '@kaiji/sim/node';
import type { SimulationModel } from '@kaiji/sim';

export interface LoadedModel {
  model: SimulationModel;
  /** false when data/simulation/fitted.yaml is missing or incomplete and calibration.yaml's start values stand in. */
  calibrated: boolean;
}

/** Loads the simulation model from data/ (KAIJI_DATA_DIR), falling back to the unfitted model rather than failing. */
export function loadModel(dataDir?: string): LoadedModel {
  try {
    return { model: loadSimulationModel(dataDir), calibrated: true };
  } catch (error) {
    const model = loadSimulationModel(dataDir, { unfitted: true });
    console.error(
      `simulation model is not calibrated (${(error as Error).message.split('\n')[0]}); serving its start values`,
    );
    return { model, calibrated: false };
  }
}
