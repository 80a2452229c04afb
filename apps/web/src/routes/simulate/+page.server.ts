import { ENGINE_VERSION } from '@kaiji/sim';
import { simulationModel } from '$lib/server/sim-model';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  return { model: simulationModel(), engineVersion: ENGINE_VERSION };
};
