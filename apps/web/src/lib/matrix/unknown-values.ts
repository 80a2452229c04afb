import type { Taxonomy } from '$lib/fragments';
import { dimensionOf } from '$lib/tag-dimensions';
import { TAG_LIST_PARAMS, listParam, type MatrixView, type TagListParam } from './query';

/** A value of a link's tag filter that the knowledge base does not know, with the filter's label to name it. */
export interface IgnoredValue {
  param: TagListParam;
  /** The dimension's label in the page's language, e.g. 受付対象 / Intake scope. */
  label: string;
  /** The value as the link spelled it (shown to the member as typed, marked as code). */
  value: string;
}

/**
 * The values of a link's tag lists (`intakeScopes=FOO`) that are not values of the taxonomy the API serves:
 * known before the API is asked, so a member reads which value was ignored in the page's language instead of the
 * API's English validation error. The taxonomy is the one source of the values: nothing is restated here.
 */
export function unknownTagValues(params: URLSearchParams, taxonomy: Pick<Taxonomy, 'dimensions'>): IgnoredValue[] {
  const ignored: IgnoredValue[] = [];
  for (const param of TAG_LIST_PARAMS) {
    const dimension = taxonomy.dimensions.find((d) => d.dimension === dimensionOf(param));
    if (!dimension) continue;
    const known = new Set(dimension.values.map((v) => v.value));
    for (const value of new Set(listParam(params, param)))
      if (!known.has(value.toUpperCase())) ignored.push({ param, label: dimension.label, value });
  }
  return ignored;
}

/** The view without the ignored values, so the rest of the link's filter still applies. */
export function withoutIgnored(view: MatrixView, ignored: readonly IgnoredValue[]): MatrixView {
  const drop = (param: TagListParam) =>
    new Set(ignored.filter((i) => i.param === param).map((i) => i.value.toUpperCase()));
  const next = { ...view };
  for (const param of TAG_LIST_PARAMS) next[param] = view[param].filter((v) => !drop(param).has(v));
  return next;
}
