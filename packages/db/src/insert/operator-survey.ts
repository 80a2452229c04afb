import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { type KnowledgeBase } from '@kaiji/kb';
import * as t from '../schema/knowledge-base.ts';
import { rowInserter, ref } from './rows.ts';

/** Chapter 2: the survey of small website operators. */
export function insertOperatorSurvey(db: BetterSQLite3Database, kb: KnowledgeBase): void {
  const insert = rowInserter(db);
  const survey = kb.operatorSurvey;
  insert(t.operatorSurveys, [
    {
      id: 1,
      respondents: survey.respondents,
      populationJa: survey.population.ja,
      populationEn: survey.population.en,
      ...ref(survey.source),
    },
  ]);
  insert(
    t.operatorSurveyAreas,
    survey.areas.map((a, position) => ({ key: a.key, position, labelJa: a.label.ja, labelEn: a.label.en })),
  );
  insert(
    t.operatorSurveyHypotheses,
    survey.hypotheses.map((h) => ({
      number: h.number,
      areaKey: h.area,
      statementJa: h.statement.ja,
      statementEn: h.statement.en,
      verdict: h.verdict,
      verdictTextJa: h.verdictText.ja,
      verdictTextEn: h.verdictText.en,
      verdictReadingJa: h.verdictReading?.ja ?? null,
      verdictReadingEn: h.verdictReading?.en ?? null,
      ...ref(h.source),
    })),
  );
  insert(
    t.operatorSurveyConclusions,
    survey.conclusions.map((c, position) => ({
      key: c.key,
      position,
      section: c.section,
      titleJa: c.title.ja,
      titleEn: c.title.en,
      textJa: c.text.ja,
      textEn: c.text.en,
      noteJa: c.note?.ja ?? null,
      noteEn: c.note?.en ?? null,
      ...ref(c.source),
    })),
  );
  insert(
    t.operatorSurveyFigures,
    survey.figures.map((f, position) => ({
      id: position + 1,
      position,
      hypothesisNumber: f.hypothesis ?? null,
      conclusionKey: f.conclusion ?? null,
      question: f.question ?? null,
      subgroupJa: f.subgroup?.ja ?? null,
      subgroupEn: f.subgroup?.en ?? null,
      statementJa: f.statement.ja,
      statementEn: f.statement.en,
      printed: f.printed,
      share: f.share,
      upTo: f.upTo ?? null,
      precision: f.precision,
      noteJa: f.note?.ja ?? null,
      noteEn: f.note?.en ?? null,
      ...ref(f.source),
    })),
  );
  insert(
    t.operatorSurveyFigureHypotheses,
    survey.figures.flatMap((f, position) =>
      [...(f.hypothesis === undefined ? [] : [f.hypothesis]), ...(f.alsoHypotheses ?? [])].map((n) => ({
        figureId: position + 1,
        hypothesisNumber: n,
      })),
    ),
  );
}
