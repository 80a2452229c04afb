import type { RequestEvent } from '@sveltejs/kit';
import { fairUseMessage, takeFairUseToken, type FairUseKind } from '@kaiji/serving/fair-use';

/**
 * Takes one token of the visitor's budget before expensive work (an export, a sign-in attempt). Returns null to
 * go on, or the 429 to answer: Retry-After and the reason in the page's language. The limits and their reasons
 * are in @kaiji/serving/fair-use, shared with the API.
 *
 *   const refused = await fairUseRefusal(event, 'export');
 *   if (refused) return refused;
 */
export async function fairUseRefusal(event: RequestEvent, kind: FairUseKind): Promise<Response | null> {
  const verdict = await takeFairUseToken(kind, event.getClientAddress());
  if (verdict.allowed) return null;
  const message = fairUseMessage(kind, verdict.retryAfterSeconds)[event.locals.locale === 'en' ? 'en' : 'ja'];
  return new Response(message, {
    status: 429,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': String(verdict.retryAfterSeconds) },
  });
}

/** For forms: the refusal's message and wait, or null to go on (the page shows the message beside the form). */
export async function fairUseFailure(
  event: RequestEvent,
  kind: FairUseKind,
): Promise<{ message: string; retryAfterSeconds: number } | null> {
  const verdict = await takeFairUseToken(kind, event.getClientAddress());
  if (verdict.allowed) return null;
  const messages = fairUseMessage(kind, verdict.retryAfterSeconds);
  return {
    message: messages[event.locals.locale === 'en' ? 'en' : 'ja'],
    retryAfterSeconds: verdict.retryAfterSeconds,
  };
}

/** The header that tells the API whom the web server acts for, so the API's budgets are per visitor too. */
export function forwardedFor(event: RequestEvent): Record<string, string> {
  return { 'x-forwarded-for': event.getClientAddress() };
}

/** The API's 429 for an export, passed on with its Retry-After and its reason in the page's language. */
export async function fairUseRefusalFrom(upstream: Response, lang: 'ja' | 'en'): Promise<Response> {
  const retryAfter = upstream.headers.get('retry-after') ?? '60';
  let message = '';
  try {
    const body = (await upstream.json()) as { errors?: { message: string; extensions?: { messageJa?: string } }[] };
    const error = body.errors?.[0];
    message = (lang === 'ja' ? error?.extensions?.messageJa : error?.message) ?? '';
  } catch {
    // the API's own text is missing: say it in our words below
  }
  return new Response(message || fairUseMessage('export', Number(retryAfter) || 60)[lang], {
    status: 429,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': retryAfter },
  });
}
