import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { type KnowledgeBase } from '@kaiji/kb';
import * as t from '../schema/knowledge-base.ts';
import { rowInserter, ref } from './rows.ts';

/** Table 4-3: the options weighed for Japan, their assessments and the conclusion. */
export function insertPolicyOptions(db: BetterSQLite3Database, kb: KnowledgeBase): void {
  const insert = rowInserter(db);
  const po = kb.policyOptions;
  insert(
    t.policyOptions,
    po.options.map((o, position) => ({
      key: o.key,
      position,
      nameJa: o.name.ja,
      nameEn: o.name.en,
      additionJa: o.addition.ja,
      additionEn: o.addition.en,
      ...ref(o.source),
    })),
  );
  insert(
    t.policyAssessments,
    po.options.flatMap((o) =>
      o.assessments.map((a, position) => ({
        optionKey: o.key,
        programSlug: a.program,
        position,
        effectsJa: a.effects.ja,
        effectsEn: a.effects.en,
        considerationsJa: a.considerations.ja,
        considerationsEn: a.considerations.en,
        ...ref(a.source),
      })),
    ),
  );
  insert(t.policyConclusions, [
    {
      id: 1,
      adopted: po.conclusion.adopted,
      textJa: po.conclusion.text.ja,
      textEn: po.conclusion.text.en,
      ...ref(po.conclusion.source),
    },
  ]);
}
