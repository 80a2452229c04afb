import { Coordination, Incentive, IntakeScope, LegalBasis, SurveyItem, TagDimension } from '@kaiji/kb';
import type { qualifiers, surveyItems, surveyMarks, tagDimensions, tagValues } from '@kaiji/db';
import { builder } from '../builder.ts';
import { bilingual } from './lang.ts';

export const SurveyItemEnum = builder.enumType('SurveyItem', {
  description: 'The eight survey items of Table 4-2, in the report’s order.',
  values: {
    ACCEPTS_REPORTS: { description: '1 脆弱性の受付有無' },
    LEGAL_INITIATIVE: { description: '2 法律に基づく取組み' },
    LEGAL_ENFORCEMENT: { description: '3 法律適用' },
    EFFECTS: { description: '4 効果・実績' },
    CHALLENGES: { description: '5 課題・阻害要因' },
    FUTURE_PLANS: { description: '6 今後の取組み' },
    COORDINATION: { description: '7 調整有無' },
    SCOPE_LIMITATION: { description: '8 報告対象の限定' },
  } satisfies Record<SurveyItem, { description: string }>,
});

export const IntakeScopeEnum = builder.enumType('IntakeScope', {
  description:
    'Whose reports a program takes (Table 4-2 qualifiers ○1 to ○5; UNRESTRICTED where no limitation was found). Labels and definitions: `taxonomy`.',
  values: IntakeScope.options,
});

export const LegalBasisEnum = builder.enumType('LegalBasis', {
  description:
    'Legal footing found for a program (qualifiers ○6 and ○7; MINISTERIAL_NOTICE for the Partnership’s own METI notice). Labels and definitions: `taxonomy`.',
  values: LegalBasis.options,
});

export const IncentiveEnum = builder.enumType('Incentive', {
  description: 'What a reporter gets (Table 4-3 and dated public sources). Labels and definitions: `taxonomy`.',
  values: Incentive.options,
});

export const CoordinationEnum = builder.enumType('Coordination', {
  description: 'Whether coordination with vendors or owners was found (Table 4-2 item 7).',
  values: Coordination.options,
});

const DIMENSION_NAMES = {
  intakeScope: 'INTAKE_SCOPE',
  legalBasis: 'LEGAL_BASIS',
  coordination: 'COORDINATION',
  incentive: 'INCENTIVE',
} as const satisfies Record<TagDimension, string>;

export const TagDimensionEnum = builder.enumType('TagDimension', {
  description: 'The dimensions along which programs are tagged.',
  values: Object.fromEntries(
    TagDimension.options.map((d) => [DIMENSION_NAMES[d], { value: d, description: `Tags of the \`${d}\` dimension.` }]),
  ) as Record<(typeof DIMENSION_NAMES)[TagDimension], { value: TagDimension; description: string }>,
});

type SurveyItemRow = typeof surveyItems.$inferSelect;
type MarkRow = typeof surveyMarks.$inferSelect;
type DimensionRow = typeof tagDimensions.$inferSelect;
type ValueRow = typeof tagValues.$inferSelect;
type QualifierRow = typeof qualifiers.$inferSelect;

interface TaxonomyShape {
  surveyItems: SurveyItemRow[];
  marks: MarkRow[];
  dimensions: (DimensionRow & { values: ValueRow[] })[];
  qualifiers: QualifierRow[];
}

export const SurveyItemInfo = builder.objectRef<SurveyItemRow>('SurveyItemInfo').implement({
  description: 'A column of Table 4-2: a survey item with its number and label.',
  fields: (t) => ({
    item: t.field({ type: SurveyItemEnum, description: 'The item.', resolve: (r) => r.item }),
    number: t.exposeInt('number', { description: 'Its number in Table 4-2, 1 to 8.' }),
    label: t.string(bilingual('label', 'The item’s heading as the report prints it (ja) or its English reading.')),
  }),
});

