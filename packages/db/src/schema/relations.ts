import { defineRelations } from 'drizzle-orm';
import * as tables from './knowledge-base.ts';

export const relations = defineRelations(tables, (r) => ({
  programs: {
    survey: r.many.surveyFindings({ from: r.programs.slug, to: r.surveyFindings.programSlug }),
    tags: r.many.programTags({ from: r.programs.slug, to: r.programTags.programSlug }),
    sources: r.many.programSources({ from: r.programs.slug, to: r.programSources.programSlug }),
    referenceSource: r.one.sources({ from: r.programs.referenceSourceId, to: r.sources.id, optional: false }),
    surveySource: r.one.sources({ from: r.programs.surveySourceId, to: r.sources.id }),
    assessments: r.many.policyAssessments({ from: r.programs.slug, to: r.policyAssessments.programSlug }),
    developments: r.many.programDevelopments({ from: r.programs.slug, to: r.programDevelopments.programSlug }),
  },
  programDevelopments: {
    program: r.one.programs({ from: r.programDevelopments.programSlug, to: r.programs.slug, optional: false }),
    sources: r.many.developmentSources({ from: r.programDevelopments.id, to: r.developmentSources.developmentId }),
  },
  developmentSources: {
    development: r.one.programDevelopments({
      from: r.developmentSources.developmentId,
      to: r.programDevelopments.id,
      optional: false,
    }),
    source: r.one.sources({ from: r.developmentSources.sourceId, to: r.sources.id, optional: false }),
  },
  surveyFindings: {
    program: r.one.programs({ from: r.surveyFindings.programSlug, to: r.programs.slug, optional: false }),
    source: r.one.sources({ from: r.surveyFindings.sourceId, to: r.sources.id, optional: false }),
  },
  programTags: {
    program: r.one.programs({ from: r.programTags.programSlug, to: r.programs.slug, optional: false }),
    source: r.one.sources({ from: r.programTags.sourceId, to: r.sources.id, optional: false }),
  },
  programSources: {
    program: r.one.programs({ from: r.programSources.programSlug, to: r.programs.slug, optional: false }),
    source: r.one.sources({ from: r.programSources.sourceId, to: r.sources.id, optional: false }),
  },
  policyOptions: {
    assessments: r.many.policyAssessments({ from: r.policyOptions.key, to: r.policyAssessments.optionKey }),
    source: r.one.sources({ from: r.policyOptions.sourceId, to: r.sources.id, optional: false }),
  },
  policyAssessments: {
    option: r.one.policyOptions({ from: r.policyAssessments.optionKey, to: r.policyOptions.key, optional: false }),
    program: r.one.programs({ from: r.policyAssessments.programSlug, to: r.programs.slug, optional: false }),
    source: r.one.sources({ from: r.policyAssessments.sourceId, to: r.sources.id, optional: false }),
  },
  policyConclusions: {
    source: r.one.sources({ from: r.policyConclusions.sourceId, to: r.sources.id, optional: false }),
  },
  partnershipOutcomes: {
    details: r.many.partnershipOutcomeDetails({
      from: r.partnershipOutcomes.id,
      to: r.partnershipOutcomeDetails.outcomeId,
    }),
    source: r.one.sources({ from: r.partnershipOutcomes.sourceId, to: r.sources.id, optional: false }),
  },
  partnershipOutcomeDetails: {
    outcome: r.one.partnershipOutcomes({
      from: r.partnershipOutcomeDetails.outcomeId,
      to: r.partnershipOutcomes.id,
      optional: false,
    }),
    source: r.one.sources({ from: r.partnershipOutcomeDetails.sourceId, to: r.sources.id, optional: false }),
  },
  partnershipTotals: {
    source: r.one.sources({ from: r.partnershipTotals.sourceId, to: r.sources.id, optional: false }),
  },
  partnershipQuarters: {
    source: r.one.sources({ from: r.partnershipQuarters.sourceId, to: r.sources.id, optional: false }),
  },
  partnershipFigures: {
    source: r.one.sources({ from: r.partnershipFigures.sourceId, to: r.sources.id, optional: false }),
  },
  partnershipBreakdowns: {
    items: r.many.partnershipBreakdownItems({
      from: r.partnershipBreakdowns.key,
      to: r.partnershipBreakdownItems.breakdownKey,
    }),
    source: r.one.sources({ from: r.partnershipBreakdowns.sourceId, to: r.sources.id, optional: false }),
  },
  partnershipBreakdownItems: {
    breakdown: r.one.partnershipBreakdowns({
      from: r.partnershipBreakdownItems.breakdownKey,
      to: r.partnershipBreakdowns.key,
      optional: false,
    }),
  },
  intakeHistory: {
    source: r.one.sources({ from: r.intakeHistory.sourceId, to: r.sources.id, optional: false }),
  },
  operatorSurveys: {
    source: r.one.sources({ from: r.operatorSurveys.sourceId, to: r.sources.id, optional: false }),
  },
  operatorSurveyHypotheses: {
    area: r.one.operatorSurveyAreas({
      from: r.operatorSurveyHypotheses.areaKey,
      to: r.operatorSurveyAreas.key,
      optional: false,
    }),
    figures: r.many.operatorSurveyFigures({
      from: r.operatorSurveyHypotheses.number.through(r.operatorSurveyFigureHypotheses.hypothesisNumber),
      to: r.operatorSurveyFigures.id.through(r.operatorSurveyFigureHypotheses.figureId),
    }),
    source: r.one.sources({ from: r.operatorSurveyHypotheses.sourceId, to: r.sources.id, optional: false }),
  },
  operatorSurveyConclusions: {
    figures: r.many.operatorSurveyFigures({
      from: r.operatorSurveyConclusions.key,
      to: r.operatorSurveyFigures.conclusionKey,
    }),
    source: r.one.sources({ from: r.operatorSurveyConclusions.sourceId, to: r.sources.id, optional: false }),
  },
  operatorSurveyFigures: {
    hypothesis: r.one.operatorSurveyHypotheses({
      from: r.operatorSurveyFigures.hypothesisNumber,
      to: r.operatorSurveyHypotheses.number,
    }),
    hypotheses: r.many.operatorSurveyHypotheses({
      from: r.operatorSurveyFigures.id.through(r.operatorSurveyFigureHypotheses.figureId),
      to: r.operatorSurveyHypotheses.number.through(r.operatorSurveyFigureHypotheses.hypothesisNumber),
    }),
    conclusion: r.one.operatorSurveyConclusions({
      from: r.operatorSurveyFigures.conclusionKey,
      to: r.operatorSurveyConclusions.key,
    }),
    source: r.one.sources({ from: r.operatorSurveyFigures.sourceId, to: r.sources.id, optional: false }),
  },
  damageCaseLegendMarks: {
    source: r.one.sources({ from: r.damageCaseLegendMarks.sourceId, to: r.sources.id, optional: false }),
  },
  damageCases: {
    source: r.one.sources({ from: r.damageCases.sourceId, to: r.sources.id, optional: false }),
  },
  damageCaseConsiderations: {
    source: r.one.sources({ from: r.damageCaseConsiderations.sourceId, to: r.sources.id, optional: false }),
  },
  damageCaseColumns: {
    source: r.one.sources({ from: r.damageCaseColumns.sourceId, to: r.sources.id, optional: false }),
  },
}));
