import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { withSecurityHeaders } from '@kaiji/serving/security-headers';

const i18n: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request;
    event.locals.locale = locale;
    return resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale),
    });
  });

// The same headers as the static assets (scripts/server.js) and the API; the CSP comes from kit.csp (nonces).
const securityHeaders: Handle = async ({ event, resolve }) => withSecurityHeaders(await resolve(event));

export const handle = sequence(securityHeaders, i18n);
