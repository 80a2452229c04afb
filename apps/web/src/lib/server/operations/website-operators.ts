import { SOURCE_REF } from '$lib/fragments';
import { graphql, type ResultOf } from '$lib/graphql';

/** One figure of Chapter 2's survey as the page charts and lists it. */
const SURVEY_FIGURE = graphql(
  `
    fragment SurveyFigure on OperatorSurveyFigure {
      question
      questionLabel(lang: $lang)
      questionPrinted
      statement(lang: $lang)
      subgroup(lang: $lang)
      share
      upTo
      precision
      printed
      note(lang: $lang)
      source {
        ...SourceRef
      }
    }
  `,
  [SOURCE_REF],
);
export type SurveyFigureRow = ResultOf<typeof SURVEY_FIGURE>;

/** The website operators' side: Chapter 2's survey and Chapter 3's damage cases (optionally one damage kind). */
export const WEBSITE_OPERATORS_QUERY = graphql(
  `
    query WebsiteOperators($lang: Lang!, $damageKind: DamageKind) {
      websiteOperatorSurvey {
        respondents
        population(lang: $lang)
        source {
          ...SourceRef
        }
        areas {
          key
          label(lang: $lang)
        }
        hypotheses {
          number
          area {
            key
          }
          statement(lang: $lang)
          verdict
          verdictText(lang: $lang)
          verdictReading(lang: $lang)
          source {
            ...SourceRef
          }
          figures {
            ...SurveyFigure
          }
        }
        conclusions {
          key
          section
          title(lang: $lang)
          text(lang: $lang)
          note(lang: $lang)
          source {
            ...SourceRef
          }
          figures {
            ...SurveyFigure
          }
        }
      }
      damageCases(damageKind: $damageKind) {
        table
        number
        raw
        date
        organization(lang: $lang)
        vulnerability(lang: $lang)
        siteForm(lang: $lang)
        companySize(lang: $lang)
        cloud
        damage {
          column
          mark
        }
        investigation {
          column
          mark
        }
        summary(lang: $lang)
        source {
          ...SourceRef
        }
      }
      damageCaseLegend {
        table
        mark
        meaning(lang: $lang)
      }
      damageCaseColumns {
        key
        group
        label(lang: $lang)
      }
      damageCaseConsiderations {
        key
        section
        title(lang: $lang)
        measures(lang: $lang)
        text(lang: $lang)
        source {
          ...SourceRef
        }
      }
    }
  `,
  [SOURCE_REF, SURVEY_FIGURE],
);
