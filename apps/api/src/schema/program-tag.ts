import { builder } from '../builder.ts';
import { langArgs, pick } from './lang.ts';
import { citation, citationSelect, SourceRef } from './source.ts';
import { TagDimensionEnum } from './taxonomy.ts';

export const ProgramTag = builder.drizzleObject('programTags', {
  name: 'ProgramTag',
  description:
    'A dated fact about a program along one dimension. A later change ends it with validTo and adds a new tag; nothing is overwritten.',
  fields: (t) => ({
    dimension: t.expose('dimension', { type: TagDimensionEnum, description: 'The dimension tagged.' }),
    value: t.exposeString('value', {
      description: 'The value, an enum value of the dimension (e.g. GOVERNMENT_SYSTEMS); labels in `taxonomy`.',
    }),
    validFrom: t.exposeString('validFrom', { description: 'ISO date from which the fact holds.' }),
    validTo: t.exposeString('validTo', {
      nullable: true,
      description: 'ISO date from which it no longer holds; null while it still holds.',
    }),
    current: t.boolean({
      description: 'Whether the fact still holds (no validTo).',
      select: { columns: { validTo: true } },
      resolve: (tag) => tag.validTo == null,
    }),
    basis: t.string({
      nullable: true,
      description: 'Why the tag follows from the source (e.g. "item 8 is ○2").',
      args: langArgs,
      select: { columns: { basisJa: true, basisEn: true } },
      resolve: (tag, { lang }) => pick(lang, tag.basisJa, tag.basisEn),
    }),
    source: t.field({ type: SourceRef, description: 'Where the fact comes from.', select: citationSelect, resolve: citation }),
  }),
});
