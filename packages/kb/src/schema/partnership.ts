import { z } from 'zod';
import { IsoDate, Localized } from './common.ts';
import { SourceRef } from './source.ts';

export const ReportKind = z.enum(['SOFTWARE_PRODUCT', 'WEBSITE']);
export type ReportKind = z.infer<typeof ReportKind>;

/** Outcome states of Partnership reports as Chapter 1 counts them. */
export const ReportOutcome = z.enum([
  'PUBLISHED',
  'HANDLED_INDIVIDUALLY',
  'NOT_VULNERABLE',
  'IN_HANDLING',
  'NOT_ACCEPTED',
  'FIXED',
  'CLOSED_AFTER_ALERT',
  'OPERATOR_UNREACHABLE',
]);
export type ReportOutcome = z.infer<typeof ReportOutcome>;

export const Quarter = z.string().regex(/^\d{4}Q[1-4]$/, "expected a quarter like '2020Q3'");

const Count = z.number().int().nonnegative();
const Share = z.number().min(0).max(1);

/** A count within an outcome (e.g. fixed by deleting the page). */
const OutcomeDetail = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z]*$/),
    label: Localized,
    count: Count,
    source: SourceRef,
    /** How the count is placed where the seed does not say it outright (Kaiji's reading, labelled as such). */
    note: Localized.optional(),
  })
  .strict();

const OutcomeCount = z
  .object({
    outcome: ReportOutcome,
    /** The seed's own term, e.g. 公表済み. */
    label: Localized,
    count: Count,
    details: z.array(OutcomeDetail).optional(),
    source: SourceRef,
  })
  .strict();

const KindOutcomes = z
  .object({
    kind: ReportKind,
    total: Count,
    totalSource: SourceRef,
    outcomes: z.array(OutcomeCount).min(1),
  })
  .strict()
  .superRefine((k, ctx) => {
    const sum = k.outcomes.reduce((a, o) => a + o.count, 0);
    if (sum !== k.total) {
      ctx.addIssue({
        code: 'custom',
        path: ['outcomes'],
        message: `outcome counts add up to ${sum}, not to the total ${k.total}`,
      });
    }
  });

const QuarterPoint = z
  .object({ quarter: Quarter, cumulativeReports: Count, reportsPerWorkingDay: z.number().positive() })
  .strict();

/** A share of a whole, as a figure of Chapter 1 states it (e.g. ウェブアプリケーションソフト 44%). */
const ShareItem = z.object({ key: z.string(), label: Localized, share: Share }).strict();

const ShareBreakdown = z
  .object({
    label: Localized,
    /** The number of reports the shares are of. */
    base: Count,
    items: z.array(ShareItem).min(1),
    source: SourceRef,
    note: Localized.optional(),
  })
  .strict();

/** A single figure of Chapter 1 that does not fit a table. */
const Figure = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
    label: Localized,
    value: z.number(),
    unit: z.enum(['reports', 'share', 'reportsPerWorkingDay', 'developers', 'vulnerabilities', 'cases']),
    source: SourceRef,
    note: Localized.optional(),
  })
  .strict();

/** data/partnership/statistics.yaml: Chapter 1 as structured figures, standing at asOf. */
export const PartnershipStatistics = z
  .object({
    asOf: IsoDate,
    intakeStart: IsoDate,
    quarterly: z.object({ points: z.array(QuarterPoint).min(1), source: SourceRef }).strict(),
    outcomes: z.array(KindOutcomes).length(2),
    figures: z.array(Figure).min(1),
    breakdowns: z.record(z.string(), ShareBreakdown),
  })
  .strict();
export type PartnershipStatistics = z.infer<typeof PartnershipStatistics>;

/** data/partnership/intake-history.yaml: cumulative reports at quarter ends, mostly from news write-ups. */
export const IntakeHistory = z
  .object({
    points: z
      .array(
        z
          .object({
            quarter: Quarter,
            software: Count,
            web: Count,
            total: Count,
            source: SourceRef,
            note: Localized.optional(),
          })
          .strict()
          .refine((p) => p.software + p.web === p.total, { message: 'software + web must equal total' }),
      )
      .min(2),
  })
  .strict();
export type IntakeHistory = z.infer<typeof IntakeHistory>;
