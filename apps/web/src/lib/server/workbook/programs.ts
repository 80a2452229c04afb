import ExcelJS from 'exceljs';
import { jurisdictionName } from '$lib/i18n';
import type { MatrixProgram, SourceRef } from '$lib/fragments';
import { DIMENSIONS, dimensionLabel, dimensionValues, valueLabel, type TagDimension } from '$lib/tag-dimensions';
import type { MatrixView } from '$lib/matrix/query';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { MatrixResult } from '$lib/server/operations/programs';
import { dateCell } from './cell-value';
import { DATE_FORMAT, writeTable, type Column } from './sheet';

export interface ProgramsWorkbookMeta {
  locale: Locale;
  view: MatrixView;
  /** The page's shareable URL, so that the file says how to get the same view again. */
  link: string;
  /** YYYY-MM-DD, the day the file is made (also the date viewed when the view has no asOf). */
  today: string;
}

const joiner = (locale: Locale) => (locale === 'ja' ? '、' : '; ');
/** "label: value" in the language's punctuation (a full-width colon in Japanese). */
export const labelled = (locale: Locale, label: string, value: string) =>
  `${label}${locale === 'ja' ? '：' : ': '}${value}`;

/** The filter of a view in words, with the taxonomy's labels: "受付対象: 政府システム／…". */
function filterSummary(data: MatrixResult, view: MatrixView, locale: Locale): string {
  const o = { locale };
  const parts: string[] = [];
  const labels = (dimension: TagDimension, values: readonly string[]) =>
    values.map((v) => valueLabel(data.taxonomy, dimension, v)).join(joiner(locale));
  const dimLabel = (dimension: TagDimension) => dimensionLabel(data.taxonomy, dimension);
  const yesNo = (v: boolean) => (v ? m.filter_yes({}, o) : m.filter_no({}, o));
  if (view.jurisdictions.length)
    parts.push(
      labelled(
        locale,
        m.filter_jurisdiction({}, o),
        view.jurisdictions.map((j) => jurisdictionName(j, locale)).join(joiner(locale)),
      ),
    );
  if (view.intakeScopes.length) {
    parts.push(labelled(locale, dimLabel('INTAKE_SCOPE'), labels('INTAKE_SCOPE', view.intakeScopes)));
    if (view.scopeOnly) parts.push(m.filter_scope_only({}, o));
  }
  if (view.legalBases.length)
    parts.push(labelled(locale, dimLabel('LEGAL_BASIS'), labels('LEGAL_BASIS', view.legalBases)));
  if (view.incentives.length) parts.push(labelled(locale, dimLabel('INCENTIVE'), labels('INCENTIVE', view.incentives)));
  if (view.coordinates !== null) parts.push(labelled(locale, dimLabel('COORDINATION'), yesNo(view.coordinates)));
  if (view.acceptsReports !== null) parts.push(labelled(locale, m.filter_accepts({}, o), yesNo(view.acceptsReports)));
  if (view.referenceForPartnership !== null)
    parts.push(labelled(locale, m.filter_reference({}, o), yesNo(view.referenceForPartnership)));
  if (view.text) parts.push(labelled(locale, m.filter_text({}, o), view.text));
  return parts.length ? parts.join(locale === 'ja' ? '／' : ' / ') : m.xlsx_about_no_filter({}, o);
}

const sourceColumns = (locale: Locale): Column[] => [
  { header: m.xlsx_col_source({}, { locale }), maxWidth: 48 },
  { header: m.xlsx_col_locator({}, { locale }), maxWidth: 36 },
  { header: m.xlsx_col_url({}, { locale }), maxWidth: 48, url: true },
  { header: m.xlsx_col_accessed({}, { locale }), numFmt: DATE_FORMAT },
];
const sourceCells = (s: SourceRef) => [s.label, s.locator, s.url, dateCell(s.accessed)];

/**
 * The comparison matrix as a workbook: the matrix (each of the eight cells with its source and locator in
 * columns of their own), every cell and every tag with its full source (URL and date read) one per row, the
 * legend, and what the file is (date viewed, filter, link).
 */