const MarkLegend = builder.objectRef<MarkRow>('MarkLegend').implement({
  description: 'What a mark of Table 4-2 means (○ 掲載有, × 掲載無).',
  fields: (t) => ({
    mark: t.exposeString('mark', { description: 'The mark as printed.' }),
    legend: t.string(bilingual('legend', 'Its legend.')),
  }),
});

const TaxonomyValue = builder.objectRef<ValueRow>('TaxonomyValue').implement({
  description: 'One value of a tag dimension, with its label and definition.',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The enum value, e.g. GOVERNMENT_SYSTEMS.' }),
    label: t.string(bilingual('label', 'Short label.')),
    definition: t.string(bilingual('definition', 'What the value means and how it is derived.')),
  }),
});

const TaxonomyDimension = builder.objectRef<DimensionRow & { values: ValueRow[] }>('TaxonomyDimension').implement({
  description: 'A dimension along which programs are tagged, with its values.',
  fields: (t) => ({
    dimension: t.field({ type: TagDimensionEnum, description: 'The dimension.', resolve: (r) => r.dimension }),
    label: t.string(bilingual('label', 'Short label.')),
    definition: t.string(bilingual('definition', 'What the dimension records and where it comes from.')),
    values: t.field({ type: [TaxonomyValue], description: 'Its values, in order.', resolve: (r) => r.values }),
  }),
});

const Qualifier = builder.objectRef<QualifierRow>('Qualifier').implement({
  description: 'The legend of a qualified mark ○1 to ○7 of Table 4-2, and the tag it implies.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'n of ○n.' }),
    legend: t.string(bilingual('legend', 'The legend as printed (ja) or its English reading.')),
    item: t.field({
      type: SurveyItemEnum,
      description: 'The survey item whose cells carry it.',
      resolve: (r) => r.item,
    }),
    impliesDimension: t.field({
      type: TagDimensionEnum,
      description: 'The dimension of the tag it implies.',
      resolve: (r) => r.impliesDimension,
    }),
    impliesValue: t.exposeString('impliesValue', { description: 'The value of the tag it implies.' }),
  }),
});

const Taxonomy = builder.objectRef<TaxonomyShape>('Taxonomy').implement({
  description: 'The vocabulary of the knowledge base: survey items, marks, tag dimensions and the qualifier legend.',
  fields: (t) => ({
    surveyItems: t.field({
      type: [SurveyItemInfo],
      description: 'The eight items of Table 4-2.',
      resolve: (r) => r.surveyItems,
    }),
    marks: t.field({ type: [MarkLegend], description: 'The legend of ○ and ×.', resolve: (r) => r.marks }),
    dimensions: t.field({
      type: [TaxonomyDimension],
      description: 'Tag dimensions with their values.',
      resolve: (r) => r.dimensions,
    }),
    qualifiers: t.field({ type: [Qualifier], description: 'The legend of ○1 to ○7.', resolve: (r) => r.qualifiers }),
  }),
});

builder.queryField('taxonomy', (t) =>
  t.field({
    type: Taxonomy,
    description:
      'Labels (ja/en) and definitions of every survey item, mark, tag dimension and value, and the qualifier legend.',
    resolve: async (_root, _args, { kb: { db } }) => {
      const [items, marks, dims, values, quals] = await Promise.all([
        db.query.surveyItems.findMany({ orderBy: { number: 'asc' } }),
        db.query.surveyMarks.findMany(),
        db.query.tagDimensions.findMany({ orderBy: { position: 'asc' } }),
        db.query.tagValues.findMany({ orderBy: { position: 'asc' } }),
        db.query.qualifiers.findMany({ orderBy: { number: 'asc' } }),
      ]);
      return {
        surveyItems: items,
        marks,
        dimensions: dims.map((d) => ({ ...d, values: values.filter((v) => v.dimension === d.dimension) })),
        qualifiers: quals,
      };
    },
  }),
);
