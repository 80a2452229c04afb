import type { SourceRef } from '$lib/kb-types';
import { m } from '$lib/paraglide/messages';

/** One line naming a source: "Report title, Table 4-2, row 7 (read on 2024-01-01)". */
export function sourceText(s: SourceRef): string {
  const parts = [s.label];
  if (s.locator) parts.push(s.locator);
  let text = parts.join(', ');
  if (s.accessed) text += ` (${m.source_accessed({ date: s.accessed })})`;
  return text;
}
