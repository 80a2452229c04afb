import { IsoDate } from './schema/common.ts';

/**
 * Whether a text is a real calendar date written YYYY-MM-DD (2021-02-29 is not): the data's own rule (zod's
 * `z.iso.date`), for the API's `Date` scalar and the web app's date parameters alike. Its own subpath
 * (`@kaiji/kb/iso-date`) so that a server bundle takes zod's date check without the loader.
 */
export function isIsoDate(text: string): boolean {
  return IsoDate.safeParse(text).success;
}