export function programsWorkbook(data: MatrixResult, meta: ProgramsWorkbookMeta): ExcelJS.Workbook {
  const { locale } = meta;
  const o = { locale };
  const { items, programs } = data.comparisonMatrix;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kaiji';
  workbook.title = m.xlsx_programs_title({}, o);
  workbook.created = new Date(`${meta.today}T00:00:00Z`);
  const asOf = data.comparisonMatrix.asOf ?? data.comparisonMatrix.tagsAsOf;
  const asOfText = meta.view.asOf ? asOf : m.xlsx_about_today({ date: meta.today }, o);
  const preamble = [
    m.xlsx_programs_title({}, o),
    labelled(locale, m.xlsx_about_asof({}, o), asOfText),
    labelled(locale, m.xlsx_about_filter({}, o), filterSummary(data, meta.view, locale)),
  ];
  const cellOf = (p: MatrixProgram, item: string) => p.survey.find((c) => c.item === item);
  const tagText = (p: MatrixProgram, dimension: TagDimension) =>
    dimensionValues(p, dimension)
      .map((v) => valueLabel(data.taxonomy, dimension, v))
      .join(joiner(locale));
  const yesNo = (v: boolean) => (v ? m.yes({}, o) : m.no({}, o));

  const matrix = workbook.addWorksheet(m.xlsx_sheet_matrix({}, o));
  const itemHeader = (i: { number: number; label: string }) => `${i.number} ${i.label}`;
  writeTable(
    matrix,
    [
      { header: m.xlsx_col_no({}, o), numFmt: '0' },
      { header: m.matrix_program({}, o), maxWidth: 40 },
      { header: m.matrix_jurisdiction({}, o) },
      ...items.flatMap((i): Column[] => [
        { header: itemHeader(i), maxWidth: 18 },
        { header: m.xlsx_col_item_source({ item: String(i.number) }, o), maxWidth: 30 },
        { header: m.xlsx_col_item_locator({ item: String(i.number) }, o), maxWidth: 30 },
      ]),
      ...DIMENSIONS.map((d) => ({ header: dimensionLabel(data.taxonomy, d.dimension), maxWidth: 36 })),
      { header: m.matrix_reference_long({}, o), maxWidth: 20 },
      { header: m.xlsx_col_slug({}, o) },
    ],
    programs.map((p, index) => [
      index + 1,
      p.name,
      p.jurisdiction,
      ...items.flatMap((i) => {
        const cell = cellOf(p, i.item);
        return cell ? [cell.raw, cell.source.label, cell.source.locator] : [m.matrix_not_surveyed({}, o), null, null];
      }),
      ...DIMENSIONS.map((d) => tagText(p, d.dimension)),
      yesNo(p.referenceForPartnership),
      p.slug,
    ]),
    { preamble, freezeColumns: 2, printAcross: true },
  );

  const cells = workbook.addWorksheet(m.xlsx_sheet_cells({}, o));
  writeTable(
    cells,
    [
      { header: m.matrix_program({}, o), maxWidth: 40 },
      { header: m.xlsx_col_item({}, o), maxWidth: 30 },
      { header: m.xlsx_col_mark({}, o) },
      { header: m.xlsx_col_found({}, o) },
      { header: m.xlsx_col_qualifiers({}, o) },
      { header: m.xlsx_col_note({}, o), maxWidth: 60 },
      ...sourceColumns(locale),
    ],
    programs.flatMap((p) =>
      items.flatMap((i) => {
        const cell = cellOf(p, i.item);
        if (!cell) return [];
        return [
          [
            p.name,
            itemHeader(i),
            cell.raw,
            yesNo(cell.found),
            cell.qualifiers.join(', ') || null,
            cell.note,
            ...sourceCells(cell.source),
          ],
        ];
      }),
    ),
    { freezeColumns: 1 },
  );

  const tags = workbook.addWorksheet(m.xlsx_sheet_tags({}, o));
  writeTable(
    tags,
    [
      { header: m.matrix_program({}, o), maxWidth: 40 },
      { header: m.program_tag_dimension({}, o), maxWidth: 24 },
      { header: m.xlsx_col_value({}, o), maxWidth: 36 },
      { header: m.xlsx_col_basis({}, o), maxWidth: 60 },
      { header: m.xlsx_col_valid_from({}, o), numFmt: DATE_FORMAT },
      { header: m.xlsx_col_valid_to({}, o), numFmt: DATE_FORMAT },
      ...sourceColumns(locale),
    ],
    programs.flatMap((p) =>
      p.tags.map((t) => [
        p.name,
        dimensionLabel(data.taxonomy, t.dimension),
        valueLabel(data.taxonomy, t.dimension, t.value),
        t.basis,
        dateCell(t.validFrom),
        dateCell(t.validTo),
        ...sourceCells(t.source),
      ]),
    ),
    { freezeColumns: 1 },
  );

  const legend = workbook.addWorksheet(m.xlsx_sheet_legend({}, o));
  writeTable(
    legend,
    [
      { header: m.xlsx_col_mark({}, o) },
      { header: m.xlsx_col_item({}, o), maxWidth: 30 },
      { header: m.xlsx_col_legend({}, o), maxWidth: 80 },
    ],
    [
      ...data.taxonomy.marks.map((k) => [k.mark, null, k.legend]),
      ...data.taxonomy.qualifiers.map((q) => {
        const item = items.find((i) => i.item === q.item);
        return [`○${q.number}`, item ? itemHeader(item) : q.item, q.legend];
      }),
    ],
    { preamble: [m.legend_title({}, o), m.xlsx_legend_cross_note({}, o)] },
  );

  // The sources of the cells, once each (their locators are on every row of the cells sheet).
  const sources = [
    ...new Map(programs.flatMap((p) => p.survey.map((c) => [c.source.label, c.source] as const))).values(),
  ];
  const about = workbook.addWorksheet(m.xlsx_sheet_about({}, o));
  writeTable(
    about,
    [{ header: m.xlsx_col_field({}, o) }, { header: m.xlsx_col_content({}, o), maxWidth: 100, url: true }],
    [
      [m.xlsx_about_asof({}, o), asOfText],
      [m.xlsx_about_filter({}, o), filterSummary(data, meta.view, locale)],
      [m.xlsx_about_count({}, o), programs.length],
      [m.xlsx_about_link({}, o), meta.link],
      [m.xlsx_about_generated({}, o), dateCell(meta.today)],
      ...sources.flatMap((s) => [
        [m.xlsx_about_source({}, o), s.label],
        ...(s.url ? [[m.xlsx_col_url({}, o), s.url]] : []),
      ]),
    ],
    { preamble: [m.xlsx_programs_title({}, o)] },
  );
  // The about sheet's date and count are single cells of a two-column table: give them their formats directly.
  about.eachRow((row) => {
    const value = row.getCell(2).value;
    if (value instanceof Date) row.getCell(2).numFmt = DATE_FORMAT;
  });
  return workbook;
}
