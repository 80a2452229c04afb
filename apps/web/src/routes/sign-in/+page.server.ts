import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/form-text';
import { href } from '$lib/i18n';
import { fairUseFailure } from '$lib/server/fair-use';
import { passphraseMatches, signIn, signOut, writePolicy, writesProtected } from '$lib/server/secretariat';
import type { Actions, PageServerLoad } from './$types';

/** Where to go after signing in: a path of this site only (never `//elsewhere` or a full URL). */
function nextPath(url: URL, locale: 'ja' | 'en'): string {
  const next = url.searchParams.get('next');
  return next && /^\/(?![/\\])/.test(next) ? next : href('/simulate', locale);
}

export const load: PageServerLoad = ({ cookies, url }) => ({
  policy: writePolicy(cookies),
  next: url.searchParams.get('next'),
});

export const actions: Actions = {
  signIn: async (event) => {
    const { request, cookies, url, locals } = event;
    if (!writesProtected()) return fail(400, { error: 'open' as const });
    const limited = await fairUseFailure(event, 'signIn');
    if (limited) return fail(429, { error: 'limited' as const, message: limited.message });
    const passphrase = formText(await request.formData(), 'passphrase');
    if (!passphraseMatches(passphrase)) {
      console.error(
        `sign-in refused ${JSON.stringify({ at: new Date().toISOString(), client: event.getClientAddress() })}`,
      );
      return fail(403, { error: 'wrong' as const });
    }
    const label = signIn(cookies, url);
    console.error(
      `sign-in ${JSON.stringify({ at: new Date().toISOString(), session: label, client: event.getClientAddress() })}`,
    );
    redirect(303, nextPath(url, locals.locale));
  },
  signOut: ({ cookies, url, locals }) => {
    signOut(cookies, url);
    redirect(303, nextPath(url, locals.locale));
  },
};
