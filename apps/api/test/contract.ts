import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLSchema } from 'graphql';

// The repository keeps its own copy of the public contract (apps/api/contract/README.md).
export const contractPath = fileURLToPath(new URL('../contract/schema.graphql', import.meta.url));

/** The public contract that other analyses rely on. */
export function contractSchema(): GraphQLSchema {
  return buildSchema(readFileSync(contractPath, 'utf8'));
}
