import { fail } from '@sveltejs/kit';
import { ENGINE_VERSION } from '@kaiji/sim';
import { env } from '$env/dynamic/private';
import { ApiError, query } from '$lib/server/api';
import {
  DESCRIPTION_MAX,
  NAME_MAX,
  SAVE_SCENARIO_MUTATION,
  SCENARIOS_QUERY,
  type SaveScenarioResult,
  type SavedScenario,
  type ScenariosResult,
} from '$lib/server/operations/scenarios';
import { simulationModel } from '$lib/server/sim-model';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  let saved: SavedScenario[] = [];
  let savedError: string | null = null;
  try {
    saved = (await query<ScenariosResult>(fetch, SCENARIOS_QUERY)).scenarios.edges.map((e) => e.node);
  } catch (e) {
    // The simulator works without the store; the list says why it is empty.
    savedError = e instanceof Error ? e.message : String(e);
  }
  return { model: simulationModel(), engineVersion: ENGINE_VERSION, saved, savedError };
};

export const actions: Actions = {
  /** Saves the scenario on screen under a name, through the API's saveScenario (which checks the input again). */
  save: async ({ request, fetch }) => {
    const form = await request.formData();
    const name = String(form.get('name') ?? '').trim();
    const description = String(form.get('description') ?? '').trim();
    const input = String(form.get('input') ?? '');
    const engineVersion = String(form.get('engineVersion') ?? '');
    const values = { name, description };
    if (name.length === 0) return fail(400, { ...values, error: 'name-required' as const });
    if ([...name].length > NAME_MAX) return fail(400, { ...values, error: 'name-too-long' as const });
    if ([...description].length > DESCRIPTION_MAX)
      return fail(400, { ...values, error: 'description-too-long' as const });
    try {
      JSON.parse(input);
    } catch {
      return fail(400, { ...values, error: 'bad-input' as const });
    }
    const headers: Record<string, string> = env.KAIJI_WRITE_TOKEN
      ? { authorization: `Bearer ${env.KAIJI_WRITE_TOKEN}` }
      : {};
    try {
      const result = await query<SaveScenarioResult>(
        fetch,
        SAVE_SCENARIO_MUTATION,
        { input: { name, description: description || null, input, engineVersion } },
        headers,
      );
      return { saved: result.saveScenario.id };
    } catch (e) {
      if (e instanceof ApiError)
        return fail(e.userInput ? 400 : 502, { ...values, error: 'api' as const, message: e.message });
      throw e;
    }
  },
};
