import type { IncomingMessage } from 'node:http';
import {
  clientAddress,
  fairUseMessage,
  type FairUse,
  type FairUseKind,
  type FairUseVerdict,
} from '@kaiji/serving/fair-use';
import { getOperationAST, Kind, OperationTypeNode, type DocumentNode, type SelectionSetNode } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { KaijiContext } from '../context.ts';
import { EXPORT_PATHS } from './matrix-export.ts';

/** The root fields that start expensive work, and whose budget each spends (limits in @kaiji/serving/fair-use). */
const EXPENSIVE_FIELDS: Readonly<Record<string, FairUseKind>> = { simulate: 'simulate', sensitivity: 'sensitivity' };
const EXPORTS = new Set<string>(Object.values(EXPORT_PATHS));

/** The client a request's budgets belong to: its address, or whom this machine's proxy says it acts for. */
export function clientOf(request: Request, req: IncomingMessage | undefined): string {
  return clientAddress(req?.socket.remoteAddress, request.headers.get('x-forwarded-for'));
}

/** What a refused client gets: 429, Retry-After, the reason in English and Japanese. */
function refusal(kind: FairUseKind, verdict: Extract<FairUseVerdict, { allowed: false }>) {
  const message = fairUseMessage(kind, verdict.retryAfterSeconds);
  return {
    message: message.en,
    extensions: {
      code: 'RATE_LIMITED',
      messageJa: message.ja,
      retryAfterSeconds: verdict.retryAfterSeconds,
    },
    headers: { 'retry-after': String(verdict.retryAfterSeconds) },
  };
}

/** The kinds of expensive work an operation's root fields ask for (through fragments too). */
function expensiveKinds(document: DocumentNode, operationName: string | null | undefined): Set<FairUseKind> {
  const kinds = new Set<FairUseKind>();
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== OperationTypeNode.QUERY) return kinds;
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const kind = EXPENSIVE_FIELDS[selection.name.value];
        if (kind) kinds.add(kind);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return kinds;
}

/**
 * Fair use: each client spends its own budget on simulations, sensitivity analyses and exports, taken before
 * the work is queued, so one client over its share is told to wait (429, Retry-After) while the others keep
 * their turn in the simulation queue. Validation runs first, so a refused query costs nothing, and so does an
 * answer from the response cache (it runs nothing: it is served before execution).
 */
export function useFairUse(fairUse: FairUse): Plugin<KaijiContext> {
  return {
    async onRequest({ url, request, serverContext, endResponse, fetchAPI }) {
      if (!EXPORTS.has(url.pathname) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const client = clientOf(request, (serverContext as { req?: IncomingMessage }).req);
      const verdict = await fairUse.take('export', client);
      if (verdict.allowed) return;
      const { message, extensions, headers } = refusal('export', verdict);
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions }] }), {
          status: 429,
          headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
        }),
      );
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as KaijiContext;
      // envelop types execution arguments without graphql's types (it serves several graphql versions).
      const document = args.document as DocumentNode;
      for (const kind of expensiveKinds(document, args.operationName as string | null | undefined)) {
        const verdict = await fairUse.take(kind, ctx.client);
        if (verdict.allowed) continue;
        const { message, extensions, headers } = refusal(kind, verdict);
        setResultAndStopExecution({
          errors: [createGraphQLError(message, { extensions: { ...extensions, http: { status: 429, headers } } })],
        });
        return;
      }
    },
  };
}
