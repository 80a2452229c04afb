import type { SimulationResult } from '@kaiji/sim';
import type { SavedScenario } from '$lib/fragments';

/** Saved scenarios and their runs in the browser, in the order the reader chose them (two to four). */
export interface Comparison {
  scenarios: SavedScenario[];
  results: SimulationResult[];
}
