import { REPORT_DATE } from '@kaiji/kb/dates';
import { isIsoDate } from '@kaiji/kb/iso-date';
import { DATED_TAG, DEVELOPMENT, TAXONOMY } from '$lib/fragments';
import { graphql } from '$lib/graphql';
import { m } from '$lib/paraglide/messages';
import type { ApiError } from '../api-error';

/** One program's dated facts, whatever the date viewed: every tag (history included) and its developments. */
export const TIMELINE_QUERY = graphql(
  `
    query Timeline($slug: String!, $lang: Lang!) {
      program(slug: $slug) {
        slug
        validFrom
        tags {
          ...DatedTag
        }
        developments {
          ...Development
        }
      }
    }
  `,
  [DATED_TAG, DEVELOPMENT],
);

/** What changed between two dates, program by program, each change with its source. */
export const CHANGES_QUERY = graphql(
  `
    query Changes($from: Date!, $to: Date!, $programs: [String!], $lang: Lang!) {
      changes(from: $from, to: $to, programs: $programs) {
        from
        to
        appeared {
          slug
          name(lang: $lang)
        }
        ended {
          slug
          name(lang: $lang)
        }
        programs {
          appeared
          ended
          program {
            slug
            name(lang: $lang)
            jurisdiction
            validFrom
            validTo
          }
          tagsAdded {
            ...DatedTag
          }
          tagsEnded {
            ...DatedTag
          }
          developments {
            ...Development
          }
        }
      }
      all: programs(first: 100) {
        edges {
          node {
            slug
            name(lang: $lang)
          }
        }
      }
      taxonomy {
        ...Taxonomy
      }
    }
  `,
  [DATED_TAG, DEVELOPMENT, TAXONOMY],
);

/** The date arguments the API checks, as its refusals name them in `extensions.field`. */
type DateField = 'asOf' | 'from' | 'to';
const DATE_FIELDS: readonly string[] = ['asOf', 'from', 'to'] satisfies DateField[];

/** What is wrong with a date, for a localized message: malformed, or before the earliest record. */
export interface DateProblem {
  kind: 'malformed' | 'early';
  earliest: string;
}

/**
 * The problem with a date the user gave, before the API is asked: malformed, or before the report's date (the
 * earliest record as the web app knows it). Null when it looks fine.
 */
export function dateProblem(value: string): DateProblem | null {
  if (!isIsoDate(value)) return { kind: 'malformed', earliest: REPORT_DATE };
  return value < REPORT_DATE ? { kind: 'early', earliest: REPORT_DATE } : null;
}

/**
 * The date argument the API refused and why, from the error's extensions (`field`, `reason`, `earliest`), never
 * from its English text. Null when the refusal is about something else (or about the order of a window).
 */
export function refusedDate(e: ApiError): (DateProblem & { field: DateField }) | null {
  const { field, reason, earliest } = e.extensions;
  if (e.code !== 'BAD_USER_INPUT' || !field || !DATE_FIELDS.includes(field)) return null;
  if (reason !== 'MALFORMED_DATE' && reason !== 'BEFORE_EARLIEST_RECORD') return null;
  return {
    field: field as DateField,
    kind: reason === 'MALFORMED_DATE' ? 'malformed' : 'early',
    earliest: earliest ?? REPORT_DATE,
  };
}

/**
 * The localized message for a date: from the API's refusal when given (it names the earliest record), else from
 * the web app's own check; null when fine. `window` words it for the changes page's from/to.
 */
export function asOfError(value: string, refusal?: ApiError, window = false): string | null {
  const problem = refusal ? refusedDate(refusal) : dateProblem(value);
  if (!problem) return null;
  const date = value.slice(0, 24);
  if (window)
    return problem.kind === 'malformed'
      ? m.changes_error_malformed({ date })
      : m.changes_error_early({ date, earliest: problem.earliest });
  return problem.kind === 'malformed'
    ? m.asof_error_malformed({ date })
    : m.asof_error_early({ date, earliest: problem.earliest });
}
