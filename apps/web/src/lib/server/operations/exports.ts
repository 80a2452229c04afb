import type { Taxonomy } from '$lib/kb-types';
import { TAXONOMY_FIELDS } from './programs';

/** The taxonomy alone: what an export names when a link's tag value is unknown. */
export const TAXONOMY_QUERY = /* GraphQL */ `
  query Taxonomy($lang: Lang!) {
    ${TAXONOMY_FIELDS}
  }
`;

export interface TaxonomyResult {
  taxonomy: Taxonomy;
}
