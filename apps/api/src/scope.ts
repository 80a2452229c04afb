import type { GraphQLResolveInfo } from 'graphql';
import type { KaijiContext, Scoped } from './context.ts';

type Path = GraphQLResolveInfo['path'];

/** The response path of a field as keys, root first: ['programs', 'edges', 0, 'node', 'incentives']. */
function keysOf(path: Path | undefined): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let p = path; p; p = p.prev) keys.push(p.key);
  return keys.reverse();
}

/**
 * Arguments of a field that apply to the fields beneath it, e.g. `programs(asOf:)` to every tag of every program
 * of the page. Resolvers run parent first, so a field records them at its response path and a field beneath finds
 * the nearest record above it. Response paths (aliases included) are unique in an operation, and the map lives
 * for one request, so two fields with different arguments never see each other's.
 */
export function setScoped(
  ctx: Pick<KaijiContext, 'scopes'>,
  info: Pick<GraphQLResolveInfo, 'path'>,
  values: Scoped,
): void {
  const key = keysOf(info.path).join('.');
  ctx.scopes.set(key, { ...ctx.scopes.get(key), ...values });
}

/** The nearest value recorded at or above the field, or undefined. */
export function getScoped<K extends keyof Scoped>(
  ctx: Pick<KaijiContext, 'scopes'>,
  info: Pick<GraphQLResolveInfo, 'path'>,
  name: K,
): Scoped[K] | undefined {
  if (ctx.scopes.size === 0) return undefined;
  const keys = keysOf(info.path);
  for (let n = keys.length; n > 0; n--) {
    const value = ctx.scopes.get(keys.slice(0, n).join('.'))?.[name];
    if (value !== undefined) return value;
  }
  return undefined;
}
