import { builder } from '../builder.ts';
import { programWhere, type ProgramFilter } from '../program-filter.ts';
import { parseProgramFilter, ProgramFilterInput } from './program.ts';
import { SurveyItemInfo } from './taxonomy.ts';

interface MatrixShape {
  filter: ProgramFilter;
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
      description: 'The rows: the programs that the filter keeps, in the report’s order; `survey` holds the cells.',
      resolve: (query, m, _a, ctx) =>
        ctx.kb.db.query.programs.findMany(query({ where: programWhere(m.filter), orderBy: { position: 'asc' } })),
    }),
    asOf: t.string({
      nullable: true,
      description: 'ISO date the survey observed (the report’s cut-off).',
      resolve: (_m, _a, ctx) => ctx.kb.buildInfo.asOf ?? null,
    }),
  }),
});

builder.queryField('comparisonMatrix', (t) =>
  t.field({
    type: ComparisonMatrix,
    description:
      'The comparison matrix of Table 4-2 (programs × survey items, with cells, sources and tags), filtered like `programs`. Legends: `taxonomy`.',
    args: { filter: t.arg({ type: ProgramFilterInput, required: false, description: 'Which programs to keep.' }) },
    resolve: (_root, { filter }) => ({ filter: parseProgramFilter(filter) }),
  }),
);
