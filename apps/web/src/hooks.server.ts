import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { SECURITY_HEADERS } from '$lib/server/security-headers';

const i18n: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request;
    event.locals.locale = locale;
    return resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale),
    });
  });

const securityHeaders: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    // Responses from fetch() (the CSV export proxy) have immutable headers until copied.
    try {
      response.headers.set(name, value);
    } catch {
      const copy = new Response(response.body, response);
      for (const [n, v] of Object.entries(SECURITY_HEADERS)) copy.headers.set(n, v);
      return copy;
    }
  }
  return response;
};

export const handle = sequence(securityHeaders, i18n);
