import { z } from 'zod';
import { IsoDate, Localized, Slug } from './common.ts';

export const SourceKind = z.enum(['seed', 'web', 'news', 'repository', 'law']);
export type SourceKind = z.infer<typeof SourceKind>;

/** Whether a source is the organisation's own text (or a law) or someone else's account of it. */
export const SourceStatus = z.enum(['primary', 'secondary']);
export type SourceStatus = z.infer<typeof SourceStatus>;

/** One entry of data/sources.yaml. */
export const Source = z
  .object({
    id: Slug,
    kind: SourceKind,
    title: Localized,
    publisher: z.string().trim().min(1).optional(),
    /** Publication date or month as the source states it (YYYY, YYYY-MM or YYYY-MM-DD). */
    published: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    url: z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).optional(),
    /** The day the URL was read. Required for every source with a URL. */
    accessed: IsoDate.optional(),
    status: SourceStatus,
    /** How the text was reached when not from the URL itself (e.g. a stored copy). */
    readVia: z.string().trim().min(1).optional(),
    note: Localized.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.url && !s.accessed) {
      ctx.addIssue({ code: 'custom', path: ['accessed'], message: 'a source with a url needs the date it was read' });
    }
    if (s.kind === 'seed' && s.status !== 'primary') {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'the seed report is a primary source' });
    }
  });
export type Source = z.infer<typeof Source>;

export const SourceRegistry = z
  .object({
    sources: z.array(Source).min(1),
  })
  .strict();
export type SourceRegistry = z.infer<typeof SourceRegistry>;

/** A pointer from a fact to a registry entry, with the place inside it. */
export const SourceRef = z
  .object({
    source: Slug.describe('id of an entry in data/sources.yaml'),
    /** e.g. 'Table 4-2, row 8 (CISA (BOD 20-01)), item 2' or '§1.2.1 (1)'. */
    locator: z.string().trim().min(1).optional(),
  })
  .strict();
export type SourceRef = z.infer<typeof SourceRef>;
