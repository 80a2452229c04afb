import { SCENARIO_LIMITS } from '@kaiji/db/scenario-limits';
import { fail, type RequestEvent } from '@sveltejs/kit';
import type { TadaDocumentNode } from 'gql.tada';
import type { SavedScenario } from '$lib/fragments';
import { formText } from '$lib/form-text';
import { ApiError, query } from '$lib/server/api';
import {
  DELETE_SCENARIO_MUTATION,
  RENAME_SCENARIO_MUTATION,
  SAVE_SCENARIO_MUTATION,
  SCENARIOS_QUERY,
} from '$lib/server/operations/scenarios';
import { forwardedFor } from '$lib/server/fair-use';
import { writeHeaders, writePolicy, type WritePolicy } from '$lib/server/secretariat';

/** The saved-scenario list and who may change it, for the simulate page's load. */
export async function loadSavedScenarios(event: RequestEvent): Promise<{
  saved: SavedScenario[];
  savedError: string | null;
  writes: WritePolicy;
}> {
  const writes = writePolicy(event.cookies);
  try {
    const saved = (await query(event.fetch, SCENARIOS_QUERY, {})).scenarios.edges.map((e) => e.node);
    return { saved, savedError: null, writes };
  } catch (e) {
    // The simulator works without the store; the list says why it is empty.
    return { saved: [], savedError: e instanceof Error ? e.message : String(e), writes };
  }
}

type Action = 'save' | 'rename' | 'delete';

/** Runs a write for a visitor who may write, with the headers the API needs; a failure the form can show. */
async function write<Result, Variables>(
  event: RequestEvent,
  action: Action,
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  values: Record<string, string> = {},
) {
  const headers = writeHeaders(writePolicy(event.cookies));
  if (!headers) return { failure: fail(401, { action, ...values, error: 'signed-out' as const }) };
  try {
    return { data: await query(event.fetch, document, variables, { ...headers, ...forwardedFor(event) }) };
  } catch (e) {
    if (e instanceof ApiError)
      return {
        failure: fail(e.userInput ? 400 : 502, { action, ...values, error: 'api' as const, message: e.message }),
      };
    throw e;
  }
}

/** The simulate page's form actions on saved scenarios. Every write goes through the API, which logs it. */
export const savedScenarioActions = {
  /** Saves the scenario on screen under a name, through the API's saveScenario (which checks the input again). */
  save: async (event: RequestEvent) => {
    const form = await event.request.formData();
    const name = formText(form, 'name').trim();
    const description = formText(form, 'description').trim();
    const input = formText(form, 'input');
    const engineVersion = formText(form, 'engineVersion');
    const values = { name, description };
    if (name.length === 0) return fail(400, { action: 'save' as const, ...values, error: 'name-required' as const });
    if ([...name].length > SCENARIO_LIMITS.nameChars)
      return fail(400, { action: 'save' as const, ...values, error: 'name-too-long' as const });
    if ([...description].length > SCENARIO_LIMITS.descriptionChars)
      return fail(400, { action: 'save' as const, ...values, error: 'description-too-long' as const });
    try {
      JSON.parse(input);
    } catch {
      return fail(400, { action: 'save' as const, ...values, error: 'bad-input' as const });
    }
    const result = await write(
      event,
      'save',
      SAVE_SCENARIO_MUTATION,
      { input: { name, description: description || null, input, engineVersion } },
      values,
    );
    return result.failure ?? { action: 'save' as const, saved: result.data.saveScenario.id };
  },
  rename: async (event: RequestEvent) => {
    const form = await event.request.formData();
    const id = formText(form, 'id');
    const name = formText(form, 'name').trim();
    if (name.length === 0) return fail(400, { action: 'rename' as const, id, error: 'name-required' as const });
    if ([...name].length > SCENARIO_LIMITS.nameChars)
      return fail(400, { action: 'rename' as const, id, error: 'name-too-long' as const });
    const result = await write(event, 'rename', RENAME_SCENARIO_MUTATION, { id, name }, { id });
    if (result.failure) return result.failure;
    if (!result.data.renameScenario) return fail(404, { action: 'rename' as const, id, error: 'missing' as const });
    return { action: 'rename' as const, renamed: id };
  },
  delete: async (event: RequestEvent) => {
    const id = formText(await event.request.formData(), 'id');
    const result = await write(event, 'delete', DELETE_SCENARIO_MUTATION, { id }, { id });
    if (result.failure) return result.failure;
    if (!result.data.deleteScenario) return fail(404, { action: 'delete' as const, id, error: 'missing' as const });
    return { action: 'delete' as const, deleted: id };
  },
};
