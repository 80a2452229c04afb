import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '@kaiji/kb';
import { buildKnowledgeBase } from '../src/build-knowledge-base.ts';
import { openKnowledgeBase } from '../src/open.ts';
import {
  damageCases,
  operatorSurveyFigureHypotheses,
  operatorSurveyFigures,
  operatorSurveyHypotheses,
  operatorSurveys,
  partnershipOutcomeDetails,
} from '../src/schema/knowledge-base.ts';
import { CHAPTER_2_FIGURES } from '../../kb/test/fixtures/chapter-2.ts';
import { TABLE_3_1 } from '../../kb/test/fixtures/chapter-3.ts';

describe('given the website operators’ chapters in a built database', () => {
  let db: ReturnType<typeof openKnowledgeBase>;
  beforeAll(() => {
    const path = join(mkdtempSync(join(tmpdir(), 'kaiji-db-')), 'kaiji.sqlite');
    expect(buildKnowledgeBase(defaultDataDir(), path).ok).toBe(true);
    db = openKnowledgeBase(path);
  });

  it('stores the survey’s 301 respondents, 14 hypotheses and every figure with its source', () => {
    expect(db.select().from(operatorSurveys).get()).toMatchObject({ respondents: 301, sourceId: 'ipa-2020-report' });
    expect(db.select().from(operatorSurveyHypotheses).all()).toHaveLength(14);
    const figures = db.select().from(operatorSurveyFigures).orderBy(asc(operatorSurveyFigures.position)).all();
    expect(figures.map((f) => [f.question ?? '', f.printed])).toEqual(CHAPTER_2_FIGURES.map(([, q, p]) => [q, p]));
    for (const f of figures) expect(f.sourceId).toBe('ipa-2020-report');
  });

  it('answers “how many take no action when a vulnerability is found?” (本調査 問24): 13.6%', () => {
    const rows = db.select().from(operatorSurveyFigures).where(eq(operatorSurveyFigures.question, '本調査 問24')).all();
    expect(rows.map((r) => r.share)).toEqual([0.136]);
  });

  it('links the evidence of 仮説4・5 to both hypotheses', () => {
    const links = db
      .select()
      .from(operatorSurveyFigureHypotheses)
      .where(inArray(operatorSurveyFigureHypotheses.hypothesisNumber, [4, 5]))
      .all();
    expect(links.filter((l) => l.hypothesisNumber === 4)).toHaveLength(9);
    expect(links.filter((l) => l.hypothesisNumber === 5).map((l) => l.figureId)).toEqual(
      links.filter((l) => l.hypothesisNumber === 4).map((l) => l.figureId),
    );
  });

  it('stores Table 3-1 row by row, its marks in their columns', () => {
    const rows = db
      .select()
      .from(damageCases)
      .where(eq(damageCases.damageTable, '3-1'))
      .orderBy(asc(damageCases.position))
      .all();
    expect(rows.map((r) => r.number)).toEqual(Object.keys(TABLE_3_1));
    for (const r of rows) {
      const marks = TABLE_3_1[r.number]!.split(' ').slice(-10);
      expect([r.cloud, r.defacement, r.serviceStop, r.informationLeak, r.secondaryDamage]).toEqual(marks.slice(0, 5));
      expect([
        r.contentAndScope,
        r.directAndRootCause,
        r.technicalAndHumanCause,
        r.responseAfter,
        r.recurrencePrevention,
      ]).toEqual(marks.slice(5));
    }
  });

  it('keeps Kaiji’s note that the 182 unreachable are placed inside the 1,853 by inference', () => {
    const detail = db
      .select()
      .from(partnershipOutcomeDetails)
      .where(eq(partnershipOutcomeDetails.key, 'unreachableListed'))
      .get();
    expect(detail?.count).toBe(182);
    expect(detail?.noteEn).toMatch(/Kaiji's inference/);
  });
});
