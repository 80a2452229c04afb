/**
 * The comparison matrix's view as URL parameters: what the filter form submits, what a shared link carries and
 * what the CSV export forwards to the API. Lists are repeated or comma-separated parameters, as the API's export
 * path reads them; `scopeOnly=true` turns "takes any of these scopes" into "takes reports only within them".
 */
import type { VariablesOf } from '$lib/graphql';
import type { MATRIX_QUERY } from '$lib/server/operations/programs';

export const TAG_LIST_PARAMS = ['intakeScopes', 'legalBases', 'incentives'] as const;
export const BOOLEAN_PARAMS = ['coordinates', 'acceptsReports', 'referenceForPartnership'] as const;
export type TagListParam = (typeof TAG_LIST_PARAMS)[number];
export type BooleanParam = (typeof BOOLEAN_PARAMS)[number];

export const SORT_KEYS = [
  'name',
  'jurisdiction',
  'item1',
  'item2',
  'item3',
  'item4',
  'item5',
  'item6',
  'item7',
  'item8',
  'intakeScopes',
  'legalBases',
  'coordinates',
  'incentives',
  'referenceForPartnership',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortOrder = 'asc' | 'desc';

/** The API's ProgramFilter input, as the matrix's operation declares it. */
export type ProgramFilter = NonNullable<VariablesOf<typeof MATRIX_QUERY>['filter']>;
type ProgramFilterValue<K extends keyof ProgramFilter> = NonNullable<ProgramFilter[K]>;

export interface MatrixView {
  jurisdictions: string[];
  intakeScopes: string[];
  scopeOnly: boolean;
  legalBases: string[];
  incentives: string[];
  coordinates: boolean | null;
  acceptsReports: boolean | null;
  referenceForPartnership: boolean | null;
  text: string;
  sort: SortKey | null;
  order: SortOrder;
  /** The date to view programs and tags at (YYYY-MM-DD); absent: today. */
  asOf?: string | null;
}

export const MAX_TEXT_LENGTH = 200;
export const ENUM_VALUE = /^[A-Z][A-Z0-9_]{0,40}$/;
export const JURISDICTION = /^[A-Z]{2}$/;

/** A list parameter's values as the link wrote them: repeated (`a=X&a=Y`) or comma-separated, trimmed. */
export function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function list(params: URLSearchParams, name: string, pattern: RegExp): string[] {
  const values = listParam(params, name)
    .map((v) => v.toUpperCase())
    .filter((v) => pattern.test(v));
  return [...new Set(values)].slice(0, 20);
}

function bool(params: URLSearchParams, name: string): boolean | null {
  const v = params.get(name);
  return v === 'true' ? true : v === 'false' ? false : null;
}

/** Reads a view from a URL; anything malformed is dropped rather than refused, so an edited link still opens. */
export function parseMatrixView(params: URLSearchParams): MatrixView {
  const sort = params.get('sort');
  return {
    jurisdictions: list(params, 'jurisdictions', JURISDICTION),
    intakeScopes: list(params, 'intakeScopes', ENUM_VALUE),
    scopeOnly: params.get('scopeOnly') === 'true',
    legalBases: list(params, 'legalBases', ENUM_VALUE),
    incentives: list(params, 'incentives', ENUM_VALUE),
    coordinates: bool(params, 'coordinates'),
    acceptsReports: bool(params, 'acceptsReports'),
    referenceForPartnership: bool(params, 'referenceForPartnership'),
    text: (params.get('text') ?? '').trim().slice(0, MAX_TEXT_LENGTH),
    sort: SORT_KEYS.includes(sort as SortKey) ? (sort as SortKey) : null,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') ?? '') ? params.get('asOf') : null,
  };
}

/** The shareable query string of a view; parameters at their default are left out. */
export function matrixViewSearch(view: MatrixView): string {
  const p = new URLSearchParams();
  if (view.jurisdictions.length) p.set('jurisdictions', view.jurisdictions.join(','));
  if (view.intakeScopes.length) p.set('intakeScopes', view.intakeScopes.join(','));
  if (view.scopeOnly && view.intakeScopes.length) p.set('scopeOnly', 'true');
  if (view.legalBases.length) p.set('legalBases', view.legalBases.join(','));
  if (view.incentives.length) p.set('incentives', view.incentives.join(','));
  for (const name of BOOLEAN_PARAMS) if (view[name] !== null) p.set(name, String(view[name]));
  if (view.text) p.set('text', view.text);
  if (view.sort) {
    p.set('sort', view.sort);
    if (view.order === 'desc') p.set('order', 'desc');
  }
  if (view.asOf) p.set('asOf', view.asOf);
  return readableQuery(p);
}

/** A query string that keeps commas readable (`a=X,Y`, not `a=X%2CY`) in a link people paste into minutes. */
export function readableQuery(params: URLSearchParams): string {
  const parts = [...params].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%2C/g, ',')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The API's ProgramFilter for a view. */
export function programFilter(view: MatrixView): ProgramFilter {
  const f: ProgramFilter = {};
  if (view.jurisdictions.length) f.jurisdictions = view.jurisdictions;
  // A link's values are passed on as the schema's: the API refuses one it does not know, and the page then drops
  // it and says so (unknown-values.ts), so nothing here restates the enums.
  const scopes = view.intakeScopes as ProgramFilterValue<'intakeScopes'>;
  if (scopes.length) f[view.scopeOnly ? 'intakeScopesWithin' : 'intakeScopes'] = scopes;
  if (view.legalBases.length) f.legalBases = view.legalBases as ProgramFilterValue<'legalBases'>;
  if (view.incentives.length) f.incentives = view.incentives as ProgramFilterValue<'incentives'>;
  for (const name of BOOLEAN_PARAMS) if (view[name] !== null) f[name] = view[name];
  if (view.text) f.text = view.text;
  return f;
}

/** Query parameters of the API's /export/matrix.csv for a view (sorting is not part of the export). */
export function exportParams(view: MatrixView, lang: 'ja' | 'en'): URLSearchParams {
  const p = new URLSearchParams({ lang });
  for (const [key, value] of Object.entries(programFilter(view))) {
    p.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  if (view.asOf) p.set('asOf', view.asOf);
  return p;
}

export function isFiltered(view: MatrixView): boolean {
  return Object.keys(programFilter(view)).length > 0;
}
