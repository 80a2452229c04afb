import { builder } from '../builder.ts';
import { holdsOn, viewDate } from './as-of.ts';
import { bilingualOrNull } from './lang.ts';
import { cited } from './source.ts';
import { TagDimensionEnum } from './taxonomy.ts';

export const ProgramTag = builder.drizzleObject('programTags', {
  name: 'ProgramTag',
  description:
    'A dated fact about a program along one dimension. A later change ends it with validTo and adds a new tag; nothing is overwritten. It holds on a date D when validFrom ≤ D < validTo.',
  // What `current` and the date filters of Program.tags and ProgramChanges read, whatever the query selects.
  select: { columns: { dimension: true, validFrom: true, validTo: true } },
  fields: (t) => ({
    dimension: t.expose('dimension', { type: TagDimensionEnum, description: 'The dimension tagged.' }),
    value: t.exposeString('value', {
      description: 'The value, an enum value of the dimension (e.g. GOVERNMENT_SYSTEMS); labels in `taxonomy`.',
    }),
    validFrom: t.exposeString('validFrom', {
      description: 'ISO date from which the fact holds (2020-09-30 for what the report saw).',
    }),
    validTo: t.exposeString('validTo', {
      nullable: true,
      description: 'ISO date from which it no longer holds; null while it still holds.',
    }),
    current: t.boolean({
      description:
        'Whether the fact holds on the date the query views: the `asOf` of the field the program was reached from, else today.',
      resolve: (tag, _args, ctx, info) => holdsOn(tag, viewDate(ctx, info)),
    }),
    basis: t.string(bilingualOrNull('basis', 'Why the tag follows from the source (e.g. "item 8 is ○2").')),
    source: t.field(cited('Where the fact comes from.')),
  }),
});
