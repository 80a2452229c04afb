import { toCsv } from '@kaiji/serving/csv';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { createLRUCache, type Plugin } from 'graphql-yoga';
import type { KaijiContext } from '../context.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { ProgramFilter } from '../program-filter.ts';
import { MATRIX_PROGRAM_FRAGMENT } from './matrix-program.ts';

/** The export is the comparisonMatrix query itself, so the files and the API can never disagree. */
const MATRIX_EXPORT_DOCUMENT = parse(/* GraphQL */ `
  ${MATRIX_PROGRAM_FRAGMENT}
  query MatrixExport($filter: ProgramFilter, $lang: Lang!, $asOf: Date) {
    comparisonMatrix(filter: $filter, asOf: $asOf) {
      asOf
      tagsAsOf
      items {
        item
        number
        label(lang: $lang)
      }
      programs {
        ...MatrixProgram
      }
    }
    taxonomy {
      dimensions {
        dimension
        label(lang: $lang)
        values {
          value
          label(lang: $lang)
        }
      }
    }
  }
`);

export const EXPORT_PATHS = { csv: '/export/matrix.csv', json: '/export/matrix.json' } as const;

type Lang = 'JA' | 'EN';
interface SourceOut {
  label: string;
  locator: string | null;
  url: string | null;
  accessed: string | null;
}
interface MatrixOut {
  comparisonMatrix: {
    asOf: string | null;
    tagsAsOf: string;
    items: { item: string; number: number; label: string }[];
    programs: {
      slug: string;
      name: string;
      organization: string;
      jurisdiction: string;
      surveyed: boolean;
      acceptsReports: boolean;
      survey: {
        item: string;
        raw: string;
        found: boolean;
        qualifiers: number[];
        note: string | null;
        source: SourceOut;
      }[];
      intakeScopes: string[];
      legalBases: string[];
      coordinates: boolean;
      incentives: string[];
      referenceForPartnership: boolean;
      sources: SourceOut[];
    }[];
  };
  taxonomy: { dimensions: { dimension: string; label: string; values: { value: string; label: string }[] }[] };
}

class ExportError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const LIST_PARAMS = ['jurisdictions', 'intakeScopes', 'intakeScopesWithin', 'legalBases', 'incentives'] as const;
const BOOLEAN_PARAMS = ['coordinates', 'acceptsReports', 'referenceForPartnership', 'surveyed'] as const;
const KNOWN_PARAMS = new Set<string>(['lang', 'text', 'asOf', ...LIST_PARAMS, ...BOOLEAN_PARAMS]);

/**
 * `?lang=ja&intakeScopes=GOVERNMENT_SYSTEMS,IOT&coordinates=true&text=cert&asOf=2020-09-30`: lists are
 * comma-separated or repeated; `asOf` is checked by the query (as `comparisonMatrix(asOf:)` checks it).
 */
export function parseExportQuery(params: URLSearchParams): { lang: Lang; filter: ProgramFilter; asOf: string | null } {
  for (const key of params.keys()) {
    if (!KNOWN_PARAMS.has(key))
      throw new ExportError(`Unknown parameter "${key}". Known: ${[...KNOWN_PARAMS].join(', ')}.`);
  }
  const langParam = (params.get('lang') ?? 'en').toUpperCase();
  if (langParam !== 'JA' && langParam !== 'EN') throw new ExportError('lang must be ja or en.');
  const raw: Record<string, unknown> = {};
  for (const key of LIST_PARAMS) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length) raw[key] = values;
  }
  for (const key of BOOLEAN_PARAMS) {
    const value = params.get(key);
    if (value == null) continue;
    if (value !== 'true' && value !== 'false') throw new ExportError(`${key} must be true or false.`);
    raw[key] = value === 'true';
  }
  if (params.has('text')) raw.text = params.get('text');
  const parsed = ProgramFilter.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ExportError(`Invalid filter: ${issue.path.join('.')}: ${issue.message}`);
  }
  return { lang: langParam, filter: parsed.data, asOf: params.get('asOf') };
}

const HEADERS = {
  EN: {
    slug: 'Slug',
    name: 'Program',
    organization: 'Organization',
    jurisdiction: 'Jurisdiction',
    reference: 'Reference for the Partnership',
    sources: 'Sources',
    yes: 'yes',
    no: 'no',
  },
  JA: {
    slug: 'スラッグ',
    name: '取組み',
    organization: '組織',
    jurisdiction: '国・地域',
    reference: 'パートナーシップの参考',
    sources: '出典',
    yes: 'はい',
    no: 'いいえ',
  },
} as const;

