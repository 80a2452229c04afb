/** '2020Q3' → the quarter's last day as a UTC date (2020-09-30). */
export function quarterEnd(quarter: string): Date {
  const match = /^(\d{4})Q([1-4])$/.exec(quarter);
  if (!match) throw new Error(`not a quarter: ${quarter}`);
  const year = Number(match[1]);
  const q = Number(match[2]);
  return new Date(Date.UTC(year, q * 3, 0));
}

/**
 * Tick labels of a time axis in the page's language: a year's first day is the year (2018年 / 2018), any other
 * tick its month (2018年4月 / Apr 2018). Plot's own default is d3's English ("Jan 2018") whatever the page.
 */
export function dateTick(locale: 'ja' | 'en'): (d: Date) => string {
  const month = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' });
  return (d) => {
    const year = d.getUTCFullYear();
    if (d.getUTCMonth() === 0 && d.getUTCDate() === 1) return locale === 'ja' ? `${year}年` : String(year);
    // Intl's ja-JP gives "2018/4" for year and month alone; the written form is 2018年4月.
    return locale === 'ja' ? `${year}年${d.getUTCMonth() + 1}月` : month.format(d);
  };
}
