import type { KnowledgeBaseSnapshot } from './knowledge-base.ts';
import type { ScenarioStore } from './scenarios/store.ts';
import type { WriteLog } from './scenarios/write-log.ts';
import type { Simulator } from './simulation/simulator.ts';

/** The request context of every resolver. */
export interface KaijiContext {
  kb: KnowledgeBaseSnapshot;
  simulator: Simulator;
  scenarios: ScenarioStore;
  /** Today in Japan (YYYY-MM-DD, @kaiji/kb/dates' `today`) when the request came: what `asOf` defaults to. */
  today: string;
  /** Arguments that apply to everything beneath a field (`asOf`, a window of `changes`), by path (see scope.ts). */
  scopes: Map<string, Scoped>;
  /** Whether the request may save and delete scenarios (see http/write-access.ts). */
  mayWrite: boolean;
  /** Who asked: the client's address, and the session its writes are logged under (scenarios/write-log.ts). */
  client: string;
  session: string;
  /** Where writes are recorded. */
  writeLog: WriteLog;
}

/** What a field passes down to the fields beneath it. */
export interface Scoped {
  /** The date the knowledge base is viewed at. */
  asOf?: string;
  /** The window of a diff: after `from`, up to and including `to`. */
  window?: { from: string; to: string };
}
