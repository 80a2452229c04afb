import type {
  DamageCases,
  IntakeHistory,
  OperatorSurvey,
  PartnershipStatistics,
  PolicyOptions,
  Program,
  Source,
  Taxonomy,
} from '../schema/index.ts';

/** A program with the data file it came from (relative to the data folder). */
export type ProgramRecord = Program & { file: string };

/** Everything in data/, validated and cross-checked. */
export interface KnowledgeBase {
  sources: Source[];
  taxonomy: Taxonomy;
  programs: ProgramRecord[];
  policyOptions: PolicyOptions;
  partnership: PartnershipStatistics;
  intakeHistory: IntakeHistory;
  /** Chapter 2: the survey of small website operators. */
  operatorSurvey: OperatorSurvey;
  /** Chapter 3: Tables 3-1 and 3-2. */
  damageCases: DamageCases;
}

/** One thing wrong in data/, located as precisely as the YAML allows. */
export interface Problem {
  /** Relative to the data folder, e.g. 'programs/cert-eu.yaml'. */
  file: string;
  /** 1-based line of the offending node, where known. */
  line?: number;
  /** Dotted path inside the file, e.g. 'survey.cells.7.raw'; '' for the whole file. */
  field: string;
  message: string;
}

export type LoadResult = { ok: true; kb: KnowledgeBase } | { ok: false; problems: Problem[] };

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}
