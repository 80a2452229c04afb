// Worker threads do not inherit tsx's loader, and Node 20 cannot run .ts: register tsx here, then load the task.
import { register } from 'tsx/esm/api';

register();
const { default: runJob } = await import('./worker.ts');
export default runJob;
