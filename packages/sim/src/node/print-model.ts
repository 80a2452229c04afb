/**
 * Prints the simulation model as JSON, for a browser that runs the engine in a Web Worker:
 *
 *   pnpm --filter @kaiji/sim --silent model:json > static/simulation-model.json
 */
import { loadSimulationModel } from './load-model.ts';

process.stdout.write(`${JSON.stringify(loadSimulationModel())}\n`);
