import type { SourceRef, Taxonomy } from '$lib/kb-types';
import { m } from '$lib/paraglide/messages';
import { TAXONOMY_FIELDS } from './programs';

/** The report's cut-off: the date the 2020 survey observed, and the earliest record of the knowledge base. */
import { REPORT_DATE } from '@kaiji/kb/dates';
import { isIsoDate } from '@kaiji/kb/iso-date';

const DATED_SOURCE = /* GraphQL */ `label(lang: $lang) locator(lang: $lang) url accessed status`;

export interface DatedSource extends SourceRef {
  status?: 'PRIMARY' | 'SECONDARY' | null;
}

export interface DatedTag {
  dimension: string;
  value: string;
  validFrom: string;
  validTo: string | null;
  basis: string | null;
  source: DatedSource;
}

export interface Development {
  date: string;
  title: string;
  summary: string;
  sources: DatedSource[];
}

const TAG_FIELDS = /* GraphQL */ `dimension value validFrom validTo basis(lang: $lang) source { ${DATED_SOURCE} }`;
const DEVELOPMENT_FIELDS = /* GraphQL */ `date title(lang: $lang) summary(lang: $lang) sources { ${DATED_SOURCE} }`;

/** One program's dated facts, whatever the date viewed: every tag (history included) and its developments. */
export const TIMELINE_QUERY = /* GraphQL */ `
  query Timeline($slug: String!, $lang: Lang!) {
    program(slug: $slug) {
      slug
      validFrom
      tags { ${TAG_FIELDS} }
      developments { ${DEVELOPMENT_FIELDS} }
    }
  }
`;

export interface TimelineResult {
  program: { slug: string; validFrom: string | null; tags: DatedTag[]; developments: Development[] } | null;
}

/** What changed between two dates, program by program, each change with its source. */
export const CHANGES_QUERY = /* GraphQL */ `
  query Changes($from: Date!, $to: Date!, $programs: [String!], $lang: Lang!) {
    changes(from: $from, to: $to, programs: $programs) {
      from
      to
      appeared { slug name(lang: $lang) }
      ended { slug name(lang: $lang) }
      programs {
        appeared
        ended
        program { slug name(lang: $lang) jurisdiction validFrom validTo }
        tagsAdded { ${TAG_FIELDS} }
        tagsEnded { ${TAG_FIELDS} }
        developments { ${DEVELOPMENT_FIELDS} }
      }
    }
    all: programs(first: 100) { edges { node { slug name(lang: $lang) } } }
    ${TAXONOMY_FIELDS}
  }
`;

export interface ProgramChangeSet {
  appeared: boolean;
  ended: boolean;
  program: { slug: string; name: string; jurisdiction: string; validFrom: string | null; validTo: string | null };
  tagsAdded: DatedTag[];
  tagsEnded: DatedTag[];
  developments: Development[];
}

export interface ChangesResult {
  changes: {
    from: string;
    to: string;
    appeared: { slug: string; name: string }[];
    ended: { slug: string; name: string }[];
    programs: ProgramChangeSet[];
  };
  all: { edges: { node: { slug: string; name: string } }[] };
  taxonomy: Taxonomy;
}

/**
 * The problem with a date the user gave, for a localized message: malformed, or before the earliest record (whose
 * date the API names in its error). Null when the API's error is about something else.
 */
export function dateProblem(
  value: string,
  apiMessage?: string,
): { kind: 'malformed' | 'early'; earliest: string } | null {
  const earliest = apiMessage?.match(/earliest record \((\d{4}-\d{2}-\d{2})\)/)?.[1] ?? REPORT_DATE;
  if (!isIsoDate(value)) return { kind: 'malformed', earliest };
  if (value < earliest || (apiMessage && /before the earliest record/.test(apiMessage)))
    return { kind: 'early', earliest };
  return null;
}

/** The localized message for a refused date (the API's message, when given, names the earliest record); null when fine. */
export function asOfError(value: string, apiMessage?: string, window = false): string | null {
  if (apiMessage && !/`(asOf|from|to)`/.test(apiMessage)) return null;
  const problem = dateProblem(value, apiMessage);
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
