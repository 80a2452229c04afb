/** '2020Q3' → the quarter's last day as a UTC date (2020-09-30). */
export function quarterEnd(quarter: string): Date {
  const match = /^(\d{4})Q([1-4])$/.exec(quarter);
  if (!match) throw new Error(`not a quarter: ${quarter}`);
  const year = Number(match[1]);
  const q = Number(match[2]);
  return new Date(Date.UTC(year, q * 3, 0));
}
