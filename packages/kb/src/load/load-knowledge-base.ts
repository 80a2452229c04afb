import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  DamageCases,
  IntakeHistory,
  OperatorSurvey,
  PartnershipStatistics,
  PolicyOptions,
  Program,
  SourceRegistry,
  Taxonomy,
} from '../schema/index.ts';
import { checkDuplicateSlugs, checkProgram, checkSourceRefs, checkTaxonomy, type LoadedFile } from './cross-check.ts';
import type { KnowledgeBase, LoadResult, Problem } from './knowledge-base.ts';
import { problemAt, validateFile } from './validate.ts';
import { checkDamageCases, checkOperatorSurvey } from './website-operators-check.ts';
import { readYamlFile } from './yaml-file.ts';

/** The files of a data folder, relative to it, with the schema each must satisfy. */
export const DATA_FILES = {
  sources: { file: 'sources.yaml', schema: SourceRegistry },
  taxonomy: { file: 'taxonomy.yaml', schema: Taxonomy },
  policyOptions: { file: 'policy-options.yaml', schema: PolicyOptions },
  partnership: { file: 'partnership/statistics.yaml', schema: PartnershipStatistics },
  intakeHistory: { file: 'partnership/intake-history.yaml', schema: IntakeHistory },
  operatorSurvey: { file: 'website-operators/survey.yaml', schema: OperatorSurvey },
  damageCases: { file: 'website-operators/damage-cases.yaml', schema: DamageCases },
} as const;
export const PROGRAMS_DIR = 'programs';

/**
 * Loads and checks a whole data folder. It never stops at the first mistake: a curator gets every
 * problem of every file in one run.
 */
export function loadKnowledgeBase(dataDir: string): LoadResult {
  const problems: Problem[] = [];
  const loaded: LoadedFile<unknown>[] = [];

  const parsedSlugs = new Set<string>();
  function load<S extends z.ZodType>(file: string, schema: S): LoadedFile<z.infer<S>> | undefined {
    const read = readYamlFile(join(dataDir, file), file);
    problems.push(...read.problems);
    if (file.startsWith(`${PROGRAMS_DIR}/`))
      parsedSlugs.add(file.slice(PROGRAMS_DIR.length + 1).replace(/\.ya?ml$/, ''));
    if (!read.yaml) return undefined;
    // A program with a wrong field still names its slug: references to it should not fail as well.
    const slug = (read.yaml.data as { slug?: unknown } | null)?.slug;
    if (file.startsWith(`${PROGRAMS_DIR}/`) && typeof slug === 'string') parsedSlugs.add(slug);
    const checked = validateFile(read.yaml, schema);
    problems.push(...checked.problems);
    if (checked.value === undefined) return undefined;
    const result = { yaml: read.yaml, value: checked.value };
    loaded.push(result);
    return result;
  }

  if (!existsSync(dataDir)) {
    return { ok: false, problems: [{ file: dataDir, field: '', message: 'the data folder does not exist' }] };
  }
  const sources = load(DATA_FILES.sources.file, DATA_FILES.sources.schema);
  const taxonomy = load(DATA_FILES.taxonomy.file, DATA_FILES.taxonomy.schema);
  const policyOptions = load(DATA_FILES.policyOptions.file, DATA_FILES.policyOptions.schema);
  const partnership = load(DATA_FILES.partnership.file, DATA_FILES.partnership.schema);
  const intakeHistory = load(DATA_FILES.intakeHistory.file, DATA_FILES.intakeHistory.schema);
  const operatorSurvey = load(DATA_FILES.operatorSurvey.file, DATA_FILES.operatorSurvey.schema);
  const damageCases = load(DATA_FILES.damageCases.file, DATA_FILES.damageCases.schema);

  const programFiles = existsSync(join(dataDir, PROGRAMS_DIR))
    ? readdirSync(join(dataDir, PROGRAMS_DIR))
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];
  if (programFiles.length === 0) {
    problems.push({ file: PROGRAMS_DIR, field: '', message: 'no program files (programs/<slug>.yaml)' });
  }
  const programs = programFiles
    .map((f) => load(`${PROGRAMS_DIR}/${f}`, Program))
    .filter((p): p is LoadedFile<Program> => p !== undefined);

  if (sources) {
    const ids = new Set<string>();
    sources.value.sources.forEach((s, i) => {
      if (ids.has(s.id)) problems.push(problemAt(sources.yaml, ['sources', i, 'id'], `duplicate source id '${s.id}'`));
      ids.add(s.id);
    });
    for (const file of loaded) problems.push(...checkSourceRefs(file.yaml, ids));
  }
  if (taxonomy) problems.push(...checkTaxonomy(taxonomy));
  for (const program of programs) problems.push(...checkProgram(program, taxonomy?.value));
  problems.push(...checkDuplicateSlugs(programs));
  if (policyOptions) {
    const slugs = parsedSlugs;
    policyOptions.value.options.forEach((option, i) => {
      option.assessments.forEach((a, j) => {
        if (!slugs.has(a.program)) {
          problems.push(
            problemAt(
              policyOptions.yaml,
              ['options', i, 'assessments', j, 'program'],
              `no program with slug '${a.program}'`,
            ),
          );
        }
      });
    });
    const keys = policyOptions.value.options.map((o) => o.key);
    keys.forEach((k, i) => {
      if (keys.indexOf(k) !== i)
        problems.push(problemAt(policyOptions.yaml, ['options', i, 'key'], `duplicate option ${k}`));
    });
  }
  if (partnership) {
    const keys = partnership.value.figures.map((f) => f.key);
    keys.forEach((k, i) => {
      if (keys.indexOf(k) !== i)
        problems.push(problemAt(partnership.yaml, ['figures', i, 'key'], `duplicate figure key '${k}'`));
    });
  }

  if (operatorSurvey) problems.push(...checkOperatorSurvey(operatorSurvey));
  if (damageCases) problems.push(...checkDamageCases(damageCases));

  if (
    problems.length > 0 ||
    !sources ||
    !taxonomy ||
    !policyOptions ||
    !partnership ||
    !intakeHistory ||
    !operatorSurvey ||
    !damageCases
  ) {
    return { ok: false, problems: sortProblems(problems) };
  }
  const kb: KnowledgeBase = {
    sources: sources.value.sources,
    taxonomy: taxonomy.value,
    programs: programs.map((p) => ({ ...p.value, file: p.yaml.file })).sort(byTableOrder),
    policyOptions: policyOptions.value,
    partnership: partnership.value,
    intakeHistory: intakeHistory.value,
    operatorSurvey: operatorSurvey.value,
    damageCases: damageCases.value,
  };
  return { ok: true, kb };
}

/** Table 4-2's order (CISA's two rows share 8; file names break the tie), programs outside it last. */
function byTableOrder(
  a: { survey?: { row: number }; file: string },
  b: { survey?: { row: number }; file: string },
): number {
  return (a.survey?.row ?? 99) - (b.survey?.row ?? 99) || a.file.localeCompare(b.file);
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
