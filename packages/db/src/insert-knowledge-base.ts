import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { KnowledgeBase } from '@kaiji/kb';
import * as t from './schema/knowledge-base.ts';
import { rowInserter } from './insert/rows.ts';
import { insertSourcesAndTaxonomy } from './insert/taxonomy.ts';
import { insertPrograms } from './insert/programs.ts';
import { insertPolicyOptions } from './insert/policy-options.ts';
import { insertPartnership } from './insert/partnership.ts';
import { insertOperatorSurvey } from './insert/operator-survey.ts';
import { insertDamageCases } from './insert/damage-cases.ts';

/** Writes a validated knowledge base into an empty, migrated database (inside the caller's transaction). */
export function insertKnowledgeBase(
  db: BetterSQLite3Database,
  kb: KnowledgeBase,
  build: { dataHash: string; builtAt: string },
): void {
  insertSourcesAndTaxonomy(db, kb);
  insertPrograms(db, kb);
  insertPolicyOptions(db, kb);
  insertPartnership(db, kb);
  insertOperatorSurvey(db, kb);
  insertDamageCases(db, kb);
  rowInserter(db)(t.buildInfo, [
    { key: 'asOf', value: kb.partnership.asOf },
    { key: 'intakeStart', value: kb.partnership.intakeStart },
    { key: 'dataHash', value: build.dataHash },
    { key: 'builtAt', value: build.builtAt },
  ]);
}
