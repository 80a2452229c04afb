import { MATRIX_PROGRAM, SOURCE_REF, SURVEY_ITEM, TAXONOMY, DATED_TAG } from '$lib/fragments';
import { graphql, type ResultOf } from '$lib/graphql';

/** The taxonomy alone: the values a link's filter may name, with their labels (what the page and exports name). */
export const TAXONOMY_QUERY = graphql(
  `
    query Taxonomy($lang: Lang!) {
      taxonomy {
        ...Taxonomy
      }
    }
  `,
  [TAXONOMY],
);

/** The comparison matrix as a view shows it: the filtered programs, the taxonomy, and every jurisdiction. */
export const MATRIX_QUERY = graphql(
  `
    query Matrix($filter: ProgramFilter, $lang: Lang!, $asOf: Date) {
      comparisonMatrix(filter: $filter, asOf: $asOf) {
        asOf
        tagsAsOf
        items {
          ...SurveyItem
        }
        programs {
          ...MatrixProgram
        }
      }
      taxonomy {
        ...Taxonomy
      }
      all: programs(first: 100, asOf: $asOf) {
        totalCount
        edges {
          node {
            jurisdiction
          }
        }
      }
    }
  `,
  [SURVEY_ITEM, MATRIX_PROGRAM, TAXONOMY],
);
export type MatrixResult = ResultOf<typeof MATRIX_QUERY>;

/** One program's page: its row, organisation, summary, tag history, sources and Table 4-3's assessments. */
export const PROGRAM_QUERY = graphql(
  `
    query Program($slug: String!, $lang: Lang!, $asOf: Date) {
      program(slug: $slug, asOf: $asOf) {
        ...MatrixProgram
        organization(lang: $lang)
        summary(lang: $lang)
        surveyedOrganizationNumber
        surveyRow {
          row
          label
          rawRow
          asOf
          decoding(lang: $lang)
        }
        history: tags {
          ...DatedTag
        }
        sources {
          ...SourceRef
        }
        assessments {
          option {
            key
            name(lang: $lang)
            addition(lang: $lang)
          }
          effects(lang: $lang)
          considerations(lang: $lang)
          source {
            ...SourceRef
          }
        }
      }
      taxonomy {
        ...Taxonomy
      }
    }
  `,
  [MATRIX_PROGRAM, DATED_TAG, SOURCE_REF, TAXONOMY],
);

/** Every program side by side, for the comparison page. */
export const COMPARE_QUERY = graphql(
  `
    query Compare($lang: Lang!) {
      comparisonMatrix {
        items {
          ...SurveyItem
        }
        programs {
          ...MatrixProgram
          organization(lang: $lang)
        }
      }
      taxonomy {
        ...Taxonomy
      }
    }
  `,
  [SURVEY_ITEM, MATRIX_PROGRAM, TAXONOMY],
);
