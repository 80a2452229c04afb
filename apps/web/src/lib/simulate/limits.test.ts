import { describe, expect, it } from 'vitest';
import { checkValue, isLimitedField, limitsOf, parseNumber } from './limits';

describe('given the engine bounds', () => {
  it('takes them from the engine, so the page refuses exactly what the engine would', () => {
    expect(limitsOf('forcedPublication.afterDays')).toEqual({ min: 0, max: 7300, integer: true });
    expect(limitsOf('legalMandate.compliance')).toEqual({ min: 0, max: 1, integer: false });
    expect(isLimitedField('bounty.amountJpy')).toBe(true);
    expect(isLimitedField('bounty')).toBe(false);
  });

  it('refuses a number outside them, a fraction where a whole number is needed, and what is not a number', () => {
    const days = limitsOf('forcedPublication.afterDays');
    expect(checkValue(45, days)).toBeNull();
    expect(checkValue(99999, days)).toBe('outside');
    expect(checkValue(-5, days)).toBe('outside');
    expect(checkValue(4.5, days)).toBe('outside');
    expect(checkValue(null, days)).toBe('notNumber');
    expect(checkValue(0.55, limitsOf('legalMandate.compliance'))).toBeNull();
    expect(checkValue(1.5, limitsOf('legalMandate.compliance'))).toBe('outside');
  });
});

describe('given text from a box or a link', () => {
  it('reads plain decimals only', () => {
    expect(parseNumber(' 45 ')).toBe(45);
    expect(parseNumber('-1000')).toBe(-1000);
    expect(parseNumber('0.5')).toBe(0.5);
    for (const bad of ['', 'abc', '0x10', '1e', '4 5', null, undefined]) expect(parseNumber(bad)).toBeNull();
  });
});
