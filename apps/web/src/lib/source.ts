import type { SourceRef } from '$lib/kb-types';
import { m } from '$lib/paraglide/messages';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/**
 * The language a source's title is written in. The registry gives every title in ja and en, but a foreign
 * organisation's page keeps its own (English) title on a Japanese page: marked so, screen readers read it as
 * English and the page stays one language around it.
 */
export function titleLang(title: string): 'ja' | 'en' {
  return JAPANESE.test(title) ? 'ja' : 'en';
}

/** One line naming a source: "Report title, Table 4-2, row 7 (read on 2024-01-01)". */
export function sourceText(s: SourceRef): string {
  const parts = [s.label];
  if (s.locator) parts.push(s.locator);
  let text = parts.join(', ');
  if (s.accessed) text += ` (${m.source_accessed({ date: s.accessed })})`;
  return text;
}
