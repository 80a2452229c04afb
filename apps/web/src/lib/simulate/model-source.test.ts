import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, modelVersion } from '@kaiji/sim';
import { loadSimulationModel } from '@kaiji/sim/node';
import { fetchModel, ModelUnavailable } from './model-source';

const model = loadSimulationModel();
const version = modelVersion(model);
/** The API's GET /simulation/model.json body, as the web app relays it. */
const body = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ engineVersion: ENGINE_VERSION, modelVersion: version, calibrated: true, model, ...over });
const serve =
  (text: string, status = 200): typeof fetch =>
  () =>
    Promise.resolve(new Response(text, { status }));

describe('given the model the API serves', () => {
  it('runs it: the model after the relay has the hash the API gave it', async () => {
    const got = await fetchModel('http://web/simulation/model.json?v=' + version, version, serve(body()));
    expect(modelVersion(got)).toBe(version);
    expect(got).toEqual(model);
  });

  it('refuses a model of another hash than the page was rendered with, in both languages', async () => {
    const other = { ...model, leverRanges: [] };
    const refused = fetchModel('u', version, serve(body({ model: other })));
    await expect(refused).rejects.toBeInstanceOf(ModelUnavailable);
    await expect(refused).rejects.toMatchObject({
      message: expect.stringMatching(/changed after this page was opened/),
      messageJa: expect.stringMatching(/再読み込み/),
    });
    // The served hash alone is not trusted: it is recomputed.
    await expect(fetchModel('u', version, serve(body({ model: other, modelVersion: version })))).rejects.toThrow(
      /changed/,
    );
  });

  it('refuses a model served for another engine version, and a failed fetch, saying why', async () => {
    await expect(fetchModel('u', version, serve(body({ engineVersion: '0.0.1' })))).rejects.toThrow(/engine 0\.0\.1/);
    await expect(fetchModel('u', version, serve('gone', 503))).rejects.toThrow(/could not be loaded \(HTTP 503\)/);
  });
});
