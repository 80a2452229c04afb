import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printServedSchema } from '../print-schema.ts';

// `pnpm schema:print`: the committed SDL shows every schema change in review; a test fails when it is stale.
const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
writeFileSync(target, printServedSchema());
console.log(`wrote ${target}`);
