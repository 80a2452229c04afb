import type { KnowledgeBaseSnapshot } from './knowledge-base.ts';
import type { ScenarioStore } from './scenarios/store.ts';
import type { Simulator } from './simulation/simulator.ts';

/** The request context of every resolver. */
export interface KaijiContext {
  kb: KnowledgeBaseSnapshot;
  simulator: Simulator;
  scenarios: ScenarioStore;
  /** The server's date (YYYY-MM-DD, its local time zone) when the request came: what `asOf` defaults to. */
  today: string;
  /** The date each root field of the operation views the knowledge base at, by response key (see as-of.ts). */
  views: Map<string, string>;
  /** Whether the request may save and delete scenarios (see http/write-access.ts). */
  mayWrite: boolean;
}

/** Today's date in the server's time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
