/**
 * Time in the engine is days since intake began (2004-07-08 = day 0), as a float. A quarter "ends" at the end of
 * its last day, which is where the Partnership's quarterly figures stand.
 */

const DAY_MS = 86_400_000;

function parseIsoDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Days from the start of one ISO date to the start of another. */
export function daysBetween(from: string, to: string): number {
  return parseIsoDate(to) - parseIsoDate(from);
}

export function quarterOfDate(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${y}Q${Math.floor((m - 1) / 3) + 1}`;
}

export interface Calendar {
  /** Epoch day of intake start. */
  startEpochDay: number;
  /** Days from intake start to the end of asOf. */
  horizon: number;
  /** Quarter labels from the quarter of intake start to the quarter of asOf. */
  quarters: string[];
  /** Day (since intake start) at which each quarter ends; the last one is clipped to the horizon. */
  quarterEnds: Float64Array;
  /** ISO date of each quarter's last day (clipped to asOf). */
  quarterEndDates: string[];
  /** Weekdays (Monday to Friday) in each quarter from intake start. */
  weekdays: Float64Array;
  /** For each whole day 0..horizon-1, the index of the quarter that contains it. */
  quarterOfDay: Uint8Array;
}

export function buildCalendar(intakeStart: string, asOf: string): Calendar {
  const start = parseIsoDate(intakeStart);
  const end = parseIsoDate(asOf) + 1;
  const horizon = end - start;
  const quarters: string[] = [];
  const ends: number[] = [];
  const endDates: string[] = [];
  const startDate = new Date(start * DAY_MS);
  let year = startDate.getUTCFullYear();
  let q = Math.floor(startDate.getUTCMonth() / 3);
  for (;;) {
    const next = Date.UTC(year, q * 3 + 3, 1) / DAY_MS;
    const clipped = Math.min(next, end);
    quarters.push(`${year}Q${q + 1}`);
    ends.push(clipped - start);
    endDates.push(new Date((clipped - 1) * DAY_MS).toISOString().slice(0, 10));
    if (next >= end) break;
    q += 1;
    if (q === 4) {
      q = 0;
      year += 1;
    }
  }
  if (quarters.length > 255) throw new Error('the replay spans more quarters than the engine indexes');
  const quarterEnds = Float64Array.from(ends);
  const weekdays = new Float64Array(quarters.length);
  const quarterOfDay = new Uint8Array(horizon);
  let qi = 0;
  for (let day = 0; day < horizon; day++) {
    while (day >= quarterEnds[qi]!) qi++;
    quarterOfDay[day] = qi;
    // Epoch day 0 (1970-01-01) was a Thursday.
    const weekday = (start + day + 4) % 7;
    if (weekday !== 0 && weekday !== 6) weekdays[qi]! += 1;
  }
  return { startEpochDay: start, horizon, quarters, quarterEnds, quarterEndDates: endDates, weekdays, quarterOfDay };
}

/** Day (since intake start) at which a quarter like '2019Q3' ends. */
export function quarterEndDay(calendar: Calendar, quarter: string): number {
  const i = calendar.quarters.indexOf(quarter);
  if (i < 0)
    throw new Error(
      `quarter ${quarter} is outside the replay (${calendar.quarters[0]} to ${calendar.quarters.at(-1)})`,
    );
  return calendar.quarterEnds[i]!;
}
