import { createServer } from 'node:http';
import { ensureKnowledgeBase } from '@kaiji/db';
import { KnowledgeBase } from './knowledge-base.ts';
import { ScenarioStore } from './scenarios/store.ts';
import { createKaijiYoga, defaultSimulator, GRAPHQL_PATH } from './yoga.ts';

const port = Number(process.env.KAIJI_API_PORT ?? 4000);
const host = process.env.KAIJI_API_HOST ?? '127.0.0.1';
const { path, rebuilt } = ensureKnowledgeBase();
if (rebuilt) console.error(`built ${path} from data/`);
const knowledgeBase = new KnowledgeBase(path);
// Saved scenarios live in their own file (var/scenarios.sqlite, KAIJI_SCENARIOS_DB): a rebuild never touches them.
const scenarioStore = new ScenarioStore();
if (!process.env.KAIJI_WRITE_TOKEN) {
  console.error('KAIJI_WRITE_TOKEN is not set: anyone who can reach the API can save and delete scenarios.');
}
const yoga = createKaijiYoga({
  knowledgeBase,
  scenarioStore,
  ...(process.env.KAIJI_CORS_ORIGINS
    ? { corsOrigins: process.env.KAIJI_CORS_ORIGINS.split(',').map((o) => o.trim()) }
    : {}),
});
// yoga answers every request itself, errors included; Node ignores the promise it returns.
// eslint-disable-next-line @typescript-eslint/no-misused-promises
const server = createServer(yoga);
server.listen(port, host, () => {
  console.error(`Kaiji API: http://${host}:${port}${GRAPHQL_PATH} (GraphiQL in a browser)`);
});

function stop() {
  // Idle keep-alive connections would hold close() open; a stuck request gets five seconds.
  server.close(() => {
    void defaultSimulator()
      .close()
      .finally(() => {
        knowledgeBase.close();
        scenarioStore.close();
        process.exit(0);
      });
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
