import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { defaultFairUse, type FairUse } from '@kaiji/serving/fair-use';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { today as japanToday } from '@kaiji/kb/dates';
import { armorPlugins } from './http/abuse-limits.ts';
import { useBodyLimit } from './http/body-limit.ts';
import { clientOf, useFairUse } from './http/fair-use.ts';
import { useMatrixExport } from './http/matrix-export.ts';
import { graphiqlWithPolicy, useSecurityHeaders } from './http/security-headers.ts';
import { useSerializedResults } from './http/serialized-results.ts';
import { useSimulationModel } from './http/simulation-model.ts';
import type { KaijiContext } from './context.ts';
import { writeAccess } from './http/write-access.ts';
import type { KnowledgeBase, KnowledgeBaseSnapshot } from './knowledge-base.ts';
import { ScenarioStore } from './scenarios/store.ts';
import { sessionLabel, stderrWriteLog, type WriteLog } from './scenarios/write-log.ts';
import { schema } from './schema/index.ts';
import { Simulator } from './simulation/simulator.ts';

export const GRAPHQL_PATH = '/graphql';
/** 64 KiB: the largest real operation (the full comparison query) is under 2 KiB. */
export const MAX_REQUEST_BODY_BYTES = 64 * 1024;

export interface KaijiYogaOptions {
  knowledgeBase: KnowledgeBase;
  /** Production masks unexpected errors (no message, stack or path) and hides field suggestions. */
  production?: boolean;
  /** Origins allowed to call the API from a browser; '*' (the default) allows any, never with credentials. */
  corsOrigins?: string[];
  /** Entries of the whole-response cache. */
  responseCacheSize?: number;
  /** Runs `simulate` off the HTTP thread; one per process is shared by default. */
  simulator?: Simulator;
  /** Saved scenarios; by default var/scenarios.sqlite (KAIJI_SCENARIOS_DB), opened at the first use. */
  scenarioStore?: ScenarioStore;
  /** The token writes need (`Authorization: Bearer …`); KAIJI_WRITE_TOKEN by default; none leaves writes open. */
  writeToken?: string;
  /** Where every write is recorded; one JSON line on stderr by default. */
  writeLog?: WriteLog;
  /** Per-client budgets of expensive work (simulate, sensitivity, exports); the process's by default. */
  fairUse?: FairUse;
  /** The date a request is served on, YYYY-MM-DD (what `asOf` defaults to); today in Japan by default. */
  today?: () => string;
}

let sharedSimulator: Simulator | undefined;
/** The process's simulator (worker threads start at the first `simulate`). */
export function defaultSimulator(): Simulator {
  sharedSimulator ??= new Simulator();
  return sharedSimulator;
}

const DEFAULT_QUERY = /* GraphQL */ `
  # Kaiji (開示): vulnerability-disclosure programs as the FY2020 study group surveyed them.
  # Which programs take reports only on government systems?
  query GovernmentOnly {
    programs(filter: { intakeScopesWithin: [GOVERNMENT_SYSTEMS] }) {
      totalCount
      edges {
        node {
          slug
          name(lang: JA)
          jurisdiction
          intakeScopes
          legalBases
        }
      }
    }
  }
`;

const asText = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

/** A document that may read saved scenarios: `scenario(s)`, a `... on Scenario`, or `node(s)(ids)`. */
const MAY_READ_SCENARIOS = /scenario|\bnodes?\s*\(/i;

export function createKaijiYoga(options: KaijiYogaOptions): YogaServerInstance<Record<string, unknown>, KaijiContext> {
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const { knowledgeBase } = options;
  const simulator = options.simulator ?? defaultSimulator();
  const scenarios = options.scenarioStore ?? new ScenarioStore();
  const mayWrite = writeAccess(options.writeToken ?? process.env.KAIJI_WRITE_TOKEN);
  const today = options.today ?? (() => japanToday());
  const writeLog = options.writeLog ?? stderrWriteLog;
  const fairUse = options.fairUse ?? defaultFairUse();
  // The simulation model is read from data/ too: a rebuild may carry new assumptions or a new fit.
  knowledgeBase.onRebuild(() => void simulator.reload());
  // One snapshot per request: the cache key and every resolver of the request see the same build.
  const snapshots = new WeakMap<Request, KnowledgeBaseSnapshot>();
  const snapshotFor = (request: Request): KnowledgeBaseSnapshot => {
    let snapshot = snapshots.get(request);
    if (!snapshot) {
      snapshot = knowledgeBase.current();
      snapshots.set(request, snapshot);
    }
    return snapshot;
  };

  const graphiql = graphiqlWithPolicy();

  return createYoga<Record<string, unknown>, KaijiContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: '/health',
    landingPage: false,
    context: ({ request, req }: { request: Request; req?: IncomingMessage }): KaijiContext => ({
      kb: snapshotFor(request),
      simulator,
      scenarios,
      today: today(),
      scopes: new Map(),
      mayWrite: mayWrite(request),
      client: clientOf(request, req),
      session: sessionLabel(request.headers.get('x-kaiji-session')),
      writeLog,
    }),
    graphiql: { title: 'Kaiji GraphQL', defaultQuery: DEFAULT_QUERY },
    renderGraphiQL: graphiql.render,
    maskedErrors: { isDev: !production },
    logging: production ? 'warn' : 'info',
    cors: {
      origin: options.corsOrigins ?? ['*'],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', 'if-none-match', 'authorization'],
      exposedHeaders: ['etag'],
      maxAge: 600,
    },
    multipart: false,
    batching: false,
    // useBodyLimit below does the same, counting only bodies that declare no length.
    maxRequestBodySize: false,
    parserAndValidationCache: true,
    plugins: [
      useSecurityHeaders(graphiql.policy),
      useBodyLimit(MAX_REQUEST_BODY_BYTES),
      useFairUse(fairUse),
      ...armorPlugins({ production }),
      useResponseCache({
        session: () => null,
        cache: createInMemoryCache({ max: options.responseCacheSize ?? 1000 }),
        // The knowledge base is read-only between rebuilds, so a response stays valid until the next build, and
        // while the day lasts (`asOf` defaults to today). Saved scenarios change with every write: an operation
        // that may read them is keyed by the store's version too, so a save or a delete is seen at once (mutations
        // themselves are never cached). The key is also the ETag, so it must be a short header-safe string. It is
        // computed before yoga checks the parameters, so a query or operationName that is not a string must not
        // throw here (yoga answers 400).
        buildResponseCacheKey: ({ documentString, variableValues, operationName, request, context }) =>
          createHash('sha256')
            .update(snapshotFor(request).buildId)
            .update('\0')
            .update((context as Partial<KaijiContext>).today ?? today())
            .update('\0')
            .update(MAY_READ_SCENARIOS.test(asText(documentString)) ? scenarios.version() : '')
            .update('\0')
            .update(asText(operationName))
            .update('\0')
            .update(asText(documentString))
            .update('\0')
            .update(JSON.stringify(variableValues ?? {}))
            .digest('base64url'),
      }),
      useSerializedResults(),
      useMatrixExport({ schema, knowledgeBase, today }),
      useSimulationModel(simulator),
    ],
  });
}
