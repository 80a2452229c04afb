import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCalendar } from '../calendar.ts';
import { intakePoints } from '../intake.ts';
import { fitIntake, type IntakeFit } from '../intake-model.ts';
import { defaultDataDir } from '@kaiji/kb/data-dir';
import { IntakeHistory, IsoDate, Localized, PartnershipStatistics, SourceRef, SourceRegistry } from '@kaiji/kb/schema';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  AssumptionRole,
  Confidence,
  IntakeFitSchema,
  ParameterScale,
  SimulationModel,
  type ResolvedSource,
} from '../model.ts';

/** The simulator's files under data/. */
export const SIMULATION_FILES = {
  assumptions: 'simulation/assumptions.yaml',
  calibration: 'simulation/calibration.yaml',
  fitted: 'simulation/fitted.yaml',
  levers: 'simulation/levers.yaml',
  intake: 'simulation/intake.yaml',
  intakeFitted: 'simulation/intake-fitted.yaml',
  observations: 'simulation/observations.yaml',
  statistics: 'partnership/statistics.yaml',
  intakeHistory: 'partnership/intake-history.yaml',
  sources: 'sources.yaml',
} as const;

/** A source as written in data/simulation: the registry (for the seed), a literature citation, or none. */
const SourceInFile = z.union([
  SourceRef,
  z.object({ citation: z.string().trim().min(1), locator: z.string().trim().min(1).optional() }).strict(),
]);
type SourceInFile = z.infer<typeof SourceInFile>;

const AssumptionsFile = z
  .object({
    calendar: z.object({ unreachableListStart: z.object({ date: IsoDate, source: SourceRef }).strict() }).strict(),
    assumptions: z.array(
      z
        .object({
          key: z.string(),
          value: z.number(),
          range: z.tuple([z.number(), z.number()]),
          unit: z.string(),
          role: AssumptionRole,
          drawn: z.boolean(),
          confidence: Confidence,
          label: Localized,
          text: Localized,
          source: SourceInFile.nullable(),
          basis: Localized.optional(),
        })
        .strict(),
    ),
  })
  .strict();

const Settings = z.object({ trials: z.number().int(), seed: z.number().int() }).strict();

const CalibrationFile = z
  .object({
    check: Settings,
    fit: Settings,
    targets: z.array(
      z
        .object({ measure: z.string(), value: z.number(), tolerance: z.number(), label: Localized, source: SourceRef })
        .strict(),
    ),
    parameters: z.array(
      z
        .object({
          key: z.string(),
          scale: ParameterScale,
          start: z.number(),
          unit: z.string(),
          identifiedBy: z.array(z.string()),
          text: Localized,
        })
        .strict(),
    ),
  })
  .strict();
export type CalibrationFile = z.infer<typeof CalibrationFile>;

export const FittedFile = z
  .object({
    engineVersion: z.string(),
    fit: z
      .object({
        trials: z.number().int(),
        seed: z.number().int(),
        evaluations: z.number().int(),
        objective: z.number(),
      })
      .strict(),
    parameters: z.record(z.string(), z.number()),
    achieved: z.array(
      z.object({ measure: z.string(), target: z.number(), tolerance: z.number(), value: z.number() }).strict(),
    ),
  })
  .strict();
export type FittedFile = z.infer<typeof FittedFile>;

const LeversFile = z
  .object({
    levers: z.array(
      z
        .object({
          field: z.string(),
          label: Localized,
          range: z.tuple([z.number(), z.number()]),
          text: Localized,
          source: SourceInFile.nullable(),
        })
        .strict(),
    ),
  })
  .strict();

const IntakeText = z.object({ unit: z.string(), confidence: Confidence, text: Localized, basis: Localized }).strict();

/** data/simulation/intake.yaml: what Kaiji chose for the intake model, with its basis. */
export const IntakeFile = z
  .object({
    windowYears: z.object({ value: z.number().positive(), text: Localized, basis: Localized }).strict(),
    trendDampingPerYear: z
      .object({
        value: z.number(),
        range: z.tuple([z.number(), z.number()]),
        confidence: Confidence,
        text: Localized,
        source: SourceInFile.nullable(),
        basis: Localized,
      })
      .strict(),
    maxRateOverHistory: z.object({ value: z.number().positive(), text: Localized, basis: Localized }).strict(),
    parameters: z.object({ ratePerQuarter: IntakeText, trendPerYear: IntakeText, burstVariance: IntakeText }).strict(),
  })
  .strict();
export type IntakeFile = z.infer<typeof IntakeFile>;

const ObservationsFile = z
  .object({
    observations: z.array(
      z
        .object({
          series: z.string(),
          quarter: z.string(),
          value: z.number(),
          text: Localized,
          source: SourceRef,
        })
        .strict(),
    ),
  })
  .strict();

