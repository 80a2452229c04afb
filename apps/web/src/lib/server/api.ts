import { error } from '@sveltejs/kit';
import type { TadaDocumentNode } from 'gql.tada';
import { print, type DocumentNode } from 'graphql';
import { env } from '$env/dynamic/private';
import { m } from '$lib/paraglide/messages';
import { ApiError, type ApiErrorExtensions } from './api-error';

// Callers catch ApiError where they call query(): one import for both.
export { ApiError, type ApiErrorExtensions } from './api-error';

/** The GraphQL endpoint of the Kaiji API; the UI is one of its clients, so the two never disagree. */
export function apiUrl(): URL {
  // `pnpm start` moves both servers with KAIJI_API_PORT alone, so the default follows it.
  return new URL(env.KAIJI_API_URL || `http://localhost:${env.KAIJI_API_PORT || 4000}/graphql`);
}

/** A URL on the API's origin, e.g. the CSV export path. */
export function apiPath(path: string): URL {
  return new URL(path, apiUrl());
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: ApiErrorExtensions }[];
}

// Each document is printed once: the text sent is the same for every request.
const printed = new WeakMap<DocumentNode, string>();
function textOf(document: DocumentNode | string): string {
  if (typeof document === 'string') return document;
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

/**
 * Runs one operation against the API. A user-input error (a bad filter or scenario) comes back as an ApiError
 * for the caller to show; the API being down becomes a 503 page. A document made with `graphql()` ($lib/graphql)
 * types the variables and the result from the API's schema.
 */
export async function query<Result, Variables>(
  fetch: typeof globalThis.fetch,
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  headers?: Record<string, string>,
): Promise<Result>;
/** An operation given as text, typed by the caller: being replaced by typed documents, operation file by file. */
export async function query<T>(
  fetch: typeof globalThis.fetch,
  document: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<T>;
export async function query<T>(
  fetch: typeof globalThis.fetch,
  document: DocumentNode | string,
  variables: unknown = {},
  headers: Record<string, string> = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...headers,
      },
      body: JSON.stringify({ query: textOf(document), variables }),
    });
  } catch (cause) {
    console.error('Kaiji API unreachable at', apiUrl().href, cause);
    error(503, { message: m.api_unreachable() });
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    error(502, { message: m.api_bad_answer({ status: String(response.status) }) });
  }
  if (body.errors?.length) {
    const userInput = body.errors.some(
      (e) => e.extensions?.code === 'BAD_USER_INPUT' || e.message.startsWith('Syntax Error'),
    );
    const coded = body.errors.find((e) => e.extensions?.code);
    throw new ApiError(
      body.errors.map((e) => e.message).join('; '),
      userInput || response.status === 400,
      coded?.extensions?.code ?? null,
      coded?.extensions?.field ?? null,
      coded?.extensions?.messageJa ?? null,
      coded?.extensions ?? {},
    );
  }
  if (!body.data) error(502, { message: m.api_bad_answer({ status: String(response.status) }) });
  return body.data;
}
