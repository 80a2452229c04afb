import { apiLang } from '$lib/i18n';
import { query } from '$lib/server/api';
import { BACKTEST_QUERY } from '$lib/server/operations/backtest';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, locals }) => {
  const result = await query(fetch, BACKTEST_QUERY, { lang: apiLang(locals.locale) });
  return { backtest: result.backtest };
};