function readYaml<S extends z.ZodType>(dataDir: string, file: string, schema: S): z.infer<S> {
  const text = readFileSync(join(dataDir, file), 'utf8');
  // The core schema keeps 2011-09-29 a string, as the kb loader does.
  const parsed = schema.safeParse(parse(text, { schema: 'core' }));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new Error(`${file} is invalid:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export interface LoadOptions {
  /**
   * Use calibration.yaml's start values where fitted.yaml is missing or lacks a parameter. Only the calibration
   * script does this, to bootstrap a fit.
   */
  unfitted?: boolean;
}

/** Reads data/ into the JSON-serialisable model that `runSimulation` takes. */
export function loadSimulationModel(dataDir: string = defaultDataDir(), options: LoadOptions = {}): SimulationModel {
  const registry = readYaml(dataDir, SIMULATION_FILES.sources, SourceRegistry);
  const statistics = readYaml(dataDir, SIMULATION_FILES.statistics, PartnershipStatistics);
  const history = readYaml(dataDir, SIMULATION_FILES.intakeHistory, IntakeHistory);
  const assumptions = readYaml(dataDir, SIMULATION_FILES.assumptions, AssumptionsFile);
  const calibration = readYaml(dataDir, SIMULATION_FILES.calibration, CalibrationFile);
  const levers = readYaml(dataDir, SIMULATION_FILES.levers, LeversFile);
  const intakeFile = readYaml(dataDir, SIMULATION_FILES.intake, IntakeFile);
  const observations = readYaml(dataDir, SIMULATION_FILES.observations, ObservationsFile);
  let intakeFit: IntakeFit;
  try {
    intakeFit = readYaml(dataDir, SIMULATION_FILES.intakeFitted, IntakeFitSchema);
  } catch (error) {
    if (!options.unfitted) throw error;
    // Bootstrapping (the fit scripts): fit the intake here, as fit:intake would.
    const calendar = buildCalendar(statistics.intakeStart, statistics.asOf);
    const seedQuarterly = statistics.quarterly.points.map((p) => ({
      quarter: p.quarter,
      cumulativeReports: p.cumulativeReports,
    }));
    const points = intakePoints({ intake: { history: history.points, seedQuarterly } } as SimulationModel, calendar);
    intakeFit = fitIntake(points, calendar, intakeFile.windowYears.value);
  }
  let fitted: FittedFile | undefined;
  try {
    fitted = readYaml(dataDir, SIMULATION_FILES.fitted, FittedFile);
  } catch (error) {
    if (!options.unfitted) throw error;
  }

  const resolve = (s: SourceInFile, where: string): ResolvedSource => {
    if ('citation' in s) return { label: s.citation, ...(s.locator ? { locator: s.locator } : {}) };
    const entry = registry.sources.find((r) => r.id === s.source);
    if (!entry) throw new Error(`${where}: source '${s.source}' is not in ${SIMULATION_FILES.sources}`);
    return {
      label: entry.title.en,
      labelJa: entry.title.ja,
      ...(s.locator ? { locator: s.locator } : {}),
      ...(entry.url ? { url: entry.url } : {}),
      ...(entry.accessed ? { accessed: entry.accessed } : {}),
    };
  };

  const model = {
    calendar: {
      intakeStart: statistics.intakeStart,
      asOf: statistics.asOf,
      unreachableListStart: assumptions.calendar.unreachableListStart.date,
      sources: {
        intakeStart: resolve({ source: 'ipa-2020-report', locator: '§1.2.1' }, SIMULATION_FILES.statistics),
        unreachableListStart: resolve(assumptions.calendar.unreachableListStart.source, SIMULATION_FILES.assumptions),
      },
    },
    intake: {
      history: history.points,
      seedQuarterly: statistics.quarterly.points.map((p) => ({
        quarter: p.quarter,
        cumulativeReports: p.cumulativeReports,
      })),
      projection: {
        fit: { fittedTo: intakeFit.fittedTo, windowYears: intakeFit.windowYears, kinds: intakeFit.kinds },
        trendDampingPerYear: {
          ...intakeFile.trendDampingPerYear,
          source:
            intakeFile.trendDampingPerYear.source === null
              ? null
              : resolve(intakeFile.trendDampingPerYear.source, SIMULATION_FILES.intake),
        },
        maxRateOverHistory: intakeFile.maxRateOverHistory.value,
        texts: intakeFile.parameters,
      },
    },
    observations: observations.observations.map((o) => ({
      ...o,
      source: resolve(o.source, `${SIMULATION_FILES.observations}: ${o.series} ${o.quarter}`),
    })),
    assumptions: assumptions.assumptions.map((a) => ({
      ...a,
      source: a.source === null ? null : resolve(a.source, `${SIMULATION_FILES.assumptions}: ${a.key}`),
    })),
    parameters: calibration.parameters.map((p) => {
      const value = fitted?.parameters[p.key];
      if (value === undefined && !options.unfitted) {
        throw new Error(`${SIMULATION_FILES.fitted} has no value for ${p.key}: run pnpm --filter @kaiji/sim calibrate`);
      }
      return {
        key: p.key,
        scale: p.scale,
        unit: p.unit,
        text: p.text,
        identifiedBy: p.identifiedBy,
        value: value ?? p.start,
      };
    }),
    calibration: {
      check: calibration.check,
      fit: calibration.fit,
      targets: calibration.targets.map((t) => ({
        ...t,
        source: resolve(t.source, `${SIMULATION_FILES.calibration}: ${t.measure}`),
      })),
    },
    leverRanges: levers.levers.map((l) => ({
      ...l,
      source: l.source === null ? null : resolve(l.source, `${SIMULATION_FILES.levers}: ${l.field}`),
    })),
  };
  const checked = SimulationModel.safeParse(model);
  if (!checked.success) {
    const lines = checked.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`the simulation model built from ${dataDir} is invalid:\n${lines.join('\n')}`);
  }
  return checked.data;
}

/** calibration.yaml as written, for the calibration script. */
export function readCalibrationFile(dataDir: string = defaultDataDir()): CalibrationFile {
  return readYaml(dataDir, SIMULATION_FILES.calibration, CalibrationFile);
}
