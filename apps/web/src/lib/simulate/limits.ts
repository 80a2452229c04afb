import { INPUT_RANGES } from '@kaiji/sim/limits';

/** A numeric field's allowed values, in the engine's units. */
export interface Limits {
  min: number;
  max: number;
  integer: boolean;
}

/** The engine's numeric input fields, named by their dotted path in the SimulationInput. */
export type LimitedField = keyof typeof INPUT_RANGES;

/** The engine owns the bounds (INPUT_RANGES): the page checks against the same ones before it runs anything. */
export function limitsOf(field: LimitedField): Limits {
  const r = INPUT_RANGES[field];
  return { min: r.min, max: r.max, integer: r.integer };
}

export function isLimitedField(name: string): name is LimitedField {
  return Object.hasOwn(INPUT_RANGES, name);
}

/**
 * Reads a number as typed or linked: blanks and anything Number() would stretch (hex, "1e", spaces inside) are
 * not numbers. Returns null when it is not one.
 */
export function parseNumber(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const t = text.trim();
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Why a value cannot be run: not a number at all, or a number outside the field's allowed values. */
export type ValueProblem = 'notNumber' | 'outside';

export function checkValue(value: number | null, limits: Limits): ValueProblem | null {
  if (value === null || !Number.isFinite(value)) return 'notNumber';
  if (value < limits.min || value > limits.max) return 'outside';
  if (limits.integer && !Number.isInteger(value)) return 'outside';
  return null;
}
