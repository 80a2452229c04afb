import { builder } from '../builder.ts';
import { bilingualOrNull } from './lang.ts';
import { cited } from './source.ts';
import { SurveyItemEnum } from './taxonomy.ts';

export const SurveyFinding = builder.drizzleObject('surveyFindings', {
  name: 'SurveyFinding',
  description: 'One cell of Table 4-2.',
  fields: (t) => ({
    item: t.expose('item', { type: SurveyItemEnum, description: 'The survey item (column) of the cell.' }),
    number: t.exposeInt('position', { description: 'The item’s number in Table 4-2, 1 to 8.' }),
    found: t.exposeBoolean('found', {
      description: '○ (掲載有, found in published material) is true; × (掲載無, not found) is false.',
    }),
    qualifiers: t.exposeIntList('qualifiers', {
      description:
        "The numbers of the seed's qualified marks ○1 to ○7 in this cell, ascending; empty for a plain ○ or ×.",
    }),
    raw: t.exposeString('raw', { description: "The cell exactly as the seed's text prints it, e.g. '○1-4' or '×'." }),
    note: t.string(bilingualOrNull('note', 'How the cell was read where it is ambiguous.')),
    source: t.field(cited('Where the cell is printed.')),
  }),
});
