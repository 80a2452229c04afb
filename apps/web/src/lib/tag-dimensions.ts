// Tag dimensions as the schema names them, the Program fields that hold their current values, and their labels
// from the taxonomy the API serves. The one map from dimension to field: the matrix, the filter form, the
// exports and the comparison page all read it.
import type { SchemaEnum } from '$lib/graphql';
import type { MatrixProgram, Taxonomy } from '$lib/fragments';

export type TagDimension = SchemaEnum<'TagDimension'>;

/** Each dimension's field on Program (also the matrix's sort key and, for the lists, the URL parameter). */
export const DIMENSION_FIELD = {
  INTAKE_SCOPE: 'intakeScopes',
  LEGAL_BASIS: 'legalBases',
  COORDINATION: 'coordinates',
  INCENTIVE: 'incentives',
} as const satisfies Record<TagDimension, keyof MatrixProgram>;
export type DimensionField = (typeof DIMENSION_FIELD)[TagDimension];

/** The dimensions in the matrix's column order. */
export const DIMENSIONS = (Object.keys(DIMENSION_FIELD) as TagDimension[]).map((dimension) => ({
  dimension,
  field: DIMENSION_FIELD[dimension],
}));

/** A program's current values of one dimension (coordination, a yes/no field, as its two values). */
export function dimensionValues(p: Pick<MatrixProgram, DimensionField>, dimension: TagDimension): string[] {
  if (dimension === 'COORDINATION') return [p.coordinates ? 'COORDINATES' : 'NONE_FOUND'];
  return p[DIMENSION_FIELD[dimension]];
}

/** The dimension's label in the page's language, e.g. 受付対象 / Intake scope. */
export function dimensionLabel(taxonomy: Pick<Taxonomy, 'dimensions'>, dimension: TagDimension): string {
  return taxonomy.dimensions.find((d) => d.dimension === dimension)?.label ?? dimension;
}

/** A value's label in the page's language; the value itself when the taxonomy does not know it. */
export function valueLabel(taxonomy: Pick<Taxonomy, 'dimensions'>, dimension: TagDimension, value: string): string {
  return (
    taxonomy.dimensions.find((d) => d.dimension === dimension)?.values.find((v) => v.value === value)?.label ?? value
  );
}

/** A tag as one phrase, its dimension and value in the page's language: 受付対象: 政府システム. */
export function tagText(
  taxonomy: Pick<Taxonomy, 'dimensions'>,
  tag: { dimension: TagDimension; value: string },
): string {
  return `${dimensionLabel(taxonomy, tag.dimension)}: ${valueLabel(taxonomy, tag.dimension, tag.value)}`;
}

/** The dimension a Program field (or the matrix's URL parameter of the same name) holds. */
export function dimensionOf(field: DimensionField): TagDimension {
  const found = DIMENSIONS.find((d) => d.field === field);
  if (!found) throw new Error(`no tag dimension is held in ${field}`);
  return found.dimension;
}
