import { z } from 'zod';

/** A text in both languages. Japanese is the original where the seed report is the source. */
export const Localized = z
  .object({
    ja: z.string().trim().min(1, 'Japanese text is required'),
    en: z.string().trim().min(1, 'English text is required'),
  })
  .strict()
  .describe('A text in Japanese (ja) and English (en)');
export type Localized = z.infer<typeof Localized>;

/** A list of texts in both languages, item by item. */
export const LocalizedList = z
  .object({
    ja: z.array(z.string().trim().min(1)).min(1),
    en: z.array(z.string().trim().min(1)).min(1),
  })
  .strict()
  .refine((v) => v.ja.length === v.en.length, {
    message: 'ja and en must list the same number of items',
  });
export type LocalizedList = z.infer<typeof LocalizedList>;

// YAML turns an unquoted 2020-09-30 into a string only with the core schema, which the loader uses.
export const IsoDate = z.iso.date('expected an ISO date YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case words joined by hyphens');

/** ISO 3166-1 alpha-2, or EU for the Union's own bodies. */
export const Jurisdiction = z
  .string()
  .regex(/^(?:[A-Z]{2})$/, 'expected an ISO 3166-1 alpha-2 code (e.g. JP, GB) or EU');
