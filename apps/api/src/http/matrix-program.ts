/**
 * What a row of the comparison matrix shows of a program, as the exports and the matrix page's operations select it
 * (the benchmarks run the same selection). A document using it declares `$lang: Lang`.
 */
export const MATRIX_PROGRAM_FRAGMENT = /* GraphQL */ `
  fragment MatrixProgram on Program {
    slug
    name(lang: $lang)
    organization(lang: $lang)
    jurisdiction
    surveyed
    acceptsReports
    survey {
      item
      raw
      found
      qualifiers
      note(lang: $lang)
      source {
        ...MatrixSource
      }
    }
    intakeScopes
    legalBases
    coordinates
    incentives
    referenceForPartnership
    sources {
      ...MatrixSource
    }
  }
  fragment MatrixSource on Source {
    label(lang: $lang)
    locator
    url
    accessed
  }
`;