/** CSV rows: header, then one row per program; cells are the marks as printed, tags by their labels. */
export function matrixToCsv(data: MatrixOut, lang: Lang): string {
  const h = HEADERS[lang];
  const dims = data.taxonomy.dimensions;
  const labelOf = (dimension: string, value: string) =>
    dims.find((d) => d.dimension === dimension)?.values.find((v) => v.value === value)?.label ?? value;
  const dimLabel = (dimension: string) => dims.find((d) => d.dimension === dimension)?.label ?? dimension;
  const { items, programs } = data.comparisonMatrix;
  const header = [
    h.slug,
    h.name,
    h.organization,
    h.jurisdiction,
    ...items.map((i) => `${i.number} ${i.label}`),
    dimLabel('INTAKE_SCOPE'),
    dimLabel('LEGAL_BASIS'),
    dimLabel('COORDINATION'),
    dimLabel('INCENTIVE'),
    h.reference,
    h.sources,
  ];
  const rows: string[][] = programs.map((p) => [
    p.slug,
    p.name,
    p.organization,
    p.jurisdiction,
    ...items.map((i) => p.survey.find((c) => c.item === i.item)?.raw ?? ''),
    p.intakeScopes.map((v) => labelOf('INTAKE_SCOPE', v)).join('; '),
    p.legalBases.map((v) => labelOf('LEGAL_BASIS', v)).join('; '),
    labelOf('COORDINATION', p.coordinates ? 'COORDINATES' : 'NONE_FOUND'),
    p.incentives.map((v) => labelOf('INCENTIVE', v)).join('; '),
    p.referenceForPartnership ? h.yes : h.no,
    p.sources.map((s) => (s.locator ? `${s.label} (${s.locator})` : s.label)).join('; '),
  ]);
  // UTF-8 with a BOM (Excel reads Japanese correctly), CRLF, formula-leading cells written as text.
  return toCsv(header, rows);
}

/** Serves the comparison matrix as CSV (UTF-8 with BOM) or JSON, filtered like `programs`. */
export function useMatrixExport(options: {
  schema: GraphQLSchema;
  knowledgeBase: KnowledgeBase;
  today: () => string;
}): Plugin {
  // Entries hold for one build and one day (`asOf` defaults to today).
  const cache = createLRUCache<{ body: string; type: string; buildId: string; today: string }>({ max: 200 });
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      const kind = url.pathname === EXPORT_PATHS.csv ? 'csv' : url.pathname === EXPORT_PATHS.json ? 'json' : null;
      if (!kind) return;
      const json = (status: number, body: unknown) =>
        new fetchAPI.Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        });
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      const snapshot = options.knowledgeBase.current();
      const today = options.today();
      const cacheKey = `${kind}?${url.searchParams.toString()}`;
      const cached = cache.get(cacheKey);
      const respond = (entry: { body: string; type: string }) => {
        const filename = `kaiji-comparison-matrix.${kind}`;
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : entry.body, {
            status: 200,
            headers: {
              'content-type': entry.type,
              'content-disposition': `${kind === 'csv' ? 'attachment' : 'inline'}; filename="${filename}"`,
              'cache-control': 'no-cache',
            },
          }),
        );
      };
      if (cached && cached.buildId === snapshot.buildId && cached.today === today) {
        respond(cached);
        return;
      }
      let query: ReturnType<typeof parseExportQuery>;
      try {
        query = parseExportQuery(url.searchParams);
      } catch (error) {
        if (error instanceof ExportError) {
          endResponse(json(error.status, { errors: [{ message: error.message }] }));
          return;
        }
        throw error;
      }
      return Promise.resolve(
        execute({
          schema: options.schema,
          document: MATRIX_EXPORT_DOCUMENT,
          variableValues: { filter: query.filter, lang: query.lang, asOf: query.asOf },
          contextValue: { kb: snapshot, today, scopes: new Map() } satisfies Partial<KaijiContext>,
        }),
      ).then((result) => {
        if (result.errors?.length || !result.data) {
          const status = result.errors?.some((e) => e.extensions?.code === 'BAD_USER_INPUT') ? 400 : 500;
          endResponse(
            json(status, {
              errors: (result.errors ?? []).map((e) => ({ message: status === 400 ? e.message : 'Unexpected error.' })),
            }),
          );
          return;
        }
        const data = result.data as unknown as MatrixOut;
        const entry =
          kind === 'csv'
            ? { body: matrixToCsv(data, query.lang), type: 'text/csv; charset=utf-8' }
            : {
                body: JSON.stringify({ lang: query.lang, filter: query.filter, ...data.comparisonMatrix }),
                type: 'application/json; charset=utf-8',
              };
        cache.set(cacheKey, { ...entry, buildId: snapshot.buildId, today });
        respond(entry);
      });
    },
  };
}
