import { ReportKind, ReportOutcome } from '@kaiji/kb';
import { builder } from '../builder.ts';
import { bilingual, bilingualOrNull } from './lang.ts';
import { cited } from './source.ts';

export const ReportKindEnum = builder.enumType('ReportKind', {
  description: 'What a Partnership report is about.',
  values: {
    SOFTWARE_PRODUCT: {
      description: 'ソフトウェア製品: a software product (handled with its developer, published on JVN).',
    },
    WEBSITE: { description: 'ウェブサイト: a website (handled with its operator).' },
  } satisfies Record<ReportKind, { description: string }>,
});

export const ReportOutcomeEnum = builder.enumType('ReportOutcome', {
  description: 'Outcome states of Partnership reports as Chapter 1 counts them.',
  values: ReportOutcome.options,
});

builder.drizzleObject('partnershipOutcomeDetails', {
  name: 'OutcomeDetail',
  description: 'A count within an outcome, e.g. website fixes made by deleting the page.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key, e.g. `pageDeleted`.' }),
    label: t.string(bilingual('label', 'The report’s wording.')),
    count: t.exposeInt('count', { description: 'Number of reports.' }),
    note: t.string(bilingualOrNull('note', 'Kaiji’s reading, where the report does not state the count outright.')),
    source: t.field(cited('Where the report states it.')),
  }),
});

export const OutcomeCount = builder.drizzleObject('partnershipOutcomes', {
  name: 'OutcomeCount',
  description: 'How many reports of one kind are in one outcome state at asOf (Figures 1-2 and 1-3).',
  fields: (t) => ({
    kind: t.expose('kind', { type: ReportKindEnum, description: 'Product or website reports.' }),
    outcome: t.expose('outcome', { type: ReportOutcomeEnum, description: 'The outcome state.' }),
    label: t.string(bilingual('label', 'The report’s own term, e.g. 公表済み.')),
    count: t.exposeInt('count', { description: 'Number of reports.' }),
    details: t.relation('details', {
      description: 'Counts within this outcome, where the report gives them.',
      query: { orderBy: { id: 'asc' } },
    }),
    source: t.field(cited('Where the report states it.')),
  }),
});

const KindTotal = builder.drizzleObject('partnershipTotals', {
  name: 'ReportKindTotal',
  description: 'All reports of one kind received up to asOf.',
  fields: (t) => ({
    kind: t.expose('kind', { type: ReportKindEnum, description: 'Product or website reports.' }),
    total: t.exposeInt('total', { description: 'Number of reports.' }),
    source: t.field(cited('Where the report states it.')),
  }),
});

const QuarterCount = builder.drizzleObject('partnershipQuarters', {
  name: 'QuarterCount',
  description: 'Cumulative reports at a quarter’s end (Figure 1-1).',
  fields: (t) => ({
    quarter: t.exposeString('quarter', { description: "e.g. '2020Q3' (calendar quarters as Figure 1-1 labels them)." }),
    cumulativeReports: t.exposeInt('cumulativeReports', { description: 'All reports received since 2004-07-08.' }),
    reportsPerWorkingDay: t.exposeFloat('reportsPerWorkingDay', {
      description: 'Reports per working day since 2004-07-08.',
    }),
    source: t.field(cited('Where the figure is printed.')),
  }),
});

const FigureUnitEnum = builder.enumType('FigureUnit', {
  description: 'What a figure counts or measures.',
  values: {
    REPORTS: { value: 'reports', description: 'Number of reports.' },
    SHARE: { value: 'share', description: 'A share between 0 and 1.' },
    REPORTS_PER_WORKING_DAY: { value: 'reportsPerWorkingDay', description: 'Reports per working day.' },
    DEVELOPERS: { value: 'developers', description: 'Number of product developers.' },
    VULNERABILITIES: { value: 'vulnerabilities', description: 'Number of vulnerabilities.' },
    CASES: { value: 'cases', description: 'Number of cases.' },
  } as const,
});

const Figure = builder.drizzleObject('partnershipFigures', {
  name: 'PartnershipFigure',
  description: 'A single figure of Chapter 1 that does not fit a table.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key, e.g. `productPublishedWithin45DaysShare`.' }),
    label: t.string(bilingual('label', 'What the figure is.')),
    value: t.exposeFloat('value', { description: 'The figure.' }),
    unit: t.field({
      type: FigureUnitEnum,
      description: 'What it counts or measures.',
      select: { columns: { unit: true } },
      resolve: (f) => f.unit as typeof FigureUnitEnum.$inferType,
    }),
    note: t.string(bilingualOrNull('note', 'How the figure was read.')),
    source: t.field(cited('Where the report states it.')),
  }),
});

