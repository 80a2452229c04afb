import { localizeLocator } from '@kaiji/kb/locator';
import type { ResolvedSource } from '@kaiji/sim';
import type { Locale } from '$lib/paraglide/runtime';
import type { Citation } from '$lib/source';

/**
 * A simulation model's source as the page cites it (SourceCite, sourceText): the model resolves its sources in
 * English with the Japanese title beside it, and writes locators in the report's English grammar; the page reads
 * both in its own language. One helper for the /simulate assumption list, its tornado and /about.
 */
export function modelCitation(source: ResolvedSource | null | undefined, locale: Locale): Citation | null {
  if (!source) return null;
  return {
    label: (locale === 'ja' && source.labelJa) || source.label,
    locator: source.locator ? localizeLocator(source.locator, locale) : null,
    url: source.url ?? null,
    accessed: source.accessed ?? null,
  };
}
