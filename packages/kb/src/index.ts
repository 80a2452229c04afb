export * from './schema/index.ts';
export { loadKnowledgeBase, DATA_FILES, PROGRAMS_DIR } from './load/load-knowledge-base.ts';
export {
  formatProblem,
  type KnowledgeBase,
  type LoadResult,
  type Problem,
  type ProgramRecord,
} from './load/knowledge-base.ts';
export { decodeRawRow, readMark, splitRawRow } from './load/survey-row.ts';
export { defaultDataDir } from './data-dir.ts';
export { REPORT_DATE, TIME_ZONE, today } from './dates.ts';
export { isIsoDate } from './iso-date.ts';
export { localizeLocator, localizeLocatorStrict, tableCellLocator, type LocatorLang } from './locator.ts';
