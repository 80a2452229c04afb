import { apiLang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { ApiError, query } from '$lib/server/api';
import { WEBSITE_OPERATORS_QUERY, type WebsiteOperatorsResult } from '$lib/server/operations/website-operators';
import type { PageServerLoad } from './$types';

// The API owns the damage kinds; this only keeps junk out of the variables before it refuses the rest.
const KIND = /^[A-Z_]{1,40}$/;

/** Chapter 2's survey and Chapter 3's damage cases; `?damage=DEFACEMENT` keeps the cases with that damage. */
export const load: PageServerLoad = async ({ url, fetch, locals }) => {
  const lang = apiLang(locals.locale);
  const asked = url.searchParams.get('damage') || null;
  let damageError: string | null = null;
  let result: WebsiteOperatorsResult;
  try {
    result = await query<WebsiteOperatorsResult>(fetch, WEBSITE_OPERATORS_QUERY, {
      lang,
      damageKind: asked && KIND.test(asked) ? asked : null,
    });
    if (asked && !KIND.test(asked)) damageError = m.operators_damage_refused({ value: asked });
  } catch (e) {
    if (!(e instanceof ApiError) || !e.userInput) throw e;
    damageError = m.operators_damage_refused({ value: asked ?? '' });
    result = await query<WebsiteOperatorsResult>(fetch, WEBSITE_OPERATORS_QUERY, { lang, damageKind: null });
  }
  return { ...result, damageKind: damageError ? null : asked, damageError };
};
