/**
 * Headers set on every response that Kit renders. The Content-Security-Policy itself comes from `kit.csp` in
 * svelte.config.js, because only Kit knows each response's nonce. scripts/server.js sets the same headers on
 * static assets, which never reach the hooks.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};
