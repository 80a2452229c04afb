import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isHttpError } from '@sveltejs/kit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ENGINE_VERSION, modelVersion } from '@kaiji/sim';
import { loadSimulationModel } from '@kaiji/sim/node';

vi.mock('$env/dynamic/private', () => ({ env: { KAIJI_API_URL: 'http://api.test/graphql' } }));
const { forgetSimulationModel, simulationModel } = await import('./sim-model');

const model = loadSimulationModel();
const text = JSON.stringify({
  engineVersion: ENGINE_VERSION,
  modelVersion: modelVersion(model),
  calibrated: true,
  model,
});

/** A stand-in for the API: answers with `etag`, or 304 when the request names it. */
function api(etag: string, body = text) {
  const calls: { url: string; ifNoneMatch: string | null }[] = [];
  const fetchFn = ((url: URL, init?: RequestInit) => {
    const ifNoneMatch = new Headers(init?.headers).get('if-none-match');
    calls.push({ url: String(url), ifNoneMatch });
    if (ifNoneMatch === etag) return Promise.resolve(new Response(null, { status: 304, headers: { etag } }));
    return Promise.resolve(new Response(body, { headers: { etag } }));
  }) as typeof fetch;
  return { fetchFn, calls };
}

beforeEach(() => forgetSimulationModel());

describe('given the API serves its model', () => {
  it('asks the API, not data/, and revalidates its copy with the ETag on each later call', async () => {
    const { fetchFn, calls } = api('"1.0.0-abc"');
    const first = await simulationModel(fetchFn);
    expect(calls[0]).toEqual({ url: 'http://api.test/simulation/model.json', ifNoneMatch: null });
    expect(first.modelVersion).toBe(modelVersion(model));
    expect(first.model.calendar.asOf).toBe('2020-09-30');
    const again = await simulationModel(fetchFn);
    expect(calls[1]!.ifNoneMatch).toBe('"1.0.0-abc"');
    expect(again).toBe(first);
  });

  it('takes the new model when the API rebuilt it (a new ETag)', async () => {
    await simulationModel(api('"old"').fetchFn);
    const changed = JSON.stringify({ ...JSON.parse(text), modelVersion: 'feedbeef' });
    const next = await simulationModel(api('"new"', changed).fetchFn);
    expect(next.etag).toBe('"new"');
    expect(next.modelVersion).toBe('feedbeef');
  });

  it('answers 502 for a body that is not a model, 503 when the API is down', async () => {
    const bad = simulationModel(api('"x"', JSON.stringify({ model: { calendar: {} } })).fetchFn);
    await expect(bad).rejects.toSatisfy((e) => isHttpError(e, 502));
    const down = simulationModel(() => Promise.reject(new TypeError('fetch failed')));
    await expect(down).rejects.toSatisfy((e) => isHttpError(e, 503));
  });
});

describe('given the sources of the web app', () => {
  it('never load the model from data/ (only tests do): the API is its one source', () => {
    const src = fileURLToPath(new URL('../..', import.meta.url));
    const readers = (readdirSync(src, { recursive: true }) as string[])
      .filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.test.ts'))
      .filter((f) => /@kaiji\/sim\/node|loadSimulationModel/.test(readFileSync(join(src, f), 'utf8')));
    expect(readers).toEqual([]);
  });
});
