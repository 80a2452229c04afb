import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema/index.ts';

/** The served schema as committed in apps/api/schema.graphql: sorted, so the diff of a change is small. */
export function printServedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
