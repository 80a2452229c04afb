// The web app's GraphQL operations are typed from the API's committed schema (apps/api/schema.graphql) by
// gql.tada: `pnpm run sync` (run by check, lint, test and build) writes the schema's types to graphql-env.d.ts,
// and `graphql()` infers each operation's result and variables from its text. No result type is written by hand.
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  // The API's Date is an ISO date string, YYYY-MM-DD.
  scalars: { Date: string };
  // Fragments are plain parts of the result: no readFragment() needed to read them.
  disableMasking: true;
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';

/** An enum of the schema as the union of its values, e.g. `SchemaEnum<'TagDimension'>`. */
export type SchemaEnum<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;
