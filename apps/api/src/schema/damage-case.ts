import { DAMAGE_KINDS, INVESTIGATION_ITEMS, type CompanySize, type DamageMark } from '@kaiji/kb';
import { builder } from '../builder.ts';
import { badUserInput } from '../errors.ts';
import { bilingual, bilingualOrNull, langArgs, pick } from './lang.ts';
import { cited } from './source.ts';

export const DamageKindEnum = builder.enumType('DamageKind', {
  description: 'The damage columns of Tables 3-1 and 3-2 (調査対象被害), in their printed order.',
  values: {
    DEFACEMENT: { description: '1 改ざん: defacement or tampering.' },
    SERVICE_STOP: { description: '2 サービス停止: the service stopped (○, and △ or ▲ for how).' },
    INFORMATION_LEAK: { description: '3 情報漏えい: information leaked.' },
    SECONDARY_DAMAGE: { description: '4 風評被害/二次被害: reputational or other secondary damage.' },
  } satisfies Record<(typeof DAMAGE_KINDS)[number], { description: string }>,
});

export const InvestigationItemEnum = builder.enumType('DamageInvestigationItem', {
  description: 'The investigation columns of Tables 3-1 and 3-2 (調査項目), in their printed order.',
  values: {
    CONTENT_AND_SCOPE: { description: '1 内容と影響範囲: what happened and how far it reached.' },
    DIRECT_AND_ROOT_CAUSE: { description: '2 直接・根本原因: direct and root cause.' },
    TECHNICAL_AND_HUMAN_CAUSE: { description: '3 技術的・人的原因: technical and human cause.' },
    RESPONSE_AFTER: { description: '4 発生後の対応策: what was done afterwards.' },
    RECURRENCE_PREVENTION: { description: '5 再発防止策: measures against a recurrence.' },
  } satisfies Record<(typeof INVESTIGATION_ITEMS)[number], { description: string }>,
});

const COMPANY_SIZE_EN: Record<CompanySize, string> = { 小: 'Small', 中: 'Medium', 大: 'Large' };
const SERVICE_STOPPED: readonly DamageMark[] = ['○', '△', '▲'];
const DAMAGE_COLUMNS = {
  DEFACEMENT: 'defacement',
  SERVICE_STOP: 'serviceStop',
  INFORMATION_LEAK: 'informationLeak',
  SECONDARY_DAMAGE: 'secondaryDamage',
} as const;
const INVESTIGATION_COLUMNS = {
  CONTENT_AND_SCOPE: 'contentAndScope',
  DIRECT_AND_ROOT_CAUSE: 'directAndRootCause',
  TECHNICAL_AND_HUMAN_CAUSE: 'technicalAndHumanCause',
  RESPONSE_AFTER: 'responseAfter',
  RECURRENCE_PREVENTION: 'recurrencePrevention',
} as const;

const LegendMark = builder.drizzleObject('damageCaseLegendMarks', {
  name: 'DamageCaseLegendMark',
  description: 'A mark of Table 3-1’s or 3-2’s legend and what it means there.',
  fields: (t) => ({
    table: t.exposeString('damageTable', { description: "'3-1' or '3-2'." }),
    mark: t.exposeString('mark', { description: 'The mark: ○, ×, △, ▲ or ■.' }),
    meaning: t.string(bilingual('meaning', 'The legend’s words (JA), or their translation (EN).')),
    source: t.field(cited('Where the legend is printed.')),
  }),
});

interface Cell {
  column: string;
  mark: DamageMark;
}
const DamageCell = builder.objectRef<Cell>('DamageCaseCell').implement({
  description: 'One marked cell of a damage case, as printed.',
  fields: (t) => ({
    column: t.exposeString('column', {
      description: 'The column: a DamageKind or DamageInvestigationItem name, or CLOUD.',
    }),
    mark: t.exposeString('mark', {
      description: 'The mark as printed: ○, ×, △, ▲ or ■ (its meaning is in damageCaseLegend).',
    }),
  }),
});

