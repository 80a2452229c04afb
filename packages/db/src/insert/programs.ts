import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { SURVEY_ITEMS, tableCellLocator, type KnowledgeBase } from '@kaiji/kb';
import * as t from '../schema/knowledge-base.ts';
import { rowInserter, ref } from './rows.ts';

/** Each program with its developments, Table 4-2 cells, tags and sources. */
export function insertPrograms(db: BetterSQLite3Database, kb: KnowledgeBase): void {
  const insert = rowInserter(db);
  insert(
    t.programs,
    kb.programs.map((p, position) => ({
      slug: p.slug,
      position,
      file: p.file,
      jurisdiction: p.jurisdiction,
      nameJa: p.name.ja,
      nameEn: p.name.en,
      organizationJa: p.organization.ja,
      organizationEn: p.organization.en,
      summaryJa: p.summary.ja,
      summaryEn: p.summary.en,
      surveyedOrganizationNumber: p.surveyedOrganization?.number ?? null,
      referenceForPartnership: p.referenceForPartnership.value,
      referenceSourceId: p.referenceForPartnership.source.source,
      referenceLocator: p.referenceForPartnership.source.locator ?? null,
      surveyRow: p.survey?.row ?? null,
      surveyLabel: p.survey?.label ?? null,
      surveyRawRow: p.survey?.rawRow ?? null,
      surveyDecodingJa: p.survey?.decoding?.ja ?? null,
      surveyDecodingEn: p.survey?.decoding?.en ?? null,
      surveyAsOf: p.survey?.asOf ?? null,
      surveySourceId: p.survey?.source.source ?? null,
      surveyLocator: p.survey?.source.locator ?? null,
      validFrom: p.validFrom ?? p.survey?.asOf ?? null,
      validTo: p.validTo ?? null,
    })),
  );
  for (const p of kb.programs) {
    (p.developments ?? []).forEach((d, position) => {
      const [row] = db
        .insert(t.programDevelopments)
        .values({
          programSlug: p.slug,
          position,
          date: d.date,
          titleJa: d.title.ja,
          titleEn: d.title.en,
          summaryJa: d.summary.ja,
          summaryEn: d.summary.en,
        })
        .returning({ id: t.programDevelopments.id })
        .all();
      insert(
        t.developmentSources,
        d.sources.map((s, i) => ({ developmentId: row!.id, position: i, ...ref(s) })),
      );
    });
  }
  insert(
    t.surveyFindings,
    kb.programs.flatMap((p) =>
      (p.survey?.cells ?? []).map((cell) => ({
        programSlug: p.slug,
        item: cell.item,
        position: SURVEY_ITEMS.indexOf(cell.item) + 1,
        found: cell.found,
        qualifiers: cell.qualifiers,
        raw: cell.raw,
        noteJa: cell.note?.ja ?? null,
        noteEn: cell.note?.en ?? null,
        // Each cell's locator is derived from its row, so a cell is traceable without repeating it in YAML.
        sourceId: p.survey!.source.source,
        locator: tableCellLocator(p.survey!.row, p.survey!.label, SURVEY_ITEMS.indexOf(cell.item) + 1),
      })),
    ),
  );
  insert(
    t.programTags,
    kb.programs.flatMap((p) =>
      p.tags.map((tag) => ({
        programSlug: p.slug,
        dimension: tag.dimension,
        value: tag.value,
        validFrom: tag.validFrom,
        validTo: tag.validTo ?? null,
        basisJa: tag.basis?.ja ?? null,
        basisEn: tag.basis?.en ?? null,
        ...ref(tag.source),
      })),
    ),
  );
  insert(
    t.programSources,
    kb.programs.flatMap((p) => p.sources.map((s, position) => ({ programSlug: p.slug, position, ...ref(s) }))),
  );
}
