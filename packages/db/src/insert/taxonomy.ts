import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { type TagDimension, type KnowledgeBase } from '@kaiji/kb';
import * as t from '../schema/knowledge-base.ts';
import { rowInserter } from './rows.ts';

/** The sources and the report's taxonomy: survey items, marks, tag dimensions and values, qualifiers. */
export function insertSourcesAndTaxonomy(db: BetterSQLite3Database, kb: KnowledgeBase): void {
  const insert = rowInserter(db);
  insert(
    t.sources,
    kb.sources.map((s, position) => ({
      id: s.id,
      position,
      kind: s.kind,
      titleJa: s.title.ja,
      titleEn: s.title.en,
      publisher: s.publisher ?? null,
      published: s.published ?? null,
      url: s.url ?? null,
      accessed: s.accessed ?? null,
      status: s.status,
      readVia: s.readVia ?? null,
      noteJa: s.note?.ja ?? null,
      noteEn: s.note?.en ?? null,
    })),
  );

  const tax = kb.taxonomy;
  insert(
    t.surveyItems,
    tax.surveyItems.map((s) => ({ item: s.item, number: s.number, labelJa: s.label.ja, labelEn: s.label.en })),
  );
  insert(
    t.surveyMarks,
    tax.marks.map((m) => ({ mark: m.mark, legendJa: m.legend.ja, legendEn: m.legend.en })),
  );
  const dimensions = Object.entries(tax.dimensions) as [TagDimension, (typeof tax.dimensions)[TagDimension]][];
  insert(
    t.tagDimensions,
    dimensions.map(([dimension, d], position) => ({
      dimension,
      position,
      labelJa: d.label.ja,
      labelEn: d.label.en,
      definitionJa: d.definition.ja,
      definitionEn: d.definition.en,
    })),
  );
  insert(
    t.tagValues,
    dimensions.flatMap(([dimension, d]) =>
      d.values.map((v, position) => ({
        dimension,
        value: v.value as t.TagValue,
        position,
        labelJa: v.label.ja,
        labelEn: v.label.en,
        definitionJa: v.definition.ja,
        definitionEn: v.definition.en,
      })),
    ),
  );
  insert(
    t.qualifiers,
    tax.qualifiers.map((q) => ({
      number: q.number,
      legendJa: q.legend.ja,
      legendEn: q.legend.en,
      item: q.item,
      impliesDimension: q.implies.dimension,
      impliesValue: q.implies.value as t.TagValue,
    })),
  );
}
