import { afterAll, beforeAll } from 'vitest';
import { Simulator } from '../src/simulation/simulator.ts';
import { startServer, type TestServer } from './server.ts';

export interface SimulatorServer {
  server: TestServer;
  simulator: Simulator;
}

/**
 * A test server with a simulator of its own (one worker, a queue of four), started before a file's tests and
 * closed after them. Read its fields inside the tests: they are set once the file's tests begin.
 */
export function simulatorServer(): SimulatorServer {
  const api = {} as SimulatorServer;
  beforeAll(async () => {
    api.simulator = new Simulator({ workers: 1, maxQueue: 4 });
    api.server = await startServer({ simulator: api.simulator });
  });
  afterAll(async () => {
    await api.server.close();
    await api.simulator.close();
  });
  return api;
}
