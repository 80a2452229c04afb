import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import RelayPlugin from '@pothos/plugin-relay';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { relations } from '@kaiji/db';
import type { KaijiContext } from './context.ts';
import { badUserInput } from './errors.ts';

/** The largest page `programs(first:)` serves; larger requests are refused, not silently cut. */
export const MAX_PAGE_SIZE = 100;

/**
 * Refuses a page size outside 1..MAX_PAGE_SIZE rather than cutting it or serving an empty or reversed page: a
 * 400 naming the argument (`extensions.field`), on every connection (programs and scenarios call it).
 */
export function checkPageSize(args: { first?: number | null; last?: number | null }): number {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
      throw badUserInput(`\`${name}\` must be between 1 and ${MAX_PAGE_SIZE}, got ${size}.`, name, {
        messageJa: `\`${name}\` は 1 以上 ${MAX_PAGE_SIZE} 以下で指定してください（${size} が指定されました）。`,
      });
    }
  }
  return MAX_PAGE_SIZE;
}

/** Relay wants null for an id that names nothing; plugin-drizzle's loader throws "Model programs(x) not found". */
async function orNullWhenMissing(node: unknown): Promise<unknown> {
  try {
    return await node;
  } catch (error) {
    if (error instanceof Error && /^Model \w+\(.*\) not found$/s.test(error.message)) return null;
    throw error;
  }
}

export const builder = new SchemaBuilder<{
  Context: KaijiContext;
  DrizzleRelations: typeof relations;
  Scalars: { Date: { Input: string; Output: string } };
  // Non-null unless a field says otherwise, as the contract is.
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  defaultFieldNullability: false,
  plugins: [RelayPlugin, DrizzlePlugin],
  drizzle: {
    client: (ctx) => ctx.kb.db,
    getTableConfig,
    relations,
    defaultConnectionSize: 20,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
  relay: {
    edgesFieldOptions: { nullable: false, description: 'The edges of this page, in order.' },
    nodeFieldOptions: { nullable: false, description: 'The object at this edge.' },
    nodeTypeOptions: {
      description: 'An object with a global id that `node(id:)` fetches again.',
    },
    pageInfoTypeOptions: { description: 'Where a page of a connection stands (Relay cursor connections).' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global id; null when nothing has that id.',
      args: { id: { description: 'A global id, as `id` returns it.' } },
      resolve: (_root, { id }, _ctx, _info, resolveNode) => orNullWhenMissing(resolveNode(id)),
    },
    nodesQueryOptions: {
      description: 'Fetches objects by their global ids, in the given order; null for an id that names nothing.',
      args: { ids: { description: 'Global ids, as `id` returns them.' } },
      resolve: (_root, { ids }, _ctx, _info, resolveNodes) =>
        resolveNodes(ids).then((nodes) => nodes.map((node) => orNullWhenMissing(node))),
    },
    idFieldOptions: { description: 'Global id, opaque; `node(id:)` returns the object again.' },
    cursorFieldOptions: { description: 'Opaque cursor; pass it as `after` to continue after this edge.' },
    hasNextPageFieldOptions: { description: 'Whether more edges follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether edges precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first edge of the page.' },
    endCursorFieldOptions: {
      description: 'Cursor of the last edge of the page; pass it as `after` for the next page.',
    },
    pageInfoFieldOptions: { description: 'Where this page stands.' },
    firstArgOptions: { description: `Page size, at most ${MAX_PAGE_SIZE}.` },
    afterArgOptions: { description: 'Cursor after which the page starts.' },
    lastArgOptions: { description: `Page size counted from the end, at most ${MAX_PAGE_SIZE}.` },
    beforeArgOptions: { description: 'Cursor before which the page ends.' },
  },
});

builder.queryType({
  description: 'Entry points: the knowledge base of disclosure programs, the report and the simulator.',
});
