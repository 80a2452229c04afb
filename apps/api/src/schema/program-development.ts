import { builder } from '../builder.ts';
import { bilingual } from './lang.ts';
import { citation, SourceRef } from './source.ts';

export const ProgramDevelopment = builder.drizzleObject('programDevelopments', {
  name: 'ProgramDevelopment',
  description:
    'Something that happened to a program after (or apart from) the 2020 survey: a new law, a rename, a new channel.',
  // What the window of ProgramChanges reads, whatever the query selects.
  select: { columns: { date: true } },
  fields: (t) => ({
    date: t.exposeString('date', { description: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source.' }),
    title: t.string(bilingual('title', 'What happened, in a line.')),
    summary: t.string(bilingual('summary', 'What happened, in a few sentences.')),
    sources: t.field({
      type: [SourceRef],
      description: 'Where it is reported.',
      select: {
        with: { sources: { orderBy: { position: 'asc' }, columns: { locator: true }, with: { source: true } } },
      },
      resolve: (d) => d.sources.map(citation),
    }),
  }),
});