export const DamageCaseRef = builder.drizzleObject('damageCases', {
  name: 'DamageCase',
  description: "A damage case of the seed's Chapter 3: Table 3-1 (literature survey) or Table 3-2 (interviews).",
  fields: (t) => ({
    table: t.exposeString('damageTable', { description: "'3-1' or '3-2'." }),
    number: t.exposeString('number', { description: "The row's number as printed, e.g. '7' or '2-1'." }),
    raw: t.exposeString('raw', { description: "The row's marks and cells as the seed prints them." }),
    date: t.exposeString('date', {
      description:
        'Table 3-1: the publication date; Table 3-2: when it happened or came to light (YYYY, YYYY-MM or YYYY-MM-DD as printed).',
    }),
    organization: t.string({
      nullable: true,
      description: "Table 3-1: the anonymised name as printed (企業A …), 'Company A' … for EN.",
      args: langArgs,
      select: { columns: { organization: true } },
      resolve: (c, { lang }) =>
        c.organization === null || lang === 'JA' ? c.organization : c.organization.replace(/^企業/, 'Company '),
    }),
    vulnerability: t.string(bilingualOrNull('vulnerability', 'Table 3-2: 脆弱性の概要 (JA), or its translation (EN).')),
    siteForm: t.string(bilingualOrNull('siteForm', 'Table 3-2: ウェブサイトの形態 (JA), or its translation (EN).')),
    companySize: t.string({
      description: 'Company size as printed (小, 中, 大), translated for EN.',
      args: langArgs,
      select: { columns: { companySize: true } },
      resolve: (c, { lang }) => (lang === 'JA' ? c.companySize : COMPANY_SIZE_EN[c.companySize]),
    }),
    cloud: t.exposeString('cloud', { description: 'Cloud 利用 as printed (○ used; × not, or for 3-2 not confirmed).' }),
    defacement: t.boolean({
      description: 'Defacement (改ざん) found: ○.',
      select: { columns: { defacement: true } },
      resolve: (c) => c.defacement === '○',
    }),
    serviceStopped: t.boolean({
      description: 'The service stopped (サービス停止): ○, △ (stopped, then resumed) or ▲ (stopped).',
      select: { columns: { serviceStop: true } },
      resolve: (c) => SERVICE_STOPPED.includes(c.serviceStop),
    }),
    informationLeak: t.boolean({
      description: 'Information leaked (情報漏えい): ○.',
      select: { columns: { informationLeak: true } },
      resolve: (c) => c.informationLeak === '○',
    }),
    secondaryDamage: t.boolean({
      description: 'Reputational or other secondary damage (風評被害/二次被害): ○.',
      select: { columns: { secondaryDamage: true } },
      resolve: (c) => c.secondaryDamage === '○',
    }),
    damage: t.field({
      type: [DamageCell],
      description: 'The four damage cells as printed, in the table’s order.',
      select: { columns: { defacement: true, serviceStop: true, informationLeak: true, secondaryDamage: true } },
      resolve: (c) => DAMAGE_KINDS.map((k) => ({ column: k, mark: c[DAMAGE_COLUMNS[k]] })),
    }),
    investigation: t.field({
      type: [DamageCell],
      description: 'The five investigation cells (調査項目) as printed, in the table’s order.',
      select: {
        columns: {
          contentAndScope: true,
          directAndRootCause: true,
          technicalAndHumanCause: true,
          responseAfter: true,
          recurrencePrevention: true,
        },
      },
      resolve: (c) => INVESTIGATION_ITEMS.map((k) => ({ column: k, mark: c[INVESTIGATION_COLUMNS[k]] })),
    }),
    summary: t.string(
      bilingual('summary', 'The case’s summary from the bullet list under its table (JA), or its translation (EN).'),
    ),
    source: t.field(cited('Where the seed prints the row.')),
  }),
});

