import { PolicyOptionKey } from '@kaiji/kb';
import { builder } from '../builder.ts';
import { bilingual, langArgs, pick } from './lang.ts';
import { cited } from './source.ts';
import { Program } from './program.ts';

export const PolicyOptionKeyEnum = builder.enumType('PolicyOptionKey', {
  description: 'The four options of Table 4-3.',
  values: {
    ACKNOWLEDGEMENT: { description: '謝辞公表: publishing acknowledgements of finders (reference: CERT-EU).' },
    FORCED_PUBLICATION: { description: '一定期間経過後の公開: publishing after a set period (reference: CERT/CC).' },
    LEGAL_MANDATE: { description: '法的な担保: a legal guarantee (reference: CISA BOD 20-01).' },
    BOUNTY: { description: '報奨金: bounties (references: KISA/KrCERT, NCSC-NL).' },
  } satisfies Record<PolicyOptionKey, { description: string }>,
});

export const PolicyAssessment = builder.drizzleObject('policyAssessments', {
  name: 'PolicyAssessment',
  description: 'What Table 4-3 says of one reference program under one option.',
  fields: (t) => ({
    option: t.relation('option', { description: 'The option assessed.' }),
    program: t.relation('program', { description: 'The reference program.' }),
    effects: t.stringList({
      description: '導入した場合の効果: the effects of introducing it into the Partnership.',
      args: langArgs,
      select: { columns: { effectsJa: true, effectsEn: true } },
      resolve: (a, { lang }) => pick(lang, a.effectsJa, a.effectsEn),
    }),
    considerations: t.stringList({
      description: '導入にあたっての検討事項・課題: what would have to be considered, and the challenges.',
      args: langArgs,
      select: { columns: { considerationsJa: true, considerationsEn: true } },
      resolve: (a, { lang }) => pick(lang, a.considerationsJa, a.considerationsEn),
    }),
    source: t.field(cited('The row of Table 4-3.')),
  }),
});

const assessmentTexts = {
  with: {
    assessments: {
      orderBy: { position: 'asc' },
      columns: { effectsJa: true, effectsEn: true, considerationsJa: true, considerationsEn: true },
    },
  },
} as const;

/** The texts of all assessments in order, each once (two bounty references share their wording). */
const distinct = (lists: string[][]): string[] => [...new Set(lists.flat())];

export const PolicyOption = builder.drizzleObject('policyOptions', {
  name: 'PolicyOption',
  description: 'One of the four options of Table 4-3 for improving the Partnership, with what the report said of it.',
  fields: (t) => ({
    key: t.expose('key', { type: PolicyOptionKeyEnum, description: 'Which option.' }),
    name: t.string(bilingual('name', 'Name of the option.')),
    addition: t.string(bilingual('addition', 'Section 4.3’s wording of what the option adds, e.g. 謝辞公表の追加.')),
    referencePrograms: t.field({
      type: [Program],
      description: 'The programs Table 4-3 takes as references for the option.',
      select: (_args, _ctx, nestedSelection) => ({
        with: { assessments: { orderBy: { position: 'asc' }, with: { program: nestedSelection() } } },
      }),
      resolve: (o) => o.assessments.map((a) => a.program),
    }),
    effects: t.stringList({
      description: 'Effects of introducing it, over all its reference programs (Table 4-3).',
      args: langArgs,
      select: assessmentTexts,
      resolve: (o, { lang }) => distinct(o.assessments.map((a) => pick(lang, a.effectsJa, a.effectsEn))),
    }),
    considerations: t.stringList({
      description: 'Matters to consider and challenges, over all its reference programs (Table 4-3).',
      args: langArgs,
      select: assessmentTexts,
      resolve: (o, { lang }) => distinct(o.assessments.map((a) => pick(lang, a.considerationsJa, a.considerationsEn))),
    }),
    assessments: t.relation('assessments', {
      description: 'What Table 4-3 says, program by program.',
      query: { orderBy: { position: 'asc' } },
    }),
    source: t.field(cited('Where the report presents the option.')),
  }),
});

const PolicyConclusion = builder.drizzleObject('policyConclusions', {
  name: 'PolicyConclusion',
  description: 'The study group’s conclusion on the four options.',
  fields: (t) => ({
    adopted: t.field({
      type: [PolicyOptionKeyEnum],
      description: 'Options the study group decided to introduce now (none in FY2020).',
      select: { columns: { adopted: true } },
      resolve: (c) => c.adopted,
    }),
    text: t.string(bilingual('text', 'The conclusion in the report’s words (ja) or in English.')),
    source: t.field(cited('Where the report states it.')),
  }),
});

builder.queryFields((t) => ({
  policyOptions: t.drizzleField({
    type: ['policyOptions'],
    description: 'The four options of Table 4-3 in the report’s order.',
    resolve: (query, _root, _args, ctx) =>
      ctx.kb.db.query.policyOptions.findMany(query({ orderBy: { position: 'asc' } })),
  }),
  policyOption: t.drizzleField({
    type: 'policyOptions',
    nullable: true,
    description: 'One option of Table 4-3.',
    args: { key: t.arg({ type: PolicyOptionKeyEnum, required: true, description: 'Which option.' }) },
    resolve: (query, _root, { key }, ctx) => ctx.kb.db.query.policyOptions.findFirst(query({ where: { key } })),
  }),
  policyConclusion: t.drizzleField({
    type: PolicyConclusion,
    description: 'What the study group concluded about the four options (section 4.3, after Table 4-3).',
    resolve: async (query, _root, _args, ctx) => {
      const conclusion = await ctx.kb.db.query.policyConclusions.findFirst(query());
      if (!conclusion) throw new Error('the knowledge base has no policy conclusion');
      return conclusion;
    },
  }),
}));
