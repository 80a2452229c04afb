// Serves build/ on KAIJI_WEB_PORT (default 3000). Static assets never reach Kit's hooks, so the headers that
// hooks.server.ts sets on pages are set here on every response first.
import { createServer } from 'node:http';
import { NO_CONTENT_CSP, SECURITY_HEADERS } from '@kaiji/serving/security-headers';

const port = Number(process.env.KAIJI_WEB_PORT ?? process.env.PORT ?? 3000);
const host = process.env.KAIJI_WEB_HOST ?? '127.0.0.1';
process.env.KAIJI_API_URL ??= `http://localhost:${process.env.KAIJI_API_PORT || 4000}/graphql`;
// adapter-node takes a request to be https unless told otherwise, and Kit then refuses form posts from the
// page's own http origin as cross-site. This server speaks plain HTTP itself (a TLS proxy in front would set
// ORIGIN), so it says so on every request, overwriting whatever a client sent.
if (!process.env.ORIGIN) process.env.PROTOCOL_HEADER = 'x-kaiji-protocol';

const { handler } = await import('../build/handler.js');

const server = createServer((req, res) => {
  if (!process.env.ORIGIN) req.headers['x-kaiji-protocol'] = 'http';
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  // A static file (an SVG opened on its own) may run nothing; Kit's pages replace this with their nonce policy.
  res.setHeader('content-security-policy', NO_CONTENT_CSP);
  handler(req, res, () => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('Not found');
  });
});
server.listen(port, host, () => {
  console.error(
    `Kaiji web: http://${host === '0.0.0.0' ? 'localhost' : host}:${port} (API: ${process.env.KAIJI_API_URL})`,
  );
});
const stop = () => server.close(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
