import { localizeLocator, SourceKind, SourceStatus } from '@kaiji/kb';
import type { sources } from '@kaiji/db';
import { builder } from '../builder.ts';
import { bilingual, bilingualOrNull, langArgs } from './lang.ts';

type SourceRow = typeof sources.$inferSelect;

/**
 * A citation: the place inside a document. Facts of the knowledge base cite a registry entry; the simulator's
 * assumptions carry their source already resolved to a label, so `entry` is null for them.
 */
export interface Citation {
  entry: SourceRow | null;
  labelJa: string;
  labelEn: string;
  locator: string | null;
  url: string | null;
  accessed: string | null;
}

/** What a `select` needs to build a Citation from a row with `sourceId`/`locator` and its `source` relation. */
export const citationSelect = { columns: { locator: true }, with: { source: true } } as const;
export const citation = (row: { locator: string | null; source: SourceRow }): Citation => ({
  entry: row.source,
  labelJa: row.source.titleJa,
  labelEn: row.source.titleEn,
  locator: row.locator,
  url: row.source.url,
  accessed: row.source.accessed,
});

export const SourceKindEnum = builder.enumType('SourceKind', {
  description: 'What kind of text a source is.',
  values: Object.fromEntries(
    SourceKind.options.map((v) => [
      v.toUpperCase(),
      {
        value: v,
        description: {
          seed: 'The study group’s FY2020 report itself.',
          web: 'A web page of the organisation or a public body.',
          news: 'A news article reporting figures or events.',
          repository: 'A public repository or dataset.',
          law: 'A law, regulation or official notice.',
        }[v],
      },
    ]),
  ) as Record<Uppercase<SourceKind>, { value: SourceKind; description: string }>,
});

export const SourceStatusEnum = builder.enumType('SourceStatus', {
  description: 'Whether a source is the organisation’s own text (or a law), or someone else’s account of it.',
  values: {
    PRIMARY: { value: 'primary' as const, description: 'The organisation’s own text, a law, or the seed report.' },
    SECONDARY: { value: 'secondary' as const, description: 'Someone else’s account, e.g. a news write-up.' },
  } satisfies Record<Uppercase<SourceStatus>, { value: SourceStatus; description: string }>,
});

export const SourceEntry = builder.drizzleObject('sources', {
  name: 'SourceEntry',
  description: 'An entry of the source registry (data/sources.yaml): a document that facts cite.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Stable key of the entry, e.g. `ipa-2020-report`.' }),
    kind: t.expose('kind', { type: SourceKindEnum, description: 'What kind of text this is.' }),
    title: t.string(bilingual('title', 'Title of the document.')),
    publisher: t.exposeString('publisher', { nullable: true, description: 'Who published it, as it names itself.' }),
    published: t.exposeString('published', {
      nullable: true,
      description: 'Publication date or month as the source states it (YYYY, YYYY-MM or YYYY-MM-DD).',
    }),
    url: t.exposeString('url', { nullable: true, description: 'Where it can be read, if it is online.' }),
    accessed: t.exposeString('accessed', { nullable: true, description: 'ISO date on which the URL was read.' }),
    status: t.expose('status', { type: SourceStatusEnum, description: 'Primary or secondary source.' }),
    readVia: t.exposeString('readVia', {
      nullable: true,
      description: 'How the text was reached when not from the URL itself (e.g. a stored copy).',
    }),
    note: t.string(bilingualOrNull('note', 'A remark on the source.')),
  }),
});

export const SourceRef = builder.objectRef<Citation>('Source').implement({
  description: 'Where a fact comes from: the seed report (section, table, figure, row) or a public URL read on a date.',
  fields: (t) => ({
    label: t.string(bilingual('label', "Short human label, e.g. the report's title or a page title.")),
    locator: t.string({
      nullable: true,
      description:
        "Position inside the source, in the language asked: 'Table 4-2, row 6 (DCMS), item 2' / '表 4-2・第6行（DCMS）・項目2'.",
      args: langArgs,
      resolve: (c, { lang }) => (c.locator === null ? null : localizeLocator(c.locator, lang === 'JA' ? 'ja' : 'en')),
    }),
    url: t.string({ nullable: true, description: 'Where the source can be read.', resolve: (c) => c.url }),
    accessed: t.string({
      nullable: true,
      description: 'ISO date on which a URL was read; null for the seed report.',
      resolve: (c) => c.accessed,
    }),
    key: t.string({
      nullable: true,
      description: 'Key of the registry entry cited; null for a source the simulator resolved itself.',
      resolve: (c) => c.entry?.id ?? null,
    }),
    kind: t.field({
      type: SourceKindEnum,
      nullable: true,
      description: 'What kind of text is cited (null without a registry entry).',
      resolve: (c) => c.entry?.kind ?? null,
    }),
    status: t.field({
      type: SourceStatusEnum,
      nullable: true,
      description: 'Whether the cited text is a primary or a secondary source (null without a registry entry).',
      resolve: (c) => c.entry?.status ?? null,
    }),
    entry: t.field({
      type: SourceEntry,
      nullable: true,
      description: 'The registry entry cited, in full (null for a source the simulator resolved itself).',
      resolve: (c) => c.entry,
    }),
  }),
});

builder.queryFields((t) => ({
  sources: t.drizzleField({
    type: ['sources'],
    description:
      'The source registry: every document that a fact in the knowledge base cites, in the order of data/sources.yaml (the seed report first).',
    args: {
      kinds: t.arg({ type: [SourceKindEnum], required: false, description: 'Only entries of these kinds.' }),
    },
    resolve: (query, _root, { kinds }, ctx) =>
      ctx.kb.db.query.sources.findMany(
        query({ where: kinds?.length ? { kind: { in: kinds } } : {}, orderBy: { position: 'asc' } }),
      ),
  }),
  source: t.drizzleField({
    type: 'sources',
    nullable: true,
    description: 'One registry entry by its key.',
    args: { key: t.arg.string({ required: true, description: 'Key of the entry, e.g. `ipa-2020-report`.' }) },
    resolve: (query, _root, { key }, ctx) => ctx.kb.db.query.sources.findFirst(query({ where: { id: key } })),
  }),
}));

/** The options of a row's `source` field: its registry entry and locator, selected and cited (`t.field(cited('…'))`). */
export function cited(description: string) {
  return { type: SourceRef, description, select: citationSelect, resolve: citation };
}
