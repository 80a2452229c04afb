import type { CsvCell } from '$lib/charts/export';
import { quarterEnd } from '$lib/charts/time';
import type { PageData } from './$types';

export type Partnership = PageData['partnership'];
export type Figure = Partnership['figures'][number];
export type Citation = Figure['source'];

/**
 * Chapter 1's single figures charted in groups, in the page's order; the table at the end keeps only what no
 * chart shows. A group whose figures the data lacks is not drawn.
 */
export const FIGURE_GROUPS = {
  timing: ['productPublishedWithin45DaysShare', 'websiteFixedWithin30DaysShare', 'websiteFixedWithin90DaysShare'],
  jvn: [
    'jvnPublishedTotal',
    'jvnPublishedDomestic',
    'jvnPublishedViaOverseasCsirts',
    'jvnPublishedViaOverseasCsirts2020Q3',
  ],
  unreachable: [
    'unreachableListed',
    'unreachableResumed',
    'unreachableResumedCompleted',
    'unreachableStillUnreachable',
  ],
  longRunning: ['websiteOpenOver90DaysPreviousYear', 'websiteOpenOver90Days'],
} as const;
export type FigureGroup = keyof typeof FIGURE_GROUPS;

/** Each group's figures found in the data, in the group's order. */
export function groupFigures(figures: readonly Figure[]): Record<FigureGroup, Figure[]> {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const pick = (keys: readonly string[]) => keys.flatMap((k) => byKey.get(k) ?? []);
  return {
    timing: pick(FIGURE_GROUPS.timing),
    jvn: pick(FIGURE_GROUPS.jvn),
    unreachable: pick(FIGURE_GROUPS.unreachable),
    longRunning: pick(FIGURE_GROUPS.longRunning),
  };
}

/** The figures no group charts, in the data's order. */
export function ungroupedFigures(figures: readonly Figure[]): Figure[] {
  const charted = new Set<string>(Object.values(FIGURE_GROUPS).flat());
  return figures.filter((f) => !charted.has(f.key));
}

/** The count of one outcome (PUBLISHED, FIXED, IN_HANDLING…) in a list of outcomes; 0 when it is absent. */
export const countOf = (rows: readonly { outcome: string; count: number }[], outcome: string) =>
  rows.find((r) => r.outcome === outcome)?.count ?? 0;

/** The report's quarterly totals (Figure 1-1) and the news write-ups' history, each as dated rows for a chart. */
export function intakeSeries(p: Partnership) {
  return {
    seed: p.quarterlyCumulativeReports.map((q) => ({ ...q, date: quarterEnd(q.quarter) })),
    news: p.intakeHistory.map((h) => ({ ...h, date: quarterEnd(h.quarter) })),
  };
}

/**
 * The intake chart's data table: one row per quarter either source gives, in quarter order; the news columns
 * empty where only the report has the quarter, the report's where only the news do.
 */
export function intakeTable(p: Partnership): CsvCell[][] {
  const seedOf = new Map(p.quarterlyCumulativeReports.map((q) => [q.quarter, q.cumulativeReports]));
  const newsQuarters = new Set(p.intakeHistory.map((h) => h.quarter));
  return [
    ...p.intakeHistory.map((h) => [h.quarter, h.software, h.web, h.total, seedOf.get(h.quarter) ?? null]),
    ...p.quarterlyCumulativeReports
      .filter((q) => !newsQuarters.has(q.quarter))
      .map((q) => [q.quarter, null, null, null, q.cumulativeReports]),
  ].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

/** The news write-ups the history cites (secondary sources), each once. */
export function newsSources(p: Partnership): Citation[] {
  return [
    ...new Map(
      p.intakeHistory.filter((h) => h.source.status === 'SECONDARY').map((h) => [h.source.label, h.source]),
    ).values(),
  ];
}
