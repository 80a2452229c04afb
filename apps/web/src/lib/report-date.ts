/**
 * The date of the seed report's statistics and survey (Chapter 1: "2020年9月末時点"): the earliest date the
 * knowledge base can be viewed at, and the "as surveyed" preset. The web app's one copy of it.
 */
export const REPORT_DATE = '2020-09-30';
