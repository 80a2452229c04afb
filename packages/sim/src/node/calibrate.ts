/**
 * Fits the model's parameters to the calibration targets and writes data/simulation/fitted.yaml.
 *
 *   pnpm --filter @kaiji/sim calibrate
 *
 * A deterministic Nelder-Mead search, run separately for products and for websites (they share no parameter),
 * on the baseline of a fixed seed: common random numbers make the objective a smooth-enough function of the
 * parameters. The objective is the sum of squared misses in units of each target's tolerance. The search runs
 * on the logit of shares and the logarithm of durations, so every step stays a valid model.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from '@kaiji/kb/data-dir';
import { stringify } from 'yaml';
import type { SimulationModel } from '../model.ts';
import { ENGINE_VERSION, calibrationMeasures, runSimulation } from '../simulation.ts';
import { SIMULATION_FILES, loadSimulationModel, type FittedFile } from './load-model.ts';

type Kind = 'products' | 'websites';

export function kindOfMeasure(measure: string): Kind | undefined {
  if (/PRODUCT|unreachable\./.test(measure)) return 'products';
  if (/WEBSITE|website/.test(measure)) return 'websites';
  return undefined;
}

const toSearch = (scale: string, v: number) => (scale === 'share' ? Math.log(v / (1 - v)) : Math.log(v));
const fromSearch = (scale: string, x: number) => (scale === 'share' ? 1 / (1 + Math.exp(-x)) : Math.exp(x));

function withValues(model: SimulationModel, values: Map<string, number>): SimulationModel {
  return { ...model, parameters: model.parameters.map((p) => ({ ...p, value: values.get(p.key) ?? p.value })) };
}

/** Sum of squared misses in tolerance units over one kind's targets, at the fit's seed and trials. */
function objective(model: SimulationModel, kind: Kind, trials: number, seed: number): number {
  const result = runSimulation({ trials, seed }, model, { only: kind });
  const measures = calibrationMeasures(result);
  let sum = 0;
  for (const t of model.calibration.targets) {
    if (kindOfMeasure(t.measure) !== kind) continue;
    const z = (measures.get(t.measure)! - t.value) / t.tolerance;
    sum += z * z;
  }
  return sum;
}

/** Nelder-Mead (standard coefficients), minimising f from x0 with initial steps `step`. */
function nelderMead(f: (x: number[]) => number, x0: number[], step: number, maxEvaluations: number) {
  const n = x0.length;
  let simplex = [x0, ...x0.map((_, i) => x0.map((v, j) => (i === j ? v + step : v)))].map((x) => ({ x, y: f(x) }));
  let evaluations = n + 1;
  const combine = (a: number[], b: number[], t: number) => a.map((v, i) => v + t * (b[i]! - v));
  while (evaluations < maxEvaluations) {
    simplex.sort((a, b) => a.y - b.y);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    if (worst.y - best.y < 1e-4 * (1 + best.y)) break;
    const centroid = x0.map((_, i) => simplex.slice(0, n).reduce((s, p) => s + p.x[i]!, 0) / n);
    const reflected = combine(centroid, worst.x, -1);
    const yr = f(reflected);
    evaluations++;
    if (yr < best.y) {
      const expanded = combine(centroid, worst.x, -2);
      const ye = f(expanded);
      evaluations++;
      simplex[n] = ye < yr ? { x: expanded, y: ye } : { x: reflected, y: yr };
    } else if (yr < simplex[n - 1]!.y) {
      simplex[n] = { x: reflected, y: yr };
    } else {
      const contracted = yr < worst.y ? combine(centroid, reflected, 0.5) : combine(centroid, worst.x, 0.5);
      const yc = f(contracted);
      evaluations++;
      if (yc < Math.min(yr, worst.y)) {
        simplex[n] = { x: contracted, y: yc };
      } else {
        simplex = simplex.map((p, i) =>
          i === 0 ? p : { x: combine(best.x, p.x, 0.5), y: f(combine(best.x, p.x, 0.5)) },
        );
        evaluations += n;
      }
    }
  }
  simplex.sort((a, b) => a.y - b.y);
  return { x: simplex[0]!.x, y: simplex[0]!.y, evaluations };
}

/** Six significant digits: enough for the fit, short enough to read in fitted.yaml. */
const round = (v: number) => Number(v.toPrecision(6));

export function calibrate(dataDir: string, log: (line: string) => void = console.log): FittedFile {
  const model = loadSimulationModel(dataDir, { unfitted: true });
  const { trials, seed } = model.calibration.fit;
  const values = new Map(model.parameters.map((p) => [p.key, p.value]));
  let evaluations = 0;
  let total = 0;
  for (const kind of ['products', 'websites'] as const) {
    const prefix = kind === 'products' ? 'product.' : 'website.';
    const params = model.parameters.filter((p) => p.key.startsWith(prefix));
    const f = (x: number[]) => {
      params.forEach((p, i) => values.set(p.key, fromSearch(p.scale, x[i]!)));
      return objective(withValues(model, values), kind, trials, seed);
    };
    let x = params.map((p) => toSearch(p.scale, values.get(p.key)!));
    let y = Infinity;
    // Restarts from the best point with smaller steps, until a restart no longer improves the fit.
    for (const step of [0.4, 0.2, 0.1, 0.05]) {
      const r = nelderMead(f, x, step, 400 * params.length);
      evaluations += r.evaluations;
      log(`${kind}: step ${step}, ${r.evaluations} evaluations, objective ${r.y.toFixed(4)}`);
      const improved = r.y < y - 1e-3;
      if (r.y < y) {
        x = r.x;
        y = r.y;
      }
      if (!improved && step < 0.4) break;
    }
    params.forEach((p, i) => values.set(p.key, round(fromSearch(p.scale, x[i]!))));
    total += y;
  }

  const fittedModel = withValues(model, values);
  const check = runSimulation(model.calibration.check, fittedModel);
  const measures = calibrationMeasures(check);
  const achieved = model.calibration.targets.map((t) => ({
    measure: t.measure,
    target: t.value,
    tolerance: t.tolerance,
    value: round(measures.get(t.measure)!),
  }));
  for (const a of achieved) {
    const ok = Math.abs(a.value - a.target) <= a.tolerance ? 'ok  ' : 'MISS';
    log(`${ok} ${a.measure.padEnd(44)} target ${a.target} ± ${a.tolerance}, baseline ${a.value}`);
  }
  return {
    engineVersion: ENGINE_VERSION,
    fit: { trials, seed, evaluations, objective: round(total) },
    parameters: Object.fromEntries(model.parameters.map((p) => [p.key, values.get(p.key)!])),
    achieved,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dataDir = defaultDataDir();
  const fitted = calibrate(dataDir);
  const header = [
    '# Written by `pnpm --filter @kaiji/sim calibrate` (packages/sim/src/node/calibrate.ts). Do not edit by hand:',
    '# change calibration.yaml or assumptions.yaml and run the script again. `achieved` is the baseline mean at',
    "# calibration.yaml's check seed and trials, which `pnpm test` checks against the same tolerances.",
    '',
  ].join('\n');
  writeFileSync(join(dataDir, SIMULATION_FILES.fitted), header + stringify(fitted, { lineWidth: 120 }));
  console.log(`wrote ${SIMULATION_FILES.fitted}`);
}
