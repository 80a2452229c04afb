import { ENGINE_VERSION } from '@kaiji/sim';
import { simulationModel } from '$lib/server/sim-model';
import { loadSavedScenarios, savedScenarioActions } from './saved-scenarios.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  model: simulationModel(),
  engineVersion: ENGINE_VERSION,
  ...(await loadSavedScenarios(event)),
});

export const actions: Actions = savedScenarioActions;
