import { ENGINE_VERSION } from '@kaiji/sim';
import { simulationModel } from '$lib/server/sim-model';
import { loadSavedScenarios, savedScenarioActions } from './saved-scenarios.server';
import type { Actions, PageServerLoad } from './$types';

// The page gets what it shows and checks of the API's model; its workers fetch the model itself, by its hash
// (/simulation/model.json?v=…), so the HTML does not carry it.
export const load: PageServerLoad = async (event) => {
  const served = await simulationModel();
  return {
    assumptions: served.model.assumptions,
    leverRanges: served.model.leverRanges,
    dataEndsOn: served.model.calendar.asOf,
    modelVersion: served.modelVersion,
    engineVersion: ENGINE_VERSION,
    ...(await loadSavedScenarios(event)),
  };
};

export const actions: Actions = savedScenarioActions;
