// Worker threads do not inherit tsx's loader, and Node 20 cannot run .ts: register tsx here, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