const Consideration = builder.drizzleObject('damageCaseConsiderations', {
  name: 'DamageCaseConsideration',
  description: 'What §3.4 draws from the cases: the measures they call for.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key: `literature` (§3.4 (1)) or `interviews` (§3.4 (2)).' }),
    section: t.exposeString('section', { description: "Where it is printed, e.g. '§3.4 (1)'." }),
    title: t.string(bilingual('title', 'The heading (JA), or its translation (EN).')),
    measures: t.stringList({
      description: 'The measures it names, in the printed order.',
      args: langArgs,
      select: { columns: { measuresJa: true, measuresEn: true } },
      resolve: (c, { lang }) => pick(lang, c.measuresJa, c.measuresEn),
    }),
    text: t.string(bilingual('text', 'The seed’s words (JA), or their translation (EN).')),
    source: t.field(cited('Where the seed states it.')),
  }),
});

const ColumnRef = builder.drizzleObject('damageCaseColumns', {
  name: 'DamageCaseColumn',
  description: 'A damage or investigation column of Tables 3-1 and 3-2, with its heading.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'A DamageKind or DamageInvestigationItem name, e.g. `DEFACEMENT`.' }),
    group: t.exposeString('columnGroup', { description: "'DAMAGE' (調査対象被害) or 'INVESTIGATION' (調査項目)." }),
    label: t.string(bilingual('label', 'The heading as Table 3-1 prints it (JA), or its translation (EN).')),
    source: t.field(cited('Where the heading is printed.')),
  }),
});

function checkTable(table: string | null | undefined): void {
  if (table !== null && table !== undefined && table !== '3-1' && table !== '3-2') {
    throw badUserInput(`table '${table}' is not a damage-case table: use '3-1' or '3-2'`, 'table');
  }
}

builder.queryFields((t) => ({
  damageCases: t.drizzleField({
    type: [DamageCaseRef],
    description:
      'The damage cases of Tables 3-1 and 3-2, row by row in the printed order. `table` keeps one table; `damageKind` the cases with that damage.',
    args: {
      table: t.arg.string({ description: "'3-1' (literature survey) or '3-2' (interviews)." }),
      damageKind: t.arg({ type: DamageKindEnum, description: 'Only cases with this damage.' }),
    },
    resolve: (query, _root, { table, damageKind }, ctx) => {
      checkTable(table);
      const marks = damageKind === 'SERVICE_STOP' ? [...SERVICE_STOPPED] : ['○'];
      return ctx.kb.db.query.damageCases.findMany(
        query({
          where: {
            ...(table ? { damageTable: table as '3-1' | '3-2' } : {}),
            ...(damageKind ? { [DAMAGE_COLUMNS[damageKind]]: { in: marks } } : {}),
          },
          orderBy: { position: 'asc' },
        }),
      );
    },
  }),
  damageCaseLegend: t.drizzleField({
    type: [LegendMark],
    description: 'The legends of Tables 3-1 and 3-2: what each mark means in each table.',
    args: { table: t.arg.string({ description: "'3-1' or '3-2'; absent for both." }) },
    resolve: (query, _root, { table }, ctx) => {
      checkTable(table);
      return ctx.kb.db.query.damageCaseLegendMarks.findMany(
        query({
          ...(table ? { where: { damageTable: table as '3-1' | '3-2' } } : {}),
          orderBy: { id: 'asc' },
        }),
      );
    },
  }),
  damageCaseColumns: t.drizzleField({
    type: [ColumnRef],
    description: 'The damage columns, then the investigation columns, of Tables 3-1 and 3-2 in the printed order.',
    resolve: (query, _root, _args, ctx) =>
      ctx.kb.db.query.damageCaseColumns.findMany(query({ orderBy: { columnGroup: 'asc', position: 'asc' } })),
  }),
  damageCaseConsiderations: t.drizzleField({
    type: [Consideration],
    description: 'The two considerations of §3.4: the measures the literature cases and the interviews call for.',
    resolve: (query, _root, _args, ctx) =>
      ctx.kb.db.query.damageCaseConsiderations.findMany(query({ orderBy: { position: 'asc' } })),
  }),
}));
