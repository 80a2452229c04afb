// `pnpm start`: builds the app when build/ is missing or older than its sources, then serves it.
await import('./build-if-stale.js');
await import('./server.js');
