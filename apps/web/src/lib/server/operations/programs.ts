import type { MatrixProgram, SourceRef, SurveyItemInfo, Taxonomy } from '$lib/kb-types';

const SOURCE = /* GraphQL */ `label(lang: $lang) locator(lang: $lang) url accessed`;

export const TAXONOMY_FIELDS = /* GraphQL */ `
  taxonomy {
    surveyItems { item number label(lang: $lang) }
    marks { mark legend(lang: $lang) }
    qualifiers { number item legend(lang: $lang) impliesDimension impliesValue }
    dimensions { dimension label(lang: $lang) definition(lang: $lang) values { value label(lang: $lang) definition(lang: $lang) } }
  }
`;

export const PROGRAM_FIELDS = /* GraphQL */ `
  slug
  name(lang: $lang)
  jurisdiction
  surveyed
  acceptsReports
  referenceForPartnership
  referenceForPartnershipSource { ${SOURCE} }
  survey { item number raw found qualifiers note(lang: $lang) source { ${SOURCE} } }
  intakeScopes
  legalBases
  coordinates
  incentives
  tags(current: true) { dimension value current validFrom validTo basis(lang: $lang) source { ${SOURCE} } }
`;

/** The taxonomy alone: the values a link's filter may name, with their labels. */
export const TAXONOMY_QUERY = /* GraphQL */ `
  query Taxonomy($lang: Lang!) {
    ${TAXONOMY_FIELDS}
  }
`;

export const MATRIX_QUERY = /* GraphQL */ `
  query Matrix($filter: ProgramFilter, $lang: Lang!, $asOf: Date) {
    comparisonMatrix(filter: $filter, asOf: $asOf) {
      asOf
      tagsAsOf
      items { item number label(lang: $lang) }
      programs { ${PROGRAM_FIELDS} }
    }
    ${TAXONOMY_FIELDS}
    all: programs(first: 100, asOf: $asOf) { totalCount edges { node { jurisdiction } } }
  }
`;

export interface MatrixResult {
  comparisonMatrix: { asOf: string | null; tagsAsOf: string; items: SurveyItemInfo[]; programs: MatrixProgram[] };
  taxonomy: Taxonomy;
  all: { totalCount: number; edges: { node: { jurisdiction: string } }[] };
}

export interface ProgramDetail extends MatrixProgram {
  organization: string;
  summary: string;
  surveyedOrganizationNumber: number | null;
  surveyRow: { row: number; label: string; rawRow: string; asOf: string | null; decoding: string | null } | null;
  history: MatrixProgram['tags'];
  sources: SourceRef[];
  assessments: {
    option: { key: string; name: string; addition: string };
    effects: string[];
    considerations: string[];
    source: SourceRef;
  }[];
}

export const PROGRAM_QUERY = /* GraphQL */ `
  query Program($slug: String!, $lang: Lang!, $asOf: Date) {
    program(slug: $slug, asOf: $asOf) {
      ${PROGRAM_FIELDS}
      organization(lang: $lang)
      summary(lang: $lang)
      surveyedOrganizationNumber
      surveyRow { row label rawRow asOf decoding(lang: $lang) }
      history: tags { dimension value current validFrom validTo basis(lang: $lang) source { ${SOURCE} } }
      sources { ${SOURCE} }
      assessments {
        option { key name(lang: $lang) addition(lang: $lang) }
        effects(lang: $lang)
        considerations(lang: $lang)
        source { ${SOURCE} }
      }
    }
    ${TAXONOMY_FIELDS}
  }
`;

export interface ProgramResult {
  program: ProgramDetail | null;
  taxonomy: Taxonomy;
}

export const COMPARE_QUERY = /* GraphQL */ `
  query Compare($lang: Lang!) {
    comparisonMatrix {
      items { item number label(lang: $lang) }
      programs { ${PROGRAM_FIELDS} organization(lang: $lang) }
    }
    ${TAXONOMY_FIELDS}
  }
`;

export interface CompareResult {
  comparisonMatrix: { items: SurveyItemInfo[]; programs: (MatrixProgram & { organization: string })[] };
  taxonomy: Taxonomy;
}
