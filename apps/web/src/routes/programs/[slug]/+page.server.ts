import { error } from '@sveltejs/kit';
import { apiLang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { ApiError, query } from '$lib/server/api';
import { today } from '@kaiji/kb/dates';
import { asOfError, TIMELINE_QUERY } from '$lib/server/operations/changes';
import { PROGRAM_QUERY } from '$lib/server/operations/programs';
import type { ResultOf } from '$lib/graphql';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, fetch, locals }) => {
  if (!/^[a-z0-9-]{1,80}$/.test(params.slug))
    error(404, { message: m.program_not_found({ slug: params.slug.slice(0, 80) }) });
  const lang = apiLang(locals.locale);
  // The date to view the program's tags at, as asked in the URL; a refused date is said, and today shown instead.
  const asOfAsked = url.searchParams.get('asOf') || null;
  let asOfProblem = asOfAsked ? asOfError(asOfAsked) : null;
  let asOf = asOfAsked && !asOfProblem ? asOfAsked : null;
  const timeline = query(fetch, TIMELINE_QUERY, { slug: params.slug, lang });
  let result: ResultOf<typeof PROGRAM_QUERY>;
  try {
    result = await query(fetch, PROGRAM_QUERY, { slug: params.slug, lang, asOf });
  } catch (e) {
    if (!(e instanceof ApiError) || !e.userInput || !asOf) throw e;
    asOfProblem = asOfError(asOf, e);
    if (!asOfProblem) throw e;
    asOf = null;
    result = await query(fetch, PROGRAM_QUERY, { slug: params.slug, lang, asOf });
  }
  // Not in the knowledge base on that date (e.g. a program that came later): say so, and show it today.
  let notOnDate: string | null = null;
  if (!result.program && asOf) {
    notOnDate = asOf;
    asOf = null;
    result = await query(fetch, PROGRAM_QUERY, { slug: params.slug, lang, asOf });
  }
  if (!result.program) error(404, { message: m.program_not_found({ slug: params.slug }) });
  return {
    program: result.program,
    taxonomy: result.taxonomy,
    asOf,
    asOfAsked: asOfProblem ? asOfAsked : asOf,
    asOfError: asOfProblem,
    notOnDate,
    shownDate: asOf ?? today(),
    timeline: (await timeline).program,
  };
};
