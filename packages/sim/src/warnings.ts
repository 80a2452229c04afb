import type { Localized } from '@kaiji/kb/schema';
import type { ScenarioInput } from './input.ts';
import type { ModelRuntime } from './runtime.ts';

/**
 * Something the reader of a result should know. `text` is whole in each language and names the lever or
 * assumption by its label, never by its code name; the structured fields let a page say it its own way.
 */
export interface SimulationWarning {
  code: 'LEVER_OUTSIDE_EVIDENCE' | 'BASELINE_UNCALIBRATED' | 'STAFF_LOAD_BEYOND_HISTORY' | 'PREVIEW';
  /** The input field or assumption key concerned, e.g. 'bounty.amountJpy' (a key for code, not for readers). */
  field?: string;
  /** The lever's or assumption's name in each language. */
  label?: Localized;
  /** The value the run used, and the range the evidence covers (or, for the staff load, the limit's range). */
  value?: number;
  range?: [number, number];
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

/**
 * A number as both languages write it (digits grouped by thousands: 1,000,000). One formatter for the module:
 * toLocaleString with options builds a new one per call, which cost a slider preview about a millisecond.
 */
const FIGURES = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
function figure(n: number): string {
  return FIGURES.format(n);
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
        label: lever.label,
        value: v,
        range: lever.range,
        text: {
          en: `${lever.label.en}: ${figure(v)} is outside ${figure(min)} to ${figure(max)}, the range the evidence covers. ${lever.text.en}`,
          ja: `${lever.label.ja}の ${figure(v)} は根拠のある範囲（${figure(min)}〜${figure(max)}）の外です。${lever.text.ja}`,
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
        label: a.label,
        value: o.value,
        range: a.range,
        text: {
          en: `${a.label.en} shapes the baseline, and the fitted parameters assume ${figure(a.value)}; at ${figure(o.value)} the baseline no longer reproduces the seed report. Run the calibration again to use this value.`,
          ja: `「${a.label.ja}」はベースラインを形作る前提で、当てはめたパラメータは ${figure(a.value)} を前提としています。${figure(o.value)} ではベースラインが報告書の数値を再現しません。この値を使うには較正をやり直してください。`,
        },
      });
    }
  }
  return warnings;
}

/**
 * A warning when the scenario's busiest quarter (its 95th percentile over trials, in reports per working day)
 * exceeds the baseline's busiest quarter (also its 95th percentile, over the same run, projected quarters
 * included) by more than levers.yaml's 'staffLoad.peakOverHistory' allows.
 */
export function staffLoadWarning(
  rt: ModelRuntime,
  baselinePeakHigh: number,
  scenarioPeakHigh: number,
): SimulationWarning | undefined {
  const limit = rt.model.leverRanges.find((l) => l.field === 'staffLoad.peakOverHistory');
  if (!limit || baselinePeakHigh <= 0) return undefined;
  const ratio = scenarioPeakHigh / baselinePeakHigh;
  if (ratio <= limit.range[1]) return undefined;
  const s = scenarioPeakHigh.toFixed(1);
  const b = baselinePeakHigh.toFixed(1);
  const r = ratio.toFixed(2);
  const allowed = figure(limit.range[1]);
  return {
    code: 'STAFF_LOAD_BEYOND_HISTORY',
    field: limit.field,
    label: limit.label,
    value: ratio,
    range: limit.range,
    text: {
      en: `The scenario's busiest quarter reaches ${s} reports per working day (95th percentile), ${r} times the ${b} of the baseline's busiest quarter (95th percentile); this warning starts above ${allowed} times. ${limit.text.en}`,
      ja: `シナリオで最も多い四半期の届出は 1 就業日あたり ${s} 件（95 パーセンタイル）で、ベースラインで最も多い四半期（95 パーセンタイル、${b} 件）の ${r} 倍です（${allowed} 倍を超えると警告します）。${limit.text.ja}`,
    },
  };
}

export const PREVIEW_WARNING: SimulationWarning = {
  code: 'PREVIEW',
  text: {
    en: 'Preview: few trials with every assumption at its central value. The bands show case-level noise only; run the full simulation for uncertainty over the assumptions.',
    ja: 'プレビュー：前提をすべて中央値に固定した少数回の試行です。幅は個々の届出のばらつきだけを示します。前提の不確かさを含めるには本計算を実行してください。',
  },
};
