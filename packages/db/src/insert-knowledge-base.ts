import type { InferInsertModel } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  SURVEY_ITEMS,
  tableCellLocator,
  type DamageMark,
  type KnowledgeBase,
  type SourceRef,
  type TagDimension,
} from '@kaiji/kb';
import * as t from './schema/knowledge-base.ts';

const ref = (r: SourceRef) => ({ sourceId: r.source, locator: r.locator ?? null });

/** Writes a validated knowledge base into an empty, migrated database (inside the caller's transaction). */
export function insertKnowledgeBase(
  db: BetterSQLite3Database,
  kb: KnowledgeBase,
  build: { dataHash: string; builtAt: string },
): void {
  // Row types are checked at each call site; drizzle's own generic insert signature cannot be threaded through.
  const insert = <T extends SQLiteTable>(table: T, rows: InferInsertModel<T>[]): void => {
    if (rows.length > 0)
      db.insert(table)
        .values(rows as never)
        .run();
  };

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

  insert(t.buildInfo, [
    { key: 'asOf', value: ps.asOf },
    { key: 'intakeStart', value: ps.intakeStart },
    { key: 'dataHash', value: build.dataHash },
    { key: 'builtAt', value: build.builtAt },
  ]);
}
