import { builder } from '../builder.ts';
import { programWhere, type ProgramFilter } from '../program-filter.ts';
import { DateScalar, rootAsOf } from './as-of.ts';
import { filterDate, parseProgramFilter, ProgramFilterInput } from './program.ts';
import { SurveyItemInfo } from './taxonomy.ts';

interface MatrixShape {
  filter: ProgramFilter;
  /** The date the programs and their tags are viewed at. */
  asOf: string;
}

const ComparisonMatrix = builder.objectRef<MatrixShape>('ComparisonMatrix').implement({
  description:
    'Table 4-2 as a matrix: programs (rows) × the eight survey items (columns), every cell with its source, plus each program’s tags. Exported as CSV and JSON at /export/matrix.csv and /export/matrix.json.',
  fields: (t) => ({
    items: t.field({
      type: [SurveyItemInfo],
      description: 'The columns: the eight survey items in the report’s order.',
      resolve: (_m, _a, ctx) => ctx.kb.db.query.surveyItems.findMany({ orderBy: { number: 'asc' } }),
    }),
    programs: t.drizzleField({
      type: ['programs'],
      description:
        'The rows: the programs that exist on `tagsAsOf` and that the filter keeps, in the report’s order; `survey` holds the cells (always the 2020 survey’s), the tag fields hold on `tagsAsOf`.',
      resolve: (query, m, _a, ctx) =>
        ctx.kb.db.query.programs.findMany(
          query({ where: programWhere(m.filter, filterDate(ctx, m.asOf)), orderBy: { position: 'asc' } }),
        ),
    }),
    asOf: t.string({
      nullable: true,
      description:
        'ISO date the survey observed (the report’s cut-off, 2020-09-30): the date of every cell, whatever `tagsAsOf`.',
      resolve: (_m, _a, ctx) => ctx.kb.buildInfo.asOf ?? null,
    }),
    tagsAsOf: t.field({
      type: DateScalar,
      description: 'The date the programs and their tags are viewed at: the `asOf` argument, today by default.',
      resolve: (m) => m.asOf,
    }),
  }),
});

builder.queryField('comparisonMatrix', (t) =>
  t.field({
    type: ComparisonMatrix,
    description:
      'The comparison matrix of Table 4-2 (programs × survey items, with cells, sources and tags), filtered like `programs`. Legends: `taxonomy`.',
    args: {
      filter: t.arg({
        type: ProgramFilterInput,
        required: false,
        description: 'Which programs to keep (tags as they hold on `asOf`).',
      }),
      asOf: t.arg({
        type: DateScalar,
        required: false,
        description:
          'The date to view the programs and their tags at (YYYY-MM-DD, today by default); "2020-09-30" is the report’s view. The cells are always the 2020 survey’s.',
      }),
    },
    resolve: (_root, { filter, asOf }, ctx, info) => ({
      filter: parseProgramFilter(filter),
      asOf: rootAsOf(ctx, info, asOf),
    }),
  }),
);
