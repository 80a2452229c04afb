import { createHash } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { NO_CONTENT_CSP, SECURITY_HEADERS } from '@kaiji/serving/security-headers';
import type { Plugin } from 'graphql-yoga';

type GraphiQLOptions = Parameters<typeof renderGraphiQL>[0];

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * GraphiQL, bundled (it works offline), with the Content-Security-Policy that lets exactly its own inline scripts
 * run: each is allowed by its hash, computed once from the page itself, so an injected script has none. Its
 * editor (Monaco) starts web workers from blobs and adds style elements as it goes, hence `blob:` for workers and
 * inline styles; it may reach nothing but this origin.
 */
export function graphiqlWithPolicy(): { render: (options?: GraphiQLOptions) => string; policy: () => string } {
  let rendered: { key: string; html: string; policy: string } | undefined;
  const render = (options?: GraphiQLOptions): string => {
    const key = JSON.stringify(options ?? {});
    if (rendered?.key !== key) {
      const html = renderGraphiQL(options);
      const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
      rendered = {
        key,
        html,
        policy: [
          "default-src 'none'",
          `script-src ${hashes.join(' ')}`,
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self' data:",
          "connect-src 'self'",
          "worker-src 'self' blob:",
          "base-uri 'none'",
          "form-action 'none'",
          "frame-ancestors 'none'",
          "object-src 'none'",
        ].join('; '),
      };
    }
    return rendered.html;
  };
  return { render, policy: () => rendered?.policy ?? NO_CONTENT_CSP };
}

/**
 * The UI's security headers (@kaiji/serving) on everything the API answers, errors included, and a CSP on each:
 * GraphiQL's for its page, and for every other response (JSON, CSV, a 404) one that loads and runs nothing.
 */
export function useSecurityHeaders(graphiqlPolicy: () => string): Plugin {
  return {
    onResponse({ response }) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
      const html = response.headers.get('content-type')?.startsWith('text/html') ?? false;
      response.headers.set('content-security-policy', html ? graphiqlPolicy() : NO_CONTENT_CSP);
    },
  };
}
