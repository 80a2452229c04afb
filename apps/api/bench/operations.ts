import { MATRIX_PROGRAM_FRAGMENT } from '../src/http/matrix-program.ts';

/** Real operations: the benchmark runs them, and the abuse limits are tuned so that they pass. */
export const FULL_COMPARISON_QUERY = /* GraphQL */ `
  query FullComparison($lang: Lang = JA) {
    comparisonMatrix {
      asOf
      items {
        item
        number
        label(lang: $lang)
      }
      programs {
        id
        ...MatrixProgram
      }
    }
  }
  ${MATRIX_PROGRAM_FRAGMENT}
`;

export const PROGRAMS_PAGE_QUERY = /* GraphQL */ `
  query ProgramsPage($filter: ProgramFilter, $first: Int, $after: String, $lang: Lang = EN) {
    programs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...MatrixProgram
        }
      }
    }
  }
  ${MATRIX_PROGRAM_FRAGMENT}
`;
