import { apiLang } from '$lib/i18n';
import { query } from '$lib/server/api';
import { PARTNERSHIP_QUERY } from '$lib/server/operations/partnership';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, locals }) => {
  const result = await query(fetch, PARTNERSHIP_QUERY, { lang: apiLang(locals.locale) });
  return { partnership: result.partnership };
};
