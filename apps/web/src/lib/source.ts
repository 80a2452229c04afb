import type { SourceRef } from '$lib/fragments';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

/**
 * What a citation shows: a source the API gives (SourceRef), or one of the simulation model's, which says
 * nothing of primary or secondary.
 */
export type Citation = Omit<SourceRef, 'status'> & Partial<Pick<SourceRef, 'status'>>;

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/**
 * The language a source's title is written in. The registry gives every title in ja and en, but a foreign
 * organisation's page keeps its own (English) title on a Japanese page: marked so, screen readers read it as
 * English and the page stays one language around it.
 */
export function titleLang(title: string): 'ja' | 'en' {
  return JAPANESE.test(title) ? 'ja' : 'en';
}

/**
 * One line naming a source, punctuated as the page's language writes it: "Report title, Table 4-2, row 7 (read on
 * 2024-01-01)" / 「報告書名、表 4-2・第7行（閲覧日 2024-01-01）」.
 */
export function sourceText(s: Citation, locale: 'ja' | 'en' = getLocale()): string {
  const ja = locale === 'ja';
  let text = s.locator ? `${s.label}${ja ? '、' : ', '}${s.locator}` : s.label;
  if (s.accessed) {
    const read = m.source_accessed({ date: s.accessed }, { locale });
    text += ja ? `（${read}）` : ` (${read})`;
  }
  return text;
}

/** Whether a source is primary or secondary, in the page's language; null when the registry does not say. */
export function sourceStatusLabel(s: Citation): string | null {
  return s.status === 'PRIMARY' ? m.source_primary() : s.status === 'SECONDARY' ? m.source_secondary() : null;
}
