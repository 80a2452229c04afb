import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KnowledgeBase } from '../src/knowledge-base.ts';
import { createKaijiYoga } from '../src/yoga.ts';

/**
 * A child process of the benchmark (so that autocannon and the server do not share an event loop).
 * `yoga <dbPath>`: the Kaiji API in production mode. `plain <dbPath> <bytesFile> <contentType>`: a bare
 * node:http server that reads the request and sends the very bytes the API answered.
 */
const [mode, dbPath, bytesFile, contentType] = process.argv.slice(2);

async function main() {
  let server;
  if (mode === 'yoga') {
    const yoga = createKaijiYoga({ knowledgeBase: new KnowledgeBase(dbPath!), production: true });
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- yoga answers every request itself
    server = createServer(yoga);
  } else {
    const { readFileSync } = await import('node:fs');
    const body = readFileSync(bytesFile!);
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': contentType!, 'content-length': body.length });
        res.end(body);
      });
    });
  }
  server.listen(0, '127.0.0.1', () => {
    process.send!({ port: (server.address() as AddressInfo).port });
  });
  process.on('disconnect', () => process.exit(0));
}

void main();
