import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { type DamageMark, type KnowledgeBase } from '@kaiji/kb';
import * as t from '../schema/knowledge-base.ts';
import { rowInserter, ref } from './rows.ts';

/** Chapter 3: Tables 3-1 and 3-2, their legends, considerations and columns. */
export function insertDamageCases(db: BetterSQLite3Database, kb: KnowledgeBase): void {
  const insert = rowInserter(db);
  const damage = kb.damageCases;
  insert(
    t.damageCaseLegendMarks,
    damage.legends.flatMap((l) =>
      l.marks.map((m, position) => ({
        damageTable: l.table,
        position,
        mark: m.mark,
        meaningJa: m.meaning.ja,
        meaningEn: m.meaning.en,
        ...ref(l.source),
      })),
    ),
  );
  insert(
    t.damageCases,
    damage.cases.map((c, position) => {
      const [defacement, serviceStop, informationLeak, secondaryDamage] = c.damage as [
        DamageMark,
        DamageMark,
        DamageMark,
        DamageMark,
      ];
      const [contentAndScope, directAndRootCause, technicalAndHumanCause, responseAfter, recurrencePrevention] =
        c.investigation as [DamageMark, DamageMark, DamageMark, DamageMark, DamageMark];
      return {
        position,
        damageTable: c.table,
        number: c.number,
        raw: c.raw,
        date: c.date,
        organization: c.organization ?? null,
        vulnerabilityJa: c.vulnerability?.ja ?? null,
        vulnerabilityEn: c.vulnerability?.en ?? null,
        siteFormJa: c.siteForm?.ja ?? null,
        siteFormEn: c.siteForm?.en ?? null,
        companySize: c.companySize,
        cloud: c.cloud,
        defacement,
        serviceStop,
        informationLeak,
        secondaryDamage,
        contentAndScope,
        directAndRootCause,
        technicalAndHumanCause,
        responseAfter,
        recurrencePrevention,
        summaryJa: c.summary.ja,
        summaryEn: c.summary.en,
        ...ref(c.source),
      };
    }),
  );
  insert(
    t.damageCaseConsiderations,
    damage.considerations.map((c, position) => ({
      key: c.key,
      position,
      section: c.section,
      titleJa: c.title.ja,
      titleEn: c.title.en,
      measuresJa: c.measures.ja,
      measuresEn: c.measures.en,
      textJa: c.text.ja,
      textEn: c.text.en,
      ...ref(c.source),
    })),
  );
  insert(t.damageCaseColumns, [
    ...damage.columns.damage.map((c, position) => ({
      key: c.key,
      columnGroup: 'DAMAGE' as const,
      position,
      labelJa: c.label.ja,
      labelEn: c.label.en,
      ...ref(damage.columns.source),
    })),
    ...damage.columns.investigation.map((c, position) => ({
      key: c.key,
      columnGroup: 'INVESTIGATION' as const,
      position,
      labelJa: c.label.ja,
      labelEn: c.label.en,
      ...ref(damage.columns.source),
    })),
  ]);
}
