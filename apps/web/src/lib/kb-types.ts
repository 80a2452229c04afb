/** Shapes of what the UI's GraphQL operations select (see $lib/server/operations); checked against the schema in tests. */

export interface SourceRef {
  label: string;
  locator: string | null;
  url: string | null;
  accessed: string | null;
}

export interface SurveyCell {
  item: string;
  number: number;
  raw: string;
  found: boolean;
  qualifiers: number[];
  note: string | null;
  source: SourceRef;
}

export interface TagRef {
  dimension: string;
  value: string;
  current: boolean;
  validFrom: string;
  validTo: string | null;
  basis: string | null;
  source: SourceRef;
}

export interface MatrixProgram {
  slug: string;
  name: string;
  jurisdiction: string;
  surveyed: boolean;
  acceptsReports: boolean;
  referenceForPartnership: boolean;
  referenceForPartnershipSource: SourceRef;
  survey: SurveyCell[];
  intakeScopes: string[];
  legalBases: string[];
  coordinates: boolean;
  incentives: string[];
  tags: TagRef[];
}

export interface SurveyItemInfo {
  item: string;
  number: number;
  label: string;
}

export interface TaxonomyValue {
  value: string;
  label: string;
  definition: string;
}

export interface TaxonomyDimension {
  dimension: string;
  label: string;
  definition: string;
  values: TaxonomyValue[];
}

export interface Taxonomy {
  surveyItems: SurveyItemInfo[];
  marks: { mark: string; legend: string }[];
  qualifiers: { number: number; legend: string; item: string; impliesDimension: string; impliesValue: string }[];
  dimensions: TaxonomyDimension[];
}

/** Tag dimensions as the API names them, and the Program fields that hold their current values. */
export const DIMENSIONS = [
  { dimension: 'INTAKE_SCOPE', field: 'intakeScopes' },
  { dimension: 'LEGAL_BASIS', field: 'legalBases' },
  { dimension: 'COORDINATION', field: 'coordinates' },
  { dimension: 'INCENTIVE', field: 'incentives' },
] as const;

export function dimensionValues(
  p: Pick<MatrixProgram, 'intakeScopes' | 'legalBases' | 'coordinates' | 'incentives'>,
  dimension: string,
): string[] {
  switch (dimension) {
    case 'INTAKE_SCOPE':
      return p.intakeScopes;
    case 'LEGAL_BASIS':
      return p.legalBases;
    case 'COORDINATION':
      return [p.coordinates ? 'COORDINATES' : 'NONE_FOUND'];
    case 'INCENTIVE':
      return p.incentives;
    default:
      return [];
  }
}

export function valueLabel(taxonomy: Taxonomy, dimension: string, value: string): string {
  return (
    taxonomy.dimensions.find((d) => d.dimension === dimension)?.values.find((v) => v.value === value)?.label ?? value
  );
}
