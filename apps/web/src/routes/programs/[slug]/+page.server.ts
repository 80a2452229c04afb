import { error } from '@sveltejs/kit';
import { apiLang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { query } from '$lib/server/api';
import { PROGRAM_QUERY, type ProgramResult } from '$lib/server/operations/programs';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch, locals }) => {
  if (!/^[a-z0-9-]{1,80}$/.test(params.slug)) error(404, { message: m.program_not_found({ slug: params.slug.slice(0, 80) }) });
  const result = await query<ProgramResult>(fetch, PROGRAM_QUERY, { slug: params.slug, lang: apiLang(locals.locale) });
  if (!result.program) error(404, { message: m.program_not_found({ slug: params.slug }) });
  return { program: result.program, taxonomy: result.taxonomy };
};
