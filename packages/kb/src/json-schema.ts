import { z } from 'zod';
import {
  DamageCases,
  IntakeHistory,
  OperatorSurvey,
  PartnershipStatistics,
  PolicyOptions,
  Program,
  SourceRegistry,
  Taxonomy,
} from './schema/index.ts';

/** The JSON Schemas that editors use to validate data/ while a curator types (see each file's first line). */
export const JSON_SCHEMAS = {
  'program.schema.json': Program,
  'taxonomy.schema.json': Taxonomy,
  'policy-options.schema.json': PolicyOptions,
  'sources.schema.json': SourceRegistry,
  'partnership-statistics.schema.json': PartnershipStatistics,
  'intake-history.schema.json': IntakeHistory,
  'operator-survey.schema.json': OperatorSurvey,
  'damage-cases.schema.json': DamageCases,
} as const;

export function renderJsonSchema(schema: z.ZodType): string {
  // 'input' describes what a curator writes; refinements cannot be expressed and are left to data:check.
  return `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}
