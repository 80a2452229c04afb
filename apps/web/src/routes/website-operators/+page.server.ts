import { apiLang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { ApiError, query } from '$lib/server/api';
import type { ResultOf, SchemaEnum } from '$lib/graphql';
import { WEBSITE_OPERATORS_QUERY } from '$lib/server/operations/website-operators';
import type { PageServerLoad } from './$types';

// The API owns the damage kinds; this only keeps junk out of the variables before it refuses the rest.
const KIND = /^[A-Z_]{1,40}$/;

/** Chapter 2's survey and Chapter 3's damage cases; `?damage=DEFACEMENT` keeps the cases with that damage. */
export const load: PageServerLoad = async ({ url, fetch, locals }) => {
  const lang = apiLang(locals.locale);
  const asked = url.searchParams.get('damage') || null;
  let damageError: string | null = null;
  let result: ResultOf<typeof WEBSITE_OPERATORS_QUERY>;
  try {
    result = await query(fetch, WEBSITE_OPERATORS_QUERY, {
      lang,
      // Passed on as the schema's: the API refuses a kind it does not know, and the page says so below.
      damageKind: asked && KIND.test(asked) ? (asked as SchemaEnum<'DamageKind'>) : null,
    });
    if (asked && !KIND.test(asked)) damageError = m.operators_damage_refused({ value: asked });
  } catch (e) {
    if (!(e instanceof ApiError) || !e.userInput) throw e;
    damageError = m.operators_damage_refused({ value: asked ?? '' });
    result = await query(fetch, WEBSITE_OPERATORS_QUERY, { lang, damageKind: null });
  }
  return { ...result, damageKind: damageError ? null : asked, damageError };
};
