/** One write to the scenario store, as the log keeps it: when, what, by which session; never the token. */
export interface WriteLogEntry {
  at: string;
  write: 'saveScenario' | 'renameScenario' | 'deleteScenario';
  /** The scenario's store id. */
  id: string;
  /** Its name after the write (none for a delete). */
  name?: string;
  /** Whether the id named a scenario (rename and delete). */
  found?: boolean;
  /** The web server's label of the signed-in session that asked (X-Kaiji-Session), or `direct` for an API client. */
  session: string;
  /** The client's address (see @kaiji/serving/fair-use clientAddress). */
  client: string;
}

export type WriteLog = (entry: WriteLogEntry) => void;

/** One JSON line per write on stderr, where the server's other messages go: `write {"at":…}`. */
export const stderrWriteLog: WriteLog = (entry) => console.error(`write ${JSON.stringify(entry)}`);

const SESSION_LABEL = /^[\w-]{1,64}$/;

/**
 * The session a write is logged under. The web server sends a short label of its session (a hash, never the
 * cookie); anything else, or nothing, is `direct`. Only requests that passed the token check write, so a label
 * comes from whoever holds the token.
 */
export function sessionLabel(header: string | null): string {
  return header && SESSION_LABEL.test(header) ? header : 'direct';
}
