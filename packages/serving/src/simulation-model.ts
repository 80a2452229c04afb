/**
 * Where the simulation model is served: by the API (the model its workers run) and, at the same path, by the web
 * app, which relays the API's bytes so that a browser's Web Worker fetches them from the page's own origin (the
 * page's CSP allows `connect-src 'self'` only). One path, so the two servers and their tests never disagree.
 */
export const SIMULATION_MODEL_PATH = '/simulation/model.json';
