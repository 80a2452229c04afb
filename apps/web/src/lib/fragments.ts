// Parts of a selection that several operations share, and the types of what they select (the components that
// show them take these types). Each reads the operation's $lang.
import { graphql, type ResultOf } from '$lib/graphql';

/** A source as a citation shows it (SourceCite, sourceText): label, where in it, link, date read, primary or not. */
export const SOURCE_REF = graphql(`
  fragment SourceRef on Source {
    label(lang: $lang)
    locator(lang: $lang)
    url
    accessed
    status
  }
`);
export type SourceRef = ResultOf<typeof SOURCE_REF>;

/** The vocabulary: Table 4-2's items, marks and qualifiers, and every tag dimension with its values' labels. */
export const TAXONOMY = graphql(`
  fragment Taxonomy on Taxonomy {
    surveyItems {
      item
      number
      label(lang: $lang)
    }
    marks {
      mark
      legend(lang: $lang)
    }
    qualifiers {
      number
      item
      legend(lang: $lang)
      impliesDimension
      impliesValue
    }
    dimensions {
      dimension
      label(lang: $lang)
      definition(lang: $lang)
      values {
        value
        label(lang: $lang)
        definition(lang: $lang)
      }
    }
  }
`);
export type Taxonomy = ResultOf<typeof TAXONOMY>;

/** A column heading of the matrix: one of Table 4-2's eight items. */
export const SURVEY_ITEM = graphql(`
  fragment SurveyItem on SurveyItemInfo {
    item
    number
    label(lang: $lang)
  }
`);
export type SurveyItemInfo = ResultOf<typeof SURVEY_ITEM>;

/** A tag with its dates, basis and source: what a program's tag table, its timeline and the changes page show. */
export const DATED_TAG = graphql(
  `
    fragment DatedTag on ProgramTag {
      dimension
      value
      current
      validFrom
      validTo
      basis(lang: $lang)
      source {
        ...SourceRef
      }
    }
  `,
  [SOURCE_REF],
);
export type DatedTag = ResultOf<typeof DATED_TAG>;

/** A dated development of a program (e.g. an organisation renamed), with its sources. */
export const DEVELOPMENT = graphql(
  `
    fragment Development on ProgramDevelopment {
      date
      title(lang: $lang)
      summary(lang: $lang)
      sources {
        ...SourceRef
      }
    }
  `,
  [SOURCE_REF],
);
export type Development = ResultOf<typeof DEVELOPMENT>;

/** A program as a row of the matrix shows it: its eight cells, its current tags, each with its source. */
export const MATRIX_PROGRAM = graphql(
  `
    fragment MatrixProgram on Program {
      slug
      name(lang: $lang)
      jurisdiction
      surveyed
      acceptsReports
      referenceForPartnership
      referenceForPartnershipSource {
        ...SourceRef
      }
      survey {
        item
        number
        raw
        found
        qualifiers
        note(lang: $lang)
        source {
          ...SourceRef
        }
      }
      intakeScopes
      legalBases
      coordinates
      incentives
      tags(current: true) {
        ...DatedTag
      }
    }
  `,
  [SOURCE_REF, DATED_TAG],
);
export type MatrixProgram = ResultOf<typeof MATRIX_PROGRAM>;
export type SurveyCell = MatrixProgram['survey'][number];

/** A saved scenario as the simulate page lists it. Name and description are untrusted text: rendered as text only. */
export const SAVED_SCENARIO = graphql(`
  fragment SavedScenario on Scenario {
    id
    name
    description
    input
    engineVersion
    createdAt
  }
`);
export type SavedScenario = ResultOf<typeof SAVED_SCENARIO>;
