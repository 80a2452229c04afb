import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLSchema } from 'graphql';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// CI lays a copy of shared/ beside the clone, at the same relative place as here.
export const contractPath = resolve(repoRoot, '../shared/contract/schema.graphql');

/** The public contract that other analyses rely on. */
export function contractSchema(): GraphQLSchema {
  return buildSchema(readFileSync(contractPath, 'utf8'));
}
