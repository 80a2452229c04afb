import { apiLang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { ApiError, query } from '$lib/server/api';
import { REPORT_DATE, today } from '@kaiji/kb/dates';
import type { ResultOf } from '$lib/graphql';
import { asOfError, CHANGES_QUERY, refusedDate } from '$lib/server/operations/changes';
import type { PageServerLoad } from './$types';

const SLUG = /^[a-z0-9-]{1,80}$/;

/** What changed between two dates (`from` excluded, `to` included), for every program or those in `programs`. */
export const load: PageServerLoad = async ({ url, fetch, locals }) => {
  const lang = apiLang(locals.locale);
  const now = today();
  const errors: string[] = [];
  let from = url.searchParams.get('from') || REPORT_DATE;
  let to = url.searchParams.get('to') || now;
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const problem = asOfError(value, undefined, true);
    if (problem) errors.push(`${name === 'from' ? m.changes_from() : m.changes_to()}: ${problem}`);
  }
  if (errors.length) [from, to] = [REPORT_DATE, now];
  if (to < from) {
    errors.push(m.changes_error_order({ from, to }));
    [from, to] = [REPORT_DATE, now];
  }
  const programs = [
    ...new Set(
      url.searchParams
        .getAll('programs')
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => SLUG.test(v)),
    ),
  ].slice(0, 100);
  let result: ResultOf<typeof CHANGES_QUERY>;
  try {
    result = await query(fetch, CHANGES_QUERY, { from, to, programs: programs.length ? programs : null, lang });
  } catch (e) {
    if (!(e instanceof ApiError) || !e.userInput) throw e;
    // A date the API refuses (e.g. before its earliest record): say which, and show the report to today.
    const date = refusedDate(e);
    errors.push((date && asOfError(date.field === 'to' ? to : from, e, true)) ?? e.messageIn(locals.locale));
    [from, to] = [REPORT_DATE, now];
    result = await query(fetch, CHANGES_QUERY, { from, to, programs: programs.length ? programs : null, lang });
  }
  return {
    from,
    to,
    today: now,
    selected: programs,
    errors,
    changes: result.changes,
    allPrograms: result.all.edges.map((e) => e.node),
    taxonomy: result.taxonomy,
  };
};
