import { INTAKE_KINDS } from './intake-model.ts';
import type { IntakeProjection } from './model.ts';
import { exp } from './portable-math.ts';
import type { AssumptionUsed } from './simulation.ts';

/** z of the 5th and 95th percentiles: a fitted parameter's range is its 90% interval. */
const Z90 = 1.6448536269514722;

const KIND_LABEL = { software: { ja: '製品', en: 'Products' }, web: { ja: 'ウェブサイト', en: 'Websites' } } as const;

/**
 * The intake model's parameters as the result lists them beside the other assumptions (only for a run that
 * projects): per kind the mean rate per quarter, the trend and the burst variance, fitted; the trend's damping,
 * chosen. Values are as fitted at `fittedTo`; the range of a fitted one is its 90% interval.
 */
export function intakeAssumptions(p: IntakeProjection): AssumptionUsed[] {
  const source = {
    label: `Fitted by pnpm --filter @kaiji/sim fit:intake to the intake history up to ${p.fit.fittedTo}`,
    locator: 'data/simulation/intake-fitted.yaml; data/partnership/intake-history.yaml and the seed’s Figure 1-1',
  };
  const used: AssumptionUsed[] = [];
  for (const kind of INTAKE_KINDS) {
    const f = p.fit.kinds[kind];
    const sa = Math.sqrt(f.covariance[0]);
    const sb = Math.sqrt(f.covariance[2]);
    const rate = exp(f.logRate);
    const entries: [keyof IntakeProjection['texts'], number, [number, number]][] = [
      ['ratePerQuarter', rate, [exp(f.logRate - Z90 * sa), exp(f.logRate + Z90 * sa)]],
      ['trendPerYear', f.trend, [f.trend - Z90 * sb, f.trend + Z90 * sb]],
      ['burstVariance', f.dispersion, [f.dispersion, f.dispersion]],
    ];
    for (const [name, value, range] of entries) {
      const t = p.texts[name];
      used.push({
        key: `intake.${kind}.${name}`,
        kind: 'fitted',
        value,
        meanUsed: value,
        range,
        unit: t.unit,
        text: { ja: `${KIND_LABEL[kind].ja}：${t.text.ja}`, en: `${KIND_LABEL[kind].en}: ${t.text.en}` },
        source,
        basis: t.basis,
        confidence: t.confidence,
        drawn: name !== 'burstVariance',
        overridden: false,
      });
    }
  }
  const d = p.trendDampingPerYear;
  used.push({
    key: 'intake.trendDampingPerYear',
    kind: 'assumption',
    value: d.value,
    meanUsed: (d.range[0] + d.value + d.range[1]) / 3,
    range: d.range,
    unit: 'per year',
    text: d.text,
    source: d.source,
    basis: d.basis,
    confidence: d.confidence,
    drawn: true,
    overridden: false,
  });
  return used;
}
