import type { CsvCell } from '$lib/charts/export';
import { m } from '$lib/paraglide/messages';
import { sourceText } from '$lib/source';
import type { PageData } from './$types';

export type DamageCase = PageData['damageCases'][number];
export type CaseColumn = PageData['damageCaseColumns'][number];
/** Chapter 3's two tables: 3-1 (organisations' incidents) and 3-2 (by vulnerability, with the site's form). */
export type CaseTable = '3-1' | '3-2';

/**
 * One of Chapter 3's tables as a CSV: the case's facts, a column per damage and investigation mark, the summary,
 * the row as printed and its source. Table 3-1 names the organisation, 3-2 the vulnerability and the site's form.
 */
export function caseTable(
  table: CaseTable,
  cases: readonly DamageCase[],
  columns: readonly CaseColumn[],
): { header: string[]; rows: CsvCell[][] } {
  const damage = columns.filter((c) => c.group === 'DAMAGE');
  const investigation = columns.filter((c) => c.group === 'INVESTIGATION');
  const header = [
    m.operators_col_number(),
    m.operators_col_date(),
    table === '3-1' ? m.operators_col_organization() : m.operators_col_vulnerability(),
    ...(table === '3-2' ? [m.operators_col_site_form()] : []),
    m.operators_col_size(),
    m.operators_col_cloud(),
    ...damage.map((c) => c.label),
    ...investigation.map((c) => c.label),
    m.operators_col_summary(),
    m.operators_col_raw(),
    m.source_label(),
  ];
  const rows = cases
    .filter((c) => c.table === table)
    .map((c) => [
      c.number,
      c.date,
      table === '3-1' ? c.organization : c.vulnerability,
      ...(table === '3-2' ? [c.siteForm] : []),
      c.companySize,
      c.cloud,
      ...c.damage.map((d) => d.mark),
      ...c.investigation.map((d) => d.mark),
      c.summary,
      c.raw,
      sourceText(c.source),
    ]);
  return { header, rows };
}
