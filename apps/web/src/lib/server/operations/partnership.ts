import { SOURCE_REF } from '$lib/fragments';
import { graphql } from '$lib/graphql';

/** Chapter 1's figures of the Partnership, each with its source, for the partnership page. */
export const PARTNERSHIP_QUERY = graphql(
  `
    query Partnership($lang: Lang!) {
      partnership {
        asOf
        intakeStart
        quarterlyCumulativeReports {
          quarter
          cumulativeReports
          reportsPerWorkingDay
          source {
            ...SourceRef
          }
        }
        products: outcomes(kind: SOFTWARE_PRODUCT) {
          outcome
          label(lang: $lang)
          count
          source {
            ...SourceRef
          }
        }
        websites: outcomes(kind: WEBSITE) {
          outcome
          label(lang: $lang)
          count
          source {
            ...SourceRef
          }
          details {
            key
            label(lang: $lang)
            count
          }
        }
        figures {
          key
          label(lang: $lang)
          value
          unit
          note(lang: $lang)
          source {
            ...SourceRef
          }
        }
        intakeHistory {
          quarter
          software
          web
          total
          note(lang: $lang)
          source {
            ...SourceRef
          }
        }
        totals {
          kind
          total
          source {
            ...SourceRef
          }
        }
        breakdowns {
          key
          label(lang: $lang)
          base
          note(lang: $lang)
          items {
            key
            label(lang: $lang)
            share
          }
          source {
            ...SourceRef
          }
        }
      }
    }
  `,
  [SOURCE_REF],
);
