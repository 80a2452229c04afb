import type { Localized } from '@kaiji/kb/schema';
import type { ScenarioInput } from './input.ts';
import type { ModelRuntime } from './runtime.ts';

export interface SimulationWarning {
  code: 'LEVER_OUTSIDE_EVIDENCE' | 'BASELINE_UNCALIBRATED' | 'STAFF_LOAD_BEYOND_HISTORY' | 'PREVIEW';
  /** The input field concerned, e.g. 'bounty.amountJpy'. */
  field?: string;
  text: Localized;
}

function fieldValue(input: ScenarioInput, field: string): number | undefined {
  let v: unknown = input;
  for (const part of field.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return typeof v === 'number' ? v : undefined;
}

/** Warnings that follow from the input alone, before anything runs. */
export function inputWarnings(rt: ModelRuntime, input: ScenarioInput): SimulationWarning[] {
  const warnings: SimulationWarning[] = [];
  for (const lever of rt.model.leverRanges) {
    const v = fieldValue(input, lever.field);
    if (v === undefined) continue;
    const [min, max] = lever.range;
    if (v < min || v > max) {
      warnings.push({
        code: 'LEVER_OUTSIDE_EVIDENCE',
        field: lever.field,
        text: {
          en: `${lever.field} = ${v} is outside ${min} to ${max}, the range the evidence covers: ${lever.text.en}`,
          ja: `${lever.field} = ${v} は根拠のある範囲（${min}〜${max}）の外です。${lever.text.ja}`,
        },
      });
    }
  }
  for (const o of input.assumptions) {
    const a = rt.assumptions[rt.assumptionIndex.get(o.key)!]!;
    if (a.role === 'structure' && o.value !== a.value) {
      warnings.push({
        code: 'BASELINE_UNCALIBRATED',
        field: o.key,
        text: {
          en: `${o.key} shapes the baseline and the fitted parameters are conditional on ${a.value}; at ${o.value} the baseline no longer reproduces the seed report. Run the calibration again to use this value.`,
          ja: `${o.key} はベースラインを形作る前提で、当てはめたパラメータは ${a.value} を前提としています。${o.value} ではベースラインが報告書の数値を再現しません。この値を使うには較正をやり直してください。`,
        },
      });
    }
  }
  return warnings;
}

/**
 * A warning when the scenario's busiest quarter goes further beyond history's busiest than levers.yaml's
 * 'staffLoad.peakOverHistory' allows.
 */
export function staffLoadWarning(
  rt: ModelRuntime,
  historicalPeak: number,
  scenarioPeakHigh: number,
): SimulationWarning | undefined {
  const limit = rt.model.leverRanges.find((l) => l.field === 'staffLoad.peakOverHistory');
  if (!limit || historicalPeak <= 0) return undefined;
  const ratio = scenarioPeakHigh / historicalPeak;
  if (ratio <= limit.range[1]) return undefined;
  const s = scenarioPeakHigh.toFixed(1);
  const h = historicalPeak.toFixed(1);
  return {
    code: 'STAFF_LOAD_BEYOND_HISTORY',
    field: limit.field,
    text: {
      en: `The scenario's busiest quarter reaches ${s} reports per working day (95th percentile), ${ratio.toFixed(2)} times the ${h} of the busiest quarter in history. ${limit.text.en}`,
      ja: `シナリオで最も多い四半期の届出は 1 就業日あたり ${s} 件（95 パーセンタイル）で、実績の最多四半期（${h} 件）の ${ratio.toFixed(2)} 倍です。${limit.text.ja}`,
    },
  };
}

export const PREVIEW_WARNING: SimulationWarning = {
  code: 'PREVIEW',
  text: {
    en: 'Preview: few trials with every assumption at its central value. The bands show case-level noise only; run the full simulation for uncertainty over the assumptions.',
    ja: 'プレビュー: 前提をすべて中央値に固定した少数回の試行です。幅は個々の届出のばらつきだけを示します。前提の不確かさを含めるには本計算を実行してください。',
  },
};
