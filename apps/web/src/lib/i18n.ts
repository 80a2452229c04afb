import { getLocale, localizeHref, type Locale } from '$lib/paraglide/runtime';

/** The API's `Lang` enum value for the current locale. */
export type Lang = 'JA' | 'EN';

export function apiLang(locale: Locale = getLocale()): Lang {
  return locale === 'en' ? 'EN' : 'JA';
}

/**
 * A path of this site in the current (or given) locale: `/programs` stays Japanese, becomes `/en/programs`
 * in English. The English home is `/en`, not `/en/`, which Kit would only redirect.
 */
export function href(path: string, locale?: Locale): string {
  const localized = localizeHref(path, locale ? { locale } : undefined);
  return localized.replace(/^\/en\/(?=$|[?#])/, '/en');
}

/** BCP 47 tag for Intl formatting. */
export function intlLocale(locale: Locale = getLocale()): string {
  return locale === 'en' ? 'en-GB' : 'ja-JP';
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}, locale?: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** 'US' → 米国 / United States; 'EU' → 欧州連合 / European Union. */
export function jurisdictionName(code: string, locale: Locale = getLocale()): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Items of a short list in one line: 政府システム、生命・安全 / Government systems, Life and safety. */
export function joinList(items: readonly string[], locale: Locale = getLocale()): string {
  return items.join(locale === 'en' ? ', ' : '、');
}

/** A range as each language writes it: 3〜30 on a Japanese page, 3–30 on an English one. */
export function formatRange(low: string, high: string, locale: Locale = getLocale()): string {
  return locale === 'en' ? `${low}–${high}` : `${low}〜${high}`;
}
