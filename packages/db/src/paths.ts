import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The knowledge-base database, rebuilt from data/ at will (KAIJI_DB overrides). */
export function defaultKnowledgeBasePath(): string {
  return process.env.KAIJI_DB ?? `${repoRoot}var/kaiji.sqlite`;
}

/** The saved-scenarios database, never rebuilt (KAIJI_SCENARIOS_DB overrides). */
export function defaultScenarioStorePath(): string {
  return process.env.KAIJI_SCENARIOS_DB ?? `${repoRoot}var/scenarios.sqlite`;
}

export const migrationsFolder = {
  knowledgeBase: fileURLToPath(new URL('../drizzle/knowledge-base', import.meta.url)),
  scenarios: fileURLToPath(new URL('../drizzle/scenarios', import.meta.url)),
};
