import { sql } from 'drizzle-orm';
import { createGraphQLError } from 'graphql-yoga';
import { builder } from '../builder.ts';
import { fold, programWhere } from '../program-filter.ts';
import './policy-option.ts';
import './program.ts';
import './source.ts';

const MAX_SEARCH_LENGTH = 200;

interface SearchShape {
  needle: string;
  text: string;
}

const contains = (needle: string, ...columns: unknown[]) =>
  sql.join(
    columns.map((c) => sql`instr(kaiji_fold(coalesce(${c}, '')), ${needle}) > 0`),
    sql` or `,
  );

const SearchResults = builder.objectRef<SearchShape>('SearchResults').implement({
  description: 'Everything whose text contains the search text, by kind.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The text searched for.' }),
    programs: t.drizzleField({
      type: ['programs'],
      description: 'Programs whose slug, name, organisation or summary (ja or en) contains it.',
      resolve: (query, s, _a, ctx) =>
        ctx.kb.db.query.programs.findMany(
          query({ where: programWhere({ text: s.text }, null), orderBy: { position: 'asc' } }),
        ),
    }),
    sources: t.drizzleField({
      type: ['sources'],
      description: 'Registry entries whose key, title, publisher or note contains it.',
      resolve: (query, s, _a, ctx) =>
        ctx.kb.db.query.sources.findMany(
          query({
            where: {
              RAW: (src) => contains(s.needle, src.id, src.titleJa, src.titleEn, src.publisher, src.noteJa, src.noteEn),
            },
            orderBy: { position: 'asc' },
          }),
        ),
    }),
    policyOptions: t.drizzleField({
      type: ['policyOptions'],
      description: 'Options of Table 4-3 whose name or wording contains it.',
      resolve: (query, s, _a, ctx) =>
        ctx.kb.db.query.policyOptions.findMany(
          query({
            where: { RAW: (o) => contains(s.needle, o.key, o.nameJa, o.nameEn, o.additionJa, o.additionEn) },
            orderBy: { position: 'asc' },
          }),
        ),
    }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: SearchResults,
    description:
      'Searches programs, sources and policy options for a text, Japanese or English (case- and width-insensitive).',
    args: {
      text: t.arg.string({
        required: true,
        description: `The text to look for, 1 to ${MAX_SEARCH_LENGTH} characters.`,
      }),
    },
    resolve: (_root, { text }) => {
      const needle = fold(text.trim());
      if (!needle || text.length > MAX_SEARCH_LENGTH) {
        throw createGraphQLError(`search: \`text\` must be 1 to ${MAX_SEARCH_LENGTH} characters.`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      return { text, needle };
    },
  }),
);