builder.drizzleObject('partnershipBreakdownItems', {
  name: 'ShareItem',
  description: 'One part of a breakdown and its share.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key, e.g. `crossSiteScripting`.' }),
    label: t.string(bilingual('label', 'The report’s wording.')),
    share: t.exposeFloat('share', { description: 'Share of the breakdown’s base, 0 to 1.' }),
  }),
});

const ShareBreakdown = builder.drizzleObject('partnershipBreakdowns', {
  name: 'ShareBreakdown',
  description: 'Shares of a whole as a figure of Chapter 1 states them (only the parts the text names).',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key, e.g. `websiteVulnerabilityType`.' }),
    label: t.string(bilingual('label', 'What is broken down.')),
    base: t.exposeInt('base', { description: 'Number of reports the shares are of.' }),
    items: t.relation('items', {
      description: 'The parts, largest first as printed.',
      query: { orderBy: { position: 'asc' } },
    }),
    note: t.string(bilingualOrNull('note', 'What the text gives and what it leaves out.')),
    source: t.field(cited('Where the figure is printed.')),
  }),
});

const IntakeHistoryPoint = builder.drizzleObject('intakeHistory', {
  name: 'IntakeHistoryPoint',
  description: 'Cumulative reports at a quarter’s end before Figure 1-1’s span, mostly from news write-ups.',
  fields: (t) => ({
    quarter: t.exposeString('quarter', { description: "e.g. '2008Q4'." }),
    software: t.exposeInt('software', { description: 'Cumulative software-product reports.' }),
    web: t.exposeInt('web', { description: 'Cumulative website reports.' }),
    total: t.exposeInt('total', { description: 'software + web.' }),
    note: t.string(bilingualOrNull('note', 'What happened in the quarter, where the source says.')),
    source: t.field(cited('Where the figures come from.')),
  }),
});

/** The statistics object itself carries nothing; each field queries its own table. */
const PartnershipStatistics = builder
  .objectRef<{ asOf: string; intakeStart: string }>('PartnershipStatistics')
  .implement({
    description: 'Chapter 1: the Partnership’s own statistics, standing at asOf.',
    fields: (t) => ({
      asOf: t.exposeString('asOf', { description: "ISO date the figures stand at, '2020-09-30'." }),
      intakeStart: t.exposeString('intakeStart', {
        description: 'ISO date the Partnership began taking reports, 2004-07-08.',
      }),
      quarterlyCumulativeReports: t.drizzleField({
        type: [QuarterCount],
        description: 'Cumulative reports at each quarter’s end (Figure 1-1).',
        resolve: (query, _p, _a, ctx) =>
          ctx.kb.db.query.partnershipQuarters.findMany(query({ orderBy: { quarter: 'asc' } })),
      }),
      outcomes: t.drizzleField({
        type: [OutcomeCount],
        description: 'Reports of one kind by outcome at asOf (Figures 1-2 and 1-3).',
        args: { kind: t.arg({ type: ReportKindEnum, required: true, description: 'Product or website reports.' }) },
        resolve: (query, _p, { kind }, ctx) =>
          ctx.kb.db.query.partnershipOutcomes.findMany(query({ where: { kind }, orderBy: { position: 'asc' } })),
      }),
      totals: t.drizzleField({
        type: [KindTotal],
        description: 'All reports of each kind received up to asOf.',
        resolve: (query, _p, _a, ctx) =>
          ctx.kb.db.query.partnershipTotals.findMany(query({ orderBy: { kind: 'asc' } })),
      }),
      figures: t.drizzleField({
        type: [Figure],
        description: 'Single figures of Chapter 1 (shares, rates, counts).',
        resolve: (query, _p, _a, ctx) =>
          ctx.kb.db.query.partnershipFigures.findMany(query({ orderBy: { position: 'asc' } })),
      }),
      breakdowns: t.drizzleField({
        type: [ShareBreakdown],
        description: 'Breakdowns of reports by type and cause, as far as the text states them.',
        resolve: (query, _p, _a, ctx) =>
          ctx.kb.db.query.partnershipBreakdowns.findMany(query({ orderBy: { position: 'asc' } })),
      }),
      intakeHistory: t.drizzleField({
        type: [IntakeHistoryPoint],
        description: 'Cumulative reports by kind at earlier quarter ends (news write-ups of IPA’s quarterly reports).',
        resolve: (query, _p, _a, ctx) => ctx.kb.db.query.intakeHistory.findMany(query({ orderBy: { quarter: 'asc' } })),
      }),
    }),
  });

builder.queryField('partnership', (t) =>
  t.field({
    type: PartnershipStatistics,
    description:
      'The Partnership’s statistics of Chapter 1 in full: outcomes, quarters, figures, breakdowns and intake history.',
    resolve: (_root, _args, { kb }) => ({
      asOf: kb.buildInfo.asOf ?? '',
      intakeStart: kb.buildInfo.intakeStart ?? '',
    }),
  }),
);
