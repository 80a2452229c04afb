/**
 * Fits the intake model to the intake history and writes data/simulation/intake-fitted.yaml.
 *
 *   pnpm --filter @kaiji/sim fit:intake
 *
 * Deterministic and quick (milliseconds): the same data give the same file. A test fails when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildCalendar } from '../calendar.ts';
import { intakePoints } from '../intake.ts';
import { fitIntake, type IntakeFit } from '../intake-model.ts';
import type { SimulationModel } from '../model.ts';
import { defaultDataDir } from '@kaiji/kb/data-dir';
import { IntakeFile, SIMULATION_FILES, loadSimulationModel } from './load-model.ts';

/** The intake fit that data/ gives today (what intake-fitted.yaml must hold). */
export function fitIntakeOf(model: SimulationModel, windowYears: number): IntakeFit {
  const calendar = buildCalendar(model.calendar.intakeStart, model.calendar.asOf);
  return fitIntake(intakePoints(model, calendar), calendar, windowYears);
}

export function intakeWindowYears(dataDir: string): number {
  const file = IntakeFile.parse(
    parse(readFileSync(join(dataDir, SIMULATION_FILES.intake), 'utf8'), { schema: 'core' }),
  );
  return file.windowYears.value;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dataDir = defaultDataDir();
  const fit = fitIntakeOf(loadSimulationModel(dataDir, { unfitted: true }), intakeWindowYears(dataDir));
  const header = [
    '# Written by `pnpm --filter @kaiji/sim fit:intake` (packages/sim/src/node/fit-intake.ts). Do not edit by hand:',
    '# change data/partnership/ or intake.yaml and run the script again. Per kind: logRate (a, log of the mean',
    '# reports per quarter at fittedTo), trend (b, per year), covariance [var a, cov(a, b), var b], dispersion (φ).',
    '',
  ].join('\n');
  writeFileSync(join(dataDir, SIMULATION_FILES.intakeFitted), header + stringify(fit, { lineWidth: 120 }));
  console.log(`wrote ${SIMULATION_FILES.intakeFitted}`);
}
