// The dates every part of Kaiji agrees on. No imports at all: the web app's pages import it into the browser bundle.

/**
 * The seed report's cut-off: Chapter 1's statistics stand at 2020-09-30 ("2020年9月末時点"), and Kaiji dates
 * Table 4-2's survey to the same day (Kaiji's convention: the seed gives the survey no date; see the README).
 * data/ says the same (`partnership.asOf`, each `survey.asOf`), which this package's tests check.
 */
export const REPORT_DATE = '2020-09-30';

/**
 * The Partnership's first day of intake: Chapter 1 counts its reports "2004 年 7 月 8 日の受付開始から" (§1.1).
 * data/ says the same (`partnership.intakeStart`), which this package's tests check. A simulated lever cannot
 * start before it.
 */
export const INTAKE_START = '2004-07-08';

/**
 * Kaiji's day is Japan's: its users are a Japanese study group, so "today" (what `asOf` defaults to, the date in
 * an export's file name) turns at midnight in Tokyo, for the API and the web app alike, whatever the server's zone.
 */
export const TIME_ZONE = 'Asia/Tokyo';

const tokyoDay = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Japan (or that of `now`), YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const parts = tokyoDay.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
