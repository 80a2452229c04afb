import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { type KnowledgeBase } from '@kaiji/kb';
import * as t from '../schema/knowledge-base.ts';
import { rowInserter, ref } from './rows.ts';

/** Chapter 1: the Partnership's totals, outcomes, quarters, figures, breakdowns and intake history. */
export function insertPartnership(db: BetterSQLite3Database, kb: KnowledgeBase): void {
  const insert = rowInserter(db);
  const ps = kb.partnership;
  insert(
    t.partnershipTotals,
    ps.outcomes.map((k) => ({ kind: k.kind, total: k.total, ...ref(k.totalSource) })),
  );
  for (const k of ps.outcomes) {
    k.outcomes.forEach((o, position) => {
      const [row] = db
        .insert(t.partnershipOutcomes)
        .values({
          kind: k.kind,
          outcome: o.outcome,
          position,
          labelJa: o.label.ja,
          labelEn: o.label.en,
          count: o.count,
          ...ref(o.source),
        })
        .returning({ id: t.partnershipOutcomes.id })
        .all();
      insert(
        t.partnershipOutcomeDetails,
        (o.details ?? []).map((d) => ({
          outcomeId: row!.id,
          key: d.key,
          labelJa: d.label.ja,
          labelEn: d.label.en,
          count: d.count,
          noteJa: d.note?.ja ?? null,
          noteEn: d.note?.en ?? null,
          ...ref(d.source),
        })),
      );
    });
  }
  insert(
    t.partnershipQuarters,
    ps.quarterly.points.map((q) => ({ ...q, ...ref(ps.quarterly.source) })),
  );
  insert(
    t.partnershipFigures,
    ps.figures.map((f, position) => ({
      key: f.key,
      position,
      labelJa: f.label.ja,
      labelEn: f.label.en,
      value: f.value,
      unit: f.unit,
      noteJa: f.note?.ja ?? null,
      noteEn: f.note?.en ?? null,
      ...ref(f.source),
    })),
  );
  const breakdowns = Object.entries(ps.breakdowns);
  insert(
    t.partnershipBreakdowns,
    breakdowns.map(([key, b], position) => ({
      key,
      position,
      labelJa: b.label.ja,
      labelEn: b.label.en,
      base: b.base,
      noteJa: b.note?.ja ?? null,
      noteEn: b.note?.en ?? null,
      ...ref(b.source),
    })),
  );
  insert(
    t.partnershipBreakdownItems,
    breakdowns.flatMap(([breakdownKey, b]) =>
      b.items.map((item, position) => ({
        breakdownKey,
        position,
        key: item.key,
        labelJa: item.label.ja,
        labelEn: item.label.en,
        share: item.share,
      })),
    ),
  );
  insert(
    t.intakeHistory,
    kb.intakeHistory.points.map((p) => ({
      quarter: p.quarter,
      software: p.software,
      web: p.web,
      total: p.total,
      noteJa: p.note?.ja ?? null,
      noteEn: p.note?.en ?? null,
      ...ref(p.source),
    })),
  );
}
