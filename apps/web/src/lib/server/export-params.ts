import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { isIsoDate } from '@kaiji/kb/iso-date';
import type { Taxonomy } from '$lib/fragments';
import { dimensionOf } from '$lib/tag-dimensions';
import {
  BOOLEAN_PARAMS,
  ENUM_VALUE,
  JURISDICTION,
  MAX_TEXT_LENGTH,
  SORT_KEYS,
  TAG_LIST_PARAMS,
  listParam,
} from '$lib/matrix/query';
import { unknownTagValues } from '$lib/matrix/unknown-values';

/**
 * The page forgives an edited link (parseMatrixView drops what it cannot read and shows everything); a file
 * export must not: a link in an email that silently exported another selection would mislead the meeting. So an
 * export refuses any parameter the page would drop, naming it.
 */
export const MATRIX_PARAMS = [
  'jurisdictions',
  ...TAG_LIST_PARAMS,
  'scopeOnly',
  ...BOOLEAN_PARAMS,
  'text',
  'sort',
  'order',
  'asOf',
] as const;

export type ParamProblem =
  | { kind: 'unknown'; param: string; known: readonly string[] }
  | {
      kind: 'value';
      param: string;
      value: string;
      expected: 'bool' | 'jurisdiction' | 'enum' | 'date' | 'text';
      values?: readonly string[];
    };

/** The first problem with the matrix parameters of an export, or null. Tag values are checked by `tagValueProblem`. */
export function matrixParamsProblem(params: URLSearchParams): ParamProblem | null {
  for (const param of params.keys()) {
    if (!(MATRIX_PARAMS as readonly string[]).includes(param)) return { kind: 'unknown', param, known: MATRIX_PARAMS };
  }
  for (const value of listParam(params, 'jurisdictions')) {
    if (!JURISDICTION.test(value.toUpperCase()))
      return { kind: 'value', param: 'jurisdictions', value, expected: 'jurisdiction' };
  }
  for (const param of TAG_LIST_PARAMS) {
    for (const value of listParam(params, param)) {
      if (!ENUM_VALUE.test(value.toUpperCase())) return { kind: 'value', param, value, expected: 'enum' };
    }
  }
  for (const param of [...BOOLEAN_PARAMS, 'scopeOnly']) {
    const value = params.get(param);
    if (value !== null && value !== 'true' && value !== 'false')
      return { kind: 'value', param, value, expected: 'bool' };
  }
  const text = params.get('text');
  if (text !== null && [...text.trim()].length > MAX_TEXT_LENGTH)
    return { kind: 'value', param: 'text', value: `${[...text].slice(0, 24).join('')}…`, expected: 'text' };
  const sort = params.get('sort');
  if (sort !== null && !(SORT_KEYS as readonly string[]).includes(sort))
    return { kind: 'value', param: 'sort', value: sort, expected: 'enum', values: SORT_KEYS };
  const order = params.get('order');
  if (order !== null && order !== 'asc' && order !== 'desc')
    return { kind: 'value', param: 'order', value: order, expected: 'enum', values: ['asc', 'desc'] };
  const asOf = params.get('asOf');
  if (asOf !== null && asOf !== '' && !isIsoDate(asOf))
    return { kind: 'value', param: 'asOf', value: asOf.slice(0, 24), expected: 'date' };
  return null;
}

/** The first tag value that the taxonomy does not know (unknownTagValues), with the values it does; else null. */
export function tagValueProblem(params: URLSearchParams, taxonomy: Pick<Taxonomy, 'dimensions'>): ParamProblem | null {
  const [first] = unknownTagValues(params, taxonomy);
  if (!first) return null;
  const dimension = taxonomy.dimensions.find((d) => d.dimension === dimensionOf(first.param));
  const values = dimension?.values.map((v) => v.value) ?? [];
  return { kind: 'value', param: first.param, value: first.value, expected: 'enum', values };
}

/** A refusal in the page's language, naming the parameter and, for a bad value, what would do. */
export function paramProblemMessage(problem: ParamProblem, locale: Locale): string {
  const o = { locale };
  if (problem.kind === 'unknown')
    return m.export_error_unknown_param({ param: problem.param, known: problem.known.join(', ') }, o);
  const expected =
    problem.expected === 'bool'
      ? m.export_error_expected_bool({}, o)
      : problem.expected === 'jurisdiction'
        ? m.export_error_expected_jurisdiction({}, o)
        : problem.expected === 'date'
          ? m.export_error_expected_date({}, o)
          : problem.expected === 'text'
            ? m.export_error_expected_text({ max: String(MAX_TEXT_LENGTH) }, o)
            : m.export_error_expected_enum({ values: (problem.values ?? []).join(', ') }, o);
  return m.export_error_bad_value({ param: problem.param, value: problem.value, expected }, o);
}

/** A plain-text refusal: what a browser shows for a link followed from an email, in the page's language. */
export function refusal(status: 400 | 429 | 502 | 503, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
