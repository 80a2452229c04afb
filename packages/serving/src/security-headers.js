// Plain JavaScript (with types beside it) because the web app's static server, scripts/server.js, runs on Node
// without a TypeScript loader; the API (tsx) and the web app's hooks (Vite) import the same file.

/**
 * Headers every Kaiji response carries: the UI's pages (hooks.server.ts), its static assets (scripts/server.js)
 * and everything the API answers (GraphiQL, JSON, exports, errors). One list, so the three never drift apart.
 */
export const SECURITY_HEADERS = Object.freeze({
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  // Nobody frames Kaiji: a framed page could be overlaid to trick a signed-in secretariat into deleting.
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
});

/**
 * The Content-Security-Policy of a response that is not a page (JSON, CSV, a static SVG opened on its own): it
 * may load nothing and run nothing. Pages get their own policy (Kit's nonces for the UI, GraphiQL's hashes).
 */
export const NO_CONTENT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Sets SECURITY_HEADERS on a Fetch API Response, copying it first when its headers are immutable (a
 * Response from fetch(), as a proxied export is). Returns the response that carries them.
 * @param {Response} response
 * @returns {Response}
 */
export function withSecurityHeaders(response) {
  try {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) copy.headers.set(name, value);
    return copy;
  }
}
